package dev.storyline.enrich.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.json.Json;
import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Mention;
import dev.storyline.model.Quote;
import dev.storyline.model.Span;
import dev.storyline.enrich.times.SeedArticle;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteEnricherTest {

    private final QuoteEnricher enricher = new QuoteEnricher();

    private static Article article(List<Entity> entities, String... paragraphs) {
        return new Article("q1", "Talks", List.of(), 1, null, List.of(), null, List.of(paragraphs), List.of(),
                List.of(), null, List.of(), "en", null, null, null, null, List.of(), entities, List.of(), List.of());
    }

    @Test
    void seedArticleHasBothQuotesWithTheirSpeakers() throws Exception {
        Article seed = SeedArticle.load();
        JsonNode gold = Json.mapper().readTree(SeedArticle.gold().toFile()).get("quotes");

        List<Quote> quotes = enricher.enrich(seed).quotes();

        assertThat(quotes).hasSize(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            Quote q = quotes.get(i);
            assertThat(q.text()).startsWith(gold.get(i).get("starts").asText());
            assertThat(q.speaker().description()).isEqualTo(gold.get(i).get("speaker").asText());
            assertThat(q.speaker().name()).isNull();
            Span s = q.speaker().span();
            assertThat(seed.paragraphs().get(s.paragraph()).substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `"We will restore ties with Tokyo," a ministry official said.`            | -                 | a ministry official
            `"We will restore ties with Tokyo," said Jeong Kyeong-doo, the minister.` | Jeong Kyeong-doo  | -
            `Jeong Kyeong-doo told reporters: "We will restore ties with Tokyo."`     | Jeong Kyeong-doo  | -
            `"We will restore ties with Tokyo," according to the defense ministry.`    | -                 | the defense ministry
            `"We will restore ties with Tokyo," another official said Tuesday.`      | -                 | another official
            `\u201CWe will restore ties with Tokyo,\u201D Jeong said in a briefing.`   | Jeong             | -
            """)
    void speakerComesFromTheUsualAttributionPatterns(String paragraph, String name, String description) {
        Quote q = enricher.enrich(article(List.of(), paragraph)).quotes().get(0);

        assertThat(q.text()).startsWith("We will restore ties with Tokyo");
        assertThat(q.speaker().name()).isEqualTo("-".equals(name) ? null : name);
        assertThat(q.speaker().description()).isEqualTo("-".equals(description) ? null : description);
    }

    @Test
    void lastNamesAndPronounsResolveToTheCanonicalEntity() {
        String p0 = "Defense Minister Jeong Kyeong-doo met his counterpart.";
        String p1 = "\"We will meet again soon,\" Jeong said.";
        String p2 = "\"The ties matter to both,\" he added.";
        Entity jeong = new Entity("person:jeong-kyeong-doo", "Jeong Kyeong-doo", EntityType.PERSON, List.of("Jeong"),
                List.of("Defense Minister"), null, List.of(new Mention(new Span(0, 17, 33, "Jeong Kyeong-doo"),
                        "Defense Minister"), new Mention(new Span(1, 29, 34, "Jeong"), null)));

        List<Quote> quotes = enricher.enrich(article(List.of(jeong), p0, p1, p2)).quotes();

        assertThat(quotes).extracting(q -> q.speaker().name()).containsExactly("Jeong Kyeong-doo", "Jeong Kyeong-doo");
        assertThat(quotes).extracting(q -> q.speaker().entityKey())
                .containsExactly("person:jeong-kyeong-doo", "person:jeong-kyeong-doo");
    }

    @Test
    void attributionClosingThePreviousParagraphNamesTheSpeaker() {
        Quote q = enricher.enrich(article(List.of(), "In a statement, Foreign Minister Kang Kyung-wha said:",
                "\u201CWe will keep talking with Tokyo.\u201D")).quotes().get(0);

        assertThat(q.speaker().name()).isEqualTo("Kang Kyung-wha");
        assertThat(q.speaker().span().paragraph()).isEqualTo(0);
    }

    @Test
    void definiteRoleNamesThePersonWhoHoldsIt() {
        Entity jeong = new Entity("person:jeong-kyeong-doo", "Jeong Kyeong-doo", EntityType.PERSON, List.of(),
                List.of("Defense Minister"), null, List.of(new Mention(new Span(0, 17, 33, "Jeong Kyeong-doo"),
                        "Defense Minister")));

        Quote q = enricher.enrich(article(List.of(jeong), "Defense Minister Jeong Kyeong-doo arrived.",
                "\"Ties matter to both sides,\" the minister said.")).quotes().get(0);

        assertThat(q.speaker().name()).isEqualTo("Jeong Kyeong-doo");
        assertThat(q.speaker().description()).isEqualTo("the minister");
    }

    @Test
    void withoutEntitiesLastNameAndPronounFollowTheFullNameGivenBefore() {
        List<Quote> quotes = enricher.enrich(article(List.of(),
                "\"We will meet again soon,\" said Wei Fenghe.",
                "\"The ties matter to both,\" Wei said. \"And they will grow.\"",
                "\"It takes time,\" he added.")).quotes();

        assertThat(quotes).extracting(q -> q.speaker().name())
                .containsExactly("Wei Fenghe", "Wei Fenghe", "Wei Fenghe", "Wei Fenghe");
    }

    @Test
    void scareQuotesAreLeftOutAndUnclosedQuotesWarned() {
        Article a = enricher.enrich(article(List.of(), "The so-called \"radar row\" went on.",
                "The \"cap,\" the utility said, stays.", "He said \"this never closes and goes on"));

        assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.text()).startsWith("this never closes"));
        assertThat(a.warnings()).anyMatch(w -> w.contains("never closed"));
    }

    @Test
    void oddTextNeverThrowsAndAMegabyteStaysFast() {
        for (String text : List.of("", "\"", "\"\"\"\"", "“”«»„", "12 34 \" 56", "서울 \"통일\" 北京 “和平”")) {
            assertThatCode(() -> enricher.enrich(article(List.of(), text, text))).doesNotThrowAnyException();
        }
        String huge = "\"Talks will go on,\" an official said. ".repeat(25_000) + "\"unclosed " + "x ".repeat(100_000);

        Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> enricher.enrich(article(List.of(), huge)));

        assertThat(a.quotes()).hasSizeGreaterThan(20_000);
    }
}
