package dev.storyline.enrich.times;

import java.util.Locale;
import java.util.Map;

/**
 * The words of English time expressions as regular-expression fragments, and their meanings. Fragments are
 * alternations of fixed words without nested quantifiers, so the rules built from them scan in linear time.
 */
final class TimeVocabulary {

    private TimeVocabulary() {
    }

    /** Capitalised month names and abbreviations ("May", "Sept.", "Jan"). */
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![\\p{L}])";
    /** Weekday names and dotted abbreviations. */
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.)(?![\\p{L}])";
    static final String DAY_OF_MONTH = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\d])";
    static final String YEAR = "(?:1[5-9]\\d\\d|20\\d\\d|21\\d\\d)(?![\\d])";
    /** A year spoken in words: "nineteen ninety-six", "two thousand and one", "twenty nineteen". */
    static final String SPOKEN_YEAR = "(?i:(?:nineteen|eighteen|twenty)[ -](?:(?:twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|oh[- ](?:one|two|three|four|five|six"
            + "|seven|eight|nine))|two thousand(?:(?: and)?[ -](?:one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)(?![\\p{L}-])";
    /** A year in digits or spoken. */
    static final String ANY_YEAR = "(?:" + YEAR + "|" + SPOKEN_YEAR + ")";
    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night|overnight)";
    static final String SEASON = "(?:spring|summer|fall|autumn|winter)";

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A number written in words up to 99, e.g. "twenty-four", "twenty four", "seven". */
    static final String NUMBER_WORD = "(?:(?:" + TENS + ")(?:[- ](?:" + UNITS + "))?|" + TEENS + "|" + UNITS
            + "|a hundred|one hundred|hundred|a dozen|dozen)";
    /** A count: digits, words, or a vague amount ("a few", "several") that normalises to X. */
    static final String COUNT = "(?:\\d{1,3}(?: 1/2|\u00BD)|\\d{1,3}(?:\\.\\d{1,2})?(?![\\d,])|(?:" + NUMBER_WORD
            + "|a|an) and a half|" + NUMBER_WORD + "|half an?|a half|a couple of|a few|a|an|few|several|some|many"
            + "|dozens of|hundreds of|thousands of)";
    /** A calendar unit, singular or plural, possibly after "more" or "additional". */
    static final String UNIT = "(?:(?:more|additional|other|straight|consecutive) )?(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?"
            + "|decades?|century|centuries|millenni(?:um|a))(?![\\p{L}])";
    /** Words that set a TIMEX3 mod on a point ("early next month" → START). */
    static final String POINT_MOD = "(?:(?:the )?(?:very )?(?:beginning|start|end|middle|close|turn) of(?: the)?"
            + "|early|earlier|late|later|mid|the middle of)";
    /** Words that set a TIMEX3 mod on a duration ("nearly two years" → LESS_THAN). */
    static final String AMOUNT_MOD = "(?:about|around|roughly|approximately|some|nearly|almost|more than|over"
            + "|less than|under|at least|up to|no more than|fewer than|only|just|barely|well over)";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> WEEKDAYS = Map.of("mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5,
            "sat", 6, "sun", 7);
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a hundred", 100),
            Map.entry("one hundred", 100), Map.entry("dozen", 12), Map.entry("a dozen", 12),
            Map.entry("a couple of", 2));

    /** 1-12 for a month name or abbreviation. */
    static int month(String word) {
        return MONTHS.get(word.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    /** Whether {@code word} names a weekday ("Monday", "Tues."), whatever its case. */
    static boolean isWeekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return WEEKDAY_NAMES.contains(w);
    }

    private static final java.util.Set<String> WEEKDAY_NAMES = java.util.Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs",
            "fri", "sat", "sun");

    /** 1 (Monday) to 7 (Sunday) for a weekday name or abbreviation. */
    static int weekday(String word) {
        return WEEKDAYS.get(word.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    /** The day of month in "21", "21st". */
    static int dayOfMonth(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    /**
     * The value of a count as printed in a TIMEX3 duration: "3", "twenty-four" → 24, "a" → 1, "several" → X;
     * {@code null} when it is not a count.
     */
    static String count(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim();
        if (t.isEmpty()) {
            return "1";
        }
        if (t.endsWith(" 1/2") || t.endsWith("\u00BD")) {
            return t.replaceAll("[^\\d].*$", "") + ".5";
        }
        if (t.startsWith("half") || t.equals("a half")) {
            return "0.5";
        }
        if (t.endsWith(" and a half")) {
            String whole = count(t.substring(0, t.length() - " and a half".length()));
            return whole.equals("X") ? "X" : whole + ".5";
        }
        if (Character.isDigit(t.charAt(0))) {
            return t.endsWith(".0") ? t.substring(0, t.length() - 2) : t;
        }
        Integer small = SMALL.get(t);
        if (small != null) {
            return Integer.toString(small);
        }
        String[] parts = t.split("[- ]");
        if (parts.length == 2 && SMALL.containsKey(parts[0]) && SMALL.containsKey(parts[1])) {
            return Integer.toString(SMALL.get(parts[0]) + SMALL.get(parts[1]));
        }
        return "X";
    }

    /** The year in "1996" or "nineteen ninety-six" or "two thousand and one". */
    static int yearValue(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim();
        if (Character.isDigit(t.charAt(0))) {
            return Integer.parseInt(t);
        }
        if (t.startsWith("two thousand")) {
            String rest = t.substring("two thousand".length()).replaceFirst("^(?: and)?[ -]", "");
            return 2000 + (rest.isEmpty() ? 0 : numberWord(rest));
        }
        int split = t.indexOf(' ') > 0 && (t.indexOf('-') < 0 || t.indexOf(' ') < t.indexOf('-')) ? t.indexOf(' ')
                : t.indexOf('-');
        int high = numberWord(t.substring(0, split));
        String low = t.substring(split + 1);
        if (low.equals("hundred")) {
            return high * 100;
        }
        if (low.startsWith("oh")) {
            return high * 100 + numberWord(low.substring(3));
        }
        return high * 100 + numberWord(low);
    }

    /** The number 0-99 written in words, or -1. */
    static int numberWord(String text) {
        String c = count(text);
        return c.equals("X") ? -1 : Integer.parseInt(c);
    }

    /** The TIMEX3 duration letter of a unit word, with whether it is a time (PT) unit. */
    static String unitLetter(String unit) {
        String u = lastWord(unit);
        if (u.startsWith("sec")) {
            return "TS";
        } else if (u.startsWith("min")) {
            return "TM";
        } else if (u.startsWith("hour")) {
            return "TH";
        } else if (u.startsWith("day")) {
            return "D";
        } else if (u.startsWith("week")) {
            return "W";
        } else if (u.startsWith("fortnight")) {
            return "2W";
        } else if (u.startsWith("month")) {
            return "M";
        } else if (u.startsWith("quarter")) {
            return "Q";
        } else if (u.startsWith("year")) {
            return "Y";
        } else if (u.startsWith("decade")) {
            return "DE";
        } else if (u.startsWith("centur")) {
            return "CE";
        }
        return "ML";
    }

    /** The granularity of a unit word ("weeks" → WEEK); null for units finer than a day. */
    static Granularity granularity(String unit) {
        String u = lastWord(unit);
        if (u.startsWith("day")) {
            return Granularity.DAY;
        } else if (u.startsWith("week") || u.startsWith("fortnight")) {
            return Granularity.WEEK;
        } else if (u.startsWith("month")) {
            return Granularity.MONTH;
        } else if (u.startsWith("quarter")) {
            return Granularity.QUARTER;
        } else if (u.startsWith("year")) {
            return Granularity.YEAR;
        } else if (u.startsWith("decade")) {
            return Granularity.DECADE;
        } else if (u.startsWith("centur")) {
            return Granularity.CENTURY;
        }
        return null;
    }

    private static String lastWord(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim();
        int space = w.lastIndexOf(' ');
        return space < 0 ? w : w.substring(space + 1);
    }

    /** The TIMEX3 code of a part of the day: MO, AF, EV, NI. */
    static String partOfDay(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("morn")) {
            return "MO";
        } else if (w.startsWith("after")) {
            return "AF";
        } else if (w.startsWith("even")) {
            return "EV";
        }
        return "NI";
    }

    /** The TIMEX3 code of a season: SP, SU, FA, WI. */
    static String season(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w.substring(0, 2)) {
            case "sp" -> "SP";
            case "su" -> "SU";
            case "wi" -> "WI";
            default -> "FA";
        };
    }

    /** The TIMEX3 mod of a point modifier: START, END, MID, or null. */
    static String pointMod(String words) {
        if (words == null) {
            return null;
        }
        String w = words.toLowerCase(Locale.ROOT);
        if (w.startsWith("earlier") || w.startsWith("later")) {
            return null;
        }
        if (w.contains("beginning") || w.contains("start") || w.startsWith("early")) {
            return "START";
        } else if (w.contains("end") || w.contains("close") || w.startsWith("late") && !w.startsWith("later")) {
            return "END";
        } else if (w.contains("mid") || w.contains("turn")) {
            return "MID";
        }
        return null;
    }

    /** The TIMEX3 mod of an amount modifier: APPROX, LESS_THAN, MORE_THAN, ... or null. */
    static String amountMod(String words) {
        if (words == null) {
            return null;
        }
        String w = words.toLowerCase(Locale.ROOT).trim();
        return switch (w) {
            case "about", "around", "roughly", "approximately", "some" -> "APPROX";
            case "nearly", "almost", "less than", "under", "fewer than", "barely" -> "LESS_THAN";
            case "more than", "over", "well over" -> "MORE_THAN";
            case "at least" -> "EQUAL_OR_MORE";
            case "up to", "no more than" -> "EQUAL_OR_LESS";
            default -> null;
        };
    }
}
