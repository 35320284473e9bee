package dev.storyline.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Quotations and speakers of the seed story must not fall below the stored floors. */
class QuotesFloorTest {

    @Test
    void seedQuotesAndSpeakersStayAboveTheirFloors() throws IOException {
        Path gold = SharedData.require("seed/yonhap-2019-05-21-defense-talks.gold.json");
        Properties floor = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/floors/quotes.properties")) {
            floor.load(in);
        }
        QuotesEvaluation eval = new QuotesEvaluation();

        QuotesScore s = eval.evaluate(List.of(QuoteGold.read(gold)));

        assertThat(s.gold()).isEqualTo(2);
        assertThat(s.recall()).as(s.summary() + " " + eval.mismatches())
                .isGreaterThanOrEqualTo(Double.parseDouble(floor.getProperty("recall")));
        assertThat(s.precision()).as(s.summary() + " " + eval.mismatches())
                .isGreaterThanOrEqualTo(Double.parseDouble(floor.getProperty("precision")));
        assertThat(s.speakerAccuracy()).as(s.summary() + " " + eval.mismatches())
                .isGreaterThanOrEqualTo(Double.parseDouble(floor.getProperty("speaker.accuracy")));
    }
}
