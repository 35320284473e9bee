package dev.storyline.index;

import dev.storyline.model.Article;

/**
 * An article as the index holds it.
 *
 * @param article   the article exactly as it was put
 * @param storyKey  the key shared by every version of its story
 * @param versionOf the id of the story's first version when this is a later version, else {@code null}
 * @param head      {@code true} when no stored version of the same story has a higher version number
 */
public record StoredArticle(Article article, String storyKey, String versionOf, boolean head) {

    public String id() {
        return article.id();
    }
}
