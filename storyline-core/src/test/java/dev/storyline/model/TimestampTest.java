package dev.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2019-05-21                    | 2019-05-21                | 2019-05-21 | false | false
        1987-02-26T15:01:01.790       | 1987-02-26T15:01:01.790   | 1987-02-26 | true  | false
        2019-05-21T10:00:00+09:00     | 2019-05-21T10:00:00+09:00 | 2019-05-21 | true  | true
        2019-05-21T01:00:00Z          | 2019-05-21T01:00:00Z      | 2019-05-21 | true  | true
        2019-05-21T01:00:00.000Z      | 2019-05-21T01:00:00Z      | 2019-05-21 | true  | true
        2019-05-21T10:00              | 2019-05-21T10:00:00       | 2019-05-21 | true  | false
        2019-05-21 10:00:00           | 2019-05-21T10:00:00       | 2019-05-21 | true  | false
        2019-05-21T10:00:00-0500      | 2019-05-21T10:00:00-05:00 | 2019-05-21 | true  | true
        2019-05-21 10:00:00 +0000     | 2019-05-21T10:00:00Z      | 2019-05-21 | true  | true
        2019-05-21T10:00:00.123456+01 | 2019-05-21T10:00:00.123456+01:00 | 2019-05-21 | true | true
        """)
    void readsIsoFormsAndWritesThemAtThePrecisionGiven(String text, String written, String day, boolean hasTime,
            boolean hasInstant) {
        Timestamp t = Timestamp.parse(text);

        assertThat(t).hasToString(written);
        assertThat(t.date()).isEqualTo(LocalDate.parse(day));
        assertThat(t.hasTime()).isEqualTo(hasTime);
        assertThat(t.instant().isPresent()).as("names an instant").isEqualTo(hasInstant);
    }

    @Test
    void theDayIsTheSourcesOwnDayNotTheUtcDay() {
        Timestamp seoulMorning = Timestamp.parse("2019-05-21T08:00:00+09:00");

        assertThat(seoulMorning.date()).isEqualTo(LocalDate.of(2019, 5, 21));
        assertThat(seoulMorning.instant()).contains(Instant.parse("2019-05-20T23:00:00Z"));
    }

    @Test
    void aDateOrLocalDateTimeNamesNoInstant() {
        assertThat(Timestamp.parse("2019-05-21").instant()).isEmpty();
        assertThat(Timestamp.parse("2019-05-21T10:00:00").instant()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "Oct 12, 2025", "2019-13-01", "2019-02-30", "2019-05-21T25:00",
        "2019-05-21T10:00:00+19:00", "2019-05-21T10:00:00 EST"})
    void refusesWhatIsNotAnIsoDate(String text) {
        assertThatThrownBy(() -> Timestamp.parse(text)).isInstanceOf(java.time.DateTimeException.class);
    }

    @Test
    void anOffsetWithoutATimeIsRefused() {
        assertThatThrownBy(() -> new Timestamp(LocalDate.of(2019, 5, 21), null, java.time.ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset needs a time");
    }

    @Test
    void parseErrorsSayWhatWasExpected() {
        assertThatThrownBy(() -> Timestamp.parse("last week")).isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("ISO 8601");
    }
}
