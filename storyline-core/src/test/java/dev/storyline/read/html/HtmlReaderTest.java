package dev.storyline.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.read.Document;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream("/html/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsAPageAsOneDocumentWithMetadata() throws IOException {
        ReadResult r = reader.read(fixture("harbour-article.html"), Hints.named("ferry.html"), Limits.defaults());

        assertThat(r.errors()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.startsWithHeadline()).isFalse();
        assertThat(d.text()).startsWith("PORT ARDEN, March 2 (Ledger) - The ferry")
                .endsWith("Reporting by Mira Tallis; Editing by Jon Aske");
        assertThat(d.metadata().headline()).isEqualTo("Harbour ferry returns after storm repairs");
        assertThat(d.metadata().byline()).containsExactly("Mira Tallis");
        assertThat(d.metadata().published()).hasToString("2024-03-02T08:15:00Z");
        assertThat(d.metadata().language()).isEqualTo("en");
        assertThat(d.metadata().url()).isEqualTo("https://ledger.example/news/harbour-ferry-returns");
        assertThat(d.source().path()).isEqualTo("ferry.html");
        assertThat(d.source().format()).isEqualTo("html");
    }

    @Test
    void contentTypeCharsetFromHintsIsUsed() {
        byte[] page = "<html><body><p>Der Bürgermeister eröffnete die Brücke über die Förde am Montag, sagte die Stadt.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);

        ReadResult r = reader.read(page, Hints.named("a.html").withContentType("text/html; charset=ISO-8859-1"),
                Limits.defaults());

        assertThat(r.documents().get(0).text()).contains("Bürgermeister eröffnete die Brücke über die Förde");
    }

    @Test
    void deeplyNestedPageIsAnErrorNotAStackOverflow() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>deep</p></body></html>";

        ReadResult r = reader.read(html.getBytes(StandardCharsets.UTF_8), Hints.named("deep.html"), Limits.defaults());

        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("deep.html");
            assertThat(e.reason()).contains("nested deeper than 512");
        });
    }

    @Test
    void pageSlowerToParseThanTheTimeLimitIsAbandoned() {
        String html = "<html><body>" + "<table><tr><td>".repeat(200_000);

        ReadResult r = reader.read(html.getBytes(StandardCharsets.UTF_8), Hints.named("tables.html"),
                Limits.defaults().withMaxItemTime(Duration.ofMillis(200)));

        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("tables.html");
            assertThat(e.reason()).contains("maxItemTime");
        });
    }

    @Test
    void pageLargerThanTheItemLimitIsAnError() throws IOException {
        ReadResult r = reader.read(fixture("harbour-article.html"), Hints.named("big.html"),
                Limits.defaults().withMaxItemBytes(1000));

        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("maxItemBytes"));
    }

    @Test
    void emptyAndBinaryInputsAreErrors() {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;

        assertThat(reader.read(new byte[0], Hints.named("empty.html"), Limits.defaults()).errors())
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("empty"));
        assertThat(reader.read(binary, Hints.named("noise.bin"), Limits.defaults()).errors())
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("binary"));
    }

    @Test
    void pageWithoutTextIsReadWithAWarning() {
        ReadResult r = reader.read("<html><head><title>Nothing here</title></head><body></body></html>"
                .getBytes(StandardCharsets.UTF_8), Hints.named("blank.html"), Limits.defaults());

        assertThat(r.errors()).isEmpty();
        assertThat(r.documents().get(0).warnings()).containsExactly("no main text found in the page");
        assertThat(r.documents().get(0).metadata().headline()).isEqualTo("Nothing here");
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[random.nextInt(3000)];
            random.nextBytes(junk);
            String prefix = i % 2 == 0 ? "<html><body><div><p>" : "";
            byte[] input = new byte[prefix.length() + junk.length];
            System.arraycopy(prefix.getBytes(StandardCharsets.US_ASCII), 0, input, 0, prefix.length());
            System.arraycopy(junk, 0, input, prefix.length(), junk.length);

            ReadResult r = reader.read(input, Hints.named("junk-" + i), Limits.defaults());

            assertThat(r.documents().size() + r.errors().size()).isEqualTo(1);
        }
    }
}
