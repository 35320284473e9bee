package dev.storyline.grammar;

import dev.storyline.model.Provenance;
import dev.storyline.model.Timestamp;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives a dateline its full date, in this order, and says where it came from:
 * <ol>
 *   <li>the year printed in the dateline ({@code NEW YORK, Jan. 5, 2020 (AP) -}): method {@code dateline};</li>
 *   <li>the source's date: the year that puts the dateline's month and day nearest to it: method {@code source};</li>
 *   <li>the text: the weekday a reporting verb names in the lead ("officials said Tuesday") must fall on the month
 *       and day, and the story cannot precede a month and year it cites as past ("last held in October 2018") nor
 *       a bare year it cites outside a forward-looking sentence; of the years that fit, the first from the latest
 *       cited past year on (at most one year later) is taken: method {@code text}. For the seed, May 21 + Tuesday
 *       fits 2013, 2019 and 2024; October 2018 is cited as past, so 2019.</li>
 * </ol>
 * When none of these fixes the year, there is no date (a warning says what is known): a year is never invented.
 */
public final class StoryDateResolver {

    /** A date with where it came from, or {@code null} date and a warning saying why. */
    public record Resolution(LocalDate date, Provenance provenance, String warning) {
    }

    /**
     * The weekday of a reporting verb ("officials said Tuesday"): the day the story is filed. A weekday of another
     * verb ("an agreement signed Saturday") often names an earlier day, so it is not used.
     */
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:said|says|told|announced|reported|stated|confirmed"
            + "|declared|added)\\s+(?:on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d,.$€£¥#/-])(?<month>" + MonthNames.PATTERN + "\\.?\\s+(?:\\d{1,2},?\\s+)?)?(?<year>(?:19|20)\\d{2})"
                    + "(?![\\d%]|[.,]\\d|\\s*(?:percent|per cent|people|troops|units|tons|tonnes|dollars|dlrs|yuan"
                    + "|won|yen|euros?|km|kilometers|meters|feet|miles|votes|jobs|cars|barrels|workers|members))");
    /** Sentences that look ahead: years in them are plans or targets, not the past. */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|shall|would|plans?|planned|planning|scheduled"
            + "|slated|expects?|expected|aims?|aiming|targets?|targeted|by\\s+(?:the\\s+end\\s+of\\s+)?(?:19|20)\\d{2}"
            + "|until|till|through|forecasts?|projected|projections?|next|upcoming|coming|to be held|outlook|budget"
            + "|fiscal|estimates?|season|goal|intends?|future|beyond|seen|due|matur\\w*|crop|outlook|to\\s+\\w+\\s+in)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])");
    /**
     * How far past the latest cited year a weekday match is still believed: a weekday fits one year in seven, so
     * a wider window would let chance pick the year.
     */
    private static final int MAX_YEARS_AFTER_CITED = 1;
    /** A story's lead and cited years are near its start; reading further only costs time on huge inputs. */
    private static final int MAX_LEAD_CHARS = 2_000;
    /** How many years either side of the cited year the evidence lists, for a human to check the choice. */
    private static final int EXPLAINED_YEARS = 6;
    private static final int MAX_TEXT_CHARS = 30_000;

    /**
     * Resolves the date of a dateline.
     *
     * @param dateline   the parsed dateline
     * @param sourceDate the source's date or date-time, or {@code null}
     * @param lead       the first paragraph after the dateline, where the day's weekday is named
     * @param body       every paragraph, searched for cited past years
     */
    public Resolution resolve(ParsedDateline dateline, Timestamp sourceDate, String lead, List<String> body) {
        MonthDay md = dateline.monthDay();
        LocalDate source = sourceDate == null ? null : sourceDate.date();
        if (md != null && dateline.year() != null) {
            try {
                return new Resolution(md.atYear(dateline.year()),
                        new Provenance("dateline", dateline.text()), null);
            } catch (DateTimeException e) {
                return new Resolution(null, null, "dateline '" + dateline.text() + "' prints an impossible date");
            }
        }
        if (md == null) {
            return source == null ? new Resolution(null, null, null)
                    : new Resolution(source, new Provenance("source",
                            "the dateline prints no date; source date " + sourceDate), null);
        }
        if (source != null) {
            LocalDate best = null;
            for (int y = source.getYear() - 1; y <= source.getYear() + 1; y++) {
                if (!md.isValidYear(y)) {
                    continue;
                }
                LocalDate candidate = md.atYear(y);
                if (best == null || distance(candidate, source) < distance(best, source)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return new Resolution(best, new Provenance("source", "dateline '" + describe(md)
                        + "' nearest to source date " + sourceDate), null);
            }
        }
        return fromText(md, lead, body);
    }

    private Resolution fromText(MonthDay md, String lead, List<String> body) {
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        Matcher w = WEEKDAY.matcher(lead == null ? "" : lead.substring(0, Math.min(lead.length(), MAX_LEAD_CHARS)));
        String phrase = null;
        while (w.find()) {
            weekdays.add(DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT)));
            phrase = phrase == null ? w.group() : phrase;
        }
        CitedYear cited = latestPastYear(body);
        String known = "dateline '" + describe(md) + "' prints no year";
        if (weekdays.size() != 1) {
            return new Resolution(null, null, known + (weekdays.isEmpty() ? " and the lead names no weekday"
                    : " and the lead names several weekdays " + weekdays) + ": date left unknown");
        }
        DayOfWeek day = weekdays.iterator().next();
        if (cited == null) {
            return new Resolution(null, null, known + "; '" + name(day) + "' fits many years and the text cites no"
                    + " past year: date left unknown");
        }
        List<Integer> fits = new ArrayList<>();
        for (int y = cited.year(); y <= cited.year() + MAX_YEARS_AFTER_CITED; y++) {
            if (md.isValidYear(y) && md.atYear(y).getDayOfWeek() == day && y >= cited.latestBare()
                    && (y > cited.year() || cited.month() == 0 || cited.month() < md.getMonthValue())) {
                fits.add(y);
            }
        }
        if (fits.isEmpty()) {
            return new Resolution(null, null, known + "; no year from " + cited.year() + " puts it on a "
                    + name(day) + ": date left unknown");
        }
        int year = fits.get(0);
        List<Integer> around = new ArrayList<>();
        for (int y = cited.year() - EXPLAINED_YEARS; y <= cited.year() + EXPLAINED_YEARS; y++) {
            if (md.isValidYear(y) && md.atYear(y).getDayOfWeek() == day) {
                around.add(y);
            }
        }
        String evidence = "'" + describe(md) + "' plus '" + phrase + "' fits " + around.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + "; '" + cited.evidence() + "' is cited as past -> " + year;
        return new Resolution(md.atYear(year), new Provenance("text", evidence), null);
    }

    /**
     * The latest past year cited with its month ({@code October 2018}), and the latest year cited bare, which the
     * story cannot precede either.
     */
    private record CitedYear(int year, int month, String evidence, int latestBare) {
    }

    /** The latest year the text mentions outside forward-looking sentences, with its month when printed. */
    private static CitedYear latestPastYear(List<String> body) {
        CitedYear latest = null;
        int latestBare = 0;
        int budget = MAX_TEXT_CHARS;
        for (String whole : body) {
            if (budget <= 0) {
                break;
            }
            String paragraph = whole.length() > budget ? whole.substring(0, budget) : whole;
            budget -= paragraph.length();
            for (String sentence : SENTENCE_END.split(paragraph)) {
                if (FUTURE.matcher(sentence).find()) {
                    continue;
                }
                Matcher m = YEAR.matcher(sentence);
                while (m.find()) {
                    int year = Integer.parseInt(m.group("year"));
                    if (m.group("month") == null) {
                        // a bare year is as often a history as a recent past: it only rules out earlier years
                        latestBare = Math.max(latestBare, year);
                        continue;
                    }
                    int month = MonthNames.monthOf(m.group("month").strip());
                    if (latest == null || year > latest.year() || (year == latest.year() && month > latest.month())) {
                        latest = new CitedYear(year, month, m.group().strip(), 0);
                    }
                }
            }
        }
        return latest == null ? null : new CitedYear(latest.year(), latest.month(), latest.evidence(), latestBare);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static String describe(MonthDay md) {
        return md.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + md.getDayOfMonth();
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
