package dev.storyline.read;

import dev.storyline.model.Source;
import java.util.List;

/**
 * What a reader extracted from one item, before the wire grammar runs: plain text plus the source's metadata.
 * The wire grammar ({@link dev.storyline.grammar.WireGrammar}) turns it into an {@link dev.storyline.model.Article}.
 *
 * @param text                plain text; one paragraph a line, or paragraphs separated by blank lines
 * @param startsWithHeadline  {@code true} when the text is a whole wire story whose first line is the headline
 *                            (plain wire copy); {@code false} when it is a body whose headline is in the metadata
 * @param metadata            what the source says about the item
 * @param source              where it was read from
 * @param warnings            what the reader found odd, for a human
 */
public record Document(String text, boolean startsWithHeadline, SourceMetadata metadata, Source source,
        List<String> warnings) {

    public Document {
        text = text == null ? "" : text;
        metadata = metadata == null ? SourceMetadata.empty() : metadata;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
