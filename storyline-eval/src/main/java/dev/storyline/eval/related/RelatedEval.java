package dev.storyline.eval.related;

import dev.storyline.embed.EmbeddingText;
import dev.storyline.embed.Embedder;
import dev.storyline.index.IndexEntry;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.relate.RelatedArticle;
import dev.storyline.relate.RelatedArticles;
import dev.storyline.relate.RelatedArticles.Mode;
import dev.storyline.relate.RelatedList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the related-articles evaluation over labelled documents: Storyline in each ablation mode, and plain Lucene
 * MoreLikeThis in the same run. For each query: precision at 5 of related documents sharing a topic, and (when
 * documents carry an event label) average precision of documents of the same event over the first
 * {@value #DEPTH}, averaged over queries (MAP).
 */
public final class RelatedEval {

    /** Ranked list depth for average precision. */
    public static final int DEPTH = 50;

    /**
     * One system's figures.
     *
     * @param system       e.g. {@code MoreLikeThis (Lucene defaults)}, {@code Storyline fused + time + entities}
     * @param precisionAt5 mean share of the first 5 that share a topic (missing places count as misses)
     * @param map          mean average precision of same-event documents, or NaN without event labels
     * @param meanListed   mean number of articles listed (at most 5; fewer when the floor drops some)
     * @param msPerQuery   mean time per query in milliseconds
     */
    public record Row(String system, double precisionAt5, double map, double meanListed, double msPerQuery) {
    }

    /**
     * The figures of every system, and what the run cost.
     *
     * @param parts the rows again for the queries of each part ({@link EvalDoc#part()}: ECB+ odd and even topics,
     *              Reuters splits), so weights chosen on one part can be checked on the other
     */
    public record Report(int documents, int queries, boolean dense, double embedSeconds, List<Row> rows,
            Map<String, List<Row>> parts) {

        /** The row named {@code system}. */
        public Row row(String system) {
            return rows.stream().filter(r -> r.system().equals(system)).findFirst().orElseThrow();
        }
    }

    public static final String MLT_DEFAULTS = "MoreLikeThis (Lucene defaults)";
    public static final String MLT_TF1 = "MoreLikeThis (min tf = min df = 1)";
    /** The product: fused and re-ranked, floor on, 5 listed (no MAP: a list of 5 is not a ranking to depth). */
    public static final String SHIPPED = "Storyline as shipped (floor on, 5 listed)";

    private RelatedEval() {
    }

    /**
     * Runs the evaluation; {@code embedder} may be null (lexical modes only). {@code progress} receives a line now
     * and then.
     */
    public static Report run(List<EvalDoc> docs, Embedder embedder, int maxChunks, Consumer<String> progress)
            throws IOException {
        return run(docs, embedder, maxChunks, Integer.MAX_VALUE, progress);
    }

    /**
     * Runs the evaluation on at most {@code maxQueries} queries, drawn with a seeded {@link java.util.Random} when
     * there are more (for floor tests that cannot afford them all).
     */
    public static Report run(List<EvalDoc> docs, Embedder embedder, int maxChunks, int maxQueries,
            Consumer<String> progress) throws IOException {
        return run(docs, EvalDoc::query, embedder, maxChunks, maxQueries, progress);
    }

    /**
     * Runs the evaluation with the documents {@code isQuery} accepts as queries (e.g. the Reuters TRAIN split, to
     * choose weights away from the reported TEST split), at most {@code maxQueries} of them, seeded.
     */
    public static Report run(List<EvalDoc> docs, java.util.function.Predicate<EvalDoc> isQuery, Embedder embedder,
            int maxChunks, int maxQueries, Consumer<String> progress) throws IOException {
        Path dir = Files.createTempDirectory("storyline-eval-related");
        try {
            return run(docs, isQuery, embedder, maxChunks, maxQueries, progress, dir);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Report run(List<EvalDoc> docs, java.util.function.Predicate<EvalDoc> isQuery, Embedder embedder,
            int maxChunks, int maxQueries, Consumer<String> progress, Path dir) throws IOException {
        Map<String, EvalDoc> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        Map<String, Integer> eventSizes = new HashMap<>();
        docs.stream().filter(d -> d.event() != null).forEach(d -> eventSizes.merge(d.event(), 1, Integer::sum));
        List<EvalDoc> queries = new ArrayList<>(docs.stream().filter(isQuery).toList());
        if (queries.size() > maxQueries) {
            java.util.Collections.shuffle(queries, new java.util.Random(7));
            queries = queries.subList(0, maxQueries);
        }
        double embedSeconds = 0;
        Map<String, Metrics> metrics = new LinkedHashMap<>();
        Map<String, Map<String, Metrics>> byPart = new java.util.TreeMap<>();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir);
                MoreLikeThisBaseline mlt = new MoreLikeThisBaseline(docs)) {
            long t0 = System.nanoTime();
            List<float[]> vectors = embedder == null ? null : embedAll(embedder, docs, maxChunks, progress);
            embedSeconds = (System.nanoTime() - t0) / 1e9;
            for (int i = 0; i < docs.size(); i++) {
                IndexEntry e = IndexEntry.of(docs.get(i).article());
                index.put(vectors == null ? e : e.withVector(vectors.get(i)));
            }
            index.commit();
            progress.accept("indexed " + docs.size() + " documents; running " + queries.size() + " queries");
            List<Mode> modes = embedder == null ? List.of(Mode.LEXICAL, Mode.FULL) : List.of(Mode.values());
            RelatedArticles ablation = new RelatedArticles(index, embedder,
                    RelatedArticles.Options.defaults().withFloor(false));
            RelatedArticles product = new RelatedArticles(index, embedder, RelatedArticles.Options.defaults());
            int n = 0;
            for (EvalDoc q : queries) {
                long s = System.nanoTime();
                measure(metrics, byPart, MLT_DEFAULTS, q, mlt.similar(q.id(), DEPTH, true), byId, eventSizes, s);
                s = System.nanoTime();
                measure(metrics, byPart, MLT_TF1, q, mlt.similar(q.id(), DEPTH, false), byId, eventSizes, s);
                s = System.nanoTime();
                Map<Mode, RelatedList> lists = ablation.relatedByMode(q.id(), DEPTH, modes).orElseThrow();
                double each = (System.nanoTime() - s) / (double) modes.size();
                for (Mode m : modes) {
                    measure(metrics, byPart, "Storyline " + label(m, embedder != null), q, ids(lists.get(m)), byId,
                            eventSizes, System.nanoTime() - (long) each);
                }
                s = System.nanoTime();
                RelatedList shown = product.related(q.id(), 5).orElseThrow();
                measure(metrics, byPart, SHIPPED, q, ids(shown), byId, null, s);
                if (++n % 500 == 0) {
                    progress.accept(n + " / " + queries.size() + " queries");
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        metrics.forEach((name, m) -> rows.add(m.row(name)));
        Map<String, List<Row>> parts = new LinkedHashMap<>();
        byPart.forEach((part, ms) -> {
            List<Row> partRows = new ArrayList<>();
            ms.forEach((name, m) -> partRows.add(m.row(name)));
            parts.put(part, partRows);
        });
        return new Report(docs.size(), queries.size(), embedder != null, embedSeconds, rows, parts);
    }

    static String label(Mode m, boolean dense) {
        return switch (m) {
            case LEXICAL -> "lexical only";
            case DENSE -> "dense only";
            case FUSED -> "fused (RRF)";
            case FULL -> dense ? "fused + re-rank (words, dense, entities, dates, time)"
                    : "lexical + re-rank (words, entities, dates, time)";
        };
    }

    private static List<float[]> embedAll(Embedder embedder, List<EvalDoc> docs, int maxChunks,
            Consumer<String> progress) {
        float[][] out = new float[docs.size()][];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.IntStream.range(0, docs.size()).parallel().forEach(i -> {
            out[i] = EmbeddingText.embed(embedder, docs.get(i).article(), maxChunks);
            if (done.incrementAndGet() % 2000 == 0) {
                progress.accept("embedded " + done.get() + " / " + docs.size());
            }
        });
        return List.of(out);
    }

    /**
     * The ids a reader sees, in order: the article's duplicates (listed apart, above the related list), then the
     * related list, each item followed by the near copies folded under it. Without them a system that excludes copies would be scored below one that lists them.
     */
    private static List<String> ids(RelatedList list) {
        List<String> out = new ArrayList<>();
        list.duplicates().members().stream().map(m -> m.id()).filter(id -> !id.equals(list.article().id()))
                .forEach(out::add);
        for (RelatedArticle i : list.items()) {
            out.add(i.id());
            out.addAll(i.copies()); // shown folded under it
        }
        return out;
    }

    private static void measure(Map<String, Metrics> metrics, Map<String, Map<String, Metrics>> byPart, String system,
            EvalDoc q, List<String> ranked, Map<String, EvalDoc> byId, Map<String, Integer> eventSizes,
            long startNanos) {
        long nanos = System.nanoTime() - startNanos;
        measure(metrics.computeIfAbsent(system, k -> new Metrics()), q, ranked, byId, eventSizes, nanos);
        if (q.part() != null) {
            measure(byPart.computeIfAbsent(q.part(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(system, k -> new Metrics()), q, ranked, byId, eventSizes, nanos);
        }
    }

    private static void measure(Metrics m, EvalDoc q, List<String> ranked, Map<String, EvalDoc> byId,
            Map<String, Integer> eventSizes, long nanos) {
        m.nanos += nanos;
        m.queries++;
        int hits = 0;
        for (int i = 0; i < Math.min(5, ranked.size()); i++) {
            EvalDoc d = byId.get(ranked.get(i));
            if (d != null && d.topics().stream().anyMatch(q.topics()::contains)) {
                hits++;
            }
        }
        m.p5 += hits / 5.0;
        m.listed += Math.min(5, ranked.size());
        if (q.event() != null && eventSizes != null) {
            int relevant = eventSizes.getOrDefault(q.event(), 1) - 1;
            double sum = 0;
            int found = 0;
            for (int i = 0; i < ranked.size(); i++) {
                EvalDoc d = byId.get(ranked.get(i));
                if (d != null && q.event().equals(d.event())) {
                    found++;
                    sum += found / (double) (i + 1);
                }
            }
            m.ap += relevant == 0 ? 0 : sum / relevant;
            m.withEvents++;
        }
    }

    private static final class Metrics {
        int queries;
        int withEvents;
        double p5;
        double ap;
        double listed;
        long nanos;

        Row row(String name) {
            return new Row(name, p5 / queries, withEvents == 0 ? Double.NaN : ap / withEvents, listed / queries,
                    nanos / 1e6 / queries);
        }
    }
}
