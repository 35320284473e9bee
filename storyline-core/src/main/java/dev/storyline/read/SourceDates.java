package dev.storyline.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the dates that sources attach to items to ISO 8601: RSS/HTTP dates in RFC 822/1123 form
 * ({@code Tue, 21 May 2019 10:00:00 +0900}, {@code 21 May 2019 10:00 GMT}), W3C/ISO date-times
 * ({@code 2019-05-21T10:00:00+09:00}, {@code 2019-05-21T01:00:00.000Z}) and plain dates ({@code 2019-05-21}).
 * A date-time keeps its offset ({@code 2019-05-21T10:00:00+09:00}); a date stays a date.
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

    private SourceDates() {
    }

    private static DateTimeFormatter rfc822(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART);
    }

    /** {@code raw} as an ISO 8601 date or date-time, or {@code null} when it is not a date this class knows. */
    public static String toIso(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        String iso = fromIso(s);
        return iso != null ? iso : fromRfc822(s);
    }

    private static String fromIso(String s) {
        try {
            return OffsetDateTime.parse(s).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException notOffset) {
            // try the shorter forms below
        }
        try {
            return LocalDateTime.parse(s).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException notLocal) {
            // try a date
        }
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    private static String fromRfc822(String s) {
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
                ZonedDateTime z = ZonedDateTime.parse(t, f);
                OffsetDateTime o = z.toOffsetDateTime();
                if (o.getOffset().equals(ZoneOffset.UTC)) {
                    return o.withNano(0).format(DateTimeFormatter.ISO_INSTANT);
                }
                return o.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (java.time.DateTimeException e) {
                // next pattern
            }
        }
        return null;
    }

    /** The {@code YYYY-MM-DD} part of an ISO date or date-time, or {@code null}. */
    public static String datePart(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        String d = iso.substring(0, 10);
        try {
            LocalDate.parse(d);
            return d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
