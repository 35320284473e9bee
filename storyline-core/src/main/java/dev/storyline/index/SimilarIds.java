package dev.storyline.index;

import java.util.List;

/**
 * The lexical neighbours of an article as ids ({@link ArticleIndex#similarIds}), and the distinctive terms the query
 * was built from (analysed forms, e.g. {@code wheat}, {@code tonnes}).
 *
 * @param ids        best first, the article itself excluded
 * @param queryTerms the terms of the query, most distinctive first
 */
public record SimilarIds(List<RankedId> ids, List<String> queryTerms) {

    public SimilarIds {
        ids = List.copyOf(ids);
        queryTerms = List.copyOf(queryTerms);
    }
}
