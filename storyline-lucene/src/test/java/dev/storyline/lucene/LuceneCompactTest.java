package dev.storyline.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.index.ArticleFixtures;
import dev.storyline.index.Filters;
import dev.storyline.index.IndexEntry;
import dev.storyline.model.Article;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compacting merges the index into one segment and keeps every article, vector and neighbour. */
class LuceneCompactTest {

    @TempDir
    Path dir;

    @Test
    void compactMergesEveryCommitIntoOneSegmentAndKeepsTheArticles() throws Exception {
        int stored = 0;
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            for (Article a : ArticleFixtures.newsDesk()) {
                index.put(IndexEntry.of(a).withVector(new float[] {stored + 1, 1, 0}));
                index.commit(); // one segment per commit
                stored++;
            }
            assertThat(segments()).isGreaterThan(1);
            String neighbour = index.similarTo("rates-1", 1, Filters.none()).get(0).id();

            assertThat(index.compact()).isGreaterThan(1);

            assertThat(segments()).isEqualTo(1);
            assertThat(index.count()).isEqualTo(stored);
            assertThat(index.get("rates-1")).isPresent();
            assertThat(index.vectorOf("rates-1")).isPresent();
            assertThat(index.similarTo("rates-1", 1, Filters.none()).get(0).id()).isEqualTo(neighbour);
        }
        try (LuceneArticleIndex reopened = LuceneArticleIndex.openReadOnly(dir)) {
            assertThat(reopened.count()).as("the compacted index was committed").isEqualTo(stored);
        }
    }

    @Test
    void aReadOnlyIndexCannotBeCompacted() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(ArticleFixtures.newsDesk().get(0));
            index.commit();
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.openReadOnly(dir)) {
            assertThatThrownBy(index::compact).isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
        }
    }

    private int segments() throws Exception {
        try (var d = FSDirectory.open(dir.resolve("index")); DirectoryReader r = DirectoryReader.open(d)) {
            return r.leaves().size();
        }
    }
}
