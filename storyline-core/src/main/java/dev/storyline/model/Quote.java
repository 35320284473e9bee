package dev.storyline.model;

import java.util.List;

/**
 * A direct quotation with its speaker. A quote may run over several paragraphs; {@code spans} lists each part.
 *
 * @param text    the quoted words, without the quote marks, parts joined by a space
 * @param spans   where each part was found
 * @param speaker who said it
 */
public record Quote(String text, List<Span> spans, Speaker speaker) {

    public Quote {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /**
     * The speaker of a quote: a named person (with the entity key) or the description the story gives.
     *
     * @param name        the person's canonical name, or null when unnamed
     * @param entityKey   the entity key of the person, or null
     * @param description the description when unnamed, e.g. {@code a ministry official well-versed in the issue}
     * @param span        where the speaker is named or described
     */
    public record Speaker(String name, String entityKey, String description, Span span) {
    }
}
