package dev.storyline.enrich.times;

import static dev.storyline.enrich.times.DateRules.B;
import static dev.storyline.enrich.times.DateRules.S;
import static dev.storyline.enrich.times.TimeVocabulary.AMOUNT_MOD;
import static dev.storyline.enrich.times.TimeVocabulary.COUNT;
import static dev.storyline.enrich.times.TimeVocabulary.UNIT;
import static dev.storyline.enrich.times.TimeVocabulary.WEEKDAY;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Rules for durations ("two years" P2Y, "the past three months" P3M, "a 16-hour day" PT16H, "for years" PXY) and
 * sets ("daily" P1D, "every Monday" XXXX-WXX-1, "5 percent a year" P1Y).
 */
final class DurationRules {

    private static final String E = "(?![\\p{L}\\d])";
    /** Half of a unit in the next smaller one. */
    private static final java.util.Map<String, String[]> HALVES = java.util.Map.of("Y", new String[] {"6M"},
            "TH", new String[] {"30M"}, "TM", new String[] {"30S"}, "D", new String[] {"T12H"});

    private DurationRules() {
    }

    static List<TimeRule> rules() {
        return List.of(
                TimeRule.of("set-adverb", B + "(?<w>(?i:daily|nightly|weekly|biweekly|monthly|annually|yearly"
                        + "|hourly|semiannually|semi-annually))" + E, DurationRules::setAdverb),
                TimeRule.of("set-every", B + "(?i:every|each|per)" + S + "(?:(?<other>(?i:other))" + S + ")?(?:(?<n>(?i:"
                        + COUNT + "))" + S + ")?(?<unit>(?i:" + UNIT + "|morning|afternoon|evening|night|weekend)|"
                        + WEEKDAY + ")" + E, DurationRules::setEvery),
                TimeRule.of("set-month", B + "(?i:every|each)" + S + "(?<m>" + TimeVocabulary.MONTH + ")",
                        (m, c) -> Resolution.of("SET", String.format("XXXX-%02d", TimeVocabulary.month(m.group("m"))),
                                null)),
                TimeRule.of("set-rate", "(?=(?i:a|an|per) )(?<=(?:%|\\d|(?i:percent|cents?|dollars?|times|twice|once|million|billion|yen|euros?"
                        + "|pounds|barrels|tons)) )(?i:a|an|per)" + S + "(?<unit>(?i:day|week|month|year|hour|minute))"
                        + E, DurationRules::setEvery),
                TimeRule.of("set-weekdays", B + "(?<wd>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s"
                        + "|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)" + S
                        + "(?:mornings|afternoons|evenings|nights))" + E, DurationRules::setWeekdays),
                TimeRule.of("duration", B + "(?:(?<amod>(?i:" + AMOUNT_MOD + "))" + S + "(?!(?i:the)\\b))?(?:(?i:the)" + S
                        + "(?![^\\s]+-))?(?:(?i:first|last|past|next|previous|coming|following|initial|final|remaining|entire|full"
                        + "|whole|latest|recent)" + S + ")?(?<n>(?i:" + COUNT + "))(?:" + S + "|-)(?<unit>(?i:" + UNIT
                        + "))(?<half>" + S + "(?i:and a half))?(?:-(?i:long))?(?![\\p{L}\\d]|-old|\\s+old)",
                        DurationRules::counted),
                TimeRule.of("duration-recent", B + "(?i:(?:the" + S + ")?(?:recent|past|last|next|coming|the past|the last"
                        + "|the next|the coming)" + S + "(?:few" + S + "|several" + S + "|many" + S + ")?)(?<unit>(?i:years|months"
                        + "|weeks|days|decades|hours|minutes))" + E, (m, c) -> duration("X", m.group("unit"), null)),
                TimeRule.of("duration-vague", "(?=(?i:many|several|some|years|months|weeks|days|decades|centuries|hours"
                        + "|minutes))(?<=(?i:\\b(?:for|over|within|after|took|take|takes|lasted|spent"
                        + "|in|of) ))(?:(?i:many|several|some)" + S + ")?(?<unit>(?i:years|months|weeks|days|decades"
                        + "|centuries|hours|minutes))" + E,
                        (m, c) -> duration("X", m.group("unit"), null)));
    }

    static Resolution counted(Matcher m, TimeContext c) {
        String unit = m.group("unit");
        String n = m.group("n");
        String lower = m.group().toLowerCase(Locale.ROOT);
        if (lower.contains("-quarters") || unit.toLowerCase(Locale.ROOT).startsWith("second")
                && (n.equalsIgnoreCase("a") || n.equalsIgnoreCase("an") || n.equalsIgnoreCase("one"))) {
            // "three-quarters" is a fraction and "a second" usually an ordinal
            return null;
        }
        if (m.group("half") != null) {
            String whole = TimeVocabulary.count(n);
            n = whole.equals("X") ? "several" : whole + ".5";
        }
        return duration(n, unit, m.group("amod"));
    }

    /** A duration such as P2Y or PT16H from a count ("two", "a", "several") and a unit word. */
    static Resolution duration(String count, String unit, String amountMod) {
        String n = TimeVocabulary.count(count);
        String letter = TimeVocabulary.unitLetter(unit);
        String value;
        if (n.endsWith(".5") && HALVES.containsKey(letter)) {
            // "2 1/2 years" is P2Y6M, "half an hour" PT30M: TIMEX3 states halves in the next smaller unit
            String whole = n.substring(0, n.length() - 2);
            String[] half = HALVES.get(letter);
            boolean time = letter.startsWith("T");
            String lead = time ? "PT" : "P";
            value = lead + (whole.equals("0") ? "" : whole + letter.substring(time ? 1 : 0)) + half[0];
        } else if (letter.startsWith("T")) {
            value = "PT" + n + letter.substring(1);
        } else if (letter.equals("Q")) {
            value = n.equals("X") ? "PXM" : "P" + scale(n, 3) + "M";
        } else if (letter.equals("2W")) {
            value = n.equals("X") ? "PXW" : "P" + (Integer.parseInt(n) * 2) + "W";
        } else if (letter.equals("DE") || letter.equals("CE") || letter.equals("ML")) {
            int factor = letter.equals("DE") ? 10 : letter.equals("CE") ? 100 : 1000;
            value = n.equals("X") ? "PX" + letter.charAt(0) : "P" + scale(n, factor) + "Y";
        } else {
            value = "P" + n + letter;
        }
        return Resolution.of("DURATION", value, TimeVocabulary.amountMod(amountMod));
    }

    private static String scale(String n, int factor) {
        double v = Double.parseDouble(n) * factor;
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static Resolution setAdverb(Matcher m, TimeContext c) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        String value = switch (w) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly" -> "P2W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            case "hourly" -> "PT1H";
            case "semiannually", "semi-annually" -> "P6M";
            default -> "P1Y";
        };
        return Resolution.of("SET", value, null);
    }

    static Resolution setEvery(Matcher m, TimeContext c) {
        String unit = m.group("unit");
        if (TimeVocabulary.isWeekday(unit)) {
            return Resolution.of("SET", "XXXX-WXX-" + TimeVocabulary.weekday(unit), null);
        }
        String u = unit.toLowerCase(Locale.ROOT);
        switch (u) {
            case "morning", "afternoon", "evening", "night" -> {
                return Resolution.of("SET", "XXXX-XX-XXT" + TimeVocabulary.partOfDay(u), null);
            }
            case "weekend" -> {
                return Resolution.of("SET", "XXXX-WXX-WE", null);
            }
            default -> {
            }
        }
        String n = TimeRule.group(m, "n") == null ? (TimeRule.group(m, "other") != null ? "2" : "1")
                : TimeVocabulary.count(m.group("n"));
        return duration(n, unit, null).withType("SET");
    }

    static Resolution setWeekdays(Matcher m, TimeContext c) {
        String text = m.group("wd");
        int day = TimeVocabulary.weekday(text);
        String[] words = text.split("\\s+");
        String part = words.length > 1 ? "T" + TimeVocabulary.partOfDay(words[words.length - 1]) : "";
        return Resolution.of("SET", "XXXX-WXX-" + day + part, null);
    }
}
