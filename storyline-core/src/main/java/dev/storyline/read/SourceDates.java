package dev.storyline.read;

import dev.storyline.model.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that sources attach to items, as precise as they are printed ({@link Timestamp}): W3C/ISO
 * date-times ({@code 2019-05-21T10:00:00+09:00}, {@code 2019-05-21T01:00:00.000Z}, {@code 2019-05-21 10:00:00},
 * offsets with or without a colon), plain dates ({@code 2019-05-21}), RSS/HTTP dates in RFC 822/1123 form
 * ({@code Tue, 21 May 2019 10:00:00 +0900}, {@code 21 May 2019 10:00 GMT}), JavaScript's
 * {@code Tue Nov 12 2025 10:00:00 GMT+0000}, and the dates pages print in words ({@code March 5, 2024},
 * {@code on Friday December 5th 2025 @10:00AM}, {@code 5 March 2024}), of which only the day is kept.
 * A date-time keeps its offset; a date stays a date.
 */
public final class SourceDates {

    /** Zone abbreviations that RFC 822 allows, plus a few common in feeds. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"),
            Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"), Map.entry("KST", "+0900"),
            Map.entry("JST", "+0900"), Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"),
            Map.entry("BST", "+0100"));

    private static final List<DateTimeFormatter> RFC822 = List.of(
            rfc822("d MMM yyyy HH:mm[:ss] Z"),
            rfc822("d MMMM yyyy HH:mm[:ss] Z"));
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("^(\\d{1,2} [A-Za-z]+ )(\\d{2})(?= )");
    /** JavaScript's {@code Date.toString()}: {@code Tue Nov 12 2025 10:00:00 GMT+0000 (Coordinated Universal Time)}. */
    private static final Pattern JAVASCRIPT = Pattern.compile("^(?:[A-Za-z]{3} )?([A-Za-z]{3}) (\\d{1,2}) (\\d{4}) "
            + "(\\d{2}:\\d{2}:\\d{2}) GMT([+-]\\d{4}).*");
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** A date in words, weekday and time around it ignored: {@code on Friday December 5th, 2025 @10:00AM}. */
    private static final Pattern IN_WORDS = Pattern.compile("(?i)^(?:on\\s+)?(?:[a-z]+day,?\\s+)?(?:" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH
            + ",?\\s+(\\d{4}))(?![\\d:])(?:[\\s,@]+.*)?$");

    private SourceDates() {
    }

    private static DateTimeFormatter rfc822(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART);
    }

    /** {@code raw} read as a date or date-time, or {@code null} when it is not a date this class knows. */
    public static Timestamp parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            return Timestamp.parse(s);
        } catch (DateTimeException notIso) {
            // the forms below
        }
        Timestamp t = fromRfc822(s);
        if (t == null) {
            t = fromJavaScript(s);
        }
        return t != null ? t : inWords(s);
    }

    /** {@code raw} as an ISO 8601 date or date-time, or {@code null} when it is not a date this class knows. */
    public static String toIso(String raw) {
        Timestamp t = parse(raw);
        return t == null ? null : t.toString();
    }

    private static Timestamp fromJavaScript(String s) {
        Matcher m = JAVASCRIPT.matcher(s);
        return m.matches() ? fromRfc822(m.group(2) + " " + m.group(1) + " " + m.group(3) + " " + m.group(4) + " "
                + m.group(5)) : null;
    }

    /** 1 for {@code Jan}, {@code January} or {@code jan.}, ..., 12 for December. */
    private static int monthOf(String name) {
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }

    private static Timestamp inWords(String s) {
        Matcher m = IN_WORDS.matcher(s);
        if (!m.matches()) {
            return null;
        }
        boolean monthFirst = m.group(1) != null;
        String month = monthFirst ? m.group(1) : m.group(5);
        int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
        int year = Integer.parseInt(monthFirst ? m.group(3) : m.group(6));
        try {
            return Timestamp.of(LocalDate.of(year, monthOf(month), day));
        } catch (DateTimeException e) {
            return null; // "February 30, 2025" is no date
        }
    }

    private static Timestamp fromRfc822(String s) {
        // drop a leading weekday ("Tue, "), which may disagree with the date in sloppy feeds
        String t = s.replaceFirst("^[A-Za-z]{3,9},?\\s+", "").replaceAll("\\s+", " ");
        Matcher twoDigitYear = TWO_DIGIT_YEAR.matcher(t);
        if (twoDigitYear.find()) {
            // RFC 822 allows two-digit years; read them as RFC 2822 says: 00-49 -> 20xx, 50-99 -> 19xx
            int yy = Integer.parseInt(twoDigitYear.group(2));
            t = twoDigitYear.group(1) + (yy < 50 ? 2000 + yy : 1900 + yy) + t.substring(twoDigitYear.end(2));
        }
        int lastSpace = t.lastIndexOf(' ');
        if (lastSpace > 0) {
            String zone = t.substring(lastSpace + 1).toUpperCase(Locale.ROOT);
            String offset = ZONES.get(zone);
            if (offset != null) {
                t = t.substring(0, lastSpace + 1) + offset;
            } else if (!zone.matches("[+-]\\d{4}")) {
                t = t + " +0000"; // no zone: read as UTC rather than fail
            }
        }
        for (DateTimeFormatter f : RFC822) {
            try {
                return Timestamp.of(ZonedDateTime.parse(t, f).toOffsetDateTime().withNano(0));
            } catch (java.time.DateTimeException e) {
                // next pattern
            }
        }
        return null;
    }
}
