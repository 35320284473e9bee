package dev.storyline.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.index.ArticleFixtures;
import dev.storyline.index.IndexEntry;
import dev.storyline.index.StoredArticle;
import dev.storyline.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder written by the version before typed dates still reads: the stored record is the native JSON, whose
 * dates were plain strings then, a web page's date sometimes as the page printed it.
 */
class LuceneReadsOldArticlesTest {

    /** The record of {@code old-1} as the previous version stored it. */
    private static final String OLD_RECORD = """
            {"id":"old-1","headline":"Ferry link approved","tags":[],"version":1,"byline":["Mina Park"],
             "dateline":{"place":"HARBOUR CITY","date":"2019-05-21","agency":"Yonhap",
                         "text":"HARBOUR CITY, May 21 (Yonhap) --","dateFrom":{"method":"dateline","evidence":"May 21"}},
             "paragraphs":["The council approved the ferry link."],"contacts":[],"credits":[],"rail":[],
             "language":"en","published":"2019-05-21T10:00:00+09:00","labels":{},
             "source":{"path":"wire/day1.txt","format":"wire"},"warnings":[],"entities":[],"times":[],"quotes":[]}""";
    /** A web page's record with its date as the page printed it, which no ISO reader takes. */
    private static final String OLD_PAGE_RECORD = """
            {"id":"old-2","headline":"Garden notes","version":1,"paragraphs":["Plant in spring."],
             "published":"Oct 12, 2025","source":{"path":"page.html","format":"html"}}""";

    @Test
    void recordsStoredWithStringDatesReadWithTypedDates(@TempDir Path dir) throws Exception {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(ArticleFixtures.article("old-1").headline("placeholder").build());
            index.put(ArticleFixtures.article("old-2").headline("placeholder").build());
            index.commit();
        }
        replaceRecord(dir, "old-1", OLD_RECORD);
        replaceRecord(dir, "old-2", OLD_PAGE_RECORD);

        try (LuceneArticleIndex index = LuceneArticleIndex.openReadOnly(dir)) {
            Article ferry = index.get("old-1").map(StoredArticle::article).orElseThrow();
            Article garden = index.get("old-2").map(StoredArticle::article).orElseThrow();

            assertThat(ferry.headline()).isEqualTo("Ferry link approved");
            assertThat(ferry.date()).isEqualTo(LocalDate.of(2019, 5, 21));
            assertThat(ferry.published()).hasToString("2019-05-21T10:00:00+09:00");
            assertThat(garden.headline()).isEqualTo("Garden notes");
            assertThat(garden.published()).as("a date in no ISO form reads as absent").isNull();
        }
    }

    /** Puts {@code json} in place of the stored record of {@code id}, every other field as the backend wrote it. */
    private static void replaceRecord(Path dir, String id, String json) throws Exception {
        Article placeholder = ArticleFixtures.article(id).headline("placeholder").build();
        Document doc = ArticleFields.toDocument(IndexEntry.of(placeholder));
        doc.removeField(ArticleFields.JSON);
        doc.add(new StoredField(ArticleFields.JSON, json));
        try (FSDirectory directory = FSDirectory.open(new DataFolder(dir).indexPath());
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ArticleFields.analyzer()))) {
            writer.updateDocument(new Term(ArticleFields.ID, id), doc);
            writer.commit();
        }
    }
}
