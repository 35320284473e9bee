package dev.storyline.relate;

import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The re-ranking score of a related-article candidate and the floor it must pass.
 *
 * <pre>
 * evidence = 0.20 text + 0.25 cosine + 0.35 dense' + 0.15 terms      (weights renormalised over the signals
 *            + 0.10 entities
 *                                                                     present: no vectors, no entities)
 * score    = evidence × (0.75 + 0.25 time)                            (time in 0..1, see below; shown to users)
 * order    = score + 0.5 × 60 × rrf                                   (rrf: reciprocal rank fusion of the lexical
 *                                                                     and vector ranks, 60 × rrf in 0..2)
 * </pre>
 * where {@code text} is the lexical score relative to the best lexical neighbour, {@code cosine} the
 * {@link PoolCosine} of the two texts (idf within the candidate pool), {@code dense'} the cosine of the
 * embeddings rescaled so that 0.3 (unrelated news) gives 0 and 0.8 gives 1, {@code terms} the share of the article's
 * distinctive terms the candidate uses, {@code entities} the Jaccard overlap of entity keys. {@code time} is 1 for a
 * story published up to {@value #CLOSE_DAYS} days after the article or any time before it within a year, decays
 * slowly for older background (halved at five years) and fast for later stories (halved every two weeks).
 *
 * <p>The floor: a candidate is listed only when its evidence is at least {@value #FLOOR} and it shares at least
 * {@value #MIN_SHARED_TERMS} distinctive terms or one entity, or its embedding cosine is at least
 * {@value #MIN_DENSE}; an article merely "about the same country" fails it.
 */
final class RelatedScore {

    static final double FLOOR = 0.2;
    static final int MIN_SHARED_TERMS = 3;
    static final double MIN_DENSE = 0.6;
    static final int CLOSE_DAYS = 3;

    private final Article article;
    private final Set<String> keyTerms;
    private final Map<String, String> entities;

    RelatedScore(Article article, Set<String> keyTerms) {
        this.article = article;
        this.keyTerms = keyTerms;
        this.entities = entityNames(article);
    }

    void score(RelatedArticles.Candidate c) {
        Article other = c.stored.article();
        List<String> sharedTerms = sharedTerms(other);
        Map<String, String> theirs = entityNames(other);
        List<String> sharedEntities = new ArrayList<>();
        for (Map.Entry<String, String> e : entities.entrySet()) {
            if (theirs.containsKey(e.getKey())) {
                sharedEntities.add(e.getValue());
            }
        }
        Long days = StoryDates.daysBetween(article, other);
        double terms = keyTerms.isEmpty() ? 0 : (double) sharedTerms.size() / keyTerms.size();
        double ents = entities.isEmpty() && theirs.isEmpty() ? 0
                : (double) sharedEntities.size() / (entities.size() + theirs.size() - sharedEntities.size());
        double sum = 0.20 * c.lexical + 0.25 * c.poolCosine + 0.15 * terms;
        double weights = 0.60;
        if (c.dense != null) {
            sum += 0.35 * Math.max(0, Math.min(1, (c.dense - 0.3) / 0.5));
            weights += 0.35;
        }
        if (!entities.isEmpty()) {
            sum += 0.10 * ents;
            weights += 0.10;
        }
        double evidence = sum / weights;
        double time = days == null ? 1 : timeFactor(days);
        c.score = evidence * (0.75 + 0.25 * time);
        c.passesFloor = evidence >= FLOOR && (sharedTerms.size() >= MIN_SHARED_TERMS || !sharedEntities.isEmpty()
                || (c.dense != null && c.dense >= MIN_DENSE));
        c.reasons = new RelatedReasons(sharedEntities, sharedTerms, round(c.lexical),
                c.dense == null ? null : round(c.dense), days, c.lexicalRank, c.denseRank);
    }

    /** The ranking key of {@code c} under {@code mode}; higher ranks first. */
    static double order(RelatedArticles.Candidate c, RelatedArticles.Mode mode) {
        return switch (mode) {
            case LEXICAL -> c.lexicalRank == null ? Double.NEGATIVE_INFINITY : -c.lexicalRank;
            case DENSE -> c.denseRank == null ? Double.NEGATIVE_INFINITY : -c.denseRank;
            case FUSED -> c.rrf;
            case FULL -> c.score + 0.5 * c.rrf * RelatedArticles.RRF_K;
        };
    }

    /** 1 near or before (within a year), slow decay for old background, fast decay for later stories. */
    static double timeFactor(long days) {
        if (days > CLOSE_DAYS) {
            return Math.pow(0.5, (days - CLOSE_DAYS) / 14.0);
        }
        if (days < -365) {
            return Math.pow(0.5, (-days - 365) / (4 * 365.0));
        }
        return 1;
    }

    private List<String> sharedTerms(Article other) {
        if (keyTerms.isEmpty()) {
            return List.of();
        }
        Set<String> words = new HashSet<>(NormalisedText.words(other.headline()));
        words.addAll(NormalisedText.words(other.body()));
        return keyTerms.stream().filter(words::contains).toList();
    }

    private static Map<String, String> entityNames(Article a) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Entity e : a.entities()) {
            if (e.key() != null) {
                out.putIfAbsent(e.key(), e.name() == null ? e.key() : e.name());
            }
        }
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
