package dev.storyline.index;

/**
 * The index cannot be opened or written, for a reason the user can act on. The message says what to do, in one
 * line, e.g. {@code data folder ./storyline-data is in use by another storyline process (pid 4242)}.
 */
public final class IndexUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the index is unavailable. */
    public enum Reason {
        /** another process holds the write lock */
        LOCKED,
        /** written by an incompatible version, or not a storyline data folder */
        INCOMPATIBLE,
        /** no permission to write */
        UNWRITABLE,
        /** no space left on the device */
        FULL,
        /** the index files are damaged; {@code storyline check --repair} recovers what it can */
        CORRUPT,
        /** the folder does not hold an index yet */
        MISSING,
        /** any other input/output failure */
        IO
    }

    private final Reason reason;

    public IndexUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
