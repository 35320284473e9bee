package dev.storyline.index;

import java.util.List;

/**
 * An article found near another, with why.
 *
 * @param stored      the neighbouring article
 * @param score       similarity; higher is nearer
 * @param sharedTerms the distinctive terms the query was built from (empty for vector neighbours)
 */
public record Neighbour(StoredArticle stored, float score, List<String> sharedTerms) {

    public Neighbour {
        sharedTerms = List.copyOf(sharedTerms);
    }

    public String id() {
        return stored.id();
    }
}
