package dev.storyline.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.RailItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryTailTest {

    private final StoryTail tail = new StoryTail();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (END)       | (END)
            Enditem     | Enditem
            ==Kyodo     | ==Kyodo
            Reuter      | Reuter
            REUTER      | REUTER
            ___         | ___
            -0-         | -0-
            MORE        | MORE
            bur-jm/dl   | bur-jm/dl
            """)
    void recognisesSignOffsAloneOnTheLastLine(String marker, String expected) {
        StoryTail.Split s = tail.split(List.of("The harbour reopened on Monday.", "Ferries resumed.", marker));
        assertThat(s.endMarker()).isEqualTo(expected);
        assertThat(s.body()).containsExactly("The harbour reopened on Monday.", "Ferries resumed.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ferries resumed. (END)   | (END)
            Ferries resumed. Enditem | Enditem
            Ferries resumed.==Kyodo  | ==Kyodo
            """)
    void recognisesSignOffsAtTheEndOfTheLastParagraph(String last, String expected) {
        StoryTail.Split s = tail.split(List.of("The harbour reopened on Monday.", last));
        assertThat(s.endMarker()).isEqualTo(expected);
        assertThat(s.body()).containsExactly("The harbour reopened on Monday.", "Ferries resumed.");
    }

    @Test
    void takesContactsCreditsAndSignOffFromTheEnd() {
        StoryTail.Split s = tail.split(List.of(
                "The harbour reopened on Monday.",
                "Ferries resumed on the northern route.",
                "(Reporting by Ana Silva; Editing by Tom Berg)",
                "Lee Min-ji in Busan contributed to this report.",
                "ana.silva@example.org, tberg@example.org",
                "(END)"));
        assertThat(s.body()).containsExactly("The harbour reopened on Monday.", "Ferries resumed on the northern route.");
        assertThat(s.credits()).containsExactly("Reporting by Ana Silva; Editing by Tom Berg",
                "Lee Min-ji in Busan contributed to this report.");
        assertThat(s.contacts()).containsExactly("ana.silva@example.org", "tberg@example.org");
        assertThat(s.endMarker()).isEqualTo("(END)");
    }

    @Test
    void takesACreditInBracketsAtTheEndOfTheLastParagraph() {
        StoryTail.Split s = tail.split(List.of("The harbour reopened.", "Ferries resumed. (Reporting by Ana Silva)"));
        assertThat(s.body()).containsExactly("The harbour reopened.", "Ferries resumed.");
        assertThat(s.credits()).containsExactly("Reporting by Ana Silva");
    }

    @Test
    void readsARailOfHeadlinesAfterTheSignOff() {
        StoryTail.Split s = tail.split(List.of("The harbour reopened.", "Ferries resumed.", "(END)",
                "-", "(LEAD) Storm closes two airports", "-", "Fishing fleet returns early", "-",
                "(News Focus) Why ports flood more often"));
        assertThat(s.rail()).containsExactly(new RailItem("Storm closes two airports", List.of("LEAD")),
                new RailItem("Fishing fleet returns early", List.of()),
                new RailItem("Why ports flood more often", List.of("News Focus")));
        assertThat(s.body()).hasSize(2);
    }

    @Test
    void keepsRunningTextAfterTheSignOffAsBodyWithAWarning() {
        String sentence = "This paragraph is running text that goes on for a while and ends like a sentence does"
                + " in a normal story.";
        StoryTail.Split s = tail.split(List.of("The harbour reopened.", "(END)", sentence));
        assertThat(s.rail()).isEmpty();
        assertThat(s.body()).containsExactly("The harbour reopened.", sentence);
        assertThat(s.warnings()).hasSize(1);
    }

    @Test
    void leavesABodyWithoutTailAlone() {
        StoryTail.Split s = tail.split(List.of("The harbour reopened.", "Ferries resumed on Monday."));
        assertThat(s.body()).containsExactly("The harbour reopened.", "Ferries resumed on Monday.");
        assertThat(s.endMarker()).isNull();
        assertThat(s.contacts()).isEmpty();
        assertThat(s.credits()).isEmpty();
    }

    @Test
    void keepsRightsAndStandardsLinesAsCreditsNotBody() {
        StoryTail.Split s = tail.split(List.of("The harbour reopened.", "Ferries resumed.",
                "(Reporting by Ana Silva; Editing by Tom Berg)", "Our Standards: The Trust Principles."));
        assertThat(s.body()).containsExactly("The harbour reopened.", "Ferries resumed.");
        assertThat(s.credits()).containsExactly("Reporting by Ana Silva; Editing by Tom Berg",
                "Our Standards: The Trust Principles.");
        StoryTail.Split ap = tail.split(List.of("The harbour reopened.", "___",
                "Associated Press writer Jo Kim in Seoul contributed to this report.",
                "Copyright 2024 The Example Press. All rights reserved."));
        assertThat(ap.endMarker()).isEqualTo("___");
        assertThat(ap.body()).containsExactly("The harbour reopened.");
        assertThat(ap.credits()).hasSize(2);
        assertThat(ap.warnings()).isEmpty();
    }
}
