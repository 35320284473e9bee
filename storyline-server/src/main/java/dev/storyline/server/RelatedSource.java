package dev.storyline.server;

import dev.storyline.index.StoredArticle;

/**
 * Where the server gets an article's related articles, duplicates and versions. The seam through which a better
 * relating engine (clustering, duplicate detection, version chains) plugs in ({@link RelatedArticlesSource} is the one in use).
 */
public interface RelatedSource {

    /** What is related to {@code article}, at most {@code size} related items. */
    RelatedView related(StoredArticle article, int size);
}
