package dev.storyline.enrich.entities;

/**
 * A typed run of tokens found by the tagger: tokens {@code [from, to)} of a sentence are one name of type
 * {@code type} (the CoNLL label {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}).
 *
 * @param from index of the first token
 * @param to   index just past the last token
 * @param type the CoNLL type label
 */
public record Chunk(int from, int to, String type) {
}
