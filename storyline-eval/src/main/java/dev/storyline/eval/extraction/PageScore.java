package dev.storyline.eval.extraction;

/**
 * One page's shingle match, normalised so that {@code tp + fp + fn = 1} (or all zero when both texts are empty).
 * Precision counts only for pages with a non-empty prediction, recall only for pages with a non-empty gold body,
 * as in the benchmark's scorer.
 */
public record PageScore(double tp, double fp, double fn) {

    /** Whether the page counts for precision: something was predicted. */
    public boolean countsForPrecision() {
        return tp + fp > 0;
    }

    /** Whether the page counts for recall: the gold body is not empty. */
    public boolean countsForRecall() {
        return tp + fn > 0;
    }

    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }
}
