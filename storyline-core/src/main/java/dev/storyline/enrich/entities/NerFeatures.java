package dev.storyline.enrich.entities;

import java.util.List;
import java.util.Locale;

/**
 * The features the tagger scores for each token: the word and its neighbours, their shapes (capitalisation, digits,
 * punctuation), prefixes and suffixes, sentence position, whole-sentence capitals (wire headlines), phrases from
 * the {@link Gazetteer}, and what the rest of the document says about the word ({@link DocumentMemory}).
 * The same code runs in training and tagging, so they cannot drift apart. Never uses part-of-speech tags, which
 * articles do not have.
 */
final class NerFeatures {

    private final Gazetteer gazetteer;
    private final WordClusters clusters;

    NerFeatures(Gazetteer gazetteer, WordClusters clusters) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    /** Precomputed views of one sentence. */
    final class SentenceView {
        final String[] words;
        final String[] lower;
        final String[] shapes;
        final String[] phrases;
        final boolean shouting;
        final int[] fine;
        final int[] coarse;

        SentenceView(String[] words) {
            this.words = words;
            int n = words.length;
            lower = new String[n];
            shapes = new String[n];
            for (int i = 0; i < n; i++) {
                lower[i] = words[i].toLowerCase(Locale.ROOT);
                shapes[i] = shape(words[i]);
            }
            phrases = gazetteer.phraseKinds(words);
            shouting = isShouting(words);
            fine = new int[n];
            coarse = new int[n];
            for (int i = 0; i < n; i++) {
                String w = words[i];
                int f = clusters.fine(w);
                if (f < 0 && shouting) {
                    w = NameClassifier.properCase(w); // "LEICESTERSHIRE" is classed as "Leicestershire"
                    f = clusters.fine(w);
                }
                fine[i] = f;
                coarse[i] = clusters.coarse(w);
            }
        }

        int length() {
            return words.length;
        }
    }

    SentenceView view(String[] words) {
        return new SentenceView(words);
    }

    /** Whether most letters of the sentence are capitals (a wire headline such as {@code CRICKET - LEICESTER...}). */
    static boolean isShouting(String[] words) {
        int upper = 0;
        int letters = 0;
        for (String w : words) {
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
        }
        return letters >= 4 && upper * 10 >= letters * 8;
    }

    /** Document-independent features of token {@code i}, added to {@code out}. */
    void staticFeatures(SentenceView s, int i, List<String> out) {
        String w = s.words[i];
        String lw = s.lower[i];
        String sh = s.shapes[i];
        String prev = i > 0 ? s.lower[i - 1] : "<s>";
        String next = i + 1 < s.length() ? s.lower[i + 1] : "</s>";
        String prev2 = i > 1 ? s.lower[i - 2] : "<s>";
        String next2 = i + 2 < s.length() ? s.lower[i + 2] : "</s>";
        String shPrev = i > 0 ? s.shapes[i - 1] : "<s>";
        String shNext = i + 1 < s.length() ? s.shapes[i + 1] : "</s>";
        String mode = s.shouting ? "U" : "m";

        out.add("b");
        out.add("w=" + w);
        out.add("lw=" + lw);
        out.add("sh=" + sh);
        out.add("shm=" + sh + mode);
        int len = lw.length();
        for (int k = 1; k <= 4 && k <= len; k++) {
            out.add("p" + k + "=" + lw.substring(0, k));
            out.add("s" + k + "=" + lw.substring(len - k));
        }
        out.add("w-1=" + prev);
        out.add("w+1=" + next);
        out.add("w-2=" + prev2);
        out.add("w+2=" + next2);
        out.add("w-1w=" + prev + "|" + lw);
        out.add("ww+1=" + lw + "|" + next);
        out.add("sh-1=" + shPrev);
        out.add("sh+1=" + shNext);
        out.add("sh3=" + shPrev + "|" + sh + "|" + shNext);
        out.add("sh-1w=" + shPrev + "|" + lw);
        out.add("shw+1=" + lw + "|" + shNext);
        if (i == 0) {
            out.add("first|" + sh + mode);
        }
        out.add("c=" + s.fine[i]);
        out.add("cc=" + s.coarse[i]);
        out.add("csh=" + s.fine[i] + sh);
        out.add("c-1=" + (i > 0 ? s.fine[i - 1] : "<s>"));
        out.add("c+1=" + (i + 1 < s.length() ? s.fine[i + 1] : "</s>"));
        out.add("cc3=" + (i > 0 ? s.coarse[i - 1] : "<s>") + "|" + s.coarse[i] + "|"
                + (i + 1 < s.length() ? s.coarse[i + 1] : "</s>"));
        if (len > 12) {
            out.add("long");
        }
        if (s.phrases[i] != null) {
            out.add("gz=" + s.phrases[i]);
            out.add("gzm=" + s.phrases[i] + sh);
        }
        if (i > 0 && s.phrases[i - 1] != null) {
            out.add("gz-1=" + s.phrases[i - 1]);
        }
        if (i + 1 < s.length() && s.phrases[i + 1] != null) {
            out.add("gz+1=" + s.phrases[i + 1]);
        }
        if (gazetteer.isTitleWord(prev)) {
            out.add("title-1");
        }
        if (gazetteer.isOrganisationWord(lw) && !sh.startsWith("x")) {
            out.add("orgword");
        }
        if (i + 1 < s.length() && gazetteer.isOrganisationWord(next) && !shNext.startsWith("x")) {
            out.add("orgword+1");
        }
    }

    /** Features from the rest of the document, added to {@code out}. */
    void documentFeatures(SentenceView s, int i, DocumentMemory memory, List<String> out) {
        String w = s.words[i];
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return;
        }
        String lw = s.lower[i];
        if (memory.printedCapitalisedInside(lw)) {
            out.add(i == 0 || s.shouting ? "dcap0" : "dcap");
        }
        if (memory.printedLowerCase(lw)) {
            out.add(i == 0 || s.shouting ? "dlow0" : "dlow");
        }
        String earlier = memory.earlierType(lw);
        if (earlier != null) {
            out.add("h=" + earlier);
            out.add("hm=" + earlier + (s.shouting ? "U" : "m"));
        }
    }

    /** {@code Kyeong-doo} -> {@code Xx-x}, {@code U.S.} -> {@code X.X.}, {@code 1996-08-30} -> {@code d-d-d}. */
    static String shape(String w) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int k = 0; k < w.length() && sb.length() < 12; k++) {
            char c = w.charAt(k);
            char m;
            if (Character.isUpperCase(c)) {
                m = 'X';
            } else if (Character.isLowerCase(c)) {
                m = 'x';
            } else if (Character.isDigit(c)) {
                m = 'd';
            } else if (Character.isLetter(c)) {
                m = 'o'; // scripts without case: Korean, Chinese
            } else {
                m = c;
            }
            if (m != last) {
                sb.append(m);
                last = m;
            }
        }
        return sb.toString();
    }
}
