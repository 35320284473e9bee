package dev.storyline.relate;

import dev.storyline.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article shares with each of its candidates, each weighed by {@link PoolCosine} within the pool of the
 * article and its candidates: all its words, its proper names, and its figures. Two reports of one kind of event
 * (two earthquakes, two celebrities entering rehab) share their subject words with every candidate, so those weigh
 * little; what tells the two events apart are the names and figures only the reports of one event share.
 *
 * <pre>
 * words    "magnitude", "quake", "struck", "indonesia", "6.1", ...    (headline and body, lower-cased)
 * names    "indonesia", "sumatra", "padang"                          (capitalised words inside a sentence)
 * figures  "6.1", "2009", "1,100"                                    (words with a digit)
 * </pre>
 */
final class PoolSignals {

    /**
     * The pool cosines of one candidate with the article, each 0..1.
     *
     * @param words   over all words
     * @param names   over proper names: capitalised words that do not start a sentence
     * @param figures over words holding a digit (amounts, scores, years, magnitudes)
     */
    record Shared(double words, double names, double figures) {
    }

    /** Headline and body words read, at most: a 1 MB article costs no more than a long one. */
    static final int MAX_WORDS = 2000;

    /** A capitalised word not at the start of a paragraph or after a sentence end: most often part of a name. */
    private static final Pattern NAME = Pattern.compile("(?<![.!?:\"]\\s)(?<![.!?:\"])(?<!^)\\b\\p{Lu}[\\p{L}]+");

    private final Map<String, Shared> shared = new HashMap<>();

    /** {@code candidates} must have distinct ids; the article itself is not among them. */
    PoolSignals(Article article, List<Article> candidates) {
        List<List<String>> words = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        List<List<String>> figures = new ArrayList<>();
        add(article, words, names, figures);
        candidates.forEach(c -> add(c, words, names, figures));
        PoolCosine w = new PoolCosine(words);
        PoolCosine n = new PoolCosine(names);
        PoolCosine f = new PoolCosine(figures);
        Map<String, Double> ownWords = w.vector(words.get(0));
        Map<String, Double> ownNames = n.vector(names.get(0));
        Map<String, Double> ownFigures = f.vector(figures.get(0));
        for (int i = 0; i < candidates.size(); i++) {
            shared.put(candidates.get(i).id(), new Shared(PoolCosine.cosine(ownWords, w.vector(words.get(i + 1))),
                    PoolCosine.cosine(ownNames, n.vector(names.get(i + 1))),
                    PoolCosine.cosine(ownFigures, f.vector(figures.get(i + 1)))));
        }
    }

    /** What the candidate {@code id} shares with the article; nothing when it was not in the pool. */
    Shared of(String id) {
        return shared.getOrDefault(id, new Shared(0, 0, 0));
    }

    private static void add(Article a, List<List<String>> words, List<List<String>> names,
            List<List<String>> figures) {
        List<String> w = NormalisedText.words((a.headline() == null ? "" : a.headline() + " ") + a.body());
        w = w.size() > MAX_WORDS ? w.subList(0, MAX_WORDS) : w;
        words.add(w);
        figures.add(w.stream().filter(PoolSignals::hasDigit).toList());
        List<String> n = new ArrayList<>();
        int read = 0;
        for (String p : a.paragraphs()) {
            if (read > MAX_WORDS * 8) {
                break; // characters, roughly MAX_WORDS words
            }
            read += p.length();
            Matcher m = NAME.matcher(p);
            while (m.find()) {
                n.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        names.add(n);
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
