package dev.storyline.relate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * MinHash signatures and LSH band keys of shingle sets. Two sets agree on one signature position with probability
 * equal to their Jaccard similarity; grouping the {@value #HASHES} positions into {@value #BANDS} bands of
 * {@value #ROWS} rows, two texts share at least one band key with probability {@code 1 - (1 - J^ROWS)^BANDS}:
 * 0.68 at J = 0.3, 0.94 at J = 0.4, 0.996 at J = 0.5 and 0.03 at J = 0.1. Band keys are stored with each article,
 * so finding the candidates of a new article is a lookup of {@value #BANDS} keys whatever the size of the corpus.
 */
public final class MinHash {

    public static final int BANDS = 42;
    public static final int ROWS = 3;
    public static final int HASHES = BANDS * ROWS;

    /** Fixed seeds (not random per run): signatures stored in an index must stay comparable across runs. */
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            SEEDS[i] = Shingles.mix(x);
        }
    }

    private MinHash() {
    }

    /** The signature of {@code shingles}: for each of the {@value #HASHES} hash functions the smallest value. */
    public static long[] signature(Set<Long> shingles) {
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = Shingles.mix(s ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The fraction of positions where {@code a} and {@code b} agree: an estimate of their Jaccard similarity. */
    public static double estimate(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** One key per band, e.g. {@code b07:5f3a9c21d4e6b801}; empty for an empty signature (no shingles). */
    public static List<String> bandKeys(long[] sig) {
        List<String> keys = new ArrayList<>(BANDS);
        if (sig[0] == Long.MAX_VALUE) {
            return keys;
        }
        for (int b = 0; b < BANDS; b++) {
            long h = 0x84222325cbf29ce4L ^ b;
            for (int r = 0; r < ROWS; r++) {
                h = Shingles.mix(h ^ sig[b * ROWS + r]);
            }
            keys.add(String.format("b%02d:%016x", b, h));
        }
        return keys;
    }
}
