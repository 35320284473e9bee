package dev.storyline.eval.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.index.StoredArticle;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Timestamp;
import dev.storyline.relate.DuplicateGroup;
import dev.storyline.relate.DuplicateMatch;
import dev.storyline.relate.Duplicates;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicate groups are found through the fingerprints the index files at put time. */
class DuplicateGroupInIndexTest {

    private static final List<String> BODY = List.of(
            "The Bank of Japan bought dollars in Tokyo on Tuesday to stop the currency falling below 150 yen, "
                    + "dealers said.",
            "The central bank intervened several times during the morning session, buying an estimated one "
                    + "billion dollars, according to dealers at major banks.",
            "The dollar later steadied at 150.25 yen after touching a low of 149.98 yen in early trading.");

    @TempDir
    Path dir;

    @Test
    void copiesAndEditedCopiesFormOneGroupShownByTheEarliest() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(article("rerun", "1987-03-04", BODY));
            index.put(article("original", "1987-03-03", BODY));
            index.put(article("corrected", "1987-03-04", List.of(BODY.get(0), BODY.get(1),
                    BODY.get(2).replace("150.25", "150.35"))));
            index.put(article("other", "1987-03-03", List.of("The Bank of Japan left its discount rate unchanged "
                    + "at 2.5 pct on Tuesday, a spokesman said, despite calls from industry for a cut.")));
            DuplicateGroup g = new Duplicates(index).groupOf("rerun").orElseThrow();
            assertThat(g.representative().id()).isEqualTo("original");
            assertThat(g.members()).extracting(StoredArticle::id)
                    .containsExactlyInAnyOrder("original", "rerun", "corrected");
            assertThat(g.matches()).extracting(DuplicateMatch::kind)
                    .containsExactlyInAnyOrder(DuplicateMatch.Kind.EXACT, DuplicateMatch.Kind.NEAR);
            assertThat(new Duplicates(index).groupOf("other").orElseThrow().hasDuplicates()).isFalse();
        }
    }

    private static Article article(String id, String date, List<String> paragraphs) {
        return new Article(id, "Bank of Japan intervenes", List.of(), 1, null, List.of(),
                new Dateline("TOKYO", PartialDate.parse(date), null, "TOKYO, March 3 -", null), paragraphs, List.of(),
                List.of(), "Reuter", List.of(), "en", null, Timestamp.parse(date), Map.of(), null, List.of());
    }
}
