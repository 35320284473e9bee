package dev.storyline.read;

/**
 * One bad item: which file, where in it, and what was wrong. Readers return these as values; they never throw
 * for bad input.
 *
 * @param path     the file (or archive entry) that held the item
 * @param location where in it: {@code record 12}, {@code offset 4096}, {@code line 3, column 7}; {@code null} for the whole file
 * @param reason   what was wrong and, when it helps, what was expected
 */
public record ReadError(String path, String location, String reason) {

    /** One line for a human: {@code path [location]: reason}. */
    public String message() {
        return (path == null ? "<input>" : path) + (location == null ? "" : " [" + location + "]") + ": " + reason;
    }

    @Override
    public String toString() {
        return message();
    }
}
