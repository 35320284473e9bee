package dev.storyline.read.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.read.Document;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadResult;
import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NinjsReaderTest {

    private final NinjsReader reader = new NinjsReader();

    static byte[] fixture(String name) {
        try (InputStream in = NinjsReaderTest.class.getResourceAsStream("/fixtures/ninjs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"001_simple_example.json", "002_renditions_example.json", "003_associations_example.json",
        "004_simple_text_article.json", "005_complex_text_article.json", "006_photo_only.json", "007_multimedia.json",
        "008_event.json"})
    void everyIptcExampleReadsWithoutError(String file) throws IOException {
        Path dir = SharedData.requireShared("specs/ninjs-examples-3.1");
        byte[] bytes = Files.readAllBytes(dir.resolve(file));
        ReadResult r = reader.read(bytes, Hints.named(file), Limits.defaults());
        assertThat(r.errors()).isEmpty();
        assertThat(r.documents()).hasSize(1);
        assertThat(r.documents().get(0).metadata().sourceId()).isNotBlank();
    }

    @Test
    void iptcComplexExampleGivesHeadlinePlaceBylineAndPlainBody() throws IOException {
        Path dir = SharedData.requireShared("specs/ninjs-examples-3.1");
        Document d = reader.read(Files.readAllBytes(dir.resolve("005_complex_text_article.json")),
                Hints.named("005"), Limits.defaults()).documents().get(0);
        assertThat(d.metadata().headline()).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
        assertThat(d.metadata().place()).isEqualTo("Grossetto, Italy");
        assertThat(d.metadata().byline()).containsExactly("Paulo Santalucia", "Frances d'Emilio");
        assertThat(d.metadata().language()).isEqualTo("en");
        assertThat(d.metadata().labels()).containsKeys("people", "places", "organisations");
        assertThat(d.text()).startsWith("GROSSETO, Italy (AP) -- The trial").doesNotContain("<p>");
        assertThat(d.startsWithHeadline()).isFalse();
    }

    @Test
    void ninjsOneReadsOldPropertyNamesAndTurnsHtmlBodyIntoParagraphs() {
        ReadResult r = reader.read(fixture("v1-wire-story.json"), Hints.named("v1.json"), Limits.defaults());
        assertThat(r.errors()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.metadata().headline()).isEqualTo("Harbour crane collapses in storm, no injuries");
        assertThat(d.metadata().byline()).containsExactly("Mira Castell", "Tomas Ekberg");
        assertThat(d.metadata().published()).hasToString("2021-03-04T09:15:00Z");
        assertThat(d.metadata().place()).isEqualTo("PORT ELLEN");
        assertThat(d.metadata().version()).isEqualTo(2);
        assertThat(d.metadata().tags()).containsExactly("URGENT");
        assertThat(d.metadata().language()).isEqualTo("en");
        assertThat(d.metadata().labels()).containsEntry("subjects", List.of("economy, business and finance"))
                .containsEntry("places", List.of("Islay"));
        assertThat(d.text().split("\n\n")).containsExactly(
                "PORT ELLEN, March 4 (Example News) -- A harbour crane collapsed overnight as gusts reached 140 km/h,"
                        + " port officials said.",
                "No one was hurt, the harbour master told reporters.");
    }

    @Test
    void ninjsThreeArrayPrefersMainPlainBodyAndReportsTheNonObject() {
        ReadResult r = reader.read(fixture("v3-array.json"), Hints.named("v3.json"), Limits.defaults());
        assertThat(r.documents()).hasSize(2);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("object 3");
            assertThat(e.reason()).contains("expected a ninjs object");
        });
        Document first = r.documents().get(0);
        assertThat(first.metadata().headline()).isEqualTo("Hailstorm flattens orchards along the lake");
        assertThat(first.text()).isEqualTo("LINDAU, Sept 12 -- Hail the size of walnuts flattened orchards along the"
                + " lake shore on Monday.\n\nThe mayor promised emergency help for growers.");
        assertThat(first.metadata().published()).hasToString("2022-09-12");
        assertThat(first.metadata().attention()).isEqualTo("Updates with the mayor's comment in paragraph 2");
        assertThat(first.metadata().version()).isEqualTo(3);
        assertThat(first.metadata().url()).isEqualTo("https://news.example.org/hail-lindau");
        assertThat(first.metadata().labels()).containsEntry("people", List.of("Anna Beck"));
        assertThat(first.source().record()).isEqualTo("object 1");
        Document second = r.documents().get(1);
        assertThat(second.text()).isEqualTo("LINDAU, Sept 13 -- Growers began counting losses.");
    }

    @Test
    void withoutUriTheFirstAltIdIsTheSourceIdAndAWarningSaysSo() {
        String json = "{\"altIds\": [{\"role\": \"url\", \"value\": \"https://x\"}, {\"role\": \"wire\","
                + " \"value\": \"EXW-0042\"}], \"headline\": \"H\", \"body_text\": \"B\"}";
        Document d = reader.read(json.getBytes(StandardCharsets.UTF_8), Hints.named("n.json"), Limits.defaults())
                .documents().get(0);
        assertThat(d.metadata().sourceId()).isEqualTo("EXW-0042");
        assertThat(d.metadata().url()).isEqualTo("https://x");
        assertThat(d.warnings()).singleElement().asString().contains("altIds");
    }

    @Test
    void jsonWithANinjsKeyButNoIdentityAndNoBodyIsRefusedNotReadAsAnEmptyArticle() {
        String json = "{\"_about\": \"an annotation file\", \"headline\": \"H\", \"byline\": [\"A\"]}";
        ReadResult r = reader.read(json.getBytes(StandardCharsets.UTF_8), Hints.named("gold.json"), Limits.defaults());
        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("gold.json");
            assertThat(e.reason()).startsWith("not a ninjs news item");
        });
    }

    @Test
    void malformedJsonYieldsOneErrorWithLineAndColumn() {
        ReadResult r = reader.read(fixture("broken.json"), Hints.named("broken.json"), Limits.defaults());
        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("broken.json");
            assertThat(e.location()).startsWith("line 4");
            assertThat(e.reason()).startsWith("malformed JSON");
        });
    }

    @Test
    void nestingBeyondTheLimitIsRefusedNotOverflowed() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        ReadResult r = reader.read(deep.getBytes(StandardCharsets.UTF_8), Hints.named("deep.json"), Limits.defaults());
        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("nest"));
    }

    @Test
    void stringLongerThanTheItemLimitIsRefused() {
        String json = "{\"uri\":\"u\",\"body_text\":\"" + "x".repeat(5000) + "\"}";
        ReadResult r = reader.read(json.getBytes(StandardCharsets.UTF_8), Hints.named("big.json"),
                Limits.defaults().withMaxItemBytes(1000));
        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).hasSize(1);
    }

}
