package dev.storyline.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Article;
import dev.storyline.model.Source;
import dev.storyline.read.Document;
import dev.storyline.read.SourceMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole grammar on invented stories. */
class WireGrammarTest {

    private final WireGrammar grammar = new WireGrammar();

    private Article parse(String text, boolean startsWithHeadline, SourceMetadata meta) {
        return grammar.parse(new Document(text, startsWithHeadline, meta, new Source("test.txt", "wire", null),
                List.of()), "id1");
    }

    @Test
    void readsEveryPartOfAWireStory() {
        Article a = parse("""
                (2nd LD) Harbour city reopens ferry terminal after storm
                (ATTN: UPDATES with mayor's comments in paras 3-4; CHANGES headline)
                By Han Ji-woo and Carl Berg, Yonhap
                HARBOUR CITY, Aug. 14 (Yonhap) -- The ferry terminal reopened on Wednesday, officials said.
                Ships left on time for the first time in a week.
                "We are back," the mayor said.
                (Reporting by Han Ji-woo; Editing by Carl Berg)
                jiwoo@example.kr
                (END)
                """, true, SourceMetadata.builder().published("2024-08-14T06:00:00Z").build());
        assertThat(a.headline()).isEqualTo("Harbour city reopens ferry terminal after storm");
        assertThat(a.tags()).containsExactly("2nd LD");
        assertThat(a.version()).isEqualTo(3);
        assertThat(a.attention()).isEqualTo("UPDATES with mayor's comments in paras 3-4; CHANGES headline");
        assertThat(a.byline()).containsExactly("Han Ji-woo", "Carl Berg");
        assertThat(a.dateline().place()).isEqualTo("HARBOUR CITY");
        assertThat(a.dateline().agency()).isEqualTo("Yonhap");
        assertThat(a.dateline().date()).hasToString("2024-08-14");
        assertThat(a.dateline().dateFrom().method()).isEqualTo("source");
        assertThat(a.paragraphs()).containsExactly("The ferry terminal reopened on Wednesday, officials said.",
                "Ships left on time for the first time in a week.", "\"We are back,\" the mayor said.");
        assertThat(a.credits()).containsExactly("Reporting by Han Ji-woo; Editing by Carl Berg");
        assertThat(a.contacts()).containsExactly("jiwoo@example.kr");
        assertThat(a.endMarker()).isEqualTo("(END)");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void aBodyWithoutHeadlineTakesTheHeadlineFromMetadataWithoutItsTags() {
        Article a = parse("RIVERTON, Ore., March 3 - The mill will close next month, its owner said.\nReuter",
                false, SourceMetadata.builder().headline("UPDATE 1-Riverton mill to close").build());
        assertThat(a.headline()).isEqualTo("Riverton mill to close");
        assertThat(a.tags()).containsExactly("UPDATE 1");
        assertThat(a.version()).isEqualTo(2);
        assertThat(a.dateline().place()).isEqualTo("RIVERTON, Ore.");
        assertThat(a.dateline().date()).isNull();
        assertThat(a.warnings()).anyMatch(w -> w.contains("March 3"));
        assertThat(a.endMarker()).isEqualTo("Reuter");
    }

    @Test
    void metadataWinsForBylineVersionAndAttention() {
        Article a = parse("Bridge opens\nBy Ann Lee\nTOKYO (AP) — The bridge opened.", true,
                SourceMetadata.builder().byline(List.of("Kenji Sato")).version(4).attention("Embargoed").build());
        assertThat(a.byline()).containsExactly("Kenji Sato");
        assertThat(a.version()).isEqualTo(4);
        assertThat(a.attention()).isEqualTo("Embargoed");
        assertThat(a.dateline().agency()).isEqualTo("AP");
    }

    @Test
    void aTextOpeningWithItsDatelineHasNoHeadlineLine() {
        Article a = parse("LISBON, June 3 (Reuters) - Trams ran late again.\nCommuters complained.", true,
                SourceMetadata.empty());
        assertThat(a.headline()).isNull();
        assertThat(a.dateline().place()).isEqualTo("LISBON");
        assertThat(a.paragraphs()).containsExactly("Trams ran late again.", "Commuters complained.");
    }

    @Test
    void aDatelineOnItsOwnLineIsJoinedToTheBody() {
        Article a = parse("MILL TO CLOSE\nCHICAGO, Feb 26 -\nThe mill will close.\nReuter", true,
                SourceMetadata.empty());
        assertThat(a.dateline().place()).isEqualTo("CHICAGO");
        assertThat(a.paragraphs()).containsExactly("The mill will close.");
    }

    @Test
    void aStoryWithoutDatelineHasNone() {
        Article a = parse("Opinion: why bridges matter\nBridges connect people.", true, SourceMetadata.empty());
        assertThat(a.dateline()).isNull();
        assertThat(a.paragraphs()).containsExactly("Bridges connect people.");
    }

    @Test
    void anEmptyDocumentGivesAnEmptyArticle() {
        Article a = parse("", true, SourceMetadata.empty());
        assertThat(a.headline()).isNull();
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.version()).isEqualTo(1);
    }

    @Test
    void aBylineWithAJobLineUnderItIsStillFollowedByTheDateline() {
        Article a = parse("Bridge opens\nBy JOSH BOAK\nAP Economics Writer\nWASHINGTON (AP) — The bridge opened.",
                true, SourceMetadata.empty());
        assertThat(a.byline()).containsExactly("JOSH BOAK");
        assertThat(a.dateline().place()).isEqualTo("WASHINGTON");
        assertThat(a.paragraphs()).containsExactly("The bridge opened.");
    }

    @Test
    void aDatelineAfterAStandfirstIsFoundAndTheStandfirstKept() {
        Article a = parse("Bridge opens\nA long-awaited link between two islands.\n"
                + "KOBE, Japan, April 2 (Kyodo) - The bridge opened.", true, SourceMetadata.empty());
        assertThat(a.dateline().place()).isEqualTo("KOBE, Japan");
        assertThat(a.paragraphs()).containsExactly("A long-awaited link between two islands.", "The bridge opened.");
        assertThat(a.warnings()).anyMatch(w -> w.contains("dateline follows"));
    }

    @Test
    void aHeadlineThatReadsLikeADatelineIsStillTheHeadline() {
        Article a = parse("MILL SHUT MAY 5 - UNION\nDETROIT, March 5 - The union said the mill would shut.", true,
                SourceMetadata.empty());
        assertThat(a.headline()).isEqualTo("MILL SHUT MAY 5 - UNION");
        assertThat(a.dateline().place()).isEqualTo("DETROIT");
    }
}
