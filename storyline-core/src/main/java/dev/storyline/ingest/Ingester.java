package dev.storyline.ingest;

import dev.storyline.relate.StoryKeys;
import dev.storyline.ParseResult;
import dev.storyline.Storyline;
import dev.storyline.parse.Enrichers;
import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.index.ArticleIndex;
import dev.storyline.index.Filters;
import dev.storyline.index.IndexEntry;
import dev.storyline.index.Neighbour;
import dev.storyline.index.StoredArticle;
import dev.storyline.model.Article;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.source.InputItem;
import dev.storyline.source.Inputs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ingest pipeline: walk the inputs, parse them (several in parallel), link later versions of a wire story to
 * it, store, and commit every {@code batchSize} articles or {@code commitAfter} time, and at the end. Articles are stored in input order, so
 * "committed N" always means the first N articles of the run; a run killed at any moment can simply be started
 * again: ids are stable, so re-storing an article replaces it and adds nothing.
 *
 * <p>The wire grammar and the enrichers of {@link Options#enrichers()} (the standard ones unless told otherwise) run
 * inside {@link Storyline#parse}, on the parser threads, before the article is stored.
 *
 * <pre>{@code
 * IngestSummary s = new Ingester(index, Ingester.Options.defaults(), listener).ingest(List.of(Path.of("news/")));
 * }</pre>
 */
public final class Ingester {

    /**
     * How to ingest.
     *
     * @param batchSize    most articles between commits (a crash loses at most this many, which a rerun restores)
     * @param commitAfter  longest time between commits while articles are waiting to be committed
     * @param parseThreads inputs parsed in parallel
     * @param hints        hints for every input (e.g. a forced format)
     * @param limits       safety limits for every input
     * @param enrichers    the enrichment stages run on every article before it is stored ({@code empty()} for none)
     */
    public record Options(int batchSize, Duration commitAfter, int parseThreads, Hints hints, Limits limits,
            EnrichmentPipeline enrichers) {
        public Options {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
            }
            commitAfter = Objects.requireNonNullElse(commitAfter, Duration.ofSeconds(10));
            if (commitAfter.isNegative()) {
                throw new IllegalArgumentException("commitAfter must not be negative, got " + commitAfter);
            }
            if (parseThreads < 1) {
                throw new IllegalArgumentException("parseThreads must be >= 1, got " + parseThreads);
            }
            hints = Objects.requireNonNullElse(hints, Hints.none());
            limits = Objects.requireNonNullElse(limits, Limits.defaults());
            enrichers = Objects.requireNonNullElse(enrichers, Enrichers.standard());
        }

        /**
         * Commit every 5,000 articles or 10 seconds; parse on as many threads as there are processors (at most 4);
         * run the standard enrichers.
         */
        public static Options defaults() {
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            return new Options(5000, Duration.ofSeconds(10), threads, Hints.none(), Limits.defaults(),
                    Enrichers.standard());
        }

        public Options withBatchSize(int n) {
            return new Options(n, commitAfter, parseThreads, hints, limits, enrichers);
        }

        public Options withCommitAfter(Duration d) {
            return new Options(batchSize, d, parseThreads, hints, limits, enrichers);
        }

        public Options withParseThreads(int n) {
            return new Options(batchSize, commitAfter, n, hints, limits, enrichers);
        }

        public Options withHints(Hints h) {
            return new Options(batchSize, commitAfter, parseThreads, h, limits, enrichers);
        }

        public Options withLimits(Limits l) {
            return new Options(batchSize, commitAfter, parseThreads, hints, l, enrichers);
        }

        public Options withEnrichers(EnrichmentPipeline e) {
            return new Options(batchSize, commitAfter, parseThreads, hints, limits, e);
        }
    }

    /** One parsed input, or one unreadable input, or the end of the walk. */
    private record Unit(String path, long bytes, ParseResult parsed, ReadError walkError, boolean end) {
    }

    private static final Unit END = new Unit(null, 0, null, null, true);

    private final ArticleIndex index;
    private final Options options;
    private final IngestListener listener;

    private java.util.function.Function<Article, float[]> vectors;

    public Ingester(ArticleIndex index, Options options, IngestListener listener) {
        this.index = Objects.requireNonNull(index, "index");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = Objects.requireNonNullElse(listener, new IngestListener() { });
    }

    /**
     * Stores each article with the vector {@code embed} gives it (for dense related articles), e.g.
     * {@code a -> EmbeddingText.embed(embedder, a, 2)}; returns this ingester.
     */
    public Ingester withVectors(java.util.function.Function<Article, float[]> embed) {
        this.vectors = embed;
        return this;
    }

    /** Ingests every file under {@code paths}; returns once everything stored is committed. */
    public IngestSummary ingest(List<Path> paths) {
        long start = System.nanoTime();
        long before = index.count();
        ExecutorService parsers = Executors.newFixedThreadPool(options.parseThreads(), r -> {
            Thread t = new Thread(r, "storyline-ingest-parse");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<Unit>> queue = new ArrayBlockingQueue<>(options.parseThreads() * 2);
        Thread walker = new Thread(() -> walk(paths, parsers, queue), "storyline-ingest-walk");
        walker.setDaemon(true);
        walker.start();
        long inputs = 0;
        long bytes = 0;
        long articles = 0;
        long versions = 0;
        long errors = 0;
        long uncommitted = 0;
        long lastCommit = System.nanoTime();
        try {
            while (true) {
                Unit unit = take(queue);
                if (unit.end()) {
                    break;
                }
                if (unit.walkError() != null) {
                    errors++;
                    listener.error(unit.walkError());
                    continue;
                }
                inputs++;
                bytes += unit.bytes();
                for (ReadError e : unit.parsed().errors()) {
                    errors++;
                    listener.error(e);
                }
                for (Article a : unit.parsed().articles()) {
                    IndexEntry entry = link(a);
                    if (vectors != null) {
                        entry = entry.withVector(vectors.apply(a));
                    }
                    if (entry.versionOf() != null) {
                        versions++;
                    }
                    index.put(entry);
                    listener.stored(a);
                    articles++;
                    if (++uncommitted >= options.batchSize()
                            || System.nanoTime() - lastCommit >= options.commitAfter().toNanos()) {
                        index.commit();
                        uncommitted = 0;
                        lastCommit = System.nanoTime();
                        listener.committed(articles);
                    }
                }
                listener.inputRead(unit.path(), unit.bytes(), unit.parsed().articles().size());
            }
            index.commit();
            listener.committed(articles);
        } finally {
            parsers.shutdownNow();
            walker.interrupt();
        }
        return new IngestSummary(inputs, bytes, articles, index.count() - before, versions, errors,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private void walk(List<Path> paths, ExecutorService parsers, BlockingQueue<Future<Unit>> queue) {
        try {
            Inputs.walk(paths, options.hints(), options.limits(),
                    item -> offer(queue, parsers.submit(() -> parse(item))),
                    error -> offer(queue, CompletableFuture.completedFuture(new Unit(error.path(), 0, null, error, false))));
        } catch (RuntimeException e) {
            offer(queue, CompletableFuture.completedFuture(new Unit(null, 0, null,
                    new ReadError(null, null, "reading the inputs failed: " + e), false)));
        } finally {
            offer(queue, CompletableFuture.completedFuture(END));
        }
    }

    /** Parses and enriches one input, on a parser thread. */
    private Unit parse(InputItem item) {
        ParseResult parsed = Storyline.parse(item.content(), item.hints(), options.limits(), options.enrichers());
        return new Unit(item.path(), item.content().length, parsed, null, false);
    }

    /**
     * The entry for {@code a}: a story of its own, or a later version of a stored story when one with the same story
     * key exists, or (for a tagged later version, whose headline may have been rewritten) when a stored article of the
     * same agency and place with a lower version says nearly the same.
     */
    IndexEntry link(Article a) {
        String key = StoryKeys.keyFor(a);
        if (a.version() <= 1) {
            return new IndexEntry(a, key, null, null);
        }
        List<StoredArticle> chain = index.versions(key);
        if (!chain.isEmpty()) {
            return new IndexEntry(a, key, firstOtherThan(chain, a.id()), null);
        }
        String text = (a.headline() == null ? "" : a.headline() + "\n") + a.body();
        for (Neighbour n : index.similarToText(text, 5, Filters.none())) {
            Article candidate = n.stored().article();
            if (!candidate.id().equals(a.id()) && candidate.version() < a.version()
                    && (StoryKeys.similar(a, candidate) || dev.storyline.relate.VersionLinks.isLaterVersion(candidate, a))) {
                StoredArticle s = n.stored();
                return new IndexEntry(a, s.storyKey(), s.versionOf() != null ? s.versionOf() : s.id(), null);
            }
        }
        return new IndexEntry(a, key, null, null);
    }

    private static String firstOtherThan(List<StoredArticle> chain, String id) {
        for (StoredArticle s : chain) {
            if (!s.id().equals(id)) {
                return s.versionOf() != null ? s.versionOf() : s.id();
            }
        }
        return null;
    }

    /** Hands {@code f} to the storing thread; gives up quietly when the ingest was stopped (interrupted). */
    private static void offer(BlockingQueue<Future<Unit>> queue, Future<Unit> f) {
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Unit take(BlockingQueue<Future<Unit>> queue) {
        try {
            return queue.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            return new Unit(null, 0, null, new ReadError(null, null, "parsing failed: " + e.getCause()), false);
        }
    }
}
