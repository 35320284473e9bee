package dev.storyline.cli;

import dev.storyline.ingest.IngestListener;
import dev.storyline.read.ReadError;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows an ingest as it runs: on a terminal, one redrawn line (bar, articles/s, bytes, ETA, errors); otherwise a plain
 * line every few seconds. Bad items and {@code committed N articles} lines are printed as they happen.
 */
final class IngestProgress implements IngestListener {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    private static final long BAR_EVERY_NANOS = 200_000_000L;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long lastShown = start;
    private long bytes;
    private long articles;
    private long errors;
    private boolean barShown;

    IngestProgress(PrintStream out, PrintStream err, boolean terminal, long totalBytes) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.totalBytes = totalBytes;
    }

    @Override
    public void inputRead(String path, long size, int count) {
        bytes += size;
        articles += count;
        long now = System.nanoTime();
        if (now - lastShown >= (terminal ? BAR_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
            lastShown = now;
            show(now);
        }
    }

    @Override
    public void error(ReadError error) {
        errors++;
        clearBar();
        err.println("error: " + error.message());
    }

    @Override
    public void committed(long count) {
        clearBar();
        out.println("committed " + count + " articles");
        out.flush();
    }

    /** Clears the bar before the summary is printed. */
    void finish() {
        clearBar();
    }

    private void show(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = articles / seconds;
        double byteRate = bytes / seconds;
        String eta = totalBytes > 0 && byteRate > 0 && bytes < totalBytes
                ? duration((long) ((totalBytes - bytes) / byteRate)) : "-";
        String figures = String.format(Locale.ROOT, "%,d articles  %.0f/s  %s of %s  %s/s  ETA %s  errors %d",
                articles, rate, size(bytes), size(totalBytes), size((long) byteRate), eta, errors);
        if (terminal) {
            int width = 24;
            int filled = totalBytes <= 0 ? 0 : (int) Math.min(width, width * bytes / totalBytes);
            err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + figures + "\u001b[K");
            err.flush();
            barShown = true;
        } else {
            err.println("progress: " + figures);
        }
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\u001b[K");
            err.flush();
            barShown = false;
        }
    }

    static String size(long b) {
        if (b < 1024) {
            return b + " B";
        }
        if (b < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", b / 1024.0);
        }
        if (b < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", b / 1048576.0);
        }
        return String.format(Locale.ROOT, "%.2f GB", b / 1073741824.0);
    }

    static String duration(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
