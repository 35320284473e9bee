package dev.storyline.ingest;

import dev.storyline.model.Article;
import dev.storyline.read.ReadError;

/**
 * What an {@link Ingester} reports while it runs: every input read, every article stored, every bad item, every
 * commit. Called from the ingesting thread, in input order. All methods do nothing by default.
 */
public interface IngestListener {

    /** An input unit (a file or archive entry) of {@code bytes} bytes was read and parsed into {@code articles}. */
    default void inputRead(String path, long bytes, int articles) {
    }

    /** {@code article} was put into the index (not yet committed). */
    default void stored(Article article) {
    }

    /** One bad item; the ingest goes on. */
    default void error(ReadError error) {
    }

    /**
     * Everything stored so far is durable: the first {@code articles} articles of this run, in input order, are
     * committed.
     */
    default void committed(long articles) {
    }
}
