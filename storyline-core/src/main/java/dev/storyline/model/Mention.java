package dev.storyline.model;

/**
 * One mention of a named entity in the text, e.g. {@code Jeong} in paragraph 4.
 *
 * @param span  where it was found
 * @param title a title or role printed with it and kept apart from the name, e.g. {@code Defense Minister}; may be null
 */
public record Mention(Span span, String title) {
}
