package dev.storyline.extract;

import java.time.Duration;

/**
 * Thrown when a page takes longer to parse and extract than the time it was given: hostile markup (tables nested
 * tens of thousands deep) makes an HTML parser slow, and a reader must abandon such an item, not hang on it.
 */
public final class ItemTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration limit;

    public ItemTimeoutException(Duration limit) {
        super("took longer than " + limit.toMillis() + " ms", null, false, false);
        this.limit = limit;
    }

    /** The time the item was given. */
    public Duration limit() {
        return limit;
    }
}
