package dev.storyline.eval.quotes;

/**
 * Quotation figures: how many gold quotations were found (matched by their first words), how many found ones
 * are gold, and of the found gold ones how many have the right speaker.
 *
 * @param articles       stories evaluated
 * @param gold           gold quotations
 * @param system         quotations found
 * @param matched        gold quotations found
 * @param speakerCorrect matched quotations with the gold speaker (name or description, case-insensitive)
 * @param nanos          time spent enriching
 */
public record QuotesScore(int articles, int gold, int system, int matched, int speakerCorrect, long nanos) {

    public static final QuotesScore EMPTY = new QuotesScore(0, 0, 0, 0, 0, 0);

    public QuotesScore plus(QuotesScore o) {
        return new QuotesScore(articles + o.articles, gold + o.gold, system + o.system, matched + o.matched,
                speakerCorrect + o.speakerCorrect, nanos + o.nanos);
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double precision() {
        return system == 0 ? 0 : (double) matched / system;
    }

    /** Share of gold quotations found with the right speaker. */
    public double speakerAccuracy() {
        return gold == 0 ? 0 : (double) speakerCorrect / gold;
    }

    public double quotesPerSecond() {
        return nanos == 0 ? 0 : system * 1e9 / nanos;
    }

    public double articlesPerSecond() {
        return nanos == 0 ? 0 : articles * 1e9 / nanos;
    }

    public String summary() {
        return String.format("articles %d  gold %d  found %d  recall %.3f  precision %.3f  speaker accuracy %.3f",
                articles, gold, system, recall(), precision(), speakerAccuracy());
    }
}
