package dev.storyline.eval.extraction;

import java.util.Collection;

/**
 * A system's score over many pages: precision and recall averaged over the pages (each page weighs the same), F1
 * of the two averages, as the article-extraction-benchmark reports it.
 *
 * @param precision mean precision over the pages with a prediction
 * @param recall    mean recall over the pages with a gold body
 * @param pages     number of pages scored
 */
public record ExtractionScore(double precision, double recall, int pages) {

    /** The harmonic mean of the averaged precision and recall. */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The score of {@code pages}. */
    public static ExtractionScore of(Collection<PageScore> pages) {
        double p = pages.stream().filter(PageScore::countsForPrecision).mapToDouble(PageScore::precision)
                .average().orElse(0);
        double r = pages.stream().filter(PageScore::countsForRecall).mapToDouble(PageScore::recall)
                .average().orElse(0);
        return new ExtractionScore(p, r, pages.size());
    }
}
