package dev.storyline.lucene;

import dev.storyline.index.ArticleIndex;
import dev.storyline.index.SearchContract;
import java.nio.file.Path;

/** The Lucene backend passes the Search contract. */
class LuceneSearchTest extends SearchContract {

    @Override
    protected ArticleIndex open(Path dir) {
        return LuceneArticleIndex.open(dir);
    }
}
