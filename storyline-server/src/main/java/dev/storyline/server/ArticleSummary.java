package dev.storyline.server;

import dev.storyline.index.StoredArticle;
import dev.storyline.model.Article;
import java.util.List;

/**
 * An article in a list: enough to show and link it.
 *
 * @param id       the article id
 * @param headline its headline
 * @param date     its story date (ISO), or {@code null}
 * @param place    its dateline place, or {@code null}
 * @param agency   its agency, or {@code null}
 * @param version  its version number (1 for the first)
 * @param tags     its wire tags, e.g. {@code [LEAD]}
 * @param storyKey the story it belongs to
 * @param head     whether it is the latest version of that story
 */
public record ArticleSummary(String id, String headline, String date, String place, String agency, int version,
        List<String> tags, String storyKey, boolean head) {

    /** The summary of {@code stored}. */
    public static ArticleSummary of(StoredArticle stored) {
        Article a = stored.article();
        return new ArticleSummary(a.id(), a.headline(), isoOrNull(a.date()), a.dateline() == null ? null : a.dateline().place(),
                a.dateline() == null ? null : a.dateline().agency(), a.version(), a.tags(), stored.storyKey(),
                stored.head());
    }

    /** {@code date} as ISO 8601, or {@code null}. */
    static String isoOrNull(Object date) {
        return date == null ? null : date.toString();
    }
}
