package dev.storyline.relate;

import dev.storyline.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What an article shares with each of its candidates, each weighed by {@link PoolCosine} within the pool of the
 * article and its candidates: all its words and its figures, and how close the candidate is to the article's
 * closest candidates. Two reports of one kind of event (two earthquakes, two celebrities entering rehab) share
 * their subject words with every candidate, so those weigh little; what tells the two events apart are the words
 * and figures only the reports of one event share.
 *
 * <pre>
 * words    "magnitude", "quake", "struck", "sumatra", "6.1", ...   (headline and body, lower-cased)
 * figures  "6.1", "2009", "1,100"                                  (words with a digit)
 * company  mean word cosine with the {@value #SEEDS} candidates closest to the article (itself left out): the
 *          reports of one event resemble each other, so a candidate close to the article's closest ones is
 *          likely of the same event even where it shares little with the article itself (pseudo-relevance
 *          feedback, the cluster hypothesis)
 * </pre>
 */
final class PoolSignals {

    /**
     * The pool cosines of one candidate with the article, each 0..1.
     *
     * @param words   over all words
     * @param figures over words holding a digit (amounts, scores, years, magnitudes)
     * @param company mean word cosine with the candidates closest to the article
     */
    record Shared(double words, double figures, double company) {
    }

    /** Candidates closest to the article that the others are compared with. */
    static final int SEEDS = 3;

    /** Headline and body words read, at most: a 1 MB article costs no more than a long one. */
    static final int MAX_WORDS = 2000;

    private final Map<String, Shared> shared = new HashMap<>();
    private final Map<String, Set<String>> wordSets = new HashMap<>();

    /** {@code candidates} must have distinct ids; the article itself is not among them. */
    PoolSignals(Article article, List<Article> candidates) {
        List<List<String>> words = new ArrayList<>();
        words.add(words(article));
        for (Article c : candidates) {
            List<String> w = words(c);
            words.add(w);
            wordSets.put(c.id(), new HashSet<>(w));
        }
        List<List<String>> figures = words.stream().map(w -> w.stream().filter(PoolSignals::hasDigit).toList())
                .toList();
        PoolCosine w = new PoolCosine(words);
        PoolCosine f = new PoolCosine(figures);
        Map<String, Double> ownWords = w.vector(words.get(0));
        Map<String, Double> ownFigures = f.vector(figures.get(0));
        int n = candidates.size();
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        double[] cosine = new double[n];
        for (int i = 0; i < n; i++) {
            vectors.add(w.vector(words.get(i + 1)));
            cosine[i] = PoolCosine.cosine(ownWords, vectors.get(i));
        }
        int[] seeds = IntStream.range(0, n).boxed().sorted((x, y) -> Double.compare(cosine[y], cosine[x]))
                .limit(SEEDS + 1).mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int used = 0;
            for (int s : seeds) {
                if (s != i && used < SEEDS) {
                    sum += PoolCosine.cosine(vectors.get(i), vectors.get(s));
                    used++;
                }
            }
            shared.put(candidates.get(i).id(), new Shared(cosine[i],
                    PoolCosine.cosine(ownFigures, f.vector(figures.get(i + 1))), used == 0 ? 0 : sum / used));
        }
    }

    /** What the candidate {@code id} shares with the article; nothing when it was not in the pool. */
    Shared of(String id) {
        return shared.getOrDefault(id, new Shared(0, 0, 0));
    }

    /** The distinct words of the candidate {@code id} (as the cosines read them); empty when it was not in the pool. */
    Set<String> words(String id) {
        return wordSets.getOrDefault(id, Set.of());
    }

    /** Every distinct word of any candidate. */
    Set<String> candidateWords() {
        Set<String> all = new HashSet<>();
        wordSets.values().forEach(all::addAll);
        return all;
    }

    /** Headline and body words, the first {@value #MAX_WORDS}. */
    private static List<String> words(Article a) {
        List<String> w = NormalisedText.words((a.headline() == null ? "" : a.headline() + " ") + a.body());
        return w.size() > MAX_WORDS ? w.subList(0, MAX_WORDS) : w;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
