package dev.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2019-05-21, true, --05-21",
        "--02-26, false, --02-26",
        "--02-29, false, --02-29",
        "2024-02-29, true, --02-29",
    })
    void readsAndWritesFullDatesAndMonthDays(String text, boolean complete, String monthDay) {
        PartialDate d = PartialDate.parse(text);

        assertThat(d).hasToString(text);
        assertThat(d.isComplete()).isEqualTo(complete);
        assertThat(d.monthDay()).isEqualTo(MonthDay.parse(monthDay));
        assertThat(d.fullDate().map(LocalDate::toString)).isEqualTo(complete ? java.util.Optional.of(text)
                : java.util.Optional.empty());
    }

    @Test
    void aMonthAndDayKeepsItsYearUnknown() {
        PartialDate d = PartialDate.of(MonthDay.of(2, 26));

        assertThat(d.year()).isNull();
        assertThat(d.fullDate()).isEmpty();
        assertThat(d).hasToString("--02-26");
    }

    @Test
    void aFullDateKnowsItsYear() {
        assertThat(PartialDate.of(LocalDate.of(2019, 5, 21)).year()).isEqualTo(Year.of(2019));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-02-29", "--02-30", "--13-01", "May 21", "2019-05", ""})
    void refusesImpossibleOrUnknownForms(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void aYearWithoutTheDayIsRefused() {
        assertThatThrownBy(() -> new PartialDate(Year.of(2019), MonthDay.of(2, 29)))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("2019");
    }
}
