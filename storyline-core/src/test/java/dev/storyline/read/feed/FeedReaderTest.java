package dev.storyline.read.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.read.Document;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadResult;
import dev.storyline.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedReaderTest {

    private final FeedReader reader = new FeedReader();

    private ReadResult read(String fixture) {
        return reader.read(Fixtures.bytes(fixture), Hints.named(fixture), Limits.defaults());
    }

    @ParameterizedTest(name = "{0} item {1}")
    @CsvSource(delimiter = '|', textBlock = """
        feed/rss2.xml     | 0 | Fishing fleet stays in port as storm nears | 2019-05-21T17:30:00+09:00 | Park Ji-woo   | https://wire.example.org/2019/05/21/fleet | coastwire-2019-0521-fleet   | en
        feed/rss2.xml     | 1 | Ferry service resumes & queues form        | 2019-05-22T06:00:00Z      | Choi Min-seo  | https://wire.example.org/2019/05/22/ferry | https://wire.example.org/2019/05/22/ferry | en
        feed/atom.xml     | 0 | Grève des contrôleurs aériens              | 2021-11-03T08:15:00+01:00 | Claire Dubois | https://depeches.example.fr/greve         | urn:example:depeches:greve-1103 | fr
        feed/atom.xml     | 1 | Météo : gel attendu                        | 2021-11-03T12:00:00Z      |               |                                           | urn:example:depeches:gel    | fr
        feed/rss1-rdf.xml | 0 | Canal reopens after repairs                | 2004-02-11T10:00:00Z      | Jürgen Habel  | https://old.example.org/2004/02/11/canal  | https://old.example.org/2004/02/11/canal | 
        """)
    void itemFieldsMapToMetadataWithTheFeedDateAsFallback(String fixture, int index, String headline,
            String published, String firstAuthor, String url, String sourceId, String language) {
        Document d = read(fixture).documents().get(index);
        assertThat(d.metadata().headline()).isEqualTo(headline);
        assertThat(d.metadata().published()).hasToString(published);
        if (firstAuthor == null) {
            assertThat(d.metadata().byline()).isEmpty();
        } else {
            assertThat(d.metadata().byline()).first().isEqualTo(firstAuthor);
        }
        assertThat(d.metadata().url()).isEqualTo(url);
        assertThat(d.metadata().sourceId()).isEqualTo(sourceId);
        assertThat(d.metadata().language()).isEqualTo(language);
        assertThat(d.startsWithHeadline()).isFalse();
        assertThat(d.source().format()).isEqualTo("feed");
    }

    @Test
    void contentEncodedBeatsDescriptionAndBecomesParagraphsWithoutScripts() {
        Document d = read("feed/rss2.xml").documents().get(0);
        assertThat(d.text().split("\n\n")).containsExactly(
                "BUSAN, May 21 (Example Wire) -- Hundreds of fishing boats stayed in port on Tuesday as a storm"
                        + " neared the south coast.",
                "Forecasters said winds could reach 90 km/h overnight.");
        assertThat(d.metadata().labels()).containsEntry("category", List.of("weather", "south coast"));
        assertThat(d.source().record()).isEqualTo("item 1");
    }

    @Test
    void escapedHtmlDescriptionIsUnescapedIntoParagraphs() {
        Document d = read("feed/rss2.xml").documents().get(1);
        assertThat(d.text()).isEqualTo("BUSAN, May 22 (Example Wire) -- Ferries sailed again on Wednesday.\n\n"
                + "Queues formed at dawn.");
    }

    @Test
    void itemWithoutTitleOrTextIsOneErrorAndTheRestIsRead() {
        ReadResult r = read("feed/rss2.xml");
        assertThat(r.documents()).hasSize(2);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("item 3");
            assertThat(e.reason()).contains("neither a title nor any text");
        });
    }

    @Test
    void atomXhtmlContentAndSeveralAuthorsAreRead() {
        Document d = read("feed/atom.xml").documents().get(0);
        assertThat(d.metadata().byline()).containsExactly("Claire Dubois", "Hugo Martin");
        assertThat(d.metadata().labels()).containsEntry("category", List.of("Transports"));
        assertThat(d.text()).isEqualTo("TOULOUSE, 3 nov (Exemple) - Les contrôleurs aériens ont cessé le travail"
                + " mercredi.\n\nDes vols ont été annulés.");
    }

    @Test
    void latin1FeedIsDecodedFromItsXmlDeclaration() {
        Document d = read("feed/rss1-rdf.xml").documents().get(0);
        assertThat(d.text()).isEqualTo("MÜNSTER, Feb 11 - The canal reopened to barges on Wednesday.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        xml/xxe.xml            | DOCTYPE is refused
        xml/billion-laughs.xml | DOCTYPE is refused
        xml/malformed.xml      | malformed XML
        """)
    void hostileOrBrokenXmlIsOneErrorWithItsPlace(String fixture, String reason) {
        ReadResult r = read(fixture);
        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo(fixture);
            assertThat(e.location()).matches("line \\d+, column \\d+");
            assertThat(e.reason()).contains(reason);
        });
    }

    @Test
    void undeclaredHtmlEntitiesAreReadAsCharactersWithAWarning() {
        String xml = "<rss><channel><item><title>Caf&eacute;&nbsp;opens &amp; closes</title>"
                + "<description>Text &hellip; more &bogus; here</description></item></channel></rss>";
        ReadResult strict = reader.read(xml.replace("&bogus;", "").getBytes(StandardCharsets.UTF_8),
                Hints.named("e.xml"), Limits.defaults());
        assertThat(strict.errors()).isEmpty();
        Document d = strict.documents().get(0);
        assertThat(d.metadata().headline()).isEqualTo("Café opens & closes");
        assertThat(d.text()).isEqualTo("Text … more  here");
        assertThat(d.warnings()).singleElement().asString().contains("&eacute;").contains("&nbsp;");
        ReadResult unknown = reader.read(xml.getBytes(StandardCharsets.UTF_8), Hints.named("e.xml"), Limits.defaults());
        assertThat(unknown.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("bogus"));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String xml = "<rss><channel>" + "<x>".repeat(2000) + "</x>".repeat(2000) + "</channel></rss>";
        ReadResult r = reader.read(xml.getBytes(StandardCharsets.UTF_8), Hints.named("deep.xml"), Limits.defaults());
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("nests deeper"));
    }

    @Test
    void emptyContentFallsBackToTheDescriptionAndLeadingWhitespaceIsTolerated() {
        String xml = "\n\n  <?xml version=\"1.0\"?><rss xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><item><title>T</title><content:encoded>  </content:encoded>"
                + "<description>Body from the description.</description></item></channel></rss>";
        ReadResult r = reader.read(xml.getBytes(StandardCharsets.UTF_8), Hints.named("ws.xml"), Limits.defaults());
        assertThat(r.errors()).isEmpty();
        assertThat(r.documents()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Body from the description.");
            assertThat(d.warnings()).isEmpty();
        });
    }

    @Test
    void atomContentOutOfLineFallsBackToTheSummary() {
        String xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>T</title>"
                + "<content src=\"https://x.example/a\" type=\"text/html\"/><summary>Short summary.</summary>"
                + "</entry></feed>";
        ReadResult r = reader.read(xml.getBytes(StandardCharsets.UTF_8), Hints.named("a.xml"), Limits.defaults());
        assertThat(r.documents()).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("Short summary."));
    }

    @Test
    void aNonFeedRootIsNamedInTheError() {
        ReadResult r = reader.read("<html><body/></html>".getBytes(StandardCharsets.UTF_8), Hints.named("p.xml"),
                Limits.defaults());
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("<html>"));
    }
}
