package dev.storyline.index;

import java.util.List;

/**
 * Counts of matching articles by the values of one dimension, largest first.
 *
 * @param dimension e.g. {@code agency}, {@code place}, {@code year}, {@code topic}
 * @param values    value and count pairs, e.g. {@code (usa, 1203)}
 */
public record Facet(String dimension, List<FacetValue> values) {

    public Facet {
        values = List.copyOf(values);
    }

    /** The count of {@code value} (case-insensitive), or 0. */
    public long count(String value) {
        return values.stream().filter(v -> v.value().equalsIgnoreCase(value)).mapToLong(FacetValue::count)
                .findFirst().orElse(0);
    }
}
