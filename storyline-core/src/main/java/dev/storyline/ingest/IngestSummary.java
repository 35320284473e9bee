package dev.storyline.ingest;

import java.time.Duration;

/**
 * What one ingest run did.
 *
 * @param inputs   input units read (files and archive entries)
 * @param bytes    bytes read
 * @param articles articles parsed and stored (including ones that were already in the index)
 * @param added    how many more articles the index holds than before the run
 * @param versions articles stored as a later version of a story already stored
 * @param errors   bad items reported
 * @param took     wall time
 */
public record IngestSummary(long inputs, long bytes, long articles, long added, long versions, long errors,
        Duration took) {

    /** Articles per second over the run. */
    public double articlesPerSecond() {
        return articles / Math.max(1e-9, took.toNanos() / 1e9);
    }

    /** Megabytes (2^20 bytes) per second over the run. */
    public double megabytesPerSecond() {
        return bytes / 1048576.0 / Math.max(1e-9, took.toNanos() / 1e9);
    }
}
