package dev.storyline.bench;

import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.index.IndexEntry;
import dev.storyline.index.SearchRequest;
import dev.storyline.ingest.IngestSummary;
import dev.storyline.ingest.Ingester;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Source;
import dev.storyline.model.Timestamp;
import dev.storyline.parse.Enrichers;
import dev.storyline.relate.StoryKeys;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.store.FSDirectory;

/**
 * The ingest benchmark (not a test): ingests Reuters-21578 through the pipeline as it stands, beside bare Lucene
 * indexing of the same bodies with {@link StandardAnalyzer} in the same run; measures search latency over queries
 * made from Reuters headlines with one client and four; optionally does the same at a larger scale with articles
 * generated from the corpus (paragraphs recombined, dates shifted). Prints a table.
 *
 * <pre>{@code
 * storyline bench ingest --reuters ../shared/data/reuters21578 [--scale 1000000]
 * }</pre>
 */
public final class IngestBenchmark {

    /**
     * What to run.
     *
     * @param reuters the Reuters-21578 folder (its {@code reut2-*.sgm} files are read)
     * @param work    a scratch folder for the indexes (emptied first)
     * @param scale   articles to generate for the scale run; 0 for none
     * @param queries queries made from headlines
     * @param seed    the seed of every random choice
     * @param commitEvery articles between commits of the pipeline ingest
     * @param warmUp  whether to run each ingest phase once untimed first
     */
    public record Config(Path reuters, Path work, long scale, int queries, long seed, int commitEvery,
            boolean warmUp) {
    }

    private final Config config;
    private final PrintStream out;
    private final BenchTable table = new BenchTable();

    public IngestBenchmark(Config config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** Runs the benchmark and prints the table. */
    public void run() throws Exception {
        List<Path> files = BenchInputs.requireSgmFiles(config.reuters());
        long rawBytes = 0;
        for (Path f : files) {
            rawBytes += Files.size(f);
        }
        BenchInputs.deleteRecursively(config.work());
        Files.createDirectories(config.work());
        List<Article> corpus = BenchInputs.articles(files, EnrichmentPipeline.empty());
        if (corpus.isEmpty()) {
            throw new IllegalStateException("the pipeline read no articles from " + config.reuters()
                    + ": its reader is not there yet, or this is not Reuters-21578");
        }
        out.printf(Locale.ROOT, "Reuters-21578: %,d files, %s, %,d articles parsed%n", files.size(), mb(rawBytes),
                corpus.size());
        if (config.warmUp()) {
            // one untimed pass of each, so that the timed passes compare compiled code, not the JIT's warm-up
            bareLucene(corpus, config.work().resolve("warm-bare"));
            try (LuceneArticleIndex index = LuceneArticleIndex.open(config.work().resolve("warm-pipeline"))) {
                new Ingester(index, Ingester.Options.defaults(), null).ingest(files);
            }
        }
        String warm = config.warmUp() ? ", after an untimed warm-up pass" : ", cold";
        for (boolean enrich : new boolean[] {false, true}) {
            PhaseClock parseClock = new PhaseClock();
            BenchInputs.articles(files, enrich ? Enrichers.standard() : EnrichmentPipeline.empty());
            table.row("parse only, 1 thread, " + (enrich ? "with the standard enrichers" : "wire structure alone"),
                    rate(corpus.size(), parseClock.wallSeconds(), parseClock.cpuSeconds()),
                    String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU%s", parseClock.wallSeconds(),
                            parseClock.cpuSeconds(), warm));
        }

        PhaseClock bareClock = new PhaseClock();
        bareLucene(corpus, config.work().resolve("bare"));
        double bareWall = bareClock.wallSeconds();
        double bareCpu = bareClock.cpuSeconds();
        table.row("bare Lucene, StandardAnalyzer, bodies only", rate(corpus.size(), bareWall, bareCpu),
                String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU", bareWall, bareCpu));

        Path data = null;
        for (boolean enrich : new boolean[] {false, true}) {
            data = config.work().resolve(enrich ? "pipeline" : "pipeline-no-enrich");
            IngestSummary s;
            PhaseClock pipeClock = new PhaseClock();
            try (LuceneArticleIndex index = LuceneArticleIndex.open(data)) {
                Ingester.Options options = Ingester.Options.defaults().withBatchSize(config.commitEvery());
                s = new Ingester(index, enrich ? options : options.withEnrichers(EnrichmentPipeline.empty()), null)
                        .ingest(files);
            }
            double pipeWall = pipeClock.wallSeconds();
            double pipeCpu = pipeClock.cpuSeconds();
            String what = enrich ? "with the standard enrichers" : "wire structure alone (--no-enrich)";
            table.row("pipeline ingest, " + what, rate(s.articles(), pipeWall, pipeCpu)
                    + String.format(Locale.ROOT, ", %.2f MB/s", s.megabytesPerSecond()),
                    String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU, %,d articles, %,d errors, commit every %,d",
                            pipeWall, pipeCpu, s.articles(), s.errors(), config.commitEvery()));
            table.row("  / bare Lucene (goal >= 0.5x)", String.format(Locale.ROOT, "%.2fx wall, %.2fx CPU",
                    bareWall / pipeWall * s.articles() / corpus.size(), bareCpu / pipeCpu * s.articles() / corpus.size()),
                    "articles/s of the pipeline over articles/s of bare Lucene");
        }
        long indexBytes = sizeOf(data.resolve("index"));
        long textBytes = textBytes(corpus);
        table.row("index size on disk / raw text", mb(indexBytes) + " / " + mb(textBytes),
                String.format(Locale.ROOT, "%.2fx (source files %s)", (double) indexBytes / textBytes, mb(rawBytes)));

        List<String> queries = queriesFromHeadlines(corpus, config.queries(), config.seed());
        LatencyProbe.Latency[] small = latency(data, queries, "21k");

        if (config.scale() > 0) {
            scale(corpus, queries, small);
        }
        out.println();
        table.print(out);
    }

    /** Latency with 1 and 4 clients, of the full search (facets, highlights) and of the top ten hits alone. */
    private LatencyProbe.Latency[] latency(Path data, List<String> queries, String label) throws Exception {
        LatencyProbe.Latency[] result = new LatencyProbe.Latency[4];
        try (LuceneArticleIndex index = LuceneArticleIndex.openReadOnly(data)) {
            int i = 0;
            for (boolean full : new boolean[] {true, false}) {
                for (int clients : new int[] {1, 4}) {
                    LatencyProbe.Latency l = LatencyProbe.run(queries, clients, q -> index.search(full
                            ? SearchRequest.of(q) : SearchRequest.of(q).withFacetSize(0).withHighlight(false)));
                    result[i++] = l;
                    table.row(String.format(Locale.ROOT, "search %s, %s, %d client%s", label,
                            full ? "full" : "hits only", clients, clients == 1 ? "" : "s"),
                            String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms", l.p50(), l.p99()),
                            String.format(Locale.ROOT, "%,d queries, %,.0f queries/s%s", l.queries(), l.perSecond(),
                                    full ? ", with facets and highlights" : ", no facets, no highlights"));
                }
            }
        }
        return result;
    }

    private void scale(List<Article> corpus, List<String> queries, LatencyProbe.Latency[] small) throws Exception {
        Path data = config.work().resolve("scale");
        Random r = new Random(config.seed() + 1);
        long textBytes = 0;
        long start = System.nanoTime();
        long peakLive;
        long peakUsed;
        try (HeapWatch heap = new HeapWatch(); LuceneArticleIndex index = LuceneArticleIndex.open(data)) {
            for (long i = 0; i < config.scale(); i++) {
                Article a = generated(corpus, r, i);
                textBytes += a.headline() == null ? 0 : a.headline().getBytes(StandardCharsets.UTF_8).length;
                textBytes += a.body().getBytes(StandardCharsets.UTF_8).length;
                index.put(new IndexEntry(a, StoryKeys.keyFor(a), null, null));
                if ((i + 1) % 10_000 == 0) {
                    index.commit();
                }
                if ((i + 1) % 100_000 == 0) {
                    out.printf(Locale.ROOT, "scale: %,d articles stored, %.0f/s%n", i + 1,
                            (i + 1) / ((System.nanoTime() - start) / 1e9));
                }
            }
            index.commit();
            peakUsed = heap.peakUsedBytes();
            // the live set with the writer still open: what the store itself keeps in memory at this size
            System.gc();
            peakLive = Math.max(heap.peakLiveBytes(),
                    java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String n = String.format(Locale.ROOT, "%,d", config.scale());
        table.row("scale " + n + ": generated articles stored", String.format(Locale.ROOT,
                "%,.0f articles/s, %.2f MB/s of text", config.scale() / seconds, textBytes / 1048576.0 / seconds),
                String.format(Locale.ROOT, "%.0f s (parse excluded: articles are generated)", seconds));
        long indexBytes = sizeOf(data.resolve("index"));
        table.row("scale " + n + ": index size / raw text", mb(indexBytes) + " / " + mb(textBytes),
                String.format(Locale.ROOT, "%.2fx", (double) indexBytes / textBytes));
        table.row("scale " + n + ": heap", "live after GC " + mb(peakLive), "largest live set seen after a GC, "
                + "the last with the writer open; peak in use (garbage included) " + mb(peakUsed)
                + ", -Xmx " + mb(Runtime.getRuntime().maxMemory()));
        LatencyProbe.Latency[] big = latency(data, queries, n);
        for (int i = 0; i < 4; i++) {
            table.row(String.format(Locale.ROOT, "p50 / p99 at %s vs 21k, %s, %d client%s (goal <= 1.2x)", n,
                    i < 2 ? "full" : "hits only", big[i].clients(), big[i].clients() == 1 ? "" : "s"),
                    String.format(Locale.ROOT, "%.2fx / %.2fx", big[i].p50() / small[i].p50(), big[i].p99() / small[i].p99()),
                    "");
        }
    }

    /** An article made from the corpus: one article's headline and place, 1-4 paragraphs of others, date shifted. */
    static Article generated(List<Article> corpus, Random r, long i) {
        return generated(corpus, r, i, a -> { });
    }

    /** As {@link #generated(List, Random, long)}, telling {@code source} each article it was made from. */
    static Article generated(List<Article> corpus, Random r, long i, java.util.function.Consumer<Article> source) {
        Article base = corpus.get(r.nextInt(corpus.size()));
        source.accept(base);
        int count = 1 + r.nextInt(4);
        List<String> paragraphs = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            Article from = corpus.get(r.nextInt(corpus.size()));
            if (!from.paragraphs().isEmpty()) {
                paragraphs.add(from.paragraphs().get(r.nextInt(from.paragraphs().size())));
                source.accept(from);
            }
        }
        LocalDate date = base.storyDate();
        LocalDate shifted = date == null ? null : date.plusDays(r.nextInt(7300) - 3650L);
        Dateline d = base.dateline();
        Dateline dateline = new Dateline(d == null ? null : d.place(), shifted == null ? null : PartialDate.of(shifted),
                d == null ? null : d.agency(),
                d == null ? null : d.text(), null);
        return new Article("gen-" + i, base.headline(), base.tags(), 1, null, base.byline(), dateline, paragraphs,
                List.of(), List.of(), base.endMarker(), List.of(), base.language(), null,
                shifted == null ? null : Timestamp.of(shifted), base.labels(),
                new Source("generated", "generated", "item " + i), List.of());
    }

    /** Up to four distinctive words of a headline each, AND-ed (the query syntax's default). */
    static List<String> queriesFromHeadlines(List<Article> corpus, int n, long seed) {
        Random r = new Random(seed);
        Set<String> stop = Set.of("the", "and", "for", "with", "from", "that", "this", "says", "said", "its", "has",
                "are", "was", "not", "into", "over", "after", "than");
        List<String> queries = new ArrayList<>(n);
        for (int tries = 0; queries.size() < n && tries < n * 20; tries++) {
            Article a = corpus.get(r.nextInt(corpus.size()));
            if (a.headline() == null) {
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            for (String w : a.headline().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 3 && !stop.contains(w) && words.size() < 4) {
                    words.add(QueryParser.escape(w));
                }
            }
            if (!words.isEmpty()) {
                queries.add(String.join(" ", words));
            }
        }
        return queries;
    }

    private static String rate(long articles, double wall, double cpu) {
        return String.format(Locale.ROOT, "%,.0f articles/s (%,.0f per CPU s)", articles / wall, articles / cpu);
    }

    private static void bareLucene(List<Article> corpus, Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
            for (Article a : corpus) {
                Document doc = new Document();
                doc.add(new TextField("body", a.body(), Field.Store.NO));
                w.addDocument(doc);
            }
            w.commit();
        }
    }

    private static long textBytes(List<Article> corpus) {
        long n = 0;
        for (Article a : corpus) {
            n += (a.headline() == null ? 0 : a.headline().getBytes(StandardCharsets.UTF_8).length)
                    + a.body().getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
