package dev.storyline.read.sgml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.Storyline;
import dev.storyline.model.Article;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records written for these tests in the Reuters-21578 layout. */
class ReutersSgmlReaderTest {

    private static final String FULL = """
            <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="900" NEWID="7">
            <DATE> 3-MAR-1987 10:15:20.45</DATE>
            <TOPICS><D>grain</D><D>wheat</D></TOPICS>
            <PLACES><D>usa</D></PLACES>
            <PEOPLE></PEOPLE>
            <ORGS></ORGS>
            <EXCHANGES></EXCHANGES>
            <COMPANIES></COMPANIES>
            <UNKNOWN>&#5;&#5;&#5;G</UNKNOWN>
            <TEXT>&#2;
            <TITLE>DULUTH GRAIN SHIPMENTS RISE &lt;PORT></TITLE>
            <AUTHOR>    by Jane Roe, Reuters</AUTHOR>
            <DATELINE>    DULUTH, Minn., March 2 - </DATELINE><BODY>Grain shipments from the port rose
            sharply last week as ice cleared, the port authority said.
                Wheat &amp; barley made up most of the cargo, it said.
             Reuter
            &#3;</BODY></TEXT>
            </REUTERS>
            """;
    private static final String BRIEF = """
            <REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="901" NEWID="8">
            <DATE> 3-MAR-1987 10:16:00.00</DATE>
            <TOPICS></TOPICS><PLACES></PLACES><PEOPLE></PEOPLE><ORGS></ORGS><EXCHANGES></EXCHANGES><COMPANIES></COMPANIES>
            <TEXT TYPE="BRIEF">&#2;
            ******<TITLE>PORT AUTHORITY SEES RECORD SEASON
            </TITLE>Blah blah blah.
            &#3;
            </TEXT>
            </REUTERS>
            """;
    private static final String UNPROC = """
            <REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="902" NEWID="9">
            <DATE> 3-MAR-1987 10:17:00.00</DATE>
            <TOPICS></TOPICS><PLACES></PLACES><PEOPLE></PEOPLE><ORGS></ORGS><EXCHANGES></EXCHANGES><COMPANIES></COMPANIES>
            <TEXT TYPE="UNPROC">&#2;
            WEEKLY PORT TABLE - MARCH 3
             Wheat............1,200 vs.....1,100
             Barley.............300 vs.......280
            &#3;
            </TEXT>
            </REUTERS>
            """;

    private final ReutersSgmlReader reader = new ReutersSgmlReader();

    private ReadResult read(String sgml) {
        return reader.read(sgml.getBytes(StandardCharsets.ISO_8859_1), Hints.named("reut-test.sgm"), Limits.defaults());
    }

    @Test
    void readsTheFieldsOfAFullRecord() {
        Article a = Storyline.toArticles(read("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n" + FULL)).articles().get(0);
        assertThat(a.headline()).isEqualTo("DULUTH GRAIN SHIPMENTS RISE <PORT>");
        assertThat(a.byline()).containsExactly("Jane Roe");
        assertThat(a.published()).hasToString("1987-03-03T10:15:20.450");
        assertThat(a.dateline().place()).isEqualTo("DULUTH, Minn.");
        assertThat(a.dateline().date()).hasToString("1987-03-02");
        assertThat(a.dateline().dateFrom().method()).isEqualTo("source");
        assertThat(a.paragraphs()).containsExactly(
                "Grain shipments from the port rose sharply last week as ice cleared, the port authority said.",
                "Wheat & barley made up most of the cargo, it said.");
        assertThat(a.endMarker()).isEqualTo("Reuter");
        assertThat(a.labels()).containsEntry("topics", List.of("grain", "wheat"))
                .containsEntry("places", List.of("usa")).containsEntry("lewissplit", List.of("TRAIN"))
                .containsEntry("oldid", List.of("900")).doesNotContainKey("people");
        assertThat(a.source().record()).isEqualTo("NEWID=7");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void recordsWithoutBodyStillBecomeArticles() {
        List<Article> articles = Storyline.toArticles(read(FULL + BRIEF + UNPROC)).articles();
        assertThat(articles).hasSize(3);
        Article brief = articles.get(1);
        assertThat(brief.headline()).isEqualTo("PORT AUTHORITY SEES RECORD SEASON");
        assertThat(brief.paragraphs()).isEmpty();
        Article unproc = articles.get(2);
        assertThat(unproc.headline()).isEqualTo("WEEKLY PORT TABLE - MARCH 3");
        assertThat(unproc.paragraphs()).isNotEmpty();
    }

    @Test
    void decodesLatin1AndKeepsGoingAfterABrokenRecord() {
        String broken = FULL.replace("</REUTERS>", "").replace("NEWID=\"7\"", "NEWID=\"6\"");
        String latin = FULL.replace("Wheat &amp; barley", "Wheat from Sa\u00f4ne");
        ReadResult r = read(broken + latin);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("reut-test.sgm");
            assertThat(e.location()).startsWith("record 1, offset 0");
            assertThat(e.reason()).contains("</REUTERS>");
        });
        Article a = Storyline.toArticles(r).articles().get(0);
        assertThat(a.paragraphs().get(1)).startsWith("Wheat from Sa\u00f4ne");
        assertThat(a.warnings()).anyMatch(w -> w.contains("ISO-8859-1"));
    }

    @Test
    void inputWithoutRecordsIsAnError() {
        assertThat(read("just some text").errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("no <REUTERS> record"));
        assertThat(reader.read(new byte[0], Hints.named("x.sgm"), Limits.defaults()).errors()).hasSize(1);
    }

    @Test
    void anEntityDeclarationIsNeverExpanded() {
        String hostile = "<!DOCTYPE lewis [<!ENTITY big \"boom\">]>\n" + FULL.replace("Wheat &amp;", "Wheat &big;");
        Article a = Storyline.toArticles(read(hostile)).articles().get(0);
        assertThat(a.body()).doesNotContain("boom");
    }
}
