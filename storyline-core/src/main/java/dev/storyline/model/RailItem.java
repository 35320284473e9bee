package dev.storyline.model;

import java.util.List;

/**
 * One headline from a trailing list of other stories printed after an article, e.g. the seed's
 * {@code (LEAD) Yoon vows to make N. Korea pay for reckless provocations} → headline without the tag, tags {@code [LEAD]}.
 */
public record RailItem(String headline, List<String> tags) {
    public RailItem {
        tags = List.copyOf(tags == null ? List.of() : tags);
    }
}
