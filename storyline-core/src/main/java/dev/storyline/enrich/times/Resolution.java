package dev.storyline.enrich.times;

import java.time.LocalDate;

/**
 * What a rule made of one match: TIMEX3 type, value and mod, and, for dates, the point in time it names (used as
 * the reference for later expressions such as "a year earlier").
 *
 * @param type     DATE, TIME, DURATION or SET
 * @param value    the TIMEX3 value, or {@code null} when it needs an anchor that is unknown
 * @param mod      START, END, MID, APPROX, ... or {@code null}
 * @param point    the first day of the named date, or {@code null}
 * @param unit     the granularity of {@code point}, or {@code null}
 */
record Resolution(String type, String value, String mod, LocalDate point, Granularity unit) {

    static Resolution date(LocalDate point, Granularity unit, String mod) {
        return new Resolution("DATE", unit.format(point), mod, unit.start(point), unit);
    }

    static Resolution of(String type, String value, String mod) {
        return new Resolution(type, value, mod, null, null);
    }

    /** An expression that needs the article's date, which is unknown. */
    static Resolution unanchored(String type) {
        return new Resolution(type, null, null, null, null);
    }

    Resolution withType(String newType) {
        return new Resolution(newType, value, mod, point, unit);
    }

    Resolution withMod(String newMod) {
        return new Resolution(type, value, newMod, point, unit);
    }
}
