package dev.storyline.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Timestamp;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryDateResolverTest {

    private final StoryDateResolver resolver = new StoryDateResolver();

    private static ParsedDateline dateline(String monthDay, Integer year) {
        return new ParsedDateline("HARBOUR CITY", monthDay == null ? null : MonthDay.parse(monthDay), year, "Yonhap",
                "HARBOUR CITY (Yonhap) --", 25);
    }

    @Test
    void aYearPrintedInTheDatelineWins() {
        StoryDateResolver.Resolution r = resolver.resolve(dateline("--01-05", 2020), Timestamp.parse("2023-06-01"), "",
                List.of());
        assertThat(r.date()).hasToString("2020-01-05");
        assertThat(r.provenance().method()).isEqualTo("dateline");
    }

    @ParameterizedTest(name = "{0} with source {1} -> {2}")
    @CsvSource({
        "--05-21, 2019-05-22, 2019-05-21",
        "--12-31, 2020-01-01T09:00:00Z, 2019-12-31",
        "--01-01, 2019-12-31, 2020-01-01",
    })
    void datelineWithoutYearTakesTheYearNearestTheSourceDate(String monthDay, String source, String expected) {
        StoryDateResolver.Resolution r = resolver.resolve(dateline(monthDay, null), Timestamp.parse(source), "",
                List.of());
        assertThat(r.date()).hasToString(expected);
        assertThat(r.provenance().method()).isEqualTo("source");
    }

    @Test
    void datelineWithoutDateTakesTheSourceDate() {
        StoryDateResolver.Resolution r = resolver.resolve(dateline(null, null), Timestamp.parse("2021-03-04T10:00:00Z"),
                "", List.of());
        assertThat(r.date()).hasToString("2021-03-04");
        assertThat(r.provenance().method()).isEqualTo("source");
    }

    @Test
    void withoutSourceTheWeekdayAndTheLatestCitedPastYearFixTheYear() {
        // 14 March: a Thursday in 2013, 2019 and 2024; the story cites June 2018 as past, so 2019
        List<String> body = List.of("The council approved the new bridge, officials said Thursday.",
                "The last bridge was finished in June 2018 after long delays.");
        StoryDateResolver.Resolution r = resolver.resolve(dateline("--03-14", null), null, body.get(0), body);
        assertThat(r.date()).hasToString("2019-03-14");
        assertThat(r.provenance().method()).isEqualTo("text");
        assertThat(r.provenance().evidence()).contains("Thursday", "2018");
    }

    @Test
    void aCitedYearInAForwardLookingSentenceDoesNotCount() {
        List<String> body = List.of("The council approved the new bridge, officials said Thursday.",
                "The bridge will open in June 2030.");
        StoryDateResolver.Resolution r = resolver.resolve(dateline("--03-14", null), null, body.get(0), body);
        assertThat(r.date()).isNull();
        assertThat(r.warning()).contains("March 14");
    }

    @Test
    void withoutAWeekdayTheYearStaysUnknown() {
        List<String> body = List.of("The council approved the new bridge.", "Work began in June 2018.");
        StoryDateResolver.Resolution r = resolver.resolve(dateline("--03-14", null), null, body.get(0), body);
        assertThat(r.date()).isNull();
        assertThat(r.provenance()).isNull();
        assertThat(r.warning()).contains("no year");
    }

    @Test
    void aBareLaterYearRulesOutAnEarlierFit() {
        // Thursday 14 March fits 2019 after "June 2018", but the story also cites 2022 as past
        List<String> body = List.of("The council approved the new bridge, officials said Thursday.",
                "The last bridge was finished in June 2018.", "Traffic doubled in 2022.");
        StoryDateResolver.Resolution r = resolver.resolve(dateline("--03-14", null), null, body.get(0), body);
        assertThat(r.date()).isNull();
    }
}
