package dev.storyline.enrich.times;

import static dev.storyline.enrich.times.TimeVocabulary.DAY_OF_MONTH;
import static dev.storyline.enrich.times.TimeVocabulary.MONTH;
import static dev.storyline.enrich.times.TimeVocabulary.ANY_YEAR;
import static dev.storyline.enrich.times.TimeVocabulary.PART_OF_DAY;
import static dev.storyline.enrich.times.TimeVocabulary.POINT_MOD;
import static dev.storyline.enrich.times.TimeVocabulary.SPOKEN_YEAR;
import static dev.storyline.enrich.times.TimeVocabulary.WEEKDAY;
import static dev.storyline.enrich.times.TimeVocabulary.YEAR;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Rules for calendar dates written out: "May 21, 2019", "21 May 2019", "May 21", "May 31-June 2", "October 2018",
 * "May", "2017", "the 1990s", "nineteen ninety-six", "Christmas", "5/21/2019" and weekdays ("Tuesday",
 * "last Friday", "Wednesday night").
 */
final class DateRules {

    /** Whitespace between words: bounded so that no pattern can backtrack far. */
    static final String S = "\\s{1,3}";
    /** The start of a word. */
    static final String B = "(?<![\\p{L}\\d])";
    /** A month named alone: full names or dotted abbreviations, so that "Jan Kavan" is no month. */
    private static final String BARE_MONTH = "(?:January|February|March|April|June|July|August|September|October"
            + "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)(?![\\p{L}])";
    private static final String WD_PREFIX = "(?:(?<wd>" + WEEKDAY + "),?" + S + ")?";
    private static final String MOD = "(?:(?<mod>(?i:" + POINT_MOD + "))(?:" + S + "|-))?";
    private static final String BARE_YEAR = "(?<![\\d$.,\\p{L}]|No\\. )(?<y>1[7-9]\\d\\d|20\\d\\d)(?![\\d%]|[.,]\\d|-\\d"
            + "|\\s(?:people|troops|shares|tons|men|women|votes|jobs|workers|employees|barrels|units|cars|feet|meters"
            + "|miles|dollars|yards|points|members|residents|soldiers|children|pounds|acres)\\b)";

    private DateRules() {
    }

    static List<TimeRule> rules() {
        return List.of(
                TimeRule.of("month-day-year", B + WD_PREFIX + "(?<m>" + MONTH + ")" + S + "(?<d>" + DAY_OF_MONTH
                        + "),?" + S + "(?<y>" + YEAR + ")", DateRules::fullDate),
                TimeRule.of("day-month-year", B + WD_PREFIX + "(?<d>" + DAY_OF_MONTH + ")" + S + "(?:of" + S + ")?(?<m>"
                        + MONTH + "),?" + S + "(?<y>" + YEAR + ")", DateRules::fullDate),
                TimeRule.of("month-day-range", B + "(?<m>" + MONTH + ")" + S + "(?<d>" + DAY_OF_MONTH
                        + ")\\s?(?:[-\u2013\u2014]|to|through)\\s?(?:(?<m2>" + MONTH + ")" + S + ")?(?<d2>"
                        + DAY_OF_MONTH + ")(?:,?" + S + "(?<y>" + YEAR + "))?", DateRules::range),
                TimeRule.of("month-day", B + WD_PREFIX + "(?<m>" + MONTH + ")" + S + "(?<d>" + DAY_OF_MONTH + ")",
                        DateRules::monthDay),
                TimeRule.of("day-month", B + WD_PREFIX + "(?<d>" + DAY_OF_MONTH + ")" + S + "(?:of" + S + ")?(?<m>"
                        + MONTH + ")", DateRules::monthDay),
                TimeRule.of("month-year", B + MOD + "(?<m>" + MONTH + "),?" + S + "(?:of" + S + ")?(?<y>" + ANY_YEAR + ")",
                        DateRules::monthYear),
                TimeRule.of("month-relative-year", B + MOD + "(?<m>" + MONTH + ")" + S + "(?:of" + S + ")?(?<rel>(?i:"
                        + "last|next|this|the previous|the following|the same))" + S + "(?i:year)",
                        DateRules::monthOfRelativeYear),
                TimeRule.of("relative-month", B + MOD + "(?<rel>(?i:last|next|this|this past|this coming|the coming"
                        + "|past|coming))" + S + "(?<m>" + MONTH + ")", DateRules::relativeMonth),
                TimeRule.of("month", B + MOD + "(?<!(?i:the) )(?<m>(?!May)" + BARE_MONTH + ")", DateRules::month),
                TimeRule.of("month-may", "(?=May)(?<=(?i:\\b(?:in|since|until|till|by|from|through|during|of|early|late|mid"
                        + "|and|to|before|after|between)[ -]))(?<m>May)(?![\\p{L}])", DateRules::month),
                TimeRule.of("year", B + MOD + "(?:(?<fy>(?i:fiscal(?: year)?|the year|FY))" + S + ")?" + BARE_YEAR,
                        DateRules::year),
                TimeRule.of("year-apostrophe", "(?=')(?<=(?i:\\b(?:in|since|of|until|by|from|the|fiscal|class of) ))"
                        + "'(?<yy>\\d\\d)(?![\\d\\p{L}'])", DateRules::year),
                TimeRule.of("decade", B + MOD + "(?:(?i:the)" + S + ")?(?:(?<mod2>(?i:early|late|mid))[- ]?)?(?:(?<c>1[5-9]|20)"
                        + "(?<d>\\d)0|'(?<d2>\\d)0)'?s(?![\\p{L}])", DateRules::decade),
                TimeRule.of("century", B + "(?:(?i:the)" + S + ")?(?<n>1\\d|2[01]|[1-9])(?:st|nd|rd|th)[- ](?i:century)",
                        (m, c) -> Resolution.of("DATE", String.format("%02d", Integer.parseInt(m.group("n")) - 1),
                                null)),
                TimeRule.of("spoken-year", B + "(?:(?i:the year)" + S + ")?(?<y>" + SPOKEN_YEAR + ")(?! (?:people|dollars|troops|years|of)\\b)",
                        DateRules::year),
                TimeRule.of("iso-date", B + "(?<y>" + YEAR + ")-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?!\\d)",
                        DateRules::fullDate),
                TimeRule.of("numeric-date", "(?<![\\d/.])(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\\d|0?[1-9])/(?<y>\\d{4}|\\d\\d)"
                        + "(?![\\d/])", DateRules::fullDate),
                TimeRule.of("holiday", B + "(?<h>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Thanksgiving(?: Day)?"
                        + "|Halloween|Valentine's Day|Independence Day|Fourth of July|Labor Day|Memorial Day)"
                        + "(?:,?" + S + "(?<y>" + YEAR + "))?", DateRules::holiday),
                TimeRule.of("weekday", B + "(?:(?<rel>(?i:last|next|this|this coming|this past|coming|past|early|late))" + S
                        + ")?(?<wd>" + WEEKDAY + ")(?:" + S + "(?<pod>(?i:" + PART_OF_DAY
                        + ")))?(?:(?=(?<poss>['\u2019]s\\b)))?", DateRules::weekday));
    }

    static Resolution fullDate(Matcher m, TimeContext c) {
        int year = year(m.group("y"), c);
        LocalDate d = LocalDate.of(year, monthOf(m), TimeVocabulary.dayOfMonth(m.group("d")));
        return Resolution.date(d, Granularity.DAY, null);
    }

    private static int monthOf(Matcher m) {
        String mm = m.group("m");
        return Character.isDigit(mm.charAt(0)) ? Integer.parseInt(mm) : TimeVocabulary.month(mm);
    }

    /** A four-digit year, or a two-digit one read in the anchor's century window. */
    static int year(String text, TimeContext c) {
        if (text.length() > 2) {
            return TimeVocabulary.yearValue(text);
        }
        int y = Integer.parseInt(text);
        int base = c.hasAnchor() ? c.anchor().getYear() : 2000;
        int candidate = base / 100 * 100 + y;
        return candidate > base + 10 ? candidate - 100 : candidate;
    }

    static Resolution range(Matcher m, TimeContext c) {
        int m1 = TimeVocabulary.month(m.group("m"));
        int m2 = m.group("m2") == null ? m1 : TimeVocabulary.month(m.group("m2"));
        int d1 = TimeVocabulary.dayOfMonth(m.group("d"));
        int d2 = TimeVocabulary.dayOfMonth(m.group("d2"));
        LocalDate start;
        if (m.group("y") != null) {
            start = LocalDate.of(Integer.parseInt(m.group("y")), m1, d1);
        } else if (c.hasAnchor()) {
            start = c.placeMonthDay(m1, d1);
        } else {
            return Resolution.unanchored("DATE");
        }
        LocalDate end = LocalDate.of(start.getYear(), m2, d2);
        if (end.isBefore(start)) {
            end = end.plusYears(1);
        }
        return new Resolution("DATE", start + "/" + end, null, start, Granularity.DAY);
    }

    static Resolution monthDay(Matcher m, TimeContext c) {
        if (!c.hasAnchor()) {
            return Resolution.unanchored("DATE");
        }
        LocalDate d = c.placeMonthDay(TimeVocabulary.month(m.group("m")), TimeVocabulary.dayOfMonth(m.group("d")));
        return Resolution.date(d, Granularity.DAY, null);
    }

    static Resolution monthYear(Matcher m, TimeContext c) {
        LocalDate d = LocalDate.of(TimeVocabulary.yearValue(m.group("y")), TimeVocabulary.month(m.group("m")), 1);
        return Resolution.date(d, Granularity.MONTH, TimeVocabulary.pointMod(m.group("mod")));
    }

    static Resolution monthOfRelativeYear(Matcher m, TimeContext c) {
        if (!c.hasAnchor()) {
            return Resolution.unanchored("DATE");
        }
        String rel = m.group("rel").toLowerCase(java.util.Locale.ROOT);
        int year = c.anchor().getYear() + (rel.contains("last") || rel.contains("previous") ? -1
                : rel.contains("next") || rel.contains("following") ? 1 : 0);
        LocalDate d = LocalDate.of(year, TimeVocabulary.month(m.group("m")), 1);
        return Resolution.date(d, Granularity.MONTH, TimeVocabulary.pointMod(m.group("mod")));
    }

    static Resolution relativeMonth(Matcher m, TimeContext c) {
        if (!c.hasAnchor()) {
            return Resolution.unanchored("DATE");
        }
        String rel = m.group("rel").toLowerCase(java.util.Locale.ROOT);
        int month = TimeVocabulary.month(m.group("m"));
        YearMonth now = YearMonth.from(c.anchor());
        YearMonth ym = YearMonth.of(now.getYear(), month);
        if ((rel.equals("last") || rel.contains("past")) && !ym.isBefore(now)) {
            ym = ym.minusYears(1);
        } else if ((rel.equals("next") || rel.contains("coming")) && !ym.isAfter(now)) {
            ym = ym.plusYears(1);
        }
        return Resolution.date(ym.atDay(1), Granularity.MONTH, TimeVocabulary.pointMod(m.group("mod")));
    }

    static Resolution month(Matcher m, TimeContext c) {
        String mod = TimeVocabulary.pointMod(TimeRule.group(m, "mod"));
        if (!c.hasAnchor()) {
            return Resolution.unanchored("DATE");
        }
        YearMonth ym = c.placeMonth(TimeVocabulary.month(m.group("m")));
        return Resolution.date(ym.atDay(1), Granularity.MONTH, mod);
    }

    static Resolution year(Matcher m, TimeContext c) {
        String y = TimeRule.group(m, "yy") != null ? m.group("yy") : m.group("y");
        String mod = TimeVocabulary.pointMod(TimeRule.group(m, "mod"));
        return Resolution.date(LocalDate.of(year(y, c), 1, 1), Granularity.YEAR, mod);
    }

    static Resolution decade(Matcher m, TimeContext c) {
        String value;
        if (m.group("c") != null) {
            value = m.group("c") + m.group("d");
        } else {
            int century = c.hasAnchor() ? c.anchor().getYear() / 100 : 19;
            value = (Integer.parseInt(m.group("d2")) * 10 > (c.hasAnchor() ? c.anchor().getYear() % 100 : 99)
                    ? century - 1 : century) + m.group("d2");
        }
        String mod = TimeVocabulary.pointMod(m.group("mod2") != null ? m.group("mod2") : m.group("mod"));
        return Resolution.of("DATE", value, mod);
    }

    static Resolution holiday(Matcher m, TimeContext c) {
        String h = m.group("h");
        if (m.group("y") == null && !c.hasAnchor()) {
            return Resolution.unanchored("DATE");
        }
        int[] md = switch (h) {
            case "Christmas", "Christmas Day" -> new int[] {12, 25};
            case "Christmas Eve" -> new int[] {12, 24};
            case "New Year's Day" -> new int[] {1, 1};
            case "New Year's Eve" -> new int[] {12, 31};
            case "Halloween" -> new int[] {10, 31};
            case "Valentine's Day" -> new int[] {2, 14};
            case "Independence Day", "Fourth of July" -> new int[] {7, 4};
            default -> null;
        };
        if (md != null) {
            LocalDate d = m.group("y") != null ? LocalDate.of(Integer.parseInt(m.group("y")), md[0], md[1])
                    : c.placeMonthDay(md[0], md[1]);
            return Resolution.date(d, Granularity.DAY, null);
        }
        if (m.group("y") != null) {
            return Resolution.date(movableFeast(h, Integer.parseInt(m.group("y"))), Granularity.DAY, null);
        }
        LocalDate best = null;
        for (int y = c.anchor().getYear() - 1; y <= c.anchor().getYear() + 1; y++) {
            LocalDate d = movableFeast(h, y);
            if (best == null || Math.abs(d.toEpochDay() - c.anchor().toEpochDay())
                    < Math.abs(best.toEpochDay() - c.anchor().toEpochDay())) {
                best = d;
            }
        }
        return Resolution.date(best, Granularity.DAY, null);
    }

    private static LocalDate movableFeast(String name, int year) {
        return switch (name) {
            case "Labor Day" -> nthWeekday(year, 9, 1, 1);
            case "Memorial Day" -> LocalDate.of(year, 5, 31).with(
                    java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            default -> nthWeekday(year, 11, 4, 4);
        };
    }

    private static LocalDate nthWeekday(int year, int month, int isoDay, int n) {
        return LocalDate.of(year, month, 1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(n,
                java.time.DayOfWeek.of(isoDay)));
    }

    static Resolution weekday(Matcher m, TimeContext c) {
        String pod = m.group("pod");
        String type = pod == null ? "DATE" : "TIME";
        if (!c.hasAnchor()) {
            return Resolution.unanchored(type);
        }
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(java.util.Locale.ROOT);
        int wd = TimeVocabulary.weekday(m.group("wd"));
        LocalDate d;
        if (rel.equals("last") || rel.equals("this past") || rel.equals("past")) {
            d = c.placeWeekday(wd, -1);
        } else if (rel.equals("next") || rel.contains("coming")) {
            d = c.placeWeekday(wd, 1);
        } else if (rel.equals("this")) {
            d = c.weekStart().plusDays(wd - 1L);
        } else if (m.group("poss") != null) {
            // "Wednesday's ruling" names something that has happened
            int back = (c.anchor().getDayOfWeek().getValue() - wd + 7) % 7;
            d = c.anchor().minusDays(back);
        } else {
            d = c.placeWeekday(wd, 0);
        }
        String mod = rel.startsWith("early") ? "START" : rel.equals("late") ? "END" : null;
        if (pod != null) {
            return new Resolution("TIME", d + "T" + TimeVocabulary.partOfDay(pod), mod, d, Granularity.DAY);
        }
        return Resolution.date(d, Granularity.DAY, mod);
    }
}
