package dev.storyline.read.warc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Source;
import dev.storyline.read.ArticleReader;
import dev.storyline.read.Document;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadResult;
import dev.storyline.read.SourceMetadata;
import dev.storyline.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcReaderTest {

    /** Stands in for the HTML reader: records the pages and hints it was handed. */
    static final class RecordingHtmlReader implements ArticleReader {
        final List<Hints> calls = new ArrayList<>();
        final List<byte[]> pages = new ArrayList<>();

        @Override
        public Format format() {
            return Format.HTML;
        }

        @Override
        public ReadResult read(byte[] content, Hints hints, Limits limits) {
            calls.add(hints);
            pages.add(content);
            return ReadResult.of(List.of(new Document("text of " + hints.name(), false, SourceMetadata.empty(),
                    new Source(hints.name(), "html", null), List.of())));
        }
    }

    private final RecordingHtmlReader html = new RecordingHtmlReader();
    private final WarcReader reader = new WarcReader(() -> html);

    private ReadResult read(String fixture) {
        return reader.read(Fixtures.bytes("warc/" + fixture), Hints.named(fixture), Limits.defaults());
    }

    /** Where the {@code n}th (0-based) record or gzip member starts in {@code bytes}. */
    private static int startOf(byte[] bytes, int n, boolean gzip) {
        int seen = -1;
        for (int i = 0; i < bytes.length - 2; i++) {
            boolean start = gzip ? (bytes[i] & 0xFF) == 0x1F && (bytes[i + 1] & 0xFF) == 0x8B && bytes[i + 2] == 8
                    : (i == 0 || bytes[i - 1] == '\n') && new String(bytes, i, Math.min(7, bytes.length - i),
                            StandardCharsets.ISO_8859_1).equals("WARC/1.");
            if (start && ++seen == n) {
                return i;
            }
        }
        throw new AssertionError("no record " + n);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pages.warc", "pages.warc.gz"})
    void htmlResponsesGoToTheHtmlReaderWithUriContentTypeAndDate(String fixture) {
        ReadResult r = read(fixture);
        assertThat(r.errors()).isEmpty();
        assertThat(html.calls).extracting(Hints::name)
                .containsExactly("https://port.example.nl/strike", "https://bulbs.example.nl/harvest");
        assertThat(html.calls).extracting(Hints::contentType)
                .containsExactly("text/html; charset=windows-1252", "text/html");
        assertThat(html.calls).extracting(Hints::sourceDate)
                .containsExactly("2023-03-03T10:00:02Z", "2023-03-03T10:00:05Z");
        // the payload is passed undecoded, so the page's charset is the HTML reader's to apply
        assertThat(new String(html.pages.get(0), StandardCharsets.ISO_8859_1)).contains("caf\u00e9 at the gate");
        Document first = r.documents().get(0);
        assertThat(first.metadata().url()).isEqualTo("https://port.example.nl/strike");
        assertThat(first.metadata().sourceId()).isEqualTo("https://port.example.nl/strike");
        assertThat(first.source().format()).isEqualTo("warc");
        byte[] bytes = Fixtures.bytes("warc/" + fixture);
        boolean gzip = fixture.endsWith(".gz");
        assertThat(r.documents()).extracting(d -> d.source().record())
                .containsExactly("offset " + startOf(bytes, 2, gzip), "offset " + startOf(bytes, 5, gzip));
    }

    @ParameterizedTest
    @ValueSource(strings = {"corrupt-middle.warc", "corrupt-middle.warc.gz"})
    void aCorruptRecordIsOneErrorAtItsOffsetAndTheNextRecordIsRead(String fixture) {
        ReadResult r = read(fixture);
        assertThat(r.documents()).extracting(d -> d.metadata().url())
                .containsExactly("https://port.example.nl/strike", "https://bulbs.example.nl/harvest");
        byte[] bytes = Fixtures.bytes("warc/" + fixture);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo(fixture);
            assertThat(e.location()).isEqualTo("offset " + startOf(bytes, 1, fixture.endsWith(".gz")));
            assertThat(e.reason()).startsWith("corrupt record");
        });
    }

    @Test
    void aTruncatedArchiveKeepsWhatCameBeforeAndSaysWhere() {
        ReadResult r = read("truncated.warc.gz");
        assertThat(r.documents()).hasSize(1);
        byte[] bytes = Fixtures.bytes("warc/truncated.warc.gz");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("offset " + startOf(bytes, 1, true));
            assertThat(e.reason()).isNotBlank();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"GZIP", "NONE"})
    void archivesWrittenByJwarcAreRead(String compression) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(
                java.nio.channels.Channels.newChannel(out), org.netpreserve.jwarc.WarcCompression.valueOf(compression))) {
            for (int i = 1; i <= 3; i++) {
                byte[] page = ("<html><body><p>Page " + i + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
                byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + page.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                byte[] block = new byte[http.length + page.length];
                System.arraycopy(http, 0, block, 0, http.length);
                System.arraycopy(page, 0, block, http.length, page.length);
                w.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://news.example.org/" + i)
                        .date(java.time.Instant.parse("2024-05-0" + i + "T08:00:00Z"))
                        .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, block).build());
            }
        }
        ReadResult r = reader.read(out.toByteArray(), Hints.named("cc-news.warc"), Limits.defaults());
        assertThat(r.errors()).isEmpty();
        assertThat(r.documents()).extracting(d -> d.metadata().url()).containsExactly(
                "https://news.example.org/1", "https://news.example.org/2", "https://news.example.org/3");
        assertThat(html.calls).extracting(Hints::sourceDate).containsExactly(
                "2024-05-01T08:00:00Z", "2024-05-02T08:00:00Z", "2024-05-03T08:00:00Z");
    }

    @Test
    void bytesThatAreNoWarcAreOneError() {
        ReadResult r = reader.read("just some text\n".getBytes(StandardCharsets.UTF_8), Hints.named("x.warc"),
                Limits.defaults());
        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.location()).isEqualTo("offset 0"));
    }
}
