package dev.storyline.server;

import java.util.List;
import java.util.Map;

/**
 * What the server shows beside an article: related articles with the reasons each is there, duplicates of it, and
 * the other versions of its story. This is the JSON shape of {@code GET /api/articles/{id}/related}.
 *
 * <pre>
 * {"items":[{"id":"…","headline":"…","date":"2019-05-20","score":7.1,
 *            "reasons":{"sharedTerms":["thaad","defense"],"sharedEntities":["South Korea"],"samePlace":"SEOUL"}}],
 *  "duplicates":[], "versions":[{"id":"…","headline":"…","date":"…","version":2,"head":true}]}
 * </pre>
 *
 * @param items      related articles, best first
 * @param duplicates articles that say the same thing as this one (another copy, not another version)
 * @param versions   the other versions of this article's story, oldest first
 */
public record RelatedView(List<Item> items, List<Item> duplicates, List<Version> versions) {

    public RelatedView {
        items = List.copyOf(items);
        duplicates = List.copyOf(duplicates);
        versions = List.copyOf(versions);
    }

    /**
     * One related article.
     *
     * @param reasons why it is related, by kind (e.g. {@code sharedTerms}, {@code sharedEntities}, {@code samePlace});
     *                each value is what the two articles share
     */
    public record Item(String id, String headline, String date, double score, Map<String, Object> reasons) {
        public Item {
            // keep the order the reasons were given in: the page reads them in that order
            reasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reasons));
        }
    }

    /** Another version of the story. */
    public record Version(String id, String headline, String date, int version, boolean head) {
    }
}
