package dev.storyline.index;

import java.util.List;

/**
 * One page of hits, the total number of matches, and the facets of all matches.
 *
 * @param total  how many articles match (all pages)
 * @param page   the page returned, 1-based
 * @param size   the page size asked for
 * @param hits   this page's hits, in order
 * @param facets counts by dimension over all matches: {@code agency}, {@code place}, {@code year}, {@code topic},
 *               and from enrichers {@code person}, {@code organization}, {@code location}
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, List<Facet> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /** The facet of {@code dimension}, or an empty one. */
    public Facet facet(String dimension) {
        return facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst()
                .orElse(new Facet(dimension, List.of()));
    }
}
