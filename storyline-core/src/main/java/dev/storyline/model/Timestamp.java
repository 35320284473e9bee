package dev.storyline.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date or date-time exactly as precise as its source gave it: sources give bare dates, date-times without an
 * offset and date-times with one, and none of these may be made more precise than printed.
 *
 * <pre>
 * 2019-05-21                   a day (ninjs contentCreated, a JSON Lines "date")
 * 1987-02-26T15:01:01.790      a local date-time: the source's own clock, offset unknown (Reuters SGML)
 * 2019-05-21T10:00:00+09:00    a date-time with its offset (feeds, meta tags, NewsML-G2)
 * 2019-05-21T01:00:00Z         the same with offset zero (WARC records, RSS dates in GMT)
 * </pre>
 *
 * Neither {@link OffsetDateTime} nor {@link Instant} alone fits: both need a time and an offset that a bare date
 * or a local date-time does not have, and an instant would also lose the source's own day (a Seoul story of
 * {@code 2019-05-21T08:00+09:00} is filed on May 21, not on the UTC day May 20). {@link #date()} is that day.
 *
 * @param date   the day in the source's own clock; never null
 * @param time   the time of day, or {@code null} for a bare date
 * @param offset the offset from UTC, or {@code null} when the source gave none (always null without a time)
 */
public record Timestamp(LocalDate date, LocalTime time, ZoneOffset offset) {

    /** ISO 8601 as sources print it: {@code T} or a space, seconds and fraction optional, offset with or without colon. */
    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)"
            + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    public Timestamp {
        Objects.requireNonNull(date, "date");
        if (offset != null && time == null) {
            throw new IllegalArgumentException("an offset needs a time: " + date + " " + offset);
        }
    }

    /** A bare date. */
    public static Timestamp of(LocalDate date) {
        return new Timestamp(date, null, null);
    }

    /** A date-time without an offset. */
    public static Timestamp of(LocalDateTime dateTime) {
        return new Timestamp(dateTime.toLocalDate(), dateTime.toLocalTime(), null);
    }

    /** A date-time with its offset. */
    public static Timestamp of(OffsetDateTime dateTime) {
        return new Timestamp(dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getOffset());
    }

    /** An instant, in UTC. */
    public static Timestamp of(Instant instant) {
        return of(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * Reads an ISO 8601 date or date-time: {@code 2019-05-21}, {@code 2019-05-21T10:00}, {@code 2019-05-21 10:00:00},
     * {@code 2019-05-21T10:00:00.5+0900}, {@code 2019-05-21T01:00:00Z}.
     *
     * @throws DateTimeParseException when {@code text} is not such a date, or names an impossible one
     */
    public static Timestamp parse(CharSequence text) {
        String s = text.toString().strip();
        Matcher m = ISO.matcher(s);
        if (!m.matches()) {
            throw new DateTimeParseException("not an ISO 8601 date or date-time (e.g. 2019-05-21, "
                    + "2019-05-21T10:00:00+09:00)", s, 0);
        }
        LocalDate date = LocalDate.parse(m.group(1));
        if (m.group(2) == null) {
            return of(date);
        }
        LocalTime time = LocalTime.parse(m.group(2).replace(',', '.'));
        String zone = m.group(3);
        if (zone == null) {
            return new Timestamp(date, time, null);
        }
        if (zone.equalsIgnoreCase("Z")) {
            return new Timestamp(date, time, ZoneOffset.UTC);
        }
        String digits = zone.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        try {
            return new Timestamp(date, time, ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("impossible offset " + zone, s, m.start(3), e);
        }
    }

    /** {@code true} when the source gave a time of day, not just a date. */
    public boolean hasTime() {
        return time != null;
    }

    /** The moment named, when the source gave a time and an offset. */
    public Optional<Instant> instant() {
        return offset == null ? Optional.empty() : Optional.of(OffsetDateTime.of(date, time, offset).toInstant());
    }

    /**
     * ISO 8601 at the precision given: {@code 2019-05-21}, {@code 1987-02-26T15:01:01.790},
     * {@code 2019-05-21T10:00:00+09:00}, {@code 2019-05-21T01:00:00Z}. Seconds are always printed; a fraction in
     * groups of three digits when there is one.
     */
    @Override
    public String toString() {
        if (time == null) {
            return date.toString();
        }
        StringBuilder sb = new StringBuilder(date.toString()).append('T');
        sb.append(String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(),
                time.getSecond()));
        int nano = time.getNano();
        if (nano != 0) {
            String fraction = String.format(java.util.Locale.ROOT, "%09d", nano);
            int digits = nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
            sb.append('.').append(fraction, 0, digits);
        }
        if (offset != null) {
            sb.append(offset.getId());
        }
        return sb.toString();
    }
}
