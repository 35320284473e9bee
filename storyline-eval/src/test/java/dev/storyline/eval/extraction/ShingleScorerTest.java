package dev.storyline.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShingleScorerTest {

    @ParameterizedTest(name = "gold \"{0}\", predicted \"{1}\"")
    @CsvSource({
            // gold, predicted, tp, fp, fn (normalised by their sum)
            "'a b c d e', 'a b c d',   0.5,  0,    0.5",
            "'a b c d',   'a b c d e', 0.5,  0.5,  0",
            "'a b c d',   'a b c d',   1,    0,    0",
            "'a b',       'a b',       1,    0,    0",
            "'a b',       'a b c',     0,    0.5,  0.5",
            "'a b c d',   '',          0,    0,    1",
            "'',          'a b c d',   0,    1,    0",
            "'',          '',          0,    0,    0",
            "'A b c d',   'a b c d',   0,    0.5,  0.5",
    })
    void matchesShinglesOfFourWithTheirCounts(String gold, String predicted, double tp, double fp, double fn) {
        PageScore s = ShingleScorer.score(gold, predicted);

        assertThat(s.tp()).isCloseTo(tp, within(1e-9));
        assertThat(s.fp()).isCloseTo(fp, within(1e-9));
        assertThat(s.fn()).isCloseTo(fn, within(1e-9));
    }

    @Test
    void tokensAreRunsOfLettersDigitsAndUnderscoresInAnyScript() {
        assertThat(ShingleScorer.tokens("Café—naïve, 3.5% snake_case «Kraków» 東京都"))
                .containsExactly("Café", "naïve", "3", "5", "snake_case", "Kraków", "東京都");
    }

    @Test
    void emptyPredictionsCountForRecallOnly() {
        PageScore empty = ShingleScorer.score("the gold body of the page", "");
        PageScore perfect = ShingleScorer.score("another gold body of a page", "another gold body of a page");

        ExtractionScore score = ExtractionScore.of(List.of(empty, perfect));

        assertThat(empty.countsForPrecision()).isFalse();
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }
}
