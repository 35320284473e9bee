package dev.storyline.enrich.times;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * What a rule may use to normalise one expression: the article's date (the anchor, possibly unknown), the tense of
 * the clause around the expression, and the last date named before it in the document (the reference for
 * "a year earlier", "the quarter").
 */
final class TimeContext {

    /** Days from the anchor beyond which the clause's tense may move a month-day to the other side of it. */
    private static final int FAR = 120;

    private final LocalDate anchor;
    private final java.util.function.Supplier<Tense> tenseOfClause;
    private final Resolution reference;
    private final Resolution lastQuarter;
    private Tense tense;

    /** {@code tenseOfClause} is asked only when a rule needs the tense, since guessing it costs a scan. */
    TimeContext(LocalDate anchor, java.util.function.Supplier<Tense> tenseOfClause, Resolution reference,
            Resolution lastQuarter) {
        this.anchor = anchor;
        this.tenseOfClause = tenseOfClause;
        this.reference = reference;
        this.lastQuarter = lastQuarter;
    }

    /**
     * The last fiscal quarter named before this expression, or {@code null}: the reference of "the quarter" and
     * "a year earlier" in results stories, even when other dates were named in between. A quarter not yet over
     * on the anchor's date (an outlook for "the fourth quarter") is no such reference: results compare quarters
     * that have ended.
     */
    Resolution lastQuarter() {
        if (lastQuarter != null && anchor != null && lastQuarter.point().plusMonths(3).isAfter(anchor)) {
            return null;
        }
        return lastQuarter;
    }

    /** The article's date; rules ask {@link #hasAnchor()} first. */
    LocalDate anchor() {
        return anchor;
    }

    boolean hasAnchor() {
        return anchor != null;
    }

    Tense tense() {
        if (tense == null) {
            tense = tenseOfClause.get();
        }
        return tense;
    }

    /** The last date named before this expression, or {@code null}. */
    Resolution reference() {
        return reference;
    }

    /**
     * The date of {@code month}/{@code day} nearest the anchor, moved a year back for a past clause when it would
     * fall more than four months after the anchor, and a year on for a future clause that far before it.
     */
    LocalDate placeMonthDay(int month, int day) {
        MonthDay md = MonthDay.of(month, day);
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            if (!md.isValidYear(y)) {
                continue;
            }
            LocalDate c = md.atYear(y);
            if (best == null || Math.abs(c.toEpochDay() - anchor.toEpochDay())
                    < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = c;
            }
        }
        if (best == null) {
            throw new java.time.DateTimeException("no year has " + md);
        }
        if (tense() == Tense.PAST && best.isAfter(anchor.plusDays(FAR)) && md.isValidYear(best.getYear() - 1)) {
            return md.atYear(best.getYear() - 1);
        }
        if (tense() == Tense.FUTURE && best.isBefore(anchor.minusDays(FAR)) && md.isValidYear(best.getYear() + 1)) {
            return md.atYear(best.getYear() + 1);
        }
        return best;
    }

    /**
     * The month {@code month} of the anchor's year, unless it is half a year or more away on the side the clause's
     * tense rules out ("in December" said in January of a past event is last December).
     */
    YearMonth placeMonth(int month) {
        YearMonth now = YearMonth.from(anchor);
        YearMonth best = YearMonth.of(anchor.getYear(), month);
        long diff = best.getYear() * 12L + best.getMonthValue() - (now.getYear() * 12L + now.getMonthValue());
        if (tense() == Tense.PAST && diff >= 6) {
            return best.minusYears(1);
        }
        if (tense() == Tense.FUTURE && diff <= -6) {
            return best.plusYears(1);
        }
        return best;
    }

    /**
     * The date of a weekday named without a date: in a past clause the latest such day on or before the anchor,
     * in a future clause the first on or after it; {@code shift} -1 ("last Friday") and +1 ("next Friday") skip
     * the anchor's own day.
     */
    LocalDate placeWeekday(int isoDay, int shift) {
        int today = anchor.getDayOfWeek().getValue();
        if (shift < 0) {
            int back = (today - isoDay + 7) % 7;
            return anchor.minusDays(back == 0 ? 7 : back);
        }
        if (shift > 0) {
            int ahead = (isoDay - today + 7) % 7;
            return anchor.plusDays(ahead == 0 ? 7 : ahead);
        }
        if (tense() == Tense.FUTURE) {
            return anchor.plusDays((isoDay - today + 7) % 7);
        }
        return anchor.minusDays((today - isoDay + 7) % 7);
    }

    /** The Monday of the anchor's week, for "this Friday" style expressions. */
    LocalDate weekStart() {
        return anchor.with(DayOfWeek.MONDAY);
    }
}
