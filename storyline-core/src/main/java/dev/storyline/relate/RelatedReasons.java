package dev.storyline.relate;

import java.util.List;

/**
 * Why an article was put in another's related list.
 *
 * @param sharedEntities  canonical names of the named entities both articles mention, e.g. {@code [Jeong Kyeong-doo]}
 * @param sharedTerms     the distinctive terms of the article that the related one also uses, e.g. {@code [thaad]}
 * @param textSimilarity  lexical (BM25 "more like this") score relative to the best lexical neighbour, 0..1;
 *                        0 when it was found by its vector only
 * @param denseSimilarity cosine of the two embeddings, or {@code null} when either has none
 * @param daysApart       story date of the related article minus that of the article (negative: published before),
 *                        or {@code null} when either is undated
 * @param lexicalRank     1-based rank among the lexical neighbours, or {@code null}
 * @param denseRank       1-based rank among the vector neighbours, or {@code null}
 */
public record RelatedReasons(List<String> sharedEntities, List<String> sharedTerms, double textSimilarity,
        Double denseSimilarity, Long daysApart, Integer lexicalRank, Integer denseRank) {

    public RelatedReasons {
        sharedEntities = List.copyOf(sharedEntities);
        sharedTerms = List.copyOf(sharedTerms);
    }
}
