package dev.storyline.relate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word shingles: every run of {@value #SIZE} consecutive lower-cased words of a text, hashed to 64 bits. Near
 * duplicates share most of their shingles; a changed figure or a rewritten lead changes only the shingles that
 * overlap it. A text shorter than a shingle yields one shingle of all its words.
 */
public final class Shingles {

    /** Words per shingle: 3 is long enough that shared shingles mean shared phrasing, short enough for short texts. */
    public static final int SIZE = 3;

    private Shingles() {
    }

    /** The hashed shingles of {@code text}; empty for a text without words. */
    public static Set<Long> of(String text) {
        List<String> words = NormalisedText.words(NormalisedText.of(text));
        Set<Long> out = new HashSet<>();
        if (words.isEmpty()) {
            return out;
        }
        if (words.size() < SIZE) {
            out.add(hash(String.join(" ", words)));
            return out;
        }
        for (int i = 0; i + SIZE <= words.size(); i++) {
            out.add(hash(String.join(" ", words.subList(i, i + SIZE))));
        }
        return out;
    }

    /** Jaccard similarity |a ∩ b| / |a ∪ b|; 0 when both are empty. */
    public static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = shared(a, b);
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** How much of the smaller set the larger holds: |a ∩ b| / min(|a|, |b|); 0 when either is empty. */
    public static double containment(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return (double) shared(a, b) / Math.min(a.size(), b.size());
    }

    private static int shared(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int n = 0;
        for (Long x : small) {
            if (large.contains(x)) {
                n++;
            }
        }
        return n;
    }

    /** 64-bit FNV-1a followed by a murmur finaliser, so that similar strings get unrelated hashes. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
