package dev.storyline.index;

import dev.storyline.model.Article;
import java.util.Objects;

/**
 * What is put into an index: the article, the story it belongs to, and an optional embedding.
 *
 * @param article   the article, stored whole (its native JSON is the record)
 * @param storyKey  the key shared by every version of one wire story, e.g. {@code 3f9c0a1b2c3d4e5f}; never null
 * @param versionOf the id of the story's first stored version when this article is a later version, else {@code null}
 * @param vector    an embedding of the article for {@link ArticleIndex#nearest}, or {@code null}
 */
public record IndexEntry(Article article, String storyKey, String versionOf, float[] vector) {

    public IndexEntry {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(storyKey, "storyKey");
        if (vector != null && vector.length == 0) {
            throw new IllegalArgumentException("vector must have at least one dimension, or be null");
        }
    }

    /** {@code article} as a story of its own (its story key is its id), without a vector. */
    public static IndexEntry of(Article article) {
        return new IndexEntry(article, article.id(), null, null);
    }

    /** This entry with {@code v} as its vector. */
    public IndexEntry withVector(float[] v) {
        return new IndexEntry(article, storyKey, versionOf, v);
    }
}
