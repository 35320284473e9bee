package dev.storyline.enrich.times;

/**
 * A time expression found in a text, before normalisation.
 *
 * @param start offset of its first character
 * @param end   offset just past its last character
 * @param text  the expression as printed, e.g. {@code early next month}
 * @param rule  the name of the rule that found it, e.g. {@code relative-unit}
 */
public record TimeMention(int start, int end, String text, String rule) {
}
