package dev.storyline.relate;

import dev.storyline.index.StoredArticle;
import java.util.List;

/**
 * The related articles of one article, with its own duplicates and versions listed apart.
 *
 * @param article    the article asked about
 * @param items      related stories, best first (heads only, never a duplicate or version of the article)
 * @param duplicates the article's duplicate group
 * @param versions   every stored version of the article's story, oldest first (the article itself included)
 * @param note       why the list is empty or short, e.g. "the article has neither headline nor body"; else null
 */
public record RelatedList(StoredArticle article, List<RelatedArticle> items, DuplicateGroup duplicates,
        List<StoredArticle> versions, String note) {

    public RelatedList {
        items = List.copyOf(items);
        versions = List.copyOf(versions);
    }
}
