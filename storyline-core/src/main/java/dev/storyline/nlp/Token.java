package dev.storyline.nlp;

/**
 * One token of a text: a word, a number or a punctuation mark, with its character offsets in the text it was cut
 * from, so that anything found on tokens can be mapped back to a {@link dev.storyline.model.Span}.
 *
 * @param text  the token as printed, e.g. {@code U.S.} or {@code 's}
 * @param start offset of its first character
 * @param end   offset just past its last character
 */
public record Token(String text, int start, int end) {
}
