package dev.storyline.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar date whose year may be unknown: a dateline prints month and day ({@code SALVADOR, Feb 26 -}) and the
 * year is often given nowhere, so month and day are kept and the year is left unknown rather than guessed.
 * Written in ISO 8601 / XML Schema forms: {@code 2019-05-21} for a full date, {@code --02-26} (gMonthDay) for a
 * month and day.
 *
 * @param year     the year, or {@code null} when unknown
 * @param monthDay the month and day; never null
 */
public record PartialDate(Year year, MonthDay monthDay) {

    public PartialDate {
        Objects.requireNonNull(monthDay, "monthDay");
        if (year != null && !monthDay.isValidYear(year.getValue())) {
            throw new DateTimeException(monthDay + " does not exist in " + year);
        }
    }

    /** A full date. */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(Year.of(date.getYear()), MonthDay.from(date));
    }

    /** A month and day without a year. */
    public static PartialDate of(MonthDay monthDay) {
        return new PartialDate(null, monthDay);
    }

    /**
     * Reads {@code 2019-05-21} or {@code --02-26}.
     *
     * @throws DateTimeParseException when {@code text} is neither, or names an impossible date
     */
    public static PartialDate parse(CharSequence text) {
        String s = text.toString().strip();
        return s.startsWith("--") ? of(MonthDay.parse(s)) : of(LocalDate.parse(s));
    }

    /** {@code true} when the year is known. */
    public boolean isComplete() {
        return year != null;
    }

    /** The full date, when the year is known. */
    public Optional<LocalDate> fullDate() {
        return year == null ? Optional.empty() : Optional.of(monthDay.atYear(year.getValue()));
    }

    /** {@code 2019-05-21}, or {@code --02-26} when the year is unknown. */
    @Override
    public String toString() {
        return year == null ? monthDay.toString() : monthDay.atYear(year.getValue()).toString();
    }
}
