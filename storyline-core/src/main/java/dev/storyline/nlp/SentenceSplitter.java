package dev.storyline.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups tokens into sentences: a sentence ends at {@code .}, {@code !}, {@code ?} or {@code ...} (with any
 * closing quotes and brackets after it) when the next token starts a new sentence (a capital, a digit, an opening
 * quote) or the text ends. Abbreviations never end a sentence because the {@link Tokenizer} keeps their period.
 * Very long runs without an end mark (tables, lists, a 1 MB paragraph) are cut every {@link #MAX_TOKENS} tokens so
 * that later stages work on bounded pieces.
 *
 * <p>Thread-safe (stateless).
 */
public final class SentenceSplitter {

    /** The longest sentence handed on; longer runs are cut. */
    public static final int MAX_TOKENS = 250;

    /**
     * One sentence: tokens {@code [from, to)} of the token list it was cut from.
     *
     * @param from index of its first token
     * @param to   index just past its last token
     */
    public record Sentence(int from, int to) {
    }

    /** The sentences of {@code tokens}, covering every token, in order. */
    public List<Sentence> split(List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int n = tokens.size();
        int start = 0;
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i).text();
            boolean end = false;
            int last = i;
            if (isEndMark(t)) {
                while (last + 1 < n && isCloser(tokens.get(last + 1).text())) {
                    last++;
                }
                end = last + 1 >= n || startsSentence(tokens.get(last + 1).text());
            }
            if (end) {
                out.add(new Sentence(start, last + 1));
                start = last + 1;
                i = last;
            } else if (i + 1 - start >= MAX_TOKENS) {
                out.add(new Sentence(start, i + 1));
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new Sentence(start, n));
        }
        return out;
    }

    private static boolean isEndMark(String t) {
        return t.equals(".") || t.equals("!") || t.equals("?") || t.startsWith("..");
    }

    private static boolean isCloser(String t) {
        return t.equals("\"") || t.equals("\u201d") || t.equals("'") || t.equals("\u2019") || t.equals(")")
                || t.equals("]") || t.equals("''");
    }

    /** Anything but a lower-case word or a continuing mark ("he said. and" is not two sentences). */
    private static boolean startsSentence(String t) {
        char c = t.charAt(0);
        return !Character.isLowerCase(c) && c != ',' && c != ';' && c != ':';
    }
}
