package dev.storyline.extract;

import java.io.Reader;
import java.time.Duration;

/**
 * A reader over a string that throws {@link ItemTimeoutException} once its deadline has passed. jsoup pulls its
 * input in chunks as it parses, so this bounds the parse time of any page without a thread to kill.
 */
final class DeadlineReader extends Reader {

    private final String text;
    private final long deadlineNanos;
    private final Duration limit;
    private int position;

    DeadlineReader(String text, long deadlineNanos, Duration limit) {
        this.text = text;
        this.deadlineNanos = deadlineNanos;
        this.limit = limit;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        checkDeadline(deadlineNanos, limit);
        if (position >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - position);
        text.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** Throws when {@code deadlineNanos} (a {@link System#nanoTime()} value) has passed. */
    static void checkDeadline(long deadlineNanos, Duration limit) {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new ItemTimeoutException(limit);
        }
    }
}
