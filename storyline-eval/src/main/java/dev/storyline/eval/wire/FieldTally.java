package dev.storyline.eval.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-field agreement counts of one evaluation, with the first failures kept for debugging.
 * Fields are printed in the order they were first counted.
 */
public final class FieldTally {

    private final String name;
    private final int maxFailures;
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A tally named {@code name} keeping at most {@code maxFailures} failure descriptions. */
    public FieldTally(String name, int maxFailures) {
        this.name = name;
        this.maxFailures = maxFailures;
    }

    /** Counts one comparison of {@code field}; on disagreement keeps {@code item: expected vs actual}. */
    public boolean check(String field, String item, Object expected, Object actual) {
        boolean ok = java.util.Objects.equals(expected, actual);
        count(field, ok);
        if (!ok && failures.size() < maxFailures) {
            failures.add(field + "  " + item + "  expected " + quote(expected) + " got " + quote(actual));
        }
        return ok;
    }

    /** Counts one outcome of {@code field} without a failure description. */
    public void count(String field, boolean ok) {
        int[] c = counts.computeIfAbsent(field, k -> new int[2]);
        c[0]++;
        if (ok) {
            c[1]++;
        }
    }

    /** Adds a line printed under the figures. */
    public void note(String line) {
        notes.add(line);
    }

    /** The share of agreeing items of {@code field}, or NaN when it was never counted. */
    public double accuracy(String field) {
        int[] c = counts.get(field);
        return c == null || c[0] == 0 ? Double.NaN : (double) c[1] / c[0];
    }

    /** How many items of {@code field} were counted. */
    public int total(String field) {
        int[] c = counts.get(field);
        return c == null ? 0 : c[0];
    }

    /** How many items of {@code field} agreed. */
    public int correct(String field) {
        int[] c = counts.get(field);
        return c == null ? 0 : c[1];
    }

    public String name() {
        return name;
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** The figures, notes and first failures, for a human. */
    public String report() {
        StringBuilder sb = new StringBuilder(name).append('\n');
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            sb.append(String.format(Locale.ROOT, "  %-28s %7d / %-7d %7.3f%%%n", e.getKey(), c[1], c[0],
                    c[0] == 0 ? 0.0 : 100.0 * c[1] / c[0]));
        }
        notes.forEach(n -> sb.append("  ").append(n).append('\n'));
        if (!failures.isEmpty()) {
            sb.append("  first ").append(failures.size()).append(" failures:\n");
            failures.forEach(f -> sb.append("    ").append(f).append('\n'));
        }
        return sb.toString();
    }

    private static String quote(Object o) {
        return o == null ? "null" : "'" + o + "'";
    }
}
