package dev.storyline.enrich.quotes;

import dev.storyline.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in an article's paragraphs: text between straight ({@code "..."}), curly
 * ({@code “...”}) or angle ({@code «...»}) double quote marks. Following news convention, a quotation that runs
 * over several paragraphs leaves its opening paragraphs without a closing mark and opens each following paragraph
 * again:
 *
 * <pre>
 * “We all share the need,” he said. “And it will take time.
 * “The talks resume next month,” he added.          → two quotations, the second spanning two paragraphs
 * </pre>
 *
 * <p>Single quote marks are not quotations (headlines use them for scare quotes). One pass over the text, no
 * regular expressions: linear in the text's length.
 */
public final class QuoteFinder {

    /**
     * A quotation found: the span of each part (without its marks), whether its closing mark was found, and the
     * offsets of its outer marks in the first and last paragraph.
     *
     * @param parts     the quoted text of each paragraph, marks excluded
     * @param closed    false when the text ended before the closing mark
     * @param openMark  offset of the opening mark in the first part's paragraph
     * @param closeMark offset just past the closing mark in the last part's paragraph (its end when unclosed)
     */
    public record FoundQuote(List<Span> parts, boolean closed, int openMark, int closeMark) {

        public FoundQuote {
            parts = List.copyOf(parts);
        }

        /**
         * The quoted words, parts joined by a space, without the comma that stands for the full stop before an
         * attribution ({@code "We will talk," he said} → {@code We will talk}).
         */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Span s : parts) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(s.text().strip());
            }
            int end = sb.length();
            while (end > 0 && (sb.charAt(end - 1) == ',' || Character.isWhitespace(sb.charAt(end - 1)))) {
                end--;
            }
            return sb.substring(0, end);
        }

        public Span first() {
            return parts.get(0);
        }

        public Span last() {
            return parts.get(parts.size() - 1);
        }
    }

    /** The quotations of {@code paragraphs}, in text order. */
    public List<FoundQuote> find(List<String> paragraphs) {
        List<FoundQuote> found = new ArrayList<>();
        List<Span> pending = null;
        int pendingOpen = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p) == null ? "" : paragraphs.get(p);
            int i = 0;
            if (pending != null) {
                int first = firstNonSpace(text);
                if (first < text.length() && isOpening(text.charAt(first))) {
                    i = first;
                } else {
                    // the previous paragraph's quotation never closed and this one does not continue it
                    found.add(new FoundQuote(pending, false, pendingOpen, pending.get(pending.size() - 1).end()));
                    pending = null;
                }
            }
            boolean inQuote = false;
            int start = 0;
            int openAt = 0;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!inQuote) {
                    if (isOpening(c) && opensHere(text, i)) {
                        inQuote = true;
                        openAt = i;
                        start = i + 1;
                    }
                } else if (isClosing(c)) {
                    List<Span> parts = pending == null ? new ArrayList<>() : pending;
                    parts.add(new Span(p, start, i, text.substring(start, i)));
                    found.add(new FoundQuote(parts, true, pending == null ? openAt : pendingOpen, i + 1));
                    pending = null;
                    inQuote = false;
                }
            }
            if (inQuote) {
                if (pending == null) {
                    pending = new ArrayList<>();
                    pendingOpen = openAt;
                }
                pending.add(new Span(p, start, text.length(), text.substring(start)));
            }
        }
        if (pending != null) {
            found.add(new FoundQuote(pending, false, pendingOpen, pending.get(pending.size() - 1).end()));
        }
        return found;
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\u201C' || c == '\u00AB' || c == '\u201E';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201D' || c == '\u00BB';
    }

    /** A straight mark opens only at a word's start, so that 5'10" or a stray mark inside a word does not. */
    private static boolean opensHere(String text, int i) {
        if (text.charAt(i) != '"') {
            return true;
        }
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }
}
