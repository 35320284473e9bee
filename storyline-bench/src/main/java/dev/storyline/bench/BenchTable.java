package dev.storyline.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A three-column text table: what was measured, the figure, and notes. */
final class BenchTable {

    private final List<String[]> rows = new ArrayList<>();

    void row(String what, String figure, String note) {
        rows.add(new String[] {what, figure, note});
    }

    void print(PrintStream out) {
        int w0 = "measure".length();
        int w1 = "figure".length();
        for (String[] r : rows) {
            w0 = Math.max(w0, r[0].length());
            w1 = Math.max(w1, r[1].length());
        }
        String format = "| %-" + w0 + "s | %-" + w1 + "s | %s%n";
        out.printf(format, "measure", "figure", "notes");
        out.printf(format, "-".repeat(w0), "-".repeat(w1), "---");
        for (String[] r : rows) {
            out.printf(format, r[0], r[1], r[2]);
        }
    }
}
