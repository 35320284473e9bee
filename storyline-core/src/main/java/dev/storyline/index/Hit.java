package dev.storyline.index;

import java.util.List;
import java.util.Map;

/**
 * One search hit.
 *
 * @param stored     the stored article (with its story key and head mark)
 * @param score      the relevance score ({@code NaN} when sorted by date)
 * @param highlights snippets by field ({@code headline}, {@code body}), matched words wrapped in {@code <b>...</b>}
 * @param earlierVersions how many earlier versions of this story are stored (search lists the newest version only)
 */
public record Hit(StoredArticle stored, float score, Map<String, List<String>> highlights, int earlierVersions) {

    public Hit {
        highlights = Map.copyOf(highlights);
    }

    public String id() {
        return stored.id();
    }
}
