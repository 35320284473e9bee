package dev.storyline.index;

import java.util.Objects;

/**
 * One search. The query uses the classic syntax: terms, {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT},
 * {@code +must -mustNot}, grouping, and field prefixes {@code headline:}, {@code body:}, {@code place:},
 * {@code agency:}, {@code person:}, {@code organization:}, {@code location:}, {@code entity:} (an entity key),
 * {@code tag:}, {@code topic:}, {@code format:}; blank or {@code *} matches all.
 *
 * <pre>
 * wheat AND place:chicago
 * headline:"interest rates" -agency:AFP
 * </pre>
 *
 * @param query      the query text
 * @param filters    restrictions besides the query
 * @param sort       relevance or date
 * @param page       1-based page number
 * @param size       hits per page (1..1000)
 * @param facetSize  values listed per facet (0 for no facets)
 * @param highlight  whether to return highlighted snippets
 */
public record SearchRequest(String query, Filters filters, SortOrder sort, int page, int size, int facetSize,
        boolean highlight) {

    public SearchRequest {
        query = Objects.requireNonNullElse(query, "");
        filters = Objects.requireNonNullElse(filters, Filters.none());
        sort = Objects.requireNonNullElse(sort, SortOrder.RELEVANCE);
        if (page < 1) {
            throw new IllegalArgumentException("page must be >= 1, got " + page);
        }
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("size must be within 1..1000, got " + size);
        }
        if (facetSize < 0) {
            throw new IllegalArgumentException("facetSize must be >= 0, got " + facetSize);
        }
    }

    /** {@code query} by relevance, first page of 10, facets of 10 values, with highlights. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Filters.none(), SortOrder.RELEVANCE, 1, 10, 10, true);
    }

    public SearchRequest withFilters(Filters f) {
        return new SearchRequest(query, f, sort, page, size, facetSize, highlight);
    }

    public SearchRequest withSort(SortOrder s) {
        return new SearchRequest(query, filters, s, page, size, facetSize, highlight);
    }

    public SearchRequest withPage(int p, int s) {
        return new SearchRequest(query, filters, sort, p, s, facetSize, highlight);
    }

    public SearchRequest withFacetSize(int n) {
        return new SearchRequest(query, filters, sort, page, size, n, highlight);
    }

    public SearchRequest withHighlight(boolean h) {
        return new SearchRequest(query, filters, sort, page, size, facetSize, h);
    }
}
