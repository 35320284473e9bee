package dev.storyline.index;

import dev.storyline.model.Article;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The index contract: where articles are stored, found and related. One embedded implementation (Lucene on local
 * disk, the system of record) and one cluster implementation (OpenSearch) pass the same contract test suite.
 *
 * <p>Semantics every implementation keeps:
 * <ul>
 *   <li>{@link #put} replaces an article with the same id: storing the same article twice stores it once.</li>
 *   <li>Reads (get, search, neighbours, count) see every put and delete made through this instance, committed or
 *       not (near-real-time).</li>
 *   <li>{@link #commit} returns only once everything put before it is durable: a crash after it loses none of it.</li>
 *   <li>Implementations are safe for one writing thread and many concurrent reading threads.</li>
 * </ul>
 *
 * <pre>{@code
 * try (ArticleIndex index = LuceneArticleIndex.open(dataDir)) {
 *     index.put(article);
 *     index.commit();
 *     SearchResult r = index.search(SearchRequest.of("headline:wheat AND place:chicago"));
 * }
 * }</pre>
 */
public interface ArticleIndex extends AutoCloseable {

    /** Stores {@code entry}, replacing any stored article with the same id. Visible to reads at once. */
    void put(IndexEntry entry);

    /** Stores {@code article} as its own story, with no vector. */
    default void put(Article article) {
        put(IndexEntry.of(article));
    }

    /** The stored article with {@code id}, with its story key and whether it is the head of its versions. */
    Optional<StoredArticle> get(String id);

    /**
     * Runs {@code request}.
     *
     * @throws QuerySyntaxException when the query text cannot be parsed, with the position of the fault
     */
    SearchResult search(SearchRequest request);

    /** The articles most like the stored article {@code id} by shared terms (itself excluded), best first. */
    List<Neighbour> similarTo(String id, int size, Filters filters);

    /** The articles most like {@code text} by shared terms, best first. */
    List<Neighbour> similarToText(String text, int size, Filters filters);

    /** The articles whose vectors are nearest to {@code vector} (cosine), best first. */
    List<Neighbour> nearest(float[] vector, int size, Filters filters);

    /**
     * The stored articles filed under any of {@code fingerprints} (see {@link dev.storyline.relate.Fingerprints}),
     * those sharing the most keys first, at most {@code max}: the candidates of duplicate detection, found by lookup
     * whatever the size of the corpus. Empty for an index that does not file fingerprints.
     */
    default List<StoredArticle> withFingerprints(java.util.Collection<String> fingerprints, int max) {
        return List.of();
    }

    /** The vector stored with the article {@code id}, when it has one. */
    default Optional<float[]> vectorOf(String id) {
        return Optional.empty();
    }

    /**
     * As {@link #similarTo}, without loading the articles: their ids and scores, and the query's terms. The first
     * stage of related ranking, which loads only the candidates it re-ranks ({@link #getAll}).
     */
    default SimilarIds similarIds(String id, int size, Filters filters) {
        List<Neighbour> found = similarTo(id, size, filters);
        Set<String> terms = new LinkedHashSet<>();
        found.forEach(n -> terms.addAll(n.sharedTerms()));
        return new SimilarIds(found.stream().map(n -> new RankedId(n.id(), n.score())).toList(), List.copyOf(terms));
    }

    /** As {@link #nearest}, without loading the articles. */
    default List<RankedId> nearestIds(float[] vector, int size, Filters filters) {
        return nearest(vector, size, filters).stream().map(n -> new RankedId(n.id(), n.score())).toList();
    }

    /** The stored articles with the given ids, in the order given; ids not stored are left out. */
    default Map<String, StoredArticle> getAll(Collection<String> ids) {
        Map<String, StoredArticle> out = new LinkedHashMap<>();
        for (String id : ids) {
            get(id).ifPresent(a -> out.put(id, a));
        }
        return out;
    }

    /** The stored vectors of the given ids; ids without a vector (or not stored) are left out. */
    default Map<String, float[]> vectorsOf(Collection<String> ids) {
        Map<String, float[]> out = new LinkedHashMap<>();
        for (String id : ids) {
            vectorOf(id).ifPresent(v -> out.put(id, v));
        }
        return out;
    }

    /** Every stored version of the story {@code storyKey}, oldest version first; empty when there is none. */
    List<StoredArticle> versions(String storyKey);

    /** Removes the article {@code id}; {@code true} when one was stored. */
    boolean delete(String id);

    /** Makes every put and delete so far durable; returns once they are on stable storage. */
    void commit();

    /** How many articles are stored (committed or not). */
    long count();

    /** Counts, size on disk, date range and counts by format and agency. */
    IndexStats stats();

    /** Releases the index; uncommitted changes are lost (commit first to keep them). */
    @Override
    void close();
}
