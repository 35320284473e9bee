package dev.storyline.model;

/**
 * Where in an article a derived value was found: the evidence behind an entity mention, a time expression or a
 * quote.
 *
 * @param paragraph index into {@link Article#paragraphs()}, or {@link #HEADLINE} for the headline
 * @param start     offset of the first character within that paragraph
 * @param end       offset just past the last character
 * @param text      the text covered, as printed
 */
public record Span(int paragraph, int start, int end, String text) {

    /** The paragraph index that stands for the headline. */
    public static final int HEADLINE = -1;

    public Span {
        if (paragraph < HEADLINE) {
            throw new IllegalArgumentException("paragraph must be >= -1, got " + paragraph);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("need 0 <= start <= end, got " + start + ".." + end);
        }
    }
}
