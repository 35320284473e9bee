package dev.storyline.eval.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.index.IndexEntry;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.model.Article;
import dev.storyline.model.Source;
import dev.storyline.relate.RelatedArticles;
import dev.storyline.relate.RelatedList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Related ranking answers odd articles without throwing, and explains an empty list. */
class RelatedOddInputTest {

    @TempDir
    Path dir;

    private LuceneArticleIndex index;
    private RelatedArticles related;

    @BeforeEach
    void open() {
        index = LuceneArticleIndex.open(dir);
        for (Article a : DefenseTalksFixtures.all()) {
            index.put(a);
        }
        related = new RelatedArticles(index, null, RelatedArticles.Options.defaults());
    }

    @AfterEach
    void close() {
        index.close();
    }

    static Stream<Arguments> oddArticles() {
        return Stream.of(
                Arguments.of("one word", null, List.of("defense")),
                Arguments.of("only numbers", "1 2 3", List.of("12 34 56 78 90 1,000 2.5")),
                Arguments.of("1 MB of text", "Long", List.of("Singapore defense radar talks ".repeat(35_000))),
                Arguments.of("headline only", "Jeong to meet Japanese defense minister Iwaya in Singapore",
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddArticles")
    void oddArticlesGetAListWithoutThrowing(String name, String headline, List<String> paragraphs) {
        index.put(article("odd", headline, paragraphs));
        RelatedList list = related.related("odd", 5).orElseThrow();
        assertThat(list.items()).allSatisfy(i -> assertThat(i.id()).isNotEqualTo("odd"));
        assertThat(list.items().isEmpty()).isEqualTo(list.note() != null);
    }

    @Test
    void headlineOnlyArticleIsRelatedByItsHeadline() {
        index.put(article("headline-only", "Jeong to meet Japanese defense minister Iwaya at Shangri-La Dialogue "
                + "in Singapore to restore defense ties after radar row", List.of()));
        assertThat(related.related("headline-only", 5).orElseThrow().items()).isNotEmpty();
    }

    @Test
    void articleWithoutTextGetsAnExplainedEmptyList() {
        index.put(article("empty", null, List.of()));
        RelatedList list = related.related("empty", 5).orElseThrow();
        assertThat(list.items()).isEmpty();
        assertThat(list.note()).contains("neither headline nor body");
    }

    @Test
    void unknownIdIsNotFound() {
        assertThat(related.related("no-such-article", 5)).isEmpty();
    }

    private static Article article(String id, String headline, List<String> paragraphs) {
        return new Article(id, headline, List.of(), 1, null, List.of(), null, paragraphs, List.of(), List.of(), null,
                List.of(), "en", null, null, Map.of(), new Source("test", "wire", id), List.of());
    }
}
