package dev.storyline.relate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine similarity of word vectors weighted by log term frequency and by inverse document frequency within the
 * candidate pool (the article and its candidates). Words every candidate shares (the subject: "earthquake",
 * "wheat") weigh little; words only some share (the place, the people, the figures of one event) weigh much, so
 * this separates one event from another of the same kind where corpus-wide BM25 does not.
 */
final class PoolCosine {

    private final Map<String, Integer> docFreq = new HashMap<>();
    private final int docs;

    /** {@code pool}: the word lists of the article and of every candidate. */
    PoolCosine(List<List<String>> pool) {
        for (List<String> words : pool) {
            for (String w : new java.util.HashSet<>(words)) {
                docFreq.merge(w, 1, Integer::sum);
            }
        }
        this.docs = pool.size();
    }

    /** The weighted vector of {@code words}, unit length. */
    Map<String, Double> vector(List<String> words) {
        Map<String, Integer> tf = new HashMap<>();
        words.forEach(w -> tf.merge(w, 1, Integer::sum));
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            double idf = Math.log((docs + 1.0) / (docFreq.getOrDefault(e.getKey(), 0) + 0.5));
            double x = (1 + Math.log(e.getValue())) * Math.max(0, idf);
            if (x > 0) {
                v.put(e.getKey(), x);
                norm += x * x;
            }
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            v.replaceAll((k, x) -> x / n);
        }
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double y = large.get(e.getKey());
            if (y != null) {
                dot += e.getValue() * y;
            }
        }
        return dot;
    }
}
