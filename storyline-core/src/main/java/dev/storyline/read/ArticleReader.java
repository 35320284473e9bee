package dev.storyline.read;

/**
 * Reads one input format. A reader takes bytes plus hints and does no I/O, so every format is testable from a
 * byte array. It never throws for bad input: it returns what it could read and one {@link ReadError} per item it
 * could not, and it respects the {@link Limits} it is given.
 */
public interface ArticleReader {

    /** The format this reader reads. */
    Format format();

    /**
     * Reads {@code content}.
     *
     * @param content the raw bytes, not yet decoded
     * @param hints   name, content type and the like; may be {@link Hints#none()}
     * @param limits  per-item size limits to enforce
     */
    ReadResult read(byte[] content, Hints hints, Limits limits);
}
