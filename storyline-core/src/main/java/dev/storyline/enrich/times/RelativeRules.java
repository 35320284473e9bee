package dev.storyline.enrich.times;

import static dev.storyline.enrich.times.DateRules.B;
import static dev.storyline.enrich.times.DateRules.S;
import static dev.storyline.enrich.times.TimeVocabulary.AMOUNT_MOD;
import static dev.storyline.enrich.times.TimeVocabulary.ANY_YEAR;
import static dev.storyline.enrich.times.TimeVocabulary.COUNT;
import static dev.storyline.enrich.times.TimeVocabulary.PART_OF_DAY;
import static dev.storyline.enrich.times.TimeVocabulary.POINT_MOD;
import static dev.storyline.enrich.times.TimeVocabulary.SEASON;
import static dev.storyline.enrich.times.TimeVocabulary.UNIT;
import static dev.storyline.enrich.times.TimeVocabulary.YEAR;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Rules for dates named relative to the article's date or to a date named before: "today", "last night",
 * "now", "recently", "early next month", "earlier this month", "last year", "two years ago", "a year earlier",
 * "the third quarter", "this summer".
 */
final class RelativeRules {

    private static final String MOD = "(?:(?<mod>(?i:" + POINT_MOD + "))(?:" + S + "|-))?";
    private static final String E = "(?![\\p{L}\\d])";

    private RelativeRules() {
    }

    static List<TimeRule> rules() {
        return List.of(
                TimeRule.of("deictic-day", B + "(?i:(?<mod>early|late|later|earlier)" + S + ")?(?<w>(?i:today|tonight"
                        + "|yesterday|tomorrow|the day before yesterday|the day after tomorrow))(?:" + S + "(?<pod>(?i:"
                        + PART_OF_DAY + ")))?" + E, RelativeRules::deicticDay),
                TimeRule.of("this-part-of-day", B + "(?:(?i:(?<mod>early|late|later|earlier|mid))" + S + ")?(?<w>(?i:"
                        + "this|last))" + S + "(?<pod>(?i:" + PART_OF_DAY + "))" + E, RelativeRules::deicticDay),
                TimeRule.of("present", B + "(?i:right now|now|currently|nowadays|these days|at present|presently"
                        + "|current|at the moment|for the moment|the present)" + E,
                        (m, c) -> Resolution.of("DATE", "PRESENT_REF", null)),
                TimeRule.of("past", B + "(?i:recently|lately|the past|more recently)" + E,
                        (m, c) -> Resolution.of("DATE", "PAST_REF", null)),
                TimeRule.of("future", B + "(?i:the (?:near |distant )?future|the near term|the long term|the short term"
                        + "|(?:the )?coming (?:days|weeks|months|years)|as soon as possible)" + E,
                        (m, c) -> Resolution.of("DATE", "FUTURE_REF", null)),
                TimeRule.of("relative-unit", B + MOD + "(?<rel>(?i:this|last|next|the past|past|the last|the previous"
                        + "|previous|the coming|the current|current|the following|following|the prior|prior|the latest"
                        + "|latest|the most recent|the upcoming|upcoming|the new|that|the same))" + S
                        + "(?<unit>(?i:week|weekend|month|year|quarter|decade|century|day|period))" + E,
                        RelativeRules::relativeUnit),
                TimeRule.of("the-quarter", B + "(?i:the(?:" + S + "(?:fiscal|latest|recent|current|same))?" + S
                        + "(?:quarter|period))" + E, RelativeRules::referenceQuarter),
                TimeRule.of("year-earlier", B + "(?i:(?:the" + S + ")?(?:(?:comparable|corresponding|same)" + S + ")?"
                        + "(?:year-earlier|year-ago|year-before|prior-year)(?:" + S + "(?:(?:first|second|third|fourth)"
                        + S + ")?(?<q>quarter|period))?)" + E,
                        RelativeRules::yearEarlier),
                TimeRule.of("ago", B + "(?:(?<amod>(?i:" + AMOUNT_MOD + "))" + S + ")?(?<n>(?i:" + COUNT + "))(?:" + S
                        + "|-)(?<unit>(?i:" + UNIT + "))" + S + "(?<dir>(?i:ago|earlier|later|from now|hence|before"
                        + "|after|back))" + E, RelativeRules::ago),
                TimeRule.of("quarter", B + MOD + "(?:(?i:the)" + S + "(?!(?i:fiscal |calendar )?[^\\s]+-))?(?:(?i:fiscal|calendar|current)" + S + ")?"
                        + "(?:(?<fy>" + YEAR + ")(?:'s)?" + S + "|(?<ry>(?i:this|last|next)" + S + "year's)" + S + ")?(?<ord>(?i:first|second|third|fourth|final|1st|2nd|3rd"
                        + "|4th))(?:" + S + "|-)(?:(?i:fiscal|calendar)" + S + ")?(?<q>(?i:quarter|half))(?:" + S
                        + "(?:(?i:of|of fiscal|of the fiscal year)" + S + ")?(?<y>" + YEAR + ")|" + S + "(?i:of)" + S
                        + "(?<ry2>(?i:this|last|next)" + S + "year))?" + E,
                        RelativeRules::quarter),
                TimeRule.of("year-quarter", B + "(?i:the)" + S + "(?<y>" + YEAR + ")" + S + "(?i:quarter|period)" + E,
                        RelativeRules::quarterOfYear),
                TimeRule.of("season", B + MOD + "(?:(?<rel>(?i:this|last|next|this past|this coming|the past|the coming"
                        + "|past|coming|the))" + S + ")?(?<s>(?i:" + SEASON + "))(?:" + S + "(?:(?i:of)" + S
                        + ")?(?<y>" + ANY_YEAR + "))?" + E, RelativeRules::season),
                TimeRule.of("the-weekend", B + "(?i:the weekend)" + E, RelativeRules::weekend),
                TimeRule.of("decade-words", B + "(?i:the" + S + "(?:(?<mod>early|late|mid)[- ]?)?(?<d>twenties|thirties"
                        + "|forties|fifties|sixties|seventies|eighties|nineties))" + E, RelativeRules::decadeWord),
                TimeRule.of("year-end", B + "(?i:(?:the )?year[- ]end|the end of the year|(?:the )?year's end)" + E,
                        (m, c) -> c.hasAnchor() ? Resolution.date(c.anchor(), Granularity.YEAR, "END")
                                : Resolution.unanchored("DATE")));
    }

    static Resolution deicticDay(Matcher m, TimeContext c) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        String pod = TimeRule.group(m, "pod");
        boolean tonight = w.equals("tonight");
        boolean time = pod != null || tonight;
        if (!c.hasAnchor()) {
            return Resolution.unanchored(time ? "TIME" : "DATE");
        }
        int shift = switch (w) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            case "last" -> pod != null && pod.equalsIgnoreCase("night") ? -1 : 0;
            default -> 0;
        };
        LocalDate d = c.anchor().plusDays(shift);
        String mod = TimeVocabulary.pointMod(TimeRule.group(m, "mod"));
        if (time) {
            String part = tonight ? "NI" : TimeVocabulary.partOfDay(pod);
            return new Resolution("TIME", d + "T" + part, mod, d, Granularity.DAY);
        }
        return Resolution.date(d, Granularity.DAY, mod);
    }

    /** "the weekend": the one before the anchor in a past clause, else the coming one. */
    static Resolution weekend(Matcher m, TimeContext c) {
        if (!c.hasAnchor()) {
            return Resolution.unanchored("DATE");
        }
        LocalDate saturday = c.placeWeekday(6, 0);
        return new Resolution("DATE", Granularity.WEEK.format(saturday) + "-WE", null, saturday, Granularity.DAY);
    }

    static Resolution decadeWord(Matcher m, TimeContext c) {
        int tens = TimeVocabulary.numberWord(m.group("d").toLowerCase(Locale.ROOT).replace("ies", "y")) / 10;
        int century = c.hasAnchor() ? c.anchor().getYear() / 100 : 20;
        if (c.hasAnchor() && tens * 10 > c.anchor().getYear() % 100) {
            century--;
        }
        return Resolution.of("DATE", century + "" + tens, TimeVocabulary.pointMod(TimeRule.group(m, "mod")));
    }

    static Resolution relativeUnit(Matcher m, TimeContext c) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
        String mod = TimeVocabulary.pointMod(m.group("mod"));
        boolean backward = rel.matches("(the )?(past|last)");
        if (backward && rel.startsWith("the") || rel.equals("past")) {
            if (!unitWord.equals("day") && !unitWord.equals("period") && !unitWord.equals("weekend")) {
                String letter = TimeVocabulary.unitLetter(unitWord);
                return Resolution.of("DURATION", "P1" + letter.replace("DE", "0Y").replace("CE", "00Y"), null);
            }
        }
        if (unitWord.equals("period")) {
            return referenceQuarter(m, c);
        }
        Resolution ref = c.reference();
        if (rel.equals("that") || rel.equals("the same")) {
            Granularity g = unitWord.equals("weekend") ? Granularity.WEEK : TimeVocabulary.granularity(unitWord);
            if (ref == null || g == null || !ref.unit().finerOrEqual(g)) {
                return Resolution.unanchored("DATE");
            }
            return Resolution.date(ref.point(), g, mod);
        }
        if (unitWord.equals("day")) {
            LocalDate base = ref != null && ref.unit() == Granularity.DAY ? ref.point() : c.anchor();
            if (base == null) {
                return Resolution.unanchored("DATE");
            }
            int shift = rel.contains("next") || rel.contains("following") ? 1
                    : rel.contains("previous") || rel.contains("prior") || backward ? -1 : 0;
            return Resolution.date(base.plusDays(shift), Granularity.DAY, mod);
        }
        boolean anaphoric = rel.contains("following") || rel.contains("previous") || rel.contains("prior");
        Granularity anaphoricUnit = TimeVocabulary.granularity(unitWord);
        if (anaphoric && ref != null && anaphoricUnit != null && ref.unit().finerOrEqual(anaphoricUnit)) {
            int step = rel.contains("following") ? 1 : -1;
            return Resolution.date(anaphoricUnit.shift(ref.point(), step), anaphoricUnit, mod);
        }
        if (!c.hasAnchor()) {
            return Resolution.unanchored("DATE");
        }
        boolean weekend = unitWord.equals("weekend");
        Granularity g = weekend ? Granularity.WEEK : TimeVocabulary.granularity(unitWord);
        int shift;
        if (backward || rel.contains("previous") || rel.contains("prior") || rel.contains("recent")
                || rel.contains("latest")) {
            shift = -1;
        } else if (rel.contains("next") || rel.contains("coming") || rel.contains("following")) {
            shift = 1;
        } else {
            shift = 0;
        }
        if (g == Granularity.QUARTER && (rel.contains("latest") || rel.contains("recent"))) {
            return referenceQuarter(m, c);
        }
        LocalDate d = g.shift(c.anchor(), shift);
        if (weekend) {
            if (shift == 0 && c.tense() == Tense.PAST && c.anchor().getDayOfWeek().getValue() < 6) {
                d = d.minusWeeks(1);
            }
            return new Resolution("DATE", Granularity.WEEK.format(d) + "-WE", mod, Granularity.WEEK.start(d),
                    Granularity.WEEK);
        }
        return Resolution.date(d, g, mod);
    }

    /** "the quarter", "the latest period": the quarter named last, else the last full quarter before the anchor. */
    static Resolution referenceQuarter(Matcher m, TimeContext c) {
        Resolution ref = c.lastQuarter();
        if (ref != null && ref.unit() == Granularity.QUARTER) {
            return ref.withMod(null);
        }
        if (!c.hasAnchor()) {
            return Resolution.unanchored("DATE");
        }
        return Resolution.date(c.anchor().minusMonths(3), Granularity.QUARTER, null);
    }

    static Resolution yearEarlier(Matcher m, TimeContext c) {
        Resolution ref = c.lastQuarter();
        if (ref != null && ref.unit() == Granularity.QUARTER) {
            return Resolution.date(ref.point().minusYears(1), Granularity.QUARTER, null);
        }
        if (!c.hasAnchor()) {
            return Resolution.unanchored("DATE");
        }
        if (m.group("q") != null) {
            // a quarterly report compares its last full quarter with the same quarter a year before
            return Resolution.date(c.anchor().minusMonths(3).minusYears(1), Granularity.QUARTER, null);
        }
        return Resolution.date(c.anchor().minusYears(1), Granularity.YEAR, null);
    }

    static Resolution ago(Matcher m, TimeContext c) {
        String n = TimeVocabulary.count(m.group("n"));
        String unitWord = m.group("unit");
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before") || dir.equals("back");
        Granularity g = TimeVocabulary.granularity(unitWord);
        if (dir.equals("before") || dir.equals("after")) {
            // "two days before the vote" names a span, not a date the text states.
            return DurationRules.duration(m.group("n"), unitWord, TimeRule.group(m, "amod"));
        }
        if (n.equals("X")) {
            return Resolution.of("DATE", back ? "PAST_REF" : "FUTURE_REF", null);
        }
        if (g == null) {
            if (!c.hasAnchor()) {
                return Resolution.unanchored("TIME");
            }
            return Resolution.of("TIME", c.anchor().toString(), null);
        }
        Resolution ref = c.lastQuarter();
        LocalDate base;
        Granularity out = g;
        boolean relativeToReference = dir.equals("earlier") || dir.equals("later") || dir.equals("ago");
        if (relativeToReference && ref != null && ref.unit() == Granularity.QUARTER && g.ordinal() >= Granularity.QUARTER.ordinal()) {
            base = ref.point();
            out = Granularity.QUARTER;
        } else if (c.hasAnchor()) {
            base = c.anchor();
        } else {
            return Resolution.unanchored("DATE");
        }
        double amount = Double.parseDouble(n);
        long whole = (long) amount;
        if (whole != amount) {
            return Resolution.of("DATE", back ? "PAST_REF" : "FUTURE_REF", null);
        }
        if (g == Granularity.DECADE || g == Granularity.CENTURY) {
            out = Granularity.YEAR;
        }
        LocalDate d = g.shift(base, back ? -whole : whole);
        String mod = TimeVocabulary.amountMod(TimeRule.group(m, "amod"));
        return Resolution.date(d, out, mod);
    }

    static Resolution quarter(Matcher m, TimeContext c) {
        String ord = m.group("ord").toLowerCase(Locale.ROOT);
        boolean half = m.group("q").equalsIgnoreCase("half");
        int n = switch (ord.charAt(0)) {
            case 'f' -> ord.startsWith("fir") ? 1 : ord.startsWith("fo") ? 4 : half ? 2 : 4;
            case 's', '2' -> 2;
            case 't', '3' -> 3;
            case '4' -> 4;
            default -> 1;
        };
        String mod = TimeVocabulary.pointMod(m.group("mod"));
        String explicit = m.group("y") != null ? m.group("y") : m.group("fy");
        int year;
        if (explicit != null) {
            year = Integer.parseInt(explicit);
        } else if ((m.group("ry") != null || m.group("ry2") != null) && c.hasAnchor()) {
            String ry = (m.group("ry") != null ? m.group("ry") : m.group("ry2")).toLowerCase(Locale.ROOT);
            year = c.anchor().getYear() + (ry.startsWith("last") ? -1 : ry.startsWith("next") ? 1 : 0);
        } else if (c.hasAnchor()) {
            int current = half ? (c.anchor().getMonthValue() + 5) / 6 : c.anchor().get(IsoFields.QUARTER_OF_YEAR);
            year = c.anchor().getYear();
            if (n > current && c.tense() == Tense.PAST) {
                year--;
            }
        } else {
            return Resolution.unanchored("DATE");
        }
        if (half) {
            return new Resolution("DATE", String.format("%04d-H%d", year, n), mod, LocalDate.of(year, n * 6 - 5, 1),
                    Granularity.YEAR);
        }
        return Resolution.date(LocalDate.of(year, n * 3 - 2, 1), Granularity.QUARTER, mod);
    }

    /** "the 1988 quarter": the quarter named last, in that year. */
    static Resolution quarterOfYear(Matcher m, TimeContext c) {
        int year = Integer.parseInt(m.group("y"));
        Resolution ref = c.lastQuarter();
        if (ref != null && ref.unit() == Granularity.QUARTER) {
            return Resolution.date(ref.point().withYear(year), Granularity.QUARTER, null);
        }
        return Resolution.date(LocalDate.of(year, 1, 1), Granularity.YEAR, null);
    }

    static Resolution season(Matcher m, TimeContext c) {
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        String code = TimeVocabulary.season(m.group("s"));
        String mod = TimeVocabulary.pointMod(m.group("mod"));
        if (m.group("y") != null) {
            return Resolution.of("DATE", TimeVocabulary.yearValue(m.group("y")) + "-" + code, mod);
        }
        if (rel.isEmpty() && mod == null) {
            return null;
        }
        if (!c.hasAnchor()) {
            return Resolution.unanchored("DATE");
        }
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        int month = c.anchor().getMonthValue();
        int year = c.anchor().getYear();
        if (rel.contains("last") || rel.contains("past")) {
            if (startMonth >= month) {
                year--;
            }
        } else if (rel.contains("next") || rel.contains("coming")) {
            if (startMonth <= month) {
                year++;
            }
        } else if (rel.equals("this")) {
            return Resolution.of("DATE", year + "-" + code, mod);
        } else if (c.tense() == Tense.PAST && startMonth > month) {
            year--;
        } else if (c.tense() == Tense.FUTURE && startMonth + 3 <= month) {
            year++;
        }
        return Resolution.of("DATE", year + "-" + code, mod);
    }
}
