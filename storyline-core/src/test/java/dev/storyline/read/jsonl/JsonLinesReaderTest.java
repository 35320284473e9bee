package dev.storyline.read.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Source;
import dev.storyline.read.ArticleReader;
import dev.storyline.read.Document;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;
import dev.storyline.read.SourceMetadata;
import dev.storyline.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesReaderTest {

    /** Stands in for the HTML reader: records what it was handed and returns one page. */
    static final class RecordingHtmlReader implements ArticleReader {
        final List<Hints> calls = new ArrayList<>();
        final List<String> pages = new ArrayList<>();

        @Override
        public Format format() {
            return Format.HTML;
        }

        @Override
        public ReadResult read(byte[] content, Hints hints, Limits limits) {
            calls.add(hints);
            pages.add(new String(content, StandardCharsets.UTF_8));
            SourceMetadata meta = SourceMetadata.builder().headline("Locks reopen").sourceId("page-canonical")
                    .url("https://canonical.example.org/locks").build();
            return new ReadResult(List.of(new Document("KOBLENZ, Aug 30 - Two locks reopened.", false, meta,
                    new Source(hints.name(), "html", null), List.of("page warning"))),
                    List.of(new ReadError(hints.name(), null, "a side note")));
        }
    }

    private final RecordingHtmlReader html = new RecordingHtmlReader();
    private final JsonLinesReader reader = new JsonLinesReader(() -> html);

    private ReadResult read() {
        return reader.read(Fixtures.bytes("jsonl/articles.jsonl"), Hints.named("articles.jsonl"), Limits.defaults());
    }

    @Test
    void textLineMapsItsFields() {
        Document d = read().documents().get(0);
        assertThat(d.metadata().headline()).isEqualTo("River barges resume after drought");
        assertThat(d.metadata().url()).isEqualTo("https://river.example.org/barges");
        assertThat(d.metadata().sourceId()).isEqualTo("river-1");
        assertThat(d.metadata().published()).hasToString("2022-08-30");
        assertThat(d.metadata().byline()).containsExactly("Nora Vogt");
        assertThat(d.metadata().language()).isEqualTo("en");
        assertThat(d.text()).startsWith("DUISBURG, Aug 30").contains("\n\nShippers said");
        assertThat(d.source()).isEqualTo(new Source("articles.jsonl", "jsonl", "line 1"));
    }

    @Test
    void htmlLineGoesToTheHtmlReaderWithUrlCharsetAndDateAndTheLineFieldsWin() {
        ReadResult r = read();
        assertThat(html.calls).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("https://river.example.org/locks");
            assertThat(h.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(h.sourceDate()).isEqualTo("2022-08-30T12:00:00Z");
        });
        assertThat(html.pages.get(0)).startsWith("<html><head><title>Locks reopen");
        Document d = r.documents().get(1);
        assertThat(d.metadata().url()).isEqualTo("https://river.example.org/locks");
        assertThat(d.metadata().sourceId()).isEqualTo("page-canonical");
        assertThat(d.metadata().headline()).isEqualTo("Locks reopen");
        assertThat(d.source().record()).isEqualTo("line 3");
        assertThat(d.warnings()).containsExactly("page warning");
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.message()).isEqualTo("articles.jsonl [line 3]: html: a side note"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        line 4 | malformed JSON
        line 5 | expected a JSON object
        line 6 | neither "text" nor "html"
        """)
    void eachBadLineIsOneErrorNamingItsLineNumber(String location, String reason) {
        assertThat(read().errors()).filteredOn(e -> location.equals(e.location()))
                .singleElement().satisfies(e -> assertThat(e.reason()).contains(reason));
    }

    @Test
    void linesAfterBadOnesAreStillReadAndAnUnknownDateIsAWarning() {
        ReadResult r = read();
        assertThat(r.documents()).hasSize(3);
        Document last = r.documents().get(2);
        assertThat(last.metadata().headline()).isEqualTo("Bridge inspection finds cracks");
        assertThat(last.metadata().published()).isNull();
        assertThat(last.warnings()).singleElement().asString().contains("last week");
        assertThat(last.source().record()).isEqualTo("line 7");
    }

    @Test
    void aLineLongerThanTheItemLimitIsRefusedBeforeParsing() {
        String big = "{\"text\": \"" + "y".repeat(10_000) + "\"}\n{\"text\": \"small\"}\n";
        ReadResult r = reader.read(big.getBytes(StandardCharsets.UTF_8), Hints.named("big.jsonl"),
                Limits.defaults().withMaxItemBytes(1_000));
        assertThat(r.documents()).extracting(Document::text).containsExactly("small");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("line 1");
            assertThat(e.reason()).contains("exceeds the item limit");
        });
    }
}
