package dev.storyline.lucene;

import dev.storyline.index.ArticleIndex;
import dev.storyline.index.FacetsContract;
import java.nio.file.Path;

/** The Lucene backend passes the Facets contract. */
class LuceneFacetsTest extends FacetsContract {

    @Override
    protected ArticleIndex open(Path dir) {
        return LuceneArticleIndex.open(dir);
    }
}
