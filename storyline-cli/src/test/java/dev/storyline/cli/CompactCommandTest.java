package dev.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Timestamp;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline compact}: one segment after, the same articles, and a clear message on a missing folder. */
class CompactCommandTest {

    @TempDir
    Path data;

    @Test
    void compactReportsTheSegmentsMergedAndKeepsEveryArticle() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(data)) {
            for (int i = 0; i < 3; i++) {
                index.put(story("item-" + i, "Shipyard wins tanker order number " + i));
                index.commit();
            }
        }
        CliRun r = CliRun.of("compact", "--data", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("compacted 3 articles from 3 segments into 1");
        assertThat(CliRun.of("search", "tanker", "--data", data.toString()).out()).contains("item-2");
    }

    @Test
    void aFolderThatIsNotADataFolderIsRefusedWithTheReason() throws Exception {
        Path file = java.nio.file.Files.writeString(data.resolve("not-a-folder"), "x");
        CliRun r = CliRun.of("compact", "--data", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("storyline compact: data folder " + file + " is a file, not a folder");
    }

    private static Article story(String id, String body) {
        return new Article(id, "Tanker order", List.of(), 1, null, List.of(), new Dateline("ULSAN",
                PartialDate.parse("2019-05-20"), "Yonhap", "ULSAN, May 20 (Yonhap) --", null), List.of(body), List.of(),
                List.of(), "(END)", List.of(), "en", null, Timestamp.parse("2019-05-20"), Map.of(), null, List.of());
    }
}
