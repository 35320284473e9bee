package dev.storyline.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores one extracted article body against the gold body the way the article-extraction-benchmark does: texts
 * are cut into word tokens (runs of letters, digits and underscores, as Python's Unicode {@code \w+}; case kept),
 * tokens into overlapping shingles of four, and the two bags of shingles are matched with their counts. A text of
 * fewer than four tokens is one shingle of all its tokens; an empty text has none. The true positives, false
 * positives and false negatives are normalised by their sum so that a long page weighs no more than a short one.
 *
 * <p>Example: gold {@code "a b c d e"} has shingles {@code (a b c d), (b c d e)}; a prediction {@code "a b c d"} has
 * {@code (a b c d)}: tp = 1, fp = 0, fn = 1, normalised to 1/2, 0, 1/2.
 */
public final class ShingleScorer {

    /** Letters, numbers and underscore: what Python's {@code \w} matches in a Unicode string. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 4;

    private ShingleScorer() {
    }

    /** The score of {@code predicted} against {@code gold} (either may be {@code null}, read as empty). */
    public static PageScore score(String gold, String predicted) {
        Map<List<String>, Integer> truth = shingles(gold);
        Map<List<String>, Integer> pred = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(truth.keySet());
        keys.addAll(pred.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int t = truth.getOrDefault(key, 0);
            int p = pred.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
    }

    /** The word tokens of {@code text}. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < last; i++) {
            List<String> shingle = tokens.subList(Math.min(i, tokens.size()), Math.min(i + SHINGLE, tokens.size()));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }
}
