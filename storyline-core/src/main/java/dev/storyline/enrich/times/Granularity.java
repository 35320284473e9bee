package dev.storyline.enrich.times;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar unit a normalised date is stated in, with how to print a date at that unit as a TIMEX3 value
 * and how to step by whole units: {@code DAY 2019-05-21}, {@code WEEK 2019-W21}, {@code MONTH 2019-05},
 * {@code QUARTER 2019-Q2}, {@code YEAR 2019}, {@code DECADE 201}, {@code CENTURY 20}.
 */
enum Granularity {
    DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, CENTURY;

    /** {@code date} printed at this granularity. */
    String format(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> String.format("%04d", date.getYear());
            case DECADE -> String.format("%03d", date.getYear() / 10);
            case CENTURY -> String.format("%02d", date.getYear() / 100);
        };
    }

    /** {@code date} moved by {@code n} of these units. */
    LocalDate shift(LocalDate date, long n) {
        return switch (this) {
            case DAY -> date.plusDays(n);
            case WEEK -> date.plusWeeks(n);
            case MONTH -> date.plusMonths(n);
            case QUARTER -> date.plusMonths(3 * n);
            case YEAR -> date.plusYears(n);
            case DECADE -> date.plusYears(10 * n);
            case CENTURY -> date.plusYears(100 * n);
        };
    }

    /** The first day of the unit containing {@code date}. */
    LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(java.time.DayOfWeek.MONDAY);
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withDayOfMonth(1).withMonth((date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
            case YEAR -> date.with(TemporalAdjusters.firstDayOfYear());
            case DECADE -> LocalDate.of(date.getYear() / 10 * 10, 1, 1);
            case CENTURY -> LocalDate.of(date.getYear() / 100 * 100, 1, 1);
        };
    }

    /** True when this unit is finer than (or the same as) {@code other}. */
    boolean finerOrEqual(Granularity other) {
        return ordinal() <= other.ordinal();
    }
}
