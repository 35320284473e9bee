package dev.storyline.eval.times;

/**
 * Counts and figures of a time-expression evaluation, TempEval-3 style: extraction precision/recall/F1 with strict
 * (same span) and relaxed (overlapping span) matching, and value F1 (relaxed match with the same normalised value).
 *
 * @param documents    documents evaluated
 * @param gold         gold expressions
 * @param system       expressions found
 * @param strict       pairs with exactly the same span
 * @param relaxed      pairs with overlapping spans (one-to-one)
 * @param valueCorrect relaxed pairs with the same value
 * @param typeCorrect  relaxed pairs with the same type
 * @param nanos        time spent finding and normalising
 */
public record TimesScore(int documents, int gold, int system, int strict, int relaxed, int valueCorrect,
        int typeCorrect, long nanos) {

    public static final TimesScore EMPTY = new TimesScore(0, 0, 0, 0, 0, 0, 0, 0);

    public TimesScore plus(TimesScore o) {
        return new TimesScore(documents + o.documents, gold + o.gold, system + o.system, strict + o.strict,
                relaxed + o.relaxed, valueCorrect + o.valueCorrect, typeCorrect + o.typeCorrect, nanos + o.nanos);
    }

    public double strictF1() {
        return f1(strict, strict);
    }

    public double relaxedF1() {
        return f1(relaxed, relaxed);
    }

    public double valueF1() {
        return f1(valueCorrect, valueCorrect);
    }

    public double relaxedPrecision() {
        return system == 0 ? 0 : (double) relaxed / system;
    }

    public double relaxedRecall() {
        return gold == 0 ? 0 : (double) relaxed / gold;
    }

    /** Of the relaxed matches, the share with the right type. */
    public double typeAccuracy() {
        return relaxed == 0 ? 0 : (double) typeCorrect / relaxed;
    }

    public double expressionsPerSecond() {
        return nanos == 0 ? 0 : system * 1e9 / nanos;
    }

    public double documentsPerSecond() {
        return nanos == 0 ? 0 : documents * 1e9 / nanos;
    }

    private double f1(int tpSystem, int tpGold) {
        double p = system == 0 ? 0 : (double) tpSystem / system;
        double r = gold == 0 ? 0 : (double) tpGold / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A one-line report, e.g. {@code strict F1 0.801  relaxed F1 0.902 (P 0.90 R 0.91)  value F1 0.80}. */
    public String summary() {
        return String.format("docs %d  gold %d  found %d  strict F1 %.3f  relaxed F1 %.3f (P %.3f R %.3f)  "
                + "value F1 %.3f  type acc %.3f", documents, gold, system, strictF1(), relaxedF1(), relaxedPrecision(),
                relaxedRecall(), valueF1(), typeAccuracy());
    }
}
