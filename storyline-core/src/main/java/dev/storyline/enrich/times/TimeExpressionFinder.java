package dev.storyline.enrich.times;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English time expressions in a text with hand-written rules: dates, weekdays, months, years, ranges,
 * relative expressions, durations, sets and times of day. Where matches overlap the longest wins (ties go to
 * the earlier rule), so "May 31-June 2" is one range, not two dates.
 *
 * <p>Every rule is a regular expression of fixed word alternations with bounded repetition, so a scan is linear
 * in the text's length (a 1 MB paragraph takes well under a second). Thread-safe.
 *
 * <pre>
 * find("officials said Tuesday the talks start early next month")
 *   → [Tuesday (weekday), early next month (relative-unit)]
 * </pre>
 */
public final class TimeExpressionFinder {

    /** How far an expression may reach from its trigger word, in characters. */
    private static final int WINDOW = 40;
    /** Windows longer than this are cut at a sentence break. */
    private static final int MAX_WINDOW = 8_192;
    /** Digits and the word stems every rule's expressions contain at least one of. */
    private static final Pattern TRIGGER = Pattern.compile("\\d|(?<![\\p{L}])(?i:jan|feb|mar|apr|may|jun|jul|aug|sep"
            + "|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|year|month|week|day|hour|minute|second|decade|centur|millenni"
            + "|quarter|half|fortnight|spring|summer|fall|autumn|winter|season|now|current|recent|present|moment"
            + "|lately|past|future|term|possible|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night"
            + "|overnight|noon|midday|midnight|ago|daily|weekly|biweekly|annually|yearly|hourly|nightly|semi"
            + "|fiscal|christmas|thanksgiving|halloween|valentine|independence|fourth|labor|memorial|new year|period"
            + "|eighteen|nineteen|twent|thirties|forties|fifties|sixties|seventies|eighties|nineties|two thousand)");

    private final List<TimeRule> rules;
    private final Map<String, TimeRule> byName = new LinkedHashMap<>();

    public TimeExpressionFinder() {
        List<TimeRule> all = new ArrayList<>();
        all.addAll(DateRules.rules());
        all.addAll(ClockRules.rules());
        all.addAll(DurationRules.rules());
        all.addAll(RelativeRules.rules());
        this.rules = List.copyOf(all);
        for (TimeRule r : rules) {
            byName.put(r.name(), r);
        }
    }

    /**
     * What a search within a time budget found.
     *
     * @param mentions   the expressions found, in text order
     * @param searchedTo the offset up to which the text was searched: its length unless the budget ran out
     */
    public record Search(List<TimeMention> mentions, int searchedTo) {
    }

    /** The time expressions in {@code text}, in text order, none overlapping. */
    public List<TimeMention> find(CharSequence text) {
        return find(text, Long.MAX_VALUE).mentions();
    }

    /**
     * The time expressions in {@code text}, searching no further once {@link System#nanoTime()} passes
     * {@code deadline}, so that one article's cost is bounded whatever its text.
     */
    public Search find(CharSequence text, long deadline) {
        if (text == null || text.length() == 0) {
            return new Search(List.of(), 0);
        }
        List<int[]> candidates = new ArrayList<>();
        int searchedTo = text.length();
        for (int[] window : windows(text)) {
            if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
                searchedTo = window[0];
                break;
            }
            for (int i = 0; i < rules.size(); i++) {
                Matcher m = rules.get(i).pattern().matcher(text);
                m.useTransparentBounds(true).useAnchoringBounds(false).region(window[0], window[1]);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        candidates.add(new int[] {m.start(), m.end(), i});
                    }
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> c[0] - c[1]).thenComparingInt(c -> c[0])
                .thenComparingInt(c -> c[2]));
        TreeMap<Integer, int[]> taken = new TreeMap<>();
        for (int[] c : candidates) {
            Map.Entry<Integer, int[]> before = taken.floorEntry(c[0]);
            Map.Entry<Integer, int[]> after = taken.ceilingEntry(c[0]);
            boolean overlaps = before != null && before.getValue()[1] > c[0] || after != null && after.getKey() < c[1];
            if (!overlaps) {
                taken.put(c[0], c);
            }
        }
        List<TimeMention> found = new ArrayList<>(taken.size());
        for (int[] c : taken.values()) {
            found.add(new TimeMention(c[0], c[1], text.subSequence(c[0], c[1]).toString(), rules.get(c[2]).name()));
        }
        return new Search(found, searchedTo);
    }

    /**
     * The stretches of {@code text} worth running the rules on: every time expression holds a digit or one of a
     * few trigger words, so only the text around those is searched. Most prose has none, which keeps the
     * per-article cost low.
     */
    private static List<int[]> windows(CharSequence text) {
        List<int[]> windows = new ArrayList<>();
        Matcher m = TRIGGER.matcher(text);
        int[] open = null;
        int scanned = 0;
        while (m.find()) {
            int from = Math.max(0, m.start() - WINDOW);
            int to = Math.min(text.length(), m.end() + WINDOW);
            if (open != null && from <= open[1]) {
                open[1] = to;
                int cut = -1;
                if (open[1] - open[0] > MAX_WINDOW) {
                    int scanFrom = Math.max(scanned, open[0] + MAX_WINDOW / 2);
                    cut = sentenceBreak(text, scanFrom, from, open[1] - open[0] > 4 * MAX_WINDOW);
                    scanned = Math.max(scanned, from);
                }
                if (cut > open[0]) {
                    // keep windows short so that the time budget is checked often; cut between sentences only
                    int end = open[1];
                    open[1] = cut;
                    open = new int[] {cut, end};
                    windows.add(open);
                }
            } else {
                open = new int[] {from, to};
                windows.add(open);
            }
        }
        return windows;
    }

    /**
     * The offset after the first ". X" (a sentence end before a capital) in [from, to), or when {@code anySpace}
     * after the first space; -1 when there is none.
     */
    private static int sentenceBreak(CharSequence text, int from, int to, boolean anySpace) {
        for (int i = from; i + 2 < to; i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                    || anySpace && text.charAt(i + 1) == ' ') {
                return i + 2;
            }
        }
        return -1;
    }

    /** The rule called {@code name}. */
    TimeRule rule(String name) {
        TimeRule r = byName.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no time rule named '" + name + "'");
        }
        return r;
    }
}
