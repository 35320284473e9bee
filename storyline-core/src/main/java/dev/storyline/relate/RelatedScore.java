package dev.storyline.relate;

import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.enrich.times.MentionedDates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The re-ranking score of a related-article candidate and the floor it must pass.
 *
 * <pre>
 * evidence = ( 0.53 cosine  + 0.12 terms    + 0.14 figures + 0.76 company     (weights renormalised over the
 *            + 0.25 dates   + 0.20 people   + 0.02 entities                    signals present: no vector, no
 *            + 0.25 dense'  ± 0.12 years ) / (sum of the weights present)      entities, no dates in the article)
 * score    = evidence × (0.75 + 0.25 time)                                     (time in 0..1, see below; shown)
 * order    = score + 0.15 × 60 × rrf                                           (rrf: reciprocal rank fusion of the
 *                                                                              lexical and vector ranks, 60 × rrf
 *                                                                              in 0..2)
 * </pre>
 * where {@code cosine}, {@code figures} and {@code company} are the {@link PoolSignals} of the candidate (idf
 * within the pool of the article and its candidates, over all words, over figures, and with the article's closest
 * candidates), {@code terms} the share of the article's distinctive terms the candidate uses, {@code dates} the
 * Jaccard overlap of the dates both texts talk about (their time expressions, as years, months and days),
 * {@code people} and {@code entities} the Jaccard overlap of PERSON entity keys and of all entity keys,
 * {@code dense'} the cosine of the embeddings rescaled so that 0.3 (unrelated news) gives 0 and 0.8 gives 1, and
 * {@code years} +1 when both texts mention a year in common, -1 when both mention years but none in common, 0
 * otherwise. {@code time} is 1 for a story published up to {@value #CLOSE_DAYS} days after the article or any time
 * before it within a year, decays slowly for older background (halved at five years) and fast for later stories
 * (halved every two weeks).
 *
 * <p>Why these signals: two reports of the same kind of event (two earthquakes, two celebrities entering rehab)
 * share their subject, so what separates one event from the other is what only its reports share: words rare in
 * the pool, the people, the figures and the dates, and their likeness to each other. The weights were chosen by
 * coordinate ascent on the odd-numbered ECB+ topics (MAP) together with 1,500 Reuters-21578 TRAIN-split queries
 * (P@5), and checked on the even-numbered topics and the TEST split (figures in
 * {@code storyline-eval/src/test/resources/floors/related.properties}). Capitalised words (proper names) as a
 * further pool cosine added nothing once people and the pool idf were in, and were left out.
 *
 * <p>The evidence of a related article is typically 0.15 to 0.5 (the cosines and overlaps of two different texts).
 * The floor: a candidate is listed only when its evidence is at least {@value #FLOOR} (under it fall a few in a
 * thousand of the first five on Reuters-21578 and ECB+, with the 20 candidates a list of five re-ranks: there,
 * nearly every first five truly belong) and it
 * shares at least {@value #MIN_SHARED_TERMS} distinctive terms or one entity, or its embedding cosine is at least
 * {@value #MIN_DENSE}; an article merely "about the same country" fails it.
 */
final class RelatedScore {

    static final double FLOOR = 0.08;
    static final int MIN_SHARED_TERMS = 3;
    static final double MIN_DENSE = 0.6;
    static final int CLOSE_DAYS = 3;

    static final double COSINE = 0.53;
    static final double TERMS = 0.12;
    static final double FIGURES = 0.14;
    static final double COMPANY = 0.76;
    static final double DATES = 0.25;
    static final double PEOPLE = 0.20;
    static final double ENTITIES = 0.02;
    static final double DENSE = 0.25;
    static final double YEARS = 0.12;
    /** Weight of the fused rank (60 × rrf, 0..2) in the order, beside the score. */
    static final double RANK = 0.15;

    private final Article article;
    private final Set<String> keyTerms;
    private final Map<String, String> entities;
    private final Set<String> people;
    private final Set<String> dates;
    private final Set<String> years;
    private final PoolSignals pool;

    /**
     * {@code queryTerms}: the distinctive terms of the lexical query; those that some candidate uses are the key
     * terms. {@code candidates}: every candidate to be scored, for the pool's word statistics.
     */
    RelatedScore(Article article, List<String> queryTerms, List<Article> candidates) {
        this.article = article;
        this.entities = entityNames(article);
        this.people = keysOfType(article, EntityType.PERSON);
        this.dates = new HashSet<>(MentionedDates.of(article.times()));
        this.years = yearsOf(dates);
        this.pool = new PoolSignals(article, candidates);
        Set<String> used = pool.candidateWords();
        this.keyTerms = new LinkedHashSet<>();
        queryTerms.stream().filter(used::contains).forEach(keyTerms::add);
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
        PoolSignals.Shared shared = pool.of(other.id());
        c.poolCosine = shared.words();
        Long days = StoryDates.daysBetween(article, other);
        double terms = keyTerms.isEmpty() ? 0 : (double) sharedTerms.size() / keyTerms.size();
        double sum = COSINE * shared.words() + TERMS * terms + FIGURES * shared.figures() + COMPANY * shared.company();
        double weights = COSINE + TERMS + FIGURES + COMPANY;
        if (c.dense != null) {
            sum += DENSE * Math.max(0, Math.min(1, (c.dense - 0.3) / 0.5));
            weights += DENSE;
        }
        // signals the article itself lacks are left out for every candidate alike, so that one candidate is never
        // ranked up for lacking what another has
        if (!entities.isEmpty()) {
            sum += ENTITIES * jaccard(entities.keySet(), theirs.keySet())
                    + PEOPLE * jaccard(people, keysOfType(other, EntityType.PERSON));
            weights += ENTITIES + PEOPLE;
        }
        Set<String> theirDates = new HashSet<>(MentionedDates.of(other.times()));
        if (!dates.isEmpty()) {
            sum += DATES * jaccard(dates, theirDates);
            weights += DATES;
        }
        Set<String> theirYears = yearsOf(theirDates);
        if (!years.isEmpty() && !theirYears.isEmpty()) {
            sum += YEARS * (theirYears.stream().anyMatch(years::contains) ? 1 : -1);
        }
        double evidence = Math.max(0, sum / weights);
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
            case FULL -> c.score + RANK * c.rrf * RelatedArticles.RRF_K;
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
        Set<String> words = pool.words(other.id());
        return keyTerms.stream().filter(words::contains).toList();
    }

    private static Set<String> keysOfType(Article a, EntityType type) {
        Set<String> out = new HashSet<>();
        for (Entity e : a.entities()) {
            if (e.key() != null && e.type() == type) {
                out.add(e.key());
            }
        }
        return out;
    }

    /** The four-digit years among mentioned dates ({@code 2019} of {@code 2019, 2019-06, 2019-06-02}). */
    private static Set<String> yearsOf(Set<String> mentioned) {
        Set<String> out = new HashSet<>();
        for (String d : mentioned) {
            if (d.length() == 4) {
                out.add(d);
            }
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int both = 0;
        for (String x : a) {
            if (b.contains(x)) {
                both++;
            }
        }
        return (double) both / (a.size() + b.size() - both);
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
