package dev.storyline.relate;

import dev.storyline.embed.EmbeddingText;
import dev.storyline.embed.Embedder;
import dev.storyline.index.ArticleIndex;
import dev.storyline.index.Filters;
import dev.storyline.index.RankedId;
import dev.storyline.index.SimilarIds;
import dev.storyline.index.StoredArticle;
import dev.storyline.model.Article;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The articles that belong with an article, best first, each with its reasons.
 *
 * <p>How: candidates are the article's lexical neighbours ({@link ArticleIndex#similarTo}, BM25 over its
 * distinctive terms) and, when an {@link Embedder} is given, its vector neighbours ({@link ArticleIndex#nearest});
 * the two lists are fused by reciprocal rank fusion (k = {@value #RRF_K}) and re-ranked by {@link RelatedScore}
 * (text similarity, dense similarity, shared key terms and entities, time distance). The article's own duplicates
 * and versions are listed apart, never as related; a story with several versions appears once, as its head.
 * Nothing scoring under the floor ({@link RelatedScore#FLOOR}) or without evidence is listed.
 *
 * <pre>{@code
 * RelatedArticles related = new RelatedArticles(index, embedder, RelatedArticles.Options.defaults());
 * related.related("reuters-17", 5).ifPresent(list -> list.items().forEach(i -> System.out.println(i.reasons())));
 * }</pre>
 */
public final class RelatedArticles {

    /** Reciprocal rank fusion constant: the usual 60 keeps a first place in one list from outweighing two lists. */
    public static final int RRF_K = 60;

    /** Which signals rank the list: the ablation of {@code storyline eval related}. */
    public enum Mode { LEXICAL, DENSE, FUSED, FULL }

    /**
     * How to rank.
     *
     * @param mode       the signals used
     * @param candidates most neighbours taken from each candidate source (fewer for a short list: four per item
     *                   asked, at least 20)
     * @param floor      {@code true} to drop candidates under the floor or without evidence
     * @param maxChunks  chunks embedded for an article without a stored vector
     */
    public record Options(Mode mode, int candidates, boolean floor, int maxChunks) {
        public Options {
            Objects.requireNonNull(mode, "mode");
            if (candidates < 1) {
                throw new IllegalArgumentException("candidates must be >= 1, got " + candidates);
            }
        }

        /** Fused and re-ranked, up to 50 candidates from each source, floor applied, 2 chunks embedded. */
        public static Options defaults() {
            return new Options(Mode.FULL, 50, true, 2);
        }

        public Options withMode(Mode m) {
            return new Options(m, candidates, floor, maxChunks);
        }

        public Options withFloor(boolean f) {
            return new Options(mode, candidates, f, maxChunks);
        }
    }

    private final ArticleIndex index;
    private final Embedder embedder;
    private final Options options;
    private final Duplicates duplicates;

    /**
     * {@code embedder} may be null: articles stored with a vector are still related by it; others by shared terms.
     */
    public RelatedArticles(ArticleIndex index, Embedder embedder, Options options) {
        this.index = Objects.requireNonNull(index, "index");
        this.embedder = embedder;
        this.options = Objects.requireNonNull(options, "options");
        this.duplicates = new Duplicates(index);
    }

    /** The related list of the stored article {@code id}, at most {@code limit} items; empty when no such article. */
    public Optional<RelatedList> related(String id, int limit) {
        return relatedByMode(id, limit, List.of(options.mode())).map(m -> m.get(options.mode()));
    }

    /**
     * The related lists of {@code id} ranked by each of {@code modes}, from one gathering of candidates (for the
     * ablation); empty when no such article.
     */
    public Optional<Map<Mode, RelatedList>> relatedByMode(String id, int limit, List<Mode> modes) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        Optional<StoredArticle> found = index.get(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredArticle self = found.get();
        DuplicateGroup group = duplicates.groupOf(self);
        List<StoredArticle> versions = index.versions(self.storyKey());
        Article a = self.article();
        Map<Mode, RelatedList> out = new java.util.EnumMap<>(Mode.class);
        if (NormalisedText.bodyOf(a).isEmpty()) {
            for (Mode m : modes) {
                out.put(m, new RelatedList(self, List.of(), group, versions,
                        "the article has neither headline nor body to relate by"));
            }
            return Optional.of(out);
        }
        boolean lexical = modes.stream().anyMatch(m -> m != Mode.DENSE);
        // the query's vector comes from the index; an article stored without one (or an index without vectors)
        // is related by its terms, unless an embedder is given to embed it now
        float[] stored = modes.stream().anyMatch(m -> m != Mode.LEXICAL) ? index.vectorOf(id).orElse(null) : null;
        boolean dense = stored != null || (embedder != null && modes.stream().anyMatch(m -> m != Mode.LEXICAL));
        // first stage: ids and ranks only, from both sources; as many as the re-rank may look at, at most
        // options.candidates()
        int perSource = Math.min(options.candidates(), depth(limit));
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        List<String> queryTerms = List.of();
        if (lexical) {
            SimilarIds similar = index.similarIds(id, perSource, Filters.none());
            queryTerms = similar.queryTerms();
            List<RankedId> ns = similar.ids();
            float best = ns.isEmpty() ? 1 : Math.max(ns.get(0).score(), Float.MIN_VALUE);
            for (int r = 0; r < ns.size(); r++) {
                Candidate c = candidates.computeIfAbsent(ns.get(r).id(), Candidate::new);
                c.lexicalRank = r + 1;
                c.lexical = ns.get(r).score() / best;
            }
        }
        float[] vector = null;
        if (dense) {
            vector = stored != null ? stored : EmbeddingText.embed(embedder, a, options.maxChunks());
            int r = 0;
            for (RankedId n : index.nearestIds(vector, perSource + 1, Filters.none())) {
                if (!n.id().equals(id)) {
                    candidates.computeIfAbsent(n.id(), Candidate::new).denseRank = ++r;
                }
            }
        }
        candidates.keySet().removeIf(c -> c.equals(id) || group.contains(c));
        for (Candidate c : candidates.values()) {
            c.rrf = (c.lexicalRank == null ? 0 : 1.0 / (RRF_K + c.lexicalRank))
                    + (c.denseRank == null ? 0 : 1.0 / (RRF_K + c.denseRank));
        }
        // second stage: load and re-rank the best of the fused list only (every candidate when the list is long)
        Map<String, StoredArticle> loaded = index.getAll(toLoad(candidates.values(), modes, limit));
        Map<String, float[]> vectors = vector == null ? Map.of() : index.vectorsOf(loaded.keySet());
        List<Candidate> kept = new ArrayList<>();
        List<Article> pool = new ArrayList<>();
        for (Map.Entry<String, StoredArticle> e : loaded.entrySet()) {
            if (!e.getValue().storyKey().equals(self.storyKey())) {
                Candidate c = candidates.get(e.getKey());
                c.stored = e.getValue();
                kept.add(c);
                pool.add(c.stored.article());
            }
        }
        RelatedScore scorer = new RelatedScore(a, queryTerms, pool);
        List<Candidate> scored = new ArrayList<>();
        for (Candidate c : kept) {
            if (vector != null) {
                float[] other = vectors.get(c.id);
                c.dense = other == null ? null : EmbeddingText.cosine(vector, other);
            }
            scorer.score(c);
            scored.add(c);
        }
        for (Mode m : modes) {
            List<Candidate> ranked = new ArrayList<>(scored);
            ranked.removeIf(c -> RelatedScore.order(c, m) == Double.NEGATIVE_INFINITY);
            ranked.sort((x, y) -> Double.compare(RelatedScore.order(y, m), RelatedScore.order(x, m)));
            List<RelatedArticle> items = select(self, ranked, limit);
            String note = ranked.isEmpty() ? "no stored article shares its terms or meaning"
                    : items.isEmpty() ? "no stored article is related closely enough (all under the floor)" : null;
            out.put(m, new RelatedList(self, items, group, versions, note));
        }
        return Optional.of(out);
    }

    /**
     * The best {@code limit} candidates over the floor, one per story (its head); a candidate that is a near copy of
     * one already chosen is folded under it ({@link RelatedArticle#copies}) instead of being listed.
     */
    private List<RelatedArticle> select(StoredArticle self, List<Candidate> ranked, int limit) {
        List<Candidate> chosen = new ArrayList<>();
        Map<Candidate, List<String>> copies = new java.util.IdentityHashMap<>();
        Set<String> stories = new HashSet<>();
        Set<Long> own = Shingles.of(NormalisedText.bodyOf(self.article()));
        for (Candidate c : ranked) {
            if (options.floor() && !c.passesFloor) {
                continue;
            }
            if (stories.contains(c.stored.storyKey()) || NearDuplicates.match(own, c.shingles()).isPresent()) {
                continue;
            }
            Candidate original = chosen.stream()
                    .filter(o -> NearDuplicates.match(o.shingles(), c.shingles()).isPresent()).findFirst()
                    .orElse(null);
            if (original != null) {
                copies.get(original).add(c.stored.id());
                continue;
            }
            if (chosen.size() >= limit) {
                continue; // still looked at: it may be a copy of a chosen one
            }
            stories.add(c.stored.storyKey());
            chosen.add(c);
            copies.put(c, new ArrayList<>());
        }
        List<RelatedArticle> out = new ArrayList<>();
        for (Candidate c : chosen) {
            StoredArticle shown = c.stored;
            int earlier = 0;
            if (!c.stored.head() || c.stored.versionOf() != null) {
                List<StoredArticle> chain = index.versions(c.stored.storyKey());
                if (!chain.isEmpty()) {
                    shown = chain.get(chain.size() - 1);
                    earlier = chain.size() - 1;
                }
            }
            out.add(new RelatedArticle(shown, c.score, c.reasons, earlier, copies.get(c)));
        }
        return out;
    }

    /**
     * The candidates worth loading: for each mode, the first {@code max(}{@value #RERANK_MIN}{@code , }{@value
     * #RERANK_PER_ITEM}{@code  x limit)} by its first-stage order (ranks, or their fusion). The re-rank reorders
     * within the fused list; a candidate far down it does not reach the first places, and loading it costs as much
     * as the rest of the query.
     */
    private static List<String> toLoad(Collection<Candidate> candidates, List<Mode> modes, int limit) {
        int depth = depth(limit);
        Set<String> out = new LinkedHashSet<>();
        for (Mode m : modes) {
            Comparator<Candidate> order = switch (m) {
                case LEXICAL -> Comparator.comparing((Candidate c) -> c.lexicalRank,
                        Comparator.nullsLast(Comparator.naturalOrder()));
                case DENSE -> Comparator.comparing((Candidate c) -> c.denseRank,
                        Comparator.nullsLast(Comparator.naturalOrder()));
                case FUSED, FULL -> Comparator.comparingDouble((Candidate c) -> -c.rrf);
            };
            candidates.stream().sorted(order).limit(depth).forEach(c -> out.add(c.id));
        }
        return List.copyOf(out);
    }

    /** Candidates loaded and re-ranked for a list of one item; four more per further item. */
    static final int RERANK_MIN = 20;
    static final int RERANK_PER_ITEM = 4;

    /** How deep the first stage looks and the second loads for a list of {@code limit}. */
    private static int depth(int limit) {
        return Math.max(RERANK_MIN, RERANK_PER_ITEM * limit);
    }

    /** A candidate and what is known of it while ranking. */
    static final class Candidate {
        final String id;
        StoredArticle stored;
        Integer lexicalRank;
        Integer denseRank;
        double lexical;
        Double dense;
        double rrf;
        double poolCosine;
        double score;
        boolean passesFloor;
        RelatedReasons reasons;
        private Set<Long> shingles;

        Candidate(String id) {
            this.id = id;
        }

        Set<Long> shingles() {
            if (shingles == null) {
                shingles = Shingles.of(NormalisedText.bodyOf(stored.article()));
            }
            return shingles;
        }
    }
}
