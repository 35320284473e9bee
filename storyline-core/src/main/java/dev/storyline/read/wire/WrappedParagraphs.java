package dev.storyline.read.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the physical lines of plain wire copy into paragraphs, one a line. Copy whose lines are all short is
 * hard-wrapped (old wire and Reuters-21578 style), so its lines are joined into paragraphs that end at a blank
 * line, an indented line or a short line; otherwise every line is a paragraph.
 *
 * <pre>
 * BAHIA COCOA REVIEW                                    headline: always a paragraph of its own
 *     SALVADOR, Feb 26 - Showers continued throughout   indented: starts a paragraph
 * the week in the Bahia cocoa zone, alleviating the     joined
 * drought since early January.                          short: ends the paragraph
 * </pre>
 */
public final class WrappedParagraphs {

    /** Lines this long or longer are not hard-wrapped copy. */
    private static final int MAX_WRAP_WIDTH = 100;
    private static final double SHORT_LINE = 0.75;
    private static final double FULL_LINE = 0.85;

    private WrappedParagraphs() {
    }

    /**
     * The paragraphs of {@code lines}.
     *
     * @param firstLineAlone {@code true} when the first non-blank line (the headline) is a paragraph on its own
     */
    public static List<String> of(List<String> lines, boolean firstLineAlone) {
        return of(lines, firstLineAlone, false);
    }

    /**
     * The paragraphs of {@code lines} known to be hard-wrapped (a format such as Reuters-21578 always is), however
     * few lines fill the width.
     */
    public static List<String> ofWrapped(List<String> lines, boolean firstLineAlone) {
        return of(lines, firstLineAlone, true);
    }

    private static List<String> of(List<String> lines, boolean firstLineAlone, boolean knownWrapped) {
        int[] lengths = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.stripTrailing().length()).sorted()
                .toArray();
        List<String> paragraphs = new ArrayList<>();
        if (lengths.length == 0) {
            return paragraphs;
        }
        int width = lengths[(int) Math.floor((lengths.length - 1) * 0.9)];
        boolean wrapped = knownWrapped || (width <= MAX_WRAP_WIDTH && fillsTheWidth(lines, width));
        if (!wrapped) {
            for (String line : lines) {
                if (!line.isBlank()) {
                    paragraphs.add(line.strip());
                }
            }
            return paragraphs;
        }
        int minIndent = lines.stream().filter(l -> !l.isBlank()).mapToInt(WrappedParagraphs::indent).min().orElse(0);
        boolean indentSignals = lines.stream().filter(l -> !l.isBlank()).anyMatch(l -> indent(l) > minIndent);
        StringBuilder current = null;
        String previous = null;
        boolean first = true;
        for (String line : lines) {
            if (line.isBlank()) {
                current = flush(paragraphs, current);
                previous = null;
                continue;
            }
            boolean startsNew = current == null || (indentSignals && indent(line) > minIndent)
                    || (previous != null && previous.stripTrailing().length() < width * SHORT_LINE);
            if (startsNew) {
                current = flush(paragraphs, current);
                current = new StringBuilder(line.strip());
            } else {
                appendWrapped(current, line.strip());
            }
            previous = line;
            if (first && firstLineAlone) {
                current = flush(paragraphs, current);
                previous = null;
            }
            first = false;
        }
        flush(paragraphs, current);
        return paragraphs;
    }

    /**
     * The mark of hard-wrapped copy: at least three lines fill the width, and most of them stop mid-sentence
     * (copy with a paragraph a line would end its lines with a full stop).
     */
    private static boolean fillsTheWidth(List<String> lines, int width) {
        int full = 0;
        int midSentence = 0;
        for (String line : lines) {
            String l = line.strip();
            if (!l.isEmpty() && line.stripTrailing().length() >= width * FULL_LINE) {
                full++;
                char last = l.charAt(l.length() - 1);
                if (".!?\"”'’:".indexOf(last) < 0) {
                    midSentence++;
                }
            }
        }
        return full >= 3 && midSentence * 2 >= full;
    }

    /** Joins a wrapped line; a line broken after a hyphen ({@code 37-} / {@code dlr}) joins without a space. */
    private static void appendWrapped(StringBuilder current, String line) {
        int n = current.length();
        if (n > 1 && current.charAt(n - 1) == '-' && Character.isLetterOrDigit(current.charAt(n - 2))) {
            current.append(line);
        } else {
            current.append(' ').append(line);
        }
    }

    private static StringBuilder flush(List<String> paragraphs, StringBuilder current) {
        if (current != null && !current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return null;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Splits text into lines without their line terminators ({@code \\n}, {@code \\r\\n} or {@code \\r}). */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
