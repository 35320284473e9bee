package dev.storyline.relate;

/**
 * Why two articles are taken as one story told twice.
 *
 * @param kind        {@code EXACT} (same normalised body) or {@code NEAR} (shingle overlap above the threshold)
 * @param jaccard     shared shingles over all shingles of the two bodies, 0..1
 * @param containment shared shingles over the shingles of the shorter body, 0..1
 */
public record DuplicateMatch(Kind kind, double jaccard, double containment) {

    /** How two bodies match. */
    public enum Kind { EXACT, NEAR }
}
