package dev.storyline.enrich.entities;

import dev.storyline.model.EntityType;
import dev.storyline.model.Span;
import java.util.List;

/**
 * One mention on its way to an entity: where it is, its words, its type after the gazetteer has had its say,
 * and what the text around it adds (a title before it, an acronym in brackets after it).
 *
 * @param span          where the name is printed (without its title)
 * @param words         the name's tokens
 * @param type          its type
 * @param canonical     the gazetteer's canonical name ({@code South Korea} for {@code S. Korea}); null when unlisted
 * @param linkedCountry for a capital, its country; null otherwise
 * @param government    whether a capital is used here for its government ("Seoul and Tokyo")
 * @param title         the title printed before it ({@code Defense Minister}); null when none
 * @param acronym       the acronym printed in brackets after it ({@code THAAD}); null when none
 */
record Candidate(Span span, List<String> words, EntityType type, String canonical, String linkedCountry,
        boolean government, String title, String acronym) {

    /** The name as printed. */
    String surface() {
        return span.text();
    }

    /** The name that identifies it: the gazetteer's canonical name, else the printed one. */
    String form() {
        return canonical != null ? canonical : span.text();
    }
}
