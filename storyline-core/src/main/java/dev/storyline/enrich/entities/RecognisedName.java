package dev.storyline.enrich.entities;

import dev.storyline.model.Span;
import dev.storyline.nlp.Token;
import java.util.List;

/**
 * A name the tagger found, before merging: tokens {@code [from, to)} of one paragraph (or the headline) with the
 * CoNLL type the tagger gave it. Keeps the paragraph's text and tokens so that later steps can look around the
 * name (a title before it, an acronym in brackets after it).
 *
 * @param paragraph the paragraph index, {@link Span#HEADLINE} for the headline
 * @param text      the paragraph's text
 * @param tokens    the paragraph's tokens
 * @param from      index of the name's first token
 * @param to        index just past its last token
 * @param type      PER, ORG, LOC or MISC
 */
public record RecognisedName(int paragraph, String text, List<Token> tokens, int from, int to, String type) {

    /** Where the name is printed. */
    public Span span() {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Span(paragraph, start, end, text.substring(start, end));
    }

    /** The name as printed. */
    public String name() {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** This name with other token bounds and type. */
    RecognisedName withBounds(int newFrom, int newTo, String newType) {
        return new RecognisedName(paragraph, text, tokens, newFrom, newTo, newType);
    }
}
