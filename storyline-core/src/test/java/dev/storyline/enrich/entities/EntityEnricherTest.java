package dev.storyline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Mention;
import dev.storyline.model.Span;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The entities stage on short articles written for these tests. */
class EntityEnricherTest {

    private static final EntityEnricher ENRICHER = new EntityEnricher();

    private static Article article(String headline, String... paragraphs) {
        return new Article("t", headline, List.of(), 1, null, List.of(), null, List.of(paragraphs), List.of(),
                List.of(), null, List.of(), "en", null, null, Map.of(), null, List.of());
    }

    private static List<Entity> entities(String headline, String... paragraphs) {
        return ENRICHER.enrich(article(headline, paragraphs)).entities();
    }

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            S. Korea and Japan agreed on Monday. South Korea will host the next round.  | South Korea | PLACE | S. Korea
            Officials in N. Korea said on Friday that North Korea would reply.          | North Korea | PLACE | N. Korea
            The U.S. embassy said the United States would respond.                      | United States | PLACE | U.S.
            Japanese officials said Japan would not comment.                            | Japan | PLACE | Japanese
            """)
    void listedNamesMergeUnderTheirCanonicalName(String text, String canonical, EntityType type, String alias) {
        Entity e = named(entities(null, text), canonical).orElseThrow();
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.aliases()).contains(alias);
        assertThat(e.mentions()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aPersonsShortNameMergesWithTheFullNameAndTheTitleIsKeptApart() {
        List<Entity> found = entities(null,
                "Foreign Minister Park Ji-hoon met his counterpart on Monday in Busan.",
                "Park told reporters the talks had gone well.");
        Entity park = named(found, "Park Ji-hoon").orElseThrow();
        assertThat(park.type()).isEqualTo(EntityType.PERSON);
        assertThat(park.key()).isEqualTo("person:park-ji-hoon");
        assertThat(park.roles()).containsExactly("Foreign Minister");
        assertThat(park.mentions()).extracting(m -> m.span().text()).containsExactly("Park Ji-hoon", "Park");
        assertThat(park.mentions()).extracting(Mention::title).containsExactly("Foreign Minister", null);
    }

    @Test
    void aPersonNamedLikeACountryStaysAPerson() {
        List<Entity> found = entities(null, "Michael Jordan scored 40 points on Sunday.",
                "Jordan said the team had played well.");
        Entity jordan = named(found, "Michael Jordan").orElseThrow();
        assertThat(jordan.type()).isEqualTo(EntityType.PERSON);
        assertThat(jordan.mentions()).hasSize(2);
        assertThat(found).noneMatch(e -> e.type() == EntityType.PLACE);
    }

    @Test
    void anAdjectiveIsNotMergedIntoALongerNameItBegins() {
        List<Entity> found = entities(null, "Islamic Jihad said on Saturday it fired the rockets.",
                "Two Islamic Hamas militants were killed near the camp.");
        assertThat(named(found, "Islamic Jihad").orElseThrow().mentions()).hasSize(1);
    }

    @Test
    void titlesKeepTheirSmallJoiningWords() {
        Entity e = named(entities(null, "Secretary of State George Shultz said on Monday he would not resign."),
                "George Shultz").orElseThrow();
        assertThat(e.roles()).containsExactly("Secretary of State");
    }

    @Test
    void aShorterNameBeforeItsLongerFormMerges() {
        List<Entity> found = entities("Harbor Mattress sees lower first-quarter profit",
                "Harbor Mattress Co said on Tuesday its first-quarter profit would fall.");
        Entity e = named(found, "Harbor Mattress Co").orElseThrow();
        assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e.mentions()).hasSize(2);
    }

    @Test
    void monthsInAWireTableAreNotNames() {
        List<Entity> found = entities(null, "Registrations in tonnes: Maize Feb 1,200 Mar 1,350 Apr 980.");
        assertThat(found).extracting(Entity::name).doesNotContain("Feb", "Mar", "Apr");
    }

    @Test
    void anAcronymInBracketsIsAnAliasOfTheLongForm() {
        List<Entity> found = entities(null,
                "The North Atlantic Treaty Organization (NATO) met in Brussels on Tuesday.",
                "NATO ministers agreed to raise spending.");
        Entity nato = named(found, "North Atlantic Treaty Organization").orElseThrow();
        assertThat(nato.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(nato.aliases()).contains("NATO");
        assertThat(nato.mentions()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Talks between Seoul and Tokyo resumed on Monday.          | Seoul | place:south-korea
            The Seoul-Beijing meeting took place last year.           | Beijing | place:china
            Washington's decision angered the allies.                 | Washington | place:united-states
            The ministers met in Seoul on Monday.                     | Seoul |
            """)
    void capitalsUsedForTheirGovernmentsAreLinkedToTheirCountries(String text, String capital, String linkedTo) {
        Entity e = named(entities(null, text), capital).orElseThrow();
        assertThat(e.type()).isEqualTo(EntityType.PLACE);
        assertThat(e.linkedTo()).isEqualTo(linkedTo);
    }

    @Test
    void mentionSpansPointIntoTheirParagraphOrTheHeadline() {
        Article a = article("Germany beats France in Paris", "Chancellor Helmut Kohl visited Paris on Monday.",
                "Kohl met President Jacques Chirac.");
        Article enriched = ENRICHER.enrich(a);
        assertThat(enriched.entities()).isNotEmpty();
        for (Entity e : enriched.entities()) {
            for (Mention m : e.mentions()) {
                Span s = m.span();
                String text = s.paragraph() == Span.HEADLINE ? a.headline() : a.paragraphs().get(s.paragraph());
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            }
        }
        assertThat(named(enriched.entities(), "Germany").orElseThrow().mentions().get(0).span().paragraph())
                .isEqualTo(Span.HEADLINE);
        assertThat(named(enriched.entities(), "Helmut Kohl").orElseThrow().mentions()).hasSize(2);
    }

    @Test
    void bylineDatelinePlaceAndAgencyBecomeEntitiesOrRolesOfThem() {
        Article a = new Article("t", "Rain in Busan", List.of(), 1, null, List.of("Lee Min-ji"),
                new dev.storyline.model.Dateline("BUSAN", dev.storyline.model.PartialDate.parse("2019-05-21"), "Yonhap",
                        "BUSAN, May 21 (Yonhap) --", null),
                List.of("It rained all day."), List.of(), List.of(), null, List.of(), "en", null, null, Map.of(),
                null, List.of());
        List<Entity> found = ENRICHER.enrich(a).entities();
        assertThat(named(found, "Lee Min-ji").orElseThrow().roles()).containsExactly("byline");
        assertThat(named(found, "Yonhap").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        Entity busan = named(found, "Busan").orElseThrow();
        assertThat(busan.roles()).containsExactly("dateline");
        assertThat(busan.mentions()).extracting(m -> m.span().paragraph()).containsExactly(Span.HEADLINE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no sentences   | ''
            only numbers   | 12 34 56.78 90 1,000 2019-05-21 -- 7
            mixed scripts  | President 문재인 met Xi Jinping (习近平) in 서울 on Monday.
            only marks     | ... !!! ??? -- (( ))
            """)
    void oddTextGivesWhatItCanAndNeverThrows(String what, String text) {
        assertThatCode(() -> ENRICHER.enrich(article(text, text))).doesNotThrowAnyException();
    }

    @Test
    void aHugeParagraphIsCutWithAWarningWithinTheTimeBudget() {
        String huge = "The minister met officials in Seoul and Tokyo on Monday. ".repeat(18_000); // ~1 MB
        long t0 = System.nanoTime();
        Article out = ENRICHER.enrich(article("Big", huge));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        assertThat(out.warnings()).anyMatch(w -> w.startsWith("entities:"));
        assertThat(named(out.entities(), "Seoul")).isPresent();
    }

    @Test
    void isThreadSafe() {
        Article a = article("S. Korea and Japan", "Defense Minister Jeong Kyeong-doo met Takeshi Iwaya in Singapore.");
        List<Entity> expected = ENRICHER.enrich(a).entities();
        IntStream.range(0, 64).parallel().forEach(i ->
                assertThat(ENRICHER.enrich(a).entities()).isEqualTo(expected));
    }

    @Test
    void providesEntitiesAfterText() {
        EnrichmentPipeline pipeline = EnrichmentPipeline.of(List.of(ENRICHER));
        assertThat(pipeline.stages()).containsExactly(ENRICHER);
        assertThat(ENRICHER.provides()).containsExactly("entities");
        assertThat(ENRICHER.requires()).containsExactly("text");
    }
}
