package dev.storyline.lucene;

import dev.storyline.index.ArticleIndex;
import dev.storyline.index.NeighboursContract;
import java.nio.file.Path;

/** The Lucene backend passes the Neighbours contract. */
class LuceneNeighboursTest extends NeighboursContract {

    @Override
    protected ArticleIndex open(Path dir) {
        return LuceneArticleIndex.open(dir);
    }
}
