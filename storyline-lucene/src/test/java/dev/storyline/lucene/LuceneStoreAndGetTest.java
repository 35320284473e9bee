package dev.storyline.lucene;

import dev.storyline.index.ArticleIndex;
import dev.storyline.index.StoreAndGetContract;
import java.nio.file.Path;

/** The Lucene backend passes the StoreAndGet contract. */
class LuceneStoreAndGetTest extends StoreAndGetContract {

    @Override
    protected ArticleIndex open(Path dir) {
        return LuceneArticleIndex.open(dir);
    }
}
