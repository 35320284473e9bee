package dev.storyline.read.newsml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.read.Document;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadResult;
import dev.storyline.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsMlG2ReaderTest {

    private final NewsMlG2Reader reader = new NewsMlG2Reader();

    private ReadResult read(String fixture) {
        return reader.read(Fixtures.bytes(fixture), Hints.named(fixture), Limits.defaults());
    }

    @Test
    void singleNewsItemMapsContentMetaAndXhtmlBody() {
        ReadResult r = read("newsml/single-item.xml");
        assertThat(r.errors()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.metadata().headline()).isEqualTo("Ferry crews walk out, island routes halted");
        assertThat(d.metadata().byline()).containsExactly("Ailsa Drever", "Ross Flett");
        assertThat(d.metadata().place()).isEqualTo("Kirkwall");
        assertThat(d.metadata().agency()).isEqualTo("Example News");
        assertThat(d.metadata().published()).hasToString("2023-06-14T08:50:00+01:00");
        assertThat(d.metadata().sourceId()).isEqualTo("urn:newsml:example.org:20230614:ferry-strike");
        assertThat(d.metadata().version()).isEqualTo(2);
        assertThat(d.metadata().tags()).containsExactly("URGENT");
        assertThat(d.metadata().attention()).isEqualTo("Corrects ferry operator's name in paragraph 2");
        assertThat(d.metadata().language()).isEqualTo("en");
        assertThat(d.metadata().labels()).containsEntry("subjects", List.of("transport", "medtop:09000000"))
                .containsEntry("genres", List.of("Current"));
        assertThat(d.text().split("\n\n")).containsExactly(
                "KIRKWALL, June 14 (Example News) - Ferry crews on the northern isles walked out on Wednesday,"
                        + " halting all inter-island routes.",
                "The operator, Northlink Example Ltd, said it regretted any disruption.",
                "Routes affected: 7", "Sailings cancelled: 31");
        assertThat(d.source().record()).isNull();
    }

    @Test
    void newsMessageYieldsEachNewsItemAndSkipsPackages() {
        ReadResult r = read("newsml/message-two-items.xml");
        assertThat(r.errors()).isEmpty();
        assertThat(r.documents()).hasSize(2);
        Document text = r.documents().get(0);
        assertThat(text.source().record()).isEqualTo("newsItem 1");
        assertThat(text.metadata().place()).isEqualTo("TROMSO");
        assertThat(text.metadata().agency()).isEqualTo("Example Wire");
        assertThat(text.metadata().published()).hasToString("2024-01-09T06:40:00Z");
        assertThat(text.text()).isEqualTo("TROMSO, Jan 9 (Example Wire) - The glacier lost 40 metres last year.\n\n"
                + "Researchers will return in spring.");
        Document photo = r.documents().get(1);
        assertThat(photo.text()).isEmpty();
        assertThat(photo.warnings()).containsExactly("newsItem without inline text");
    }

    @Test
    void embeddedNitfGivesItsBodyContentAndHeadline() {
        ReadResult r = read("newsml/nitf-inside.xml");
        assertThat(r.errors()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.metadata().headline()).isEqualTo("Old bridge closed after inspection");
        assertThat(d.metadata().agency()).isEqualTo("EXW");
        assertThat(d.text()).isEqualTo("ANTWERP, March 2 (Example Wire) - The old river bridge was closed on Sunday"
                + " after inspectors found corroded cables.\n\nTraffic was diverted to the tunnel.");
    }

    @Test
    void doctypeIsRefusedSoNoExternalEntityIsRead() {
        ReadResult r = read("xml/xxe.xml");
        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("DOCTYPE is refused").doesNotContain("root:");
            assertThat(e.location()).startsWith("line 2");
        });
    }

    @Test
    void aFeedIsNotMistakenForNewsMl() {
        ReadResult r = read("feed/atom.xml");
        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("expected <newsItem>"));
    }
}
