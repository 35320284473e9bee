package dev.storyline.bench;

import dev.storyline.embed.EmbeddingText;
import dev.storyline.embed.Embedder;
import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.parse.Enrichers;
import dev.storyline.index.IndexEntry;
import dev.storyline.index.StoredArticle;
import dev.storyline.relate.StoryKeys;
import dev.storyline.json.Json;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.relate.RelatedArticles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The related-articles benchmark (not a test): latency of {@link RelatedArticles} as shipped against plain Lucene
 * {@link MoreLikeThis} over the same index in the same run, on a data folder built from Reuters-21578 with
 * {@code storyline ingest --embed} and optionally on an index of generated articles (1M); and the embedding cost per
 * article beside the enrichers' cost on the same articles.
 *
 * <pre>{@code
 * storyline ingest --embed --data /tmp/reuters-embedded ../shared/data/reuters21578
 * storyline bench related --data /tmp/reuters-embedded --reuters ../shared/data/reuters21578 [--scale 1000000]
 * }</pre>
 *
 * <p>MoreLikeThis is measured twice: returning ids only (what the eval compares with), and with its five related
 * articles loaded from the stored JSON (what a rail built on it needs). Both read the query article's text from the
 * store first, as {@code MoreLikeThis.like(docNum)} would re-read a stored field.
 */
public final class RelatedBenchmark {

    /**
     * What to run.
     *
     * @param data        a data folder built from Reuters with {@code storyline ingest --embed}
     * @param reuters     the Reuters-21578 folder the data folder was built from (for the embedding sample and the
     *                    generated articles)
     * @param work        a scratch folder for the generated index (emptied first)
     * @param scale       articles to generate for the scale run; 0 for none
     * @param queries     related lists asked per system
     * @param embedSample articles embedded to measure the embedding cost
     * @param seed        the seed of every random choice
     * @param compact     whether to measure the generated index again after {@link LuceneArticleIndex#compact}
     */
    public record Config(Path data, Path reuters, Path work, long scale, int queries, int embedSample, long seed,
            boolean compact) {
    }

    /** Related items asked for: a rail's worth. */
    static final int LIMIT = 5;

    private final Config config;
    private final Embedder embedder;
    private final PrintStream out;
    private final BenchTable table = new BenchTable();

    public RelatedBenchmark(Config config, Embedder embedder, PrintStream out) {
        this.config = config;
        this.embedder = embedder;
        this.out = out;
    }

    /** Runs the benchmark and prints the table. */
    public void run() throws Exception {
        out.println("reading " + config.reuters() + " ...");
        List<Article> corpus = BenchInputs.articles(BenchInputs.requireSgmFiles(config.reuters()),
                EnrichmentPipeline.empty()).stream().filter(a -> !a.body().isBlank()).toList();
        out.printf(Locale.ROOT, "%,d articles read%n", corpus.size());
        embeddingCost(corpus);

        List<String> ids = new ArrayList<>();
        corpus.forEach(a -> ids.add(a.id()));
        Collections.shuffle(ids, new Random(config.seed()));
        Map<String, LatencyProbe.Latency> reuters = latency(config.data(), ids, "Reuters");

        if (config.scale() > 0) {
            Path scaled = config.work().resolve("related-scale");
            generate(corpus, scaled);
            List<String> generatedIds = new ArrayList<>();
            Random r = new Random(config.seed() + 2);
            for (int i = 0; i < Math.max(config.queries(), 200) * 2; i++) {
                generatedIds.add("gen-" + (long) (r.nextDouble() * config.scale()));
            }
            String label = String.format(Locale.ROOT, "%,d generated", config.scale());
            compare(reuters, latency(scaled, generatedIds, label), label);
            if (config.compact()) {
                long start = System.nanoTime();
                int segments;
                try (LuceneArticleIndex index = LuceneArticleIndex.open(scaled)) {
                    out.println("compacting the generated index ...");
                    segments = index.compact();
                }
                table.row(label + ": compacted", String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - start) / 1e9),
                        segments + " segments merged into 1 (storyline compact)");
                compare(reuters, latency(scaled, generatedIds, label + ", compacted"), label + ", compacted");
            }
        }
        out.println();
        table.print(out);
    }

    private void compare(Map<String, LatencyProbe.Latency> small, Map<String, LatencyProbe.Latency> big,
            String label) {
        for (String system : big.keySet()) {
            table.row(String.format(Locale.ROOT, "%s: %s vs Reuters", system, label),
                    String.format(Locale.ROOT, "p50 %.2fx, p99 %.2fx", big.get(system).p50() / small.get(system).p50(),
                            big.get(system).p99() / small.get(system).p99()), "");
        }
    }

    /** Articles per CPU-second of the embedding (as ingest does it, 2 chunks) and, as the baseline, of the enrichers. */
    private void embeddingCost(List<Article> corpus) {
        List<Article> sample = new ArrayList<>(corpus);
        Collections.shuffle(sample, new Random(config.seed() + 1));
        sample = sample.subList(0, Math.min(config.embedSample(), sample.size()));
        EnrichmentPipeline enrichers = Enrichers.standard();
        for (Article a : sample.subList(0, Math.min(50, sample.size()))) { // warm up both
            EmbeddingText.embed(embedder, a, 2);
            enrichers.apply(a);
        }
        // the process's CPU time, not the thread's: ONNX Runtime may compute on threads of its own
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> embedRates = new ArrayList<>();
        List<Double> enrichRates = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            long cpu = os.getProcessCpuTime();
            for (Article a : sample) {
                EmbeddingText.embed(embedder, a, 2);
            }
            embedRates.add(sample.size() / ((os.getProcessCpuTime() - cpu) / 1e9));
            cpu = os.getProcessCpuTime();
            for (Article a : sample) {
                enrichers.apply(a);
            }
            enrichRates.add(sample.size() / ((os.getProcessCpuTime() - cpu) / 1e9));
        }
        double embed = median(embedRates);
        double enrich = median(enrichRates);
        table.row("embedding, all-MiniLM-L6-v2 q, 2 chunks of 90 words",
                String.format(Locale.ROOT, "%,.0f articles per CPU-second", embed),
                String.format(Locale.ROOT, "median of 3 rounds over %,d Reuters articles, one calling thread; CPU "
                        + "time of the whole process (ONNX Runtime's own threads included)", sample.size()));
        table.row("baseline: enrichers (entities, times, quotes)",
                String.format(Locale.ROOT, "%,.0f articles per CPU-second", enrich),
                String.format(Locale.ROOT, "same articles, same rounds; embedding costs %.1fx the enrichers",
                        enrich / embed));
    }

    /** Latency of each system on {@code data}, one client, over the first {@code queries} ids stored there. */
    private Map<String, LatencyProbe.Latency> latency(Path data, List<String> candidates, String label)
            throws Exception {
        Map<String, LatencyProbe.Latency> result = new LinkedHashMap<>();
        try (LuceneArticleIndex index = LuceneArticleIndex.openReadOnly(data);
                DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
            List<String> queries = new ArrayList<>();
            for (String id : candidates) {
                if (queries.size() >= config.queries()) {
                    break;
                }
                if (index.get(id).isPresent()) {
                    queries.add(id);
                }
            }
            if (queries.isEmpty()) {
                throw new IllegalArgumentException("none of the articles read is stored in " + data
                        + "; build it with: storyline ingest --embed --data " + data + " " + config.reuters());
            }
            boolean vectors = index.vectorOf(queries.get(0)).isPresent();
            table.row(label + ": index", String.format(Locale.ROOT, "%,d articles, %d segments", reader.numDocs(),
                    reader.leaves().size()), "");
            IndexSearcher searcher = new IndexSearcher(reader);
            RelatedArticles related = new RelatedArticles(index, null, RelatedArticles.Options.defaults());
            Map<String, Consumer<String>> systems = new LinkedHashMap<>();
            systems.put("MoreLikeThis (Lucene defaults), ids only", id -> moreLikeThis(index, searcher, id, false));
            systems.put("MoreLikeThis (Lucene defaults), 5 loaded", id -> moreLikeThis(index, searcher, id, true));
            systems.put("Storyline related, as shipped", id -> related.related(id, LIMIT).orElseThrow());
            for (Map.Entry<String, Consumer<String>> s : systems.entrySet()) {
                out.printf(Locale.ROOT, "%s: %s, %,d queries ...%n", label, s.getKey(), queries.size());
                LatencyProbe.Latency l = LatencyProbe.run(queries, 1, s.getValue());
                result.put(s.getKey(), l);
                table.row(label + ": " + s.getKey(),
                        String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms", l.p50(), l.p99()),
                        String.format(Locale.ROOT, "%,d queries, one client%s", l.queries(),
                                s.getKey().startsWith("Storyline")
                                        ? vectors ? ", lexical + stored vectors" : ", lexical only (no vectors stored)"
                                        : ""));
            }
            LatencyProbe.Latency base = result.get("MoreLikeThis (Lucene defaults), 5 loaded");
            LatencyProbe.Latency ours = result.get("Storyline related, as shipped");
            table.row(label + ": Storyline / MoreLikeThis with 5 loaded (goal <= 1x)",
                    String.format(Locale.ROOT, "p50 %.2fx, p99 %.2fx", ours.p50() / base.p50(), ours.p99() / base.p99()),
                    "");
        }
        return result;
    }

    /** Plain MoreLikeThis with Lucene's defaults over the body field, the query article itself excluded. */
    private static void moreLikeThis(LuceneArticleIndex index, IndexSearcher searcher, String id, boolean load) {
        try {
            Article a = index.get(id).orElseThrow().article();
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(new StandardAnalyzer());
            mlt.setFieldNames(new String[] {"body"});
            Query like = mlt.like("body", new StringReader((a.headline() == null ? "" : a.headline() + "\n")
                    + a.body()));
            Query q = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term("id", id)), BooleanClause.Occur.MUST_NOT).build();
            ScoreDoc[] hits = searcher.search(q, LIMIT).scoreDocs;
            if (load) {
                for (ScoreDoc d : hits) {
                    Json.read(searcher.storedFields().document(d.doc).get("json"), Article.class);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Stores {@code config.scale()} generated articles ({@link IngestBenchmark#generated}: one article's headline and
     * place, paragraphs of others, date shifted), each with the entities of the articles it was made from and, for
     * its vector, the normalised mean of their stored vectors: embedding a million articles would take days here.
     */
    private void generate(List<Article> corpus, Path dir) throws IOException {
        BenchInputs.deleteRecursively(dir);
        Map<String, float[]> vectors = new java.util.HashMap<>();
        Map<String, Article> enriched = new java.util.HashMap<>();
        try (LuceneArticleIndex source = LuceneArticleIndex.openReadOnly(config.data())) {
            for (Article a : corpus) {
                Optional<StoredArticle> s = source.get(a.id());
                if (s.isPresent()) {
                    enriched.put(a.id(), s.get().article());
                    source.vectorOf(a.id()).ifPresent(v -> vectors.put(a.id(), v));
                }
            }
        }
        List<Article> usable = corpus.stream().filter(a -> enriched.containsKey(a.id())).toList();
        Random r = new Random(config.seed() + 3);
        long start = System.nanoTime();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            for (long i = 0; i < config.scale(); i++) {
                List<Article> sources = new ArrayList<>();
                Article a = IngestBenchmark.generated(usable, r, i, sources::add);
                List<Entity> entities = new ArrayList<>();
                float[] sum = null;
                for (Article s : sources) {
                    entities.addAll(enriched.get(s.id()).entities());
                    float[] v = vectors.get(s.id());
                    if (v != null) {
                        sum = sum == null ? v.clone() : add(sum, v);
                    }
                }
                a = a.withEntities(distinct(entities));
                index.put(new IndexEntry(a, StoryKeys.keyFor(a), null, sum == null ? null : EmbeddingText.unit(sum)));
                if ((i + 1) % 10_000 == 0) {
                    index.commit();
                }
                if ((i + 1) % 50_000 == 0) {
                    out.printf(Locale.ROOT, "generated: %,d articles stored, %.0f/s%n", i + 1,
                            (i + 1) / ((System.nanoTime() - start) / 1e9));
                }
            }
            index.commit();
        }
        table.row(String.format(Locale.ROOT, "%,d generated articles stored, with vectors", config.scale()),
                String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - start) / 1e9),
                "vectors: normalised mean of the source articles' stored vectors");
    }

    private static List<Entity> distinct(List<Entity> entities) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Entity e : entities) {
            byKey.putIfAbsent(e.key() == null ? e.name() : e.key(), e);
        }
        return List.copyOf(byKey.values());
    }

    private static float[] add(float[] sum, float[] v) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += v[i];
        }
        return sum;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

}
