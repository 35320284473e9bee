package dev.storyline.enrich.times;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recognition rule: a pattern that finds a kind of time expression and the resolver that turns a match into
 * a TIMEX3 value.
 *
 * @param name     a short name for debugging, e.g. {@code month-day-year}
 * @param pattern  what the expression looks like
 * @param resolver how a match is normalised
 */
record TimeRule(String name, Pattern pattern, Resolver resolver) {

    /** Turns a match into a value, given the article's date and the document's context. */
    @FunctionalInterface
    interface Resolver {
        /**
         * The normalised value, or {@code null} when a closer look shows the words are no time expression ("fall"
         * as a verb); may throw {@link java.time.DateTimeException} for impossible dates, which the normaliser
         * turns into an unresolved expression with a warning.
         */
        Resolution resolve(Matcher match, TimeContext context);
    }

    /** The text of group {@code name}, or {@code null} when it did not take part or the pattern has none. */
    static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    static TimeRule of(String name, String regex, Resolver resolver) {
        return new TimeRule(name, Pattern.compile(regex), resolver);
    }
}
