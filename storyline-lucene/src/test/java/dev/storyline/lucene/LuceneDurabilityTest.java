package dev.storyline.lucene;

import dev.storyline.index.ArticleIndex;
import dev.storyline.index.DurabilityContract;
import java.nio.file.Path;

/** The Lucene backend passes the Durability contract. */
class LuceneDurabilityTest extends DurabilityContract {

    @Override
    protected ArticleIndex open(Path dir) {
        return LuceneArticleIndex.open(dir);
    }
}
