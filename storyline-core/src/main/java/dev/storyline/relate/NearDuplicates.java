package dev.storyline.relate;

import dev.storyline.model.Article;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether two articles are duplicates, on their normalised bodies (the headline only when a body is empty).
 *
 * <p>The rule, tuned on edited Reuters stories against stories of the same topic and dateline
 * ({@code storyline eval duplicates}):
 * <ul>
 *   <li>exact: the normalised bodies are equal ({@link NormalisedText});</li>
 *   <li>near: the Jaccard similarity of their {@value Shingles#SIZE}-word shingles is at least {@value #JACCARD},
 *       or the shorter body's shingles are at least {@value #CONTAINMENT} contained in the longer one (a version
 *       with paragraphs added or dropped at the end), provided the shorter has at least {@value #MIN_SHINGLES}
 *       shingles (a one-line item is too short to be called a copy on containment alone).</li>
 * </ul>
 */
public final class NearDuplicates {

    public static final double JACCARD = 0.5;
    public static final double CONTAINMENT = 0.8;
    public static final int MIN_SHINGLES = 15;

    private NearDuplicates() {
    }

    /** How {@code a} and {@code b} match, or empty when they are not duplicates. */
    public static Optional<DuplicateMatch> match(Article a, Article b) {
        return match(NormalisedText.bodyOf(a), NormalisedText.bodyOf(b));
    }

    /** How the texts {@code a} and {@code b} match, or empty when they are not duplicates. */
    public static Optional<DuplicateMatch> match(String a, String b) {
        String na = NormalisedText.of(a);
        String nb = NormalisedText.of(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return Optional.empty();
        }
        if (na.equals(nb)) {
            return Optional.of(new DuplicateMatch(DuplicateMatch.Kind.EXACT, 1, 1));
        }
        return match(Shingles.of(na), Shingles.of(nb));
    }

    /** How two shingle sets match, or empty when their texts are not near duplicates. */
    public static Optional<DuplicateMatch> match(Set<Long> a, Set<Long> b) {
        double j = Shingles.jaccard(a, b);
        double c = Shingles.containment(a, b);
        boolean near = j >= JACCARD || (c >= CONTAINMENT && Math.min(a.size(), b.size()) >= MIN_SHINGLES);
        return near ? Optional.of(new DuplicateMatch(DuplicateMatch.Kind.NEAR, j, c)) : Optional.empty();
    }
}
