package dev.storyline.bench;

import dev.storyline.ParseResult;
import dev.storyline.Storyline;
import dev.storyline.enrich.Enricher;
import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.parse.Enrichers;
import dev.storyline.model.Article;
import dev.storyline.read.ArticleReader;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.parse.Readers;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed of each enricher of the standard pipeline, and of the whole pipeline, on the Reuters-21578 stories: tokens/s
 * and articles/s per core (CPU time of the one measuring thread), beside the wire grammar alone measured in the same
 * run. Each enricher runs on articles that already carry what it requires (quotes after entities), as in ingest.
 * Medians of several rounds after warm-up rounds.
 */
public final class EnrichBenchmark {

    /**
     * @param reuters the Reuters-21578 folder
     * @param limit   how many stories to use (0: all)
     * @param warmup  warm-up rounds
     * @param rounds  measured rounds; the median is reported
     */
    public record Config(Path reuters, int limit, int warmup, int rounds) {
    }

    private final Config config;
    private final PrintStream out;

    public EnrichBenchmark(Config config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public void run() throws IOException {
        List<Article> articles = new ArrayList<>();
        List<byte[]> raw = new ArrayList<>();
        for (Path f : BenchInputs.sgmFiles(config.reuters())) {
            byte[] bytes = Files.readAllBytes(f);
            raw.add(bytes);
            ParseResult r = Storyline.parse(bytes, Hints.named(f.toString()), Limits.defaults(),
                    EnrichmentPipeline.empty());
            for (Article a : r.articles()) {
                if (!a.paragraphs().isEmpty()) {
                    articles.add(a);
                }
            }
        }
        int allArticles = articles.size();
        long allTokens = articles.stream().mapToLong(EnrichBenchmark::tokens).sum();
        if (config.limit() > 0 && articles.size() > config.limit()) {
            articles = articles.subList(0, config.limit());
        }
        long tokens = articles.stream().mapToLong(EnrichBenchmark::tokens).sum();
        out.printf(Locale.ROOT, "Enrichers on %,d Reuters-21578 stories with a body (%,d tokens); one thread, CPU time,"
                + " median of %d rounds after %d warm-up%n%n", articles.size(), tokens, config.rounds(),
                config.warmup());
        out.printf(Locale.ROOT, "%-34s %14s %14s %12s%n", "stage", "tokens/s/core", "articles/s/core", "ms/article");

        List<Enricher> stages = Enrichers.standard().stages();
        // each stage gets the output of the stages before it, as in the pipeline
        List<Article> input = articles;
        for (Enricher stage : stages) {
            List<Article> in = input;
            double seconds = medianSeconds(() -> {
                for (Article a : in) {
                    stage.enrich(a);
                }
            });
            row(stage.name(), tokens, in.size(), seconds);
            List<Article> next = new ArrayList<>(in.size());
            for (Article a : in) {
                next.add(stage.enrich(a));
            }
            input = next;
        }
        List<Article> all = articles;
        EnrichmentPipeline pipeline = Enrichers.standard();
        row("all enrichers (the pipeline)", tokens, all.size(), medianSeconds(() -> all.forEach(pipeline::apply)));
        // in this thread (the facade's time guard would run it on another, out of this thread's CPU clock);
        // over every story of the files, hence its own counts
        ArticleReader sgml = Readers.forFormat(Format.REUTERS_SGML);
        row("baseline: read + wire grammar alone", allTokens, allArticles, medianSeconds(() -> {
            for (byte[] bytes : raw) {
                Storyline.toArticles(sgml.read(bytes, Hints.none(), Limits.defaults()));
            }
        }));
        out.println();
        out.println("tokens are whitespace-separated words of headline and body; per core = CPU time of one thread.");
    }

    private void row(String name, long tokens, int articles, double seconds) {
        out.printf(Locale.ROOT, "%-34s %,14.0f %,14.0f %12.3f%n", name, tokens / seconds, articles / seconds,
                1000.0 * seconds / articles);
    }

    private double medianSeconds(Runnable work) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < config.warmup(); i++) {
            work.run();
        }
        double[] times = new double[config.rounds()];
        for (int i = 0; i < times.length; i++) {
            long start = cpu.getCurrentThreadCpuTime();
            work.run();
            times[i] = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private static long tokens(Article a) {
        long n = a.headline() == null ? 0 : a.headline().split("\\s+").length;
        for (String p : a.paragraphs()) {
            n += p.split("\\s+").length;
        }
        return n;
    }
}
