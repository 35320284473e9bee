package dev.storyline.grammar;

import java.util.List;

/**
 * A headline split from its wire tags: {@code (2nd LD) Quake hits ...} is headline {@code Quake hits ...},
 * tags {@code [2nd LD]}, version 3.
 *
 * @param headline the headline without tags
 * @param tags     the tags in printed order
 * @param version  1 untagged, 2 for {@code LEAD} or {@code UPDATE 1}, n+1 for {@code nth LD} or {@code UPDATE n}
 */
public record TaggedHeadline(String headline, List<String> tags, int version) {
    public TaggedHeadline {
        tags = List.copyOf(tags);
    }
}
