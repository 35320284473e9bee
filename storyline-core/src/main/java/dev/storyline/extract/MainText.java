package dev.storyline.extract;

import java.util.List;

/**
 * The main text of a page, one entry per paragraph (or subheading, list item, quote), in reading order.
 *
 * @param paragraphs the paragraphs, each whitespace-collapsed and non-empty
 */
public record MainText(List<String> paragraphs) {

    public MainText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
