package dev.storyline.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines what two layers of a container format say about one item: e.g. the fields of a JSON Lines record
 * over what the HTML reader found in the page it carries, or a page's own metadata over the WARC record's
 * target URI. Every field of {@code primary} that is present wins; {@code secondary} fills the gaps.
 */
public final class MetadataOverlay {

    private MetadataOverlay() {
    }

    /** {@code primary}'s fields where present, else {@code secondary}'s; label schemes and warnings are merged. */
    public static SourceMetadata overlay(SourceMetadata primary, SourceMetadata secondary) {
        Map<String, List<String>> labels = new LinkedHashMap<>(secondary.labels());
        labels.putAll(primary.labels());
        return new SourceMetadata(
                or(primary.headline(), secondary.headline()),
                primary.byline().isEmpty() ? secondary.byline() : primary.byline(),
                or(primary.published(), secondary.published()),
                or(primary.place(), secondary.place()),
                or(primary.agency(), secondary.agency()),
                or(primary.url(), secondary.url()),
                or(primary.sourceId(), secondary.sourceId()),
                or(primary.language(), secondary.language()),
                or(primary.version(), secondary.version()),
                primary.tags().isEmpty() ? secondary.tags() : primary.tags(),
                or(primary.attention(), secondary.attention()),
                labels,
                java.util.stream.Stream.concat(primary.warnings().stream(), secondary.warnings().stream()).toList());
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}
