package dev.storyline.index;

/** One value of a facet and how many matching articles have it. */
public record FacetValue(String value, long count) {
}
