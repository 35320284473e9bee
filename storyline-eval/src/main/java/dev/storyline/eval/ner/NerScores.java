package dev.storyline.eval.ner;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Span scores of a named-entity run by the conlleval rules: a predicted name counts only when its span and its type
 * both match a gold name exactly. Per type and overall (micro-averaged) precision, recall and F1, plus the tagger's
 * speed.
 *
 * @param counts  per CoNLL type (PER, ORG, LOC, MISC), {@code [true positives, predicted, gold]}
 * @param tokens  tokens tagged
 * @param seconds    wall-clock time spent tagging
 * @param cpuSeconds CPU time of the tagging thread (the speed figure that does not depend on other load)
 */
public record NerScores(Map<String, long[]> counts, long tokens, double seconds, double cpuSeconds) {

    public NerScores {
        Map<String, long[]> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.clone()));
        counts = java.util.Collections.unmodifiableMap(copy);
    }

    /** Overall F1 (micro-averaged over all names). */
    public double f1() {
        long[] t = total();
        return f1(t);
    }

    /** F1 of one type, 0 when it has neither gold nor predicted names. */
    public double f1(String type) {
        long[] c = counts.get(type);
        return c == null ? 0 : f1(c);
    }

    private long[] total() {
        long[] t = new long[3];
        for (long[] c : counts.values()) {
            for (int k = 0; k < 3; k++) {
                t[k] += c[k];
            }
        }
        return t;
    }

    private static double precision(long[] c) {
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    private static double recall(long[] c) {
        return c[2] == 0 ? 0 : (double) c[0] / c[2];
    }

    private static double f1(long[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Tokens tagged per second of the tagging thread's CPU time. */
    public double tokensPerCpuSecond() {
        return cpuSeconds <= 0 ? 0 : tokens / cpuSeconds;
    }

    /** A conlleval-like table. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        long[] t = total();
        sb.append(String.format(Locale.ROOT, "%-8s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "F1",
                "gold", "found"));
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            line(sb, e.getKey(), e.getValue());
        }
        line(sb, "overall", t);
        sb.append(String.format(Locale.ROOT,
                "speed: %d tokens in %.2f s CPU (%.2f s wall): %.0f tokens/s per core (one thread)%n", tokens,
                cpuSeconds, seconds, tokensPerCpuSecond()));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, long[] c) {
        sb.append(String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %7d %7d%n", name, precision(c), recall(c),
                f1(c), c[2], c[1]));
    }
}
