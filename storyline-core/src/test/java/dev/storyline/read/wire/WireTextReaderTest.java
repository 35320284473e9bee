package dev.storyline.read.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.Storyline;
import dev.storyline.model.Article;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireTextReaderTest {

    private final WireTextReader reader = new WireTextReader();

    private List<Article> parse(String text, Hints hints) {
        return Storyline.toArticles(reader.read(text.getBytes(StandardCharsets.UTF_8), hints, Limits.defaults()))
                .articles();
    }

    @Test
    void splitsAFileOfStoriesAfterEachSignOff() {
        List<Article> articles = parse("""
                Harbour city reopens ferry terminal
                By Han Ji-woo
                HARBOUR CITY, Aug. 14 (Yonhap) -- The terminal reopened.
                Ships left on time.
                (END)
                -
                (LEAD) Storm closes airports
                -
                Fishing fleet returns
                Rice prices climb for third week
                BEIJING, Aug. 14 (Xinhua) -- Rice prices rose again.
                Traders expect more gains. Enditem
                """, Hints.named("many.txt"));
        assertThat(articles).extracting(Article::headline)
                .containsExactly("Harbour city reopens ferry terminal", "Rice prices climb for third week");
        assertThat(articles.get(0).rail()).hasSize(2);
        assertThat(articles.get(1).dateline().agency()).isEqualTo("Xinhua");
        assertThat(articles.get(1).endMarker()).isEqualTo("Enditem");
        assertThat(articles).extracting(a -> a.source().record())
                .containsExactly("story 1, line 1", "story 2, line 10");
    }

    @Test
    void splitsBlankLineSeparatedStoriesWithoutSignOffs() {
        List<Article> articles = parse("""
                Mill to close in spring

                RIVERTON, Ore., March 3 (AP) - The mill will close.

                Workers were told on Monday.

                Bridge opens to traffic

                TOKYO, March 3 Kyodo - The bridge opened.

                Traffic was light.
                """, Hints.named("two.txt"));
        assertThat(articles).extracting(Article::headline)
                .containsExactly("Mill to close in spring", "Bridge opens to traffic");
        assertThat(articles.get(0).paragraphs()).containsExactly("The mill will close.", "Workers were told on Monday.");
        assertThat(articles.get(1).dateline().agency()).isEqualTo("Kyodo");
    }

    @Test
    void joinsHardWrappedLinesIntoParagraphs() {
        List<Article> articles = parse("""
                GRAIN SHIPMENTS RISE
                    DULUTH, Minn., March 3 - Grain shipments from the port rose
                sharply last week as the ice cleared from the harbour early,
                the port authority said.
                    Wheat made up most of the cargo, followed by barley and some
                oats, it said.
                 Reuter
                """, Hints.named("wrapped.txt"));
        Article a = articles.get(0);
        assertThat(a.headline()).isEqualTo("GRAIN SHIPMENTS RISE");
        assertThat(a.dateline().place()).isEqualTo("DULUTH, Minn.");
        assertThat(a.paragraphs()).containsExactly(
                "Grain shipments from the port rose sharply last week as the ice cleared from the harbour early,"
                        + " the port authority said.",
                "Wheat made up most of the cargo, followed by barley and some oats, it said.");
        assertThat(a.endMarker()).isEqualTo("Reuter");
    }

    @Test
    void theSourceDateHintFixesTheYear() {
        List<Article> articles = parse("Mill to close\nRIVERTON, Ore., March 3 (AP) - The mill will close.",
                Hints.named("a.txt").withSourceDate("2022-03-04"));
        assertThat(articles.get(0).date()).isEqualTo("2022-03-03");
        assertThat(articles.get(0).published()).hasToString("2022-03-04");
    }

    @Test
    void decodesLatin1WhenTheBytesAreNotUtf8() {
        byte[] bytes = "Caf\u00e9 opens\nPARIS, May 2 (AFP) - The caf\u00e9 opened.".getBytes(StandardCharsets.ISO_8859_1);
        ReadResult r = reader.read(bytes, Hints.named("latin1.txt"), Limits.defaults());
        Article a = Storyline.toArticles(r).articles().get(0);
        assertThat(a.headline()).isEqualTo("Caf\u00e9 opens");
        assertThat(a.warnings()).anyMatch(w -> w.contains("windows-1252"));
    }

    @Test
    void emptyWhitespaceAndBinaryInputsAreErrorsNamingTheFile() {
        assertThat(reader.read(new byte[0], Hints.named("e.txt"), Limits.defaults()).errors())
                .singleElement().satisfies(e -> assertThat(e.message()).startsWith("e.txt").contains("empty"));
        assertThat(reader.read("  \n\n ".getBytes(StandardCharsets.UTF_8), Hints.named("w.txt"), Limits.defaults())
                .errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("white space"));
        byte[] binary = {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3};
        assertThat(reader.read(binary, Hints.named("b.bin"), Limits.defaults()).errors())
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("binary"));
    }

    @Test
    void aStoryOverTheItemLimitIsAnErrorAndTheOthersAreRead() {
        String big = "Big story\nOSLO, May 2 (NTB) - " + "word ".repeat(400) + "\n(END)\n\n";
        String small = "Small story\nBERGEN, May 2 (NTB) - Short.\n(END)\n";
        ReadResult r = reader.read((big + small).getBytes(StandardCharsets.UTF_8), Hints.named("two.txt"),
                Limits.defaults().withMaxItemBytes(1000));
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("item limit"));
        assertThat(Storyline.toArticles(r).articles()).extracting(Article::headline).containsExactly("Small story");
    }

    @Test
    void splitsAFileOfStoriesFromDifferentAgencies() {
        List<Article> articles = parse("""
                UPDATE 2-Harbor Ltd shares jump after forecast
                By Maya Patel and Luis Ortega
                NEW YORK, Oct 3 (Reuters) - Shares of Harbor Ltd rose 12%.

                (Reporting by Maya Patel; Editing by Sam Holmes)

                EXPLAINER: How the new port fees work
                By ANNA KOWALSKI
                Associated Press
                WARSAW, Poland (AP) — The new port fees take effect Monday.

                ___

                Copyright 2024 The Example Press. All rights reserved.

                Toyota to raise wages
                TOKYO, March 14 Kyodo - Toyota said it will raise wages.
                ==Kyodo
                """, Hints.named("agencies.txt"));
        assertThat(articles).extracting(Article::headline).containsExactly("Harbor Ltd shares jump after forecast",
                "How the new port fees work", "Toyota to raise wages");
        assertThat(articles).extracting(Article::version).containsExactly(3, 1, 1);
        assertThat(articles).extracting(a -> a.dateline().agency()).containsExactly("Reuters", "AP", "Kyodo");
        assertThat(articles.get(0).credits()).containsExactly("Reporting by Maya Patel; Editing by Sam Holmes");
        assertThat(articles.get(1).byline()).containsExactly("ANNA KOWALSKI");
        assertThat(articles.get(1).paragraphs()).containsExactly("The new port fees take effect Monday.");
        assertThat(articles).extracting(Article::endMarker).containsExactly(null, "___", "==Kyodo");
    }

    @Test
    void aTimelineOfDatedParagraphsStaysOneStory() {
        List<Article> articles = parse("""
                Protests: the key dates

                LIMA, Peru (AP) — Protests have shaken the country for weeks.

                March 3 - Protests begin in the capital.

                March 10 - Ministers resign.

                March 12 - Talks open.
                """, Hints.named("timeline.txt"));
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.paragraphs()).hasSize(4));
    }
}
