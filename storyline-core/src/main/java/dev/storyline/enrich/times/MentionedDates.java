package dev.storyline.enrich.times;

import dev.storyline.model.TimeExpression;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates an article talks about, for indexing and search ("stories about events in June 2019"): each DATE or
 * TIME value expanded to the days, months and years it covers.
 *
 * <pre>
 * 2019-05-21             → 2019, 2019-05, 2019-05-21
 * 2019-06                → 2019, 2019-06
 * 2019-05-31/2019-06-02  → 2019, 2019-05, 2019-05-31, 2019-06, 2019-06-01, 2019-06-02
 * 2019-Q2                → 2019, 2019-04, 2019-05, 2019-06
 * 2019-W21               → 2019, 2019-05
 * 2019-SU, PRESENT_REF, P2Y → nothing but the year, or nothing
 * </pre>
 */
public final class MentionedDates {

    /** Ranges longer than this many days contribute their months and years, not every day. */
    private static final int MAX_RANGE_DAYS = 62;
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2}).*");
    private static final Pattern YEAR = Pattern.compile("(\\d{4}).*");

    private MentionedDates() {
    }

    /** The sorted, distinct years ({@code 2019}), months ({@code 2019-06}) and days of {@code times}. */
    public static List<String> of(List<TimeExpression> times) {
        Set<String> out = new TreeSet<>();
        for (TimeExpression t : times) {
            if (t.value() == null || !("DATE".equals(t.type()) || "TIME".equals(t.type()))) {
                continue;
            }
            expand(t.value(), out);
        }
        return List.copyOf(out);
    }

    /** The years, months and days covered by one TIMEX3 value. */
    public static List<String> of(String value) {
        Set<String> out = new TreeSet<>();
        if (value != null) {
            expand(value, out);
        }
        return List.copyOf(out);
    }

    private static void expand(String value, Set<String> out) {
        try {
            int slash = value.indexOf('/');
            if (slash > 0) {
                LocalDate from = LocalDate.parse(value.substring(0, 10));
                LocalDate to = LocalDate.parse(value.substring(slash + 1, slash + 11));
                if (to.isBefore(from)) {
                    return;
                }
                boolean days = to.toEpochDay() - from.toEpochDay() <= MAX_RANGE_DAYS;
                for (LocalDate d = from; !d.isAfter(to); d = days ? d.plusDays(1) : d.plusMonths(1).withDayOfMonth(1)) {
                    addDay(d, days, out);
                }
                return;
            }
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                addDay(LocalDate.parse(m.group(1)), true, out);
            } else if ((m = MONTH.matcher(value)).matches()) {
                addMonths(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), 1, out);
            } else if ((m = QUARTER.matcher(value)).matches()) {
                int q = Integer.parseInt(m.group(2));
                addMonths(YearMonth.of(Integer.parseInt(m.group(1)), q * 3 - 2), 3, out);
            } else if ((m = HALF.matcher(value)).matches()) {
                int h = Integer.parseInt(m.group(2));
                addMonths(YearMonth.of(Integer.parseInt(m.group(1)), h * 6 - 5), 6, out);
            } else if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(java.time.DayOfWeek.MONDAY);
                addMonths(YearMonth.from(monday), 1, out);
                addMonths(YearMonth.from(monday.plusDays(6)), 1, out);
            } else if ((m = YEAR.matcher(value)).matches()) {
                out.add(m.group(1));
            }
        } catch (java.time.DateTimeException | IndexOutOfBoundsException e) {
            // a value this class cannot read names no date to index; the expression itself is kept elsewhere
        }
    }

    private static void addDay(LocalDate d, boolean withDay, Set<String> out) {
        addMonths(YearMonth.from(d), 1, out);
        if (withDay) {
            out.add(d.toString());
        }
    }

    private static void addMonths(YearMonth first, int count, Set<String> out) {
        for (int i = 0; i < count; i++) {
            YearMonth ym = first.plusMonths(i);
            out.add(String.format("%04d", ym.getYear()));
            out.add(ym.toString());
        }
    }
}
