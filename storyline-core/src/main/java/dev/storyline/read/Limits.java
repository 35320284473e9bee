package dev.storyline.read;

import java.time.Duration;

/**
 * Safety limits applied to every input, so that hostile input costs bounded memory and time.
 *
 * @param maxFileBytes     largest file (or archive entry, after decompression) read at all
 * @param maxItemBytes     largest single item (article text or HTML) parsed
 * @param maxItemTime      longest time spent on one item before it is abandoned with an error
 * @param maxNestingDepth  deepest HTML/XML/JSON nesting accepted
 * @param maxArchiveBytes  most bytes expanded from one archive (zip bomb guard)
 * @param maxArchiveEntries most entries read from one archive
 */
public record Limits(long maxFileBytes, long maxItemBytes, Duration maxItemTime, int maxNestingDepth,
        long maxArchiveBytes, int maxArchiveEntries) {

    public Limits {
        requirePositive(maxFileBytes, "maxFileBytes");
        requirePositive(maxItemBytes, "maxItemBytes");
        if (maxItemTime == null || maxItemTime.isNegative() || maxItemTime.isZero()) {
            throw new IllegalArgumentException("maxItemTime must be positive, got " + maxItemTime);
        }
        requirePositive(maxNestingDepth, "maxNestingDepth");
        requirePositive(maxArchiveBytes, "maxArchiveBytes");
        requirePositive(maxArchiveEntries, "maxArchiveEntries");
    }

    private static void requirePositive(long v, String name) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + v);
        }
    }

    /** Safe defaults: 256 MB files, 16 MB items, 10 s per item, depth 512, 2 GB and 100,000 entries per archive. */
    public static Limits defaults() {
        return new Limits(256L << 20, 16L << 20, Duration.ofSeconds(10), 512, 2L << 30, 100_000);
    }

    public Limits withMaxFileBytes(long v) {
        return new Limits(v, maxItemBytes, maxItemTime, maxNestingDepth, maxArchiveBytes, maxArchiveEntries);
    }

    public Limits withMaxItemBytes(long v) {
        return new Limits(maxFileBytes, v, maxItemTime, maxNestingDepth, maxArchiveBytes, maxArchiveEntries);
    }

    public Limits withMaxItemTime(Duration v) {
        return new Limits(maxFileBytes, maxItemBytes, v, maxNestingDepth, maxArchiveBytes, maxArchiveEntries);
    }

    public Limits withMaxNestingDepth(int v) {
        return new Limits(maxFileBytes, maxItemBytes, maxItemTime, v, maxArchiveBytes, maxArchiveEntries);
    }

    public Limits withMaxArchiveBytes(long v) {
        return new Limits(maxFileBytes, maxItemBytes, maxItemTime, maxNestingDepth, v, maxArchiveEntries);
    }

    public Limits withMaxArchiveEntries(int v) {
        return new Limits(maxFileBytes, maxItemBytes, maxItemTime, maxNestingDepth, maxArchiveBytes, v);
    }
}
