package dev.storyline.enrich.times;

import static dev.storyline.enrich.times.DateRules.B;
import static dev.storyline.enrich.times.DateRules.S;
import static dev.storyline.enrich.times.TimeVocabulary.DAY_OF_MONTH;
import static dev.storyline.enrich.times.TimeVocabulary.MONTH;
import static dev.storyline.enrich.times.TimeVocabulary.WEEKDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Rules for times of day, optionally with their day: "10:35 a.m.", "4 p.m. EST Tuesday", "noon Thursday",
 * "midnight", "at 14:30".
 */
final class ClockRules {

    private static final String DAY = "(?:,?" + S + "(?:(?i:on)" + S + ")?(?<day>(?i:today|tonight|yesterday|tomorrow)|"
            + WEEKDAY + "|" + MONTH + S + DAY_OF_MONTH + "))?";
    private static final String ZONE = "(?:" + S + "(?<tz>EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|KST|JST"
            + "|local time|ET))?";

    private ClockRules() {
    }

    static List<TimeRule> rules() {
        return List.of(
                TimeRule.of("clock-am-pm", B + "(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\\d))?"
                        + "\\s?(?<ap>[ap]\\.m\\.?|[AP]\\.M\\.?|[ap]m|[AP]M)(?![\\p{L}])" + ZONE + DAY, ClockRules::clock),
                TimeRule.of("clock-24h", "(?=\\d)(?<=(?i:\\b(?:at|by|until|before|after|from) ))(?<h>[01]?\\d|2[0-3]):(?<mi>"
                        + "[0-5]\\d)(?![\\d:])" + ZONE + DAY, ClockRules::clock),
                TimeRule.of("clock-named", B + "(?<w>(?i:noon|midday|midnight))" + DAY, ClockRules::clock));
    }

    static Resolution clock(Matcher m, TimeContext c) {
        String named = TimeRule.group(m, "w");
        int hour;
        int minute = 0;
        if (named != null) {
            hour = named.equalsIgnoreCase("midnight") ? 24 : 12;
        } else {
            hour = Integer.parseInt(m.group("h"));
            if (m.group("mi") != null) {
                minute = Integer.parseInt(m.group("mi"));
            }
            String ap = TimeRule.group(m, "ap");
            if (ap != null) {
                boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
                hour = pm ? (hour % 12) + 12 : hour % 12;
            }
        }
        String clock = String.format("T%02d:%02d", hour, minute);
        LocalDate day = day(m.group("day"), c);
        if (day == null) {
            return Resolution.of("TIME", "XXXX-XX-XX" + clock, null);
        }
        return new Resolution("TIME", day + clock, null, day, Granularity.DAY);
    }

    private static LocalDate day(String word, TimeContext c) {
        if (!c.hasAnchor()) {
            return null;
        }
        if (word == null) {
            // "at 10:35 a.m." usually continues the day the story just named
            Resolution ref = c.reference();
            return ref != null && ref.unit() == Granularity.DAY ? ref.point() : c.anchor();
        }
        if (Character.isUpperCase(word.charAt(0)) && word.matches("(?s).*\\d")) {
            String[] parts = word.split("\\s+");
            return c.placeMonthDay(TimeVocabulary.month(parts[0]), TimeVocabulary.dayOfMonth(parts[parts.length - 1]));
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "today", "tonight" -> c.anchor();
            case "yesterday" -> c.anchor().minusDays(1);
            case "tomorrow" -> c.anchor().plusDays(1);
            default -> c.placeWeekday(TimeVocabulary.weekday(word), 0);
        };
    }
}
