package dev.storyline.lucene;

import dev.storyline.index.ArticleIndex;
import dev.storyline.ingest.VersionLinkingContract;
import java.nio.file.Path;

/** The ingest pipeline links versions of a story on the Lucene backend. */
class LuceneVersionLinkingTest extends VersionLinkingContract {

    @Override
    protected ArticleIndex open(Path dir) {
        return LuceneArticleIndex.open(dir);
    }
}
