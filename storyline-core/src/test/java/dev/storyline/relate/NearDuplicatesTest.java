package dev.storyline.relate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearDuplicatesTest {

    private static final String STORY = "The Bank of Japan bought dollars in Tokyo on Tuesday to stop the currency "
            + "falling below 150 yen, dealers said. The central bank intervened several times during the morning "
            + "session, buying an estimated one billion dollars, according to dealers at major banks. The dollar "
            + "later steadied at 150.25 yen after touching a low of 149.98 yen in early trading, the dealers said. "
            + "Finance Minister Kiichi Miyazawa told parliament the government would take appropriate steps.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "corrected figure | 150.25 yen | 150.35 yen",
        "dropped last sentence | Finance Minister Kiichi Miyazawa told parliament the government would take appropriate steps. | ''",
        "new lead words | The Bank of Japan bought dollars in Tokyo on Tuesday | Japan's central bank sold yen for dollars on Tuesday",
    })
    void editedCopiesAreNearDuplicates(String edit, String from, String to) {
        assertThat(NearDuplicates.match(STORY, STORY.replace(from, to))).isPresent();
    }

    @Test
    void identicalBodiesMatchExactly() {
        assertThat(NearDuplicates.match(STORY + " Reuter", STORY).orElseThrow().kind())
                .isEqualTo(DuplicateMatch.Kind.EXACT);
    }

    @Test
    void anotherStoryOnTheSameSubjectIsNot() {
        String other = "The Bank of Japan left its discount rate unchanged at 2.5 pct on Tuesday, a spokesman said, "
                + "despite calls from industry for a cut to ease the pressure of the strong yen on exporters. "
                + "Governor Satoshi Sumita said the bank saw no need to change policy for now.";
        assertThat(NearDuplicates.match(STORY, other)).isEmpty();
    }

    @Test
    void editedCopiesShareABandKeyAndAnotherStoryDoesNot() {
        var a = MinHash.bandKeys(MinHash.signature(Shingles.of(STORY)));
        var b = MinHash.bandKeys(MinHash.signature(Shingles.of(STORY.replace("150.25", "150.35"))));
        var c = MinHash.bandKeys(MinHash.signature(Shingles.of("Oil prices fell in New York on Tuesday as OPEC "
                + "members argued over output quotas ahead of their meeting in Vienna next month.")));
        assertThat(a).hasSize(MinHash.BANDS).containsAnyElementsOf(b).doesNotContainAnyElementsOf(c);
    }
}
