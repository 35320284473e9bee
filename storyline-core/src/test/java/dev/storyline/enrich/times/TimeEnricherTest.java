package dev.storyline.enrich.times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.json.Json;
import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import dev.storyline.model.TimeExpression;
import dev.storyline.model.Timestamp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeEnricherTest {

    private final TimeEnricher enricher = new TimeEnricher();

    private static Article article(String date, String published, String... paragraphs) {
        Dateline dateline = date == null ? null
                : new Dateline("SEOUL", PartialDate.parse(date), "Yonhap", "SEOUL (Yonhap) --", null);
        return new Article("a1", "Talks set", List.of(), 1, null, List.of(), dateline, List.of(paragraphs), List.of(),
                List.of(), null, List.of(), "en", null, published == null ? null : Timestamp.parse(published), null,
                null, List.of());
    }

    @Test
    void seedArticleHasEveryGoldTimeWithItsValue() throws Exception {
        Article seed = SeedArticle.load();
        JsonNode gold = Json.mapper().readTree(SeedArticle.gold().toFile()).get("times");

        List<TimeExpression> times = enricher.enrich(seed).times();

        for (JsonNode g : gold) {
            String text = g.get("text").asText();
            String value = g.get("value").asText();
            assertThat(times).as("gold time '%s' = %s", text, value)
                    .anySatisfy(t -> {
                        assertThat(text).containsIgnoringCase(t.span().text());
                        assertThat(t.value()).isEqualTo(value);
                    });
        }
        assertThat(MentionedDates.of(times)).contains("2019-05-21", "2019-06", "2019-06-02", "2018-12", "2017");
    }

    @Test
    void withoutAnyDateRelativeExpressionsStayUnresolvedWithAWarning() {
        Article a = enricher.enrich(article(null, null, "Officials said Tuesday the pact of May 3, 2017 holds."));

        assertThat(a.times()).extracting(TimeExpression::value).containsExactly(null, "2017-05-03");
        assertThat(a.warnings()).anyMatch(w -> w.contains("no article date"));
    }

    @Test
    void impossibleDatelineDateReadFromJsonFallsBackToThePublishedDate() {
        Article read = Json.read("""
                {"id": "a1", "version": 1, "dateline": {"place": "SEOUL", "date": "2019-02-30"},
                 "published": "2019-03-01T09:00:00Z", "paragraphs": ["Officials said Friday."]}""", Article.class);

        Article a = enricher.enrich(read);

        assertThat(read.dateline().date()).isNull();
        assertThat(a.times()).extracting(TimeExpression::value).containsExactly("2019-03-01");
    }

    @Test
    void impossibleDateInTheTextIsKeptWithoutValueAndWarned() {
        Article a = enricher.enrich(article("2019-05-21", null, "The deal was signed on Feb. 30, 2019."));

        assertThat(a.times()).singleElement().satisfies(t -> assertThat(t.value()).isNull());
        assertThat(a.warnings()).anyMatch(w -> w.contains("Feb. 30, 2019"));
    }

    @Test
    void oddTextNeverThrows() {
        for (String text : List.of("", "1234 5678 90 12 2019 7/7/7 99:99 31/31/31", "서울에서 2019년 5월 21일 talks on May 22 北京",
                "!!!???...", "\u0000\uFFFF")) {
            assertThatCode(() -> enricher.enrich(article("2019-05-21", null, text))).doesNotThrowAnyException();
        }
        assertThat(enricher.enrich(article("2019-05-21", null, "서울에서 talks on May 22 北京")).times())
                .extracting(TimeExpression::value).containsExactly("2019-05-22");
    }

    @Test
    void megabyteParagraphIsSearchedWithinTheTimeBudget() {
        String sentence = "Officials said Tuesday that talks would resume early next month, a a a 1 2 3 May. ";
        String huge = sentence.repeat(1_000_000 / sentence.length());

        long t0 = System.nanoTime();
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> enricher.enrich(article("2019-05-21", null,
                huge)));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(a.times()).hasSizeGreaterThan(100);
        assertThat(took).isLessThan(TimeEnricher.BUDGET.plusSeconds(2));
        boolean complete = a.times().size() >= 3 * (1_000_000 / sentence.length());
        assertThat(complete || a.warnings().stream().anyMatch(w -> w.contains("time budget spent"))).isTrue();
    }
}
