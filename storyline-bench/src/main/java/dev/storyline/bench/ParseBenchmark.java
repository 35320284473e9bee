package dev.storyline.bench;

import dev.storyline.ParseResult;
import dev.storyline.Storyline;
import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.read.Limits;
import dev.storyline.bench.BenchInputs.Item;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToLongFunction;
import org.jsoup.Jsoup;

/**
 * Parse throughput, beside a baseline measured in the same run: for Reuters SGML, plain wire text (rebuilt from the
 * Reuters stories in memory) and HTML pages, it times {@link Storyline#parse} and the mere decoding of the same
 * bytes into text (plus, for HTML, jsoup parsing alone), on one thread and on all cores. Inputs are in memory
 * before timing starts; each measurement is warmed up, repeated, and reported as its median.
 *
 * <pre>
 * storyline bench parse ../shared/data/reuters21578 ../shared/data/article-extraction-benchmark/html
 * </pre>
 *
 * <p>The ratio column is parse speed over decode speed: 1.0 would mean parsing costs no more than decoding.
 * Wire text is measured twice: as day files of many stories ({@code wire-files}, one parse call per file) and
 * story by story ({@code wire-stories}, one call per story), which adds the facade's per-call cost (its time
 * guard hands each call to a watchdog thread) to every story.
 */
public final class ParseBenchmark {

    /**
     * What to run.
     *
     * @param dirs    data folders: Reuters-21578 ({@code reut2-*.sgm}) and/or HTML pages ({@code *.html.gz})
     * @param warmup  rounds run before measuring
     * @param rounds  measured rounds; the median is reported
     * @param threads the "all cores" thread count
     */
    public record Config(List<Path> dirs, int warmup, int rounds, int threads) {
        public Config {
            dirs = List.copyOf(dirs);
            if (warmup < 0 || rounds < 1 || threads < 1) {
                throw new IllegalArgumentException("need warmup >= 0, rounds >= 1, threads >= 1; got " + warmup
                        + ", " + rounds + ", " + threads);
            }
        }
    }

    /** One way of processing an item; returns a count (articles, or characters for baselines) to keep it live. */
    private record Step(String name, ToLongFunction<Item> work) {
    }

    /** A median timing of one step over a workload. */
    private record Timing(double seconds, long count) {
    }

    private final Config config;
    private final PrintStream out;

    public ParseBenchmark(Config config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** Runs every workload its folders allow and prints the table. */
    public void run() throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "storyline bench parse: %d warm-up + %d measured rounds, medians; 1 and %d threads;"
                + " Java %s%n%n", config.warmup(), config.rounds(), config.threads(), Runtime.version());
        out.printf(Locale.ROOT, "%-14s %7s %6s %9s %-22s %10s %12s %7s%n", "input", "items", "MB", "threads",
                "step", "MB/s", "articles/s", "ratio");
        boolean any = false;
        for (Path dir : config.dirs()) {
            if (BenchInputs.isReuters(dir)) {
                bench("reuters-sgml", BenchInputs.reutersSgml(dir), StandardCharsets.ISO_8859_1, false);
                List<Item> stories = BenchInputs.wireStories(dir);
                bench("wire-files", BenchInputs.wireFiles(stories), StandardCharsets.UTF_8, false);
                bench("wire-stories", stories, StandardCharsets.UTF_8, false);
                any = true;
            }
            if (BenchInputs.isHtml(dir)) {
                bench("html", BenchInputs.htmlPages(dir), StandardCharsets.UTF_8, true);
                any = true;
            }
            if (!BenchInputs.isReuters(dir) && !BenchInputs.isHtml(dir)) {
                out.println("skipped " + dir + ": neither reut2-*.sgm nor *.html(.gz) files in it");
            }
        }
        if (!any) {
            out.println("nothing to measure: give a Reuters-21578 folder and/or a folder of HTML pages");
        }
        out.println();
        out.println("ratio: parse MB/s over decode MB/s (goal for text formats: >= 0.5); for html, also over jsoup.");
    }

    private void bench(String name, List<Item> items, java.nio.charset.Charset charset, boolean html)
            throws InterruptedException {
        long bytes = items.stream().mapToLong(i -> i.bytes().length).sum();
        Step decode = new Step("decode", i -> countLines(new String(i.bytes(), charset)));
        Step jsoup = new Step("jsoup parse", i -> Jsoup.parse(new String(i.bytes(), charset)).childNodeSize());
        Step parse = new Step("storyline parse", i -> {
            // the wire structure alone: the enrichers have their own benchmark figures
            ParseResult r = Storyline.parse(i.bytes(), i.hints(), Limits.defaults(), EnrichmentPipeline.empty());
            return r.articles().size();
        });
        List<Step> steps = html ? List.of(decode, jsoup, parse) : List.of(decode, parse);
        int[] threadCounts = config.threads() == 1 ? new int[] {1} : new int[] {1, config.threads()};
        for (int threads : threadCounts) {
            Timing[] t = measure(items, steps, threads);
            Timing base = t[0];
            for (int s = 0; s < steps.size(); s++) {
                boolean isParse = steps.get(s) == parse;
                double mbs = bytes / 1e6 / t[s].seconds();
                String articles = isParse ? String.format(Locale.ROOT, "%,.0f", t[s].count() / t[s].seconds()) : "";
                if (isParse && t[s].count() == 0) {
                    articles = "0 (errors?)";
                }
                String ratio = s == 0 ? "1.00" : String.format(Locale.ROOT, "%.2f", base.seconds() / t[s].seconds());
                if (isParse && html) {
                    ratio += String.format(Locale.ROOT, " (%.2f of jsoup)", t[1].seconds() / t[s].seconds());
                }
                out.printf(Locale.ROOT, "%-14s %7d %6.1f %9d %-22s %10.1f %12s %7s%n", name, items.size(),
                        bytes / 1e6, threads, steps.get(s).name(), mbs, articles, ratio);
            }
            out.flush();
        }
    }

    /** Runs warm-up then measured rounds, alternating steps within a round; returns each step's median. */
    private Timing[] measure(List<Item> items, List<Step> steps, int threads) throws InterruptedException {
        double[][] seconds = new double[steps.size()][config.rounds()];
        long[] counts = new long[steps.size()];
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            for (int round = -config.warmup(); round < config.rounds(); round++) {
                for (int s = 0; s < steps.size(); s++) {
                    Step step = steps.get(s);
                    long start = System.nanoTime();
                    long count = threads == 1 ? run(items, step) : pool.submit(() -> items.parallelStream()
                            .mapToLong(step.work()).sum()).get();
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    if (round >= 0) {
                        seconds[s][round] = elapsed;
                        counts[s] = count;
                    }
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark step failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Timing[] t = new Timing[steps.size()];
        for (int s = 0; s < steps.size(); s++) {
            t[s] = new Timing(median(seconds[s]), counts[s]);
        }
        return t;
    }

    private static long run(List<Item> items, Step step) {
        long n = 0;
        for (Item i : items) {
            n += step.work().applyAsLong(i);
        }
        return n;
    }

    private static long countLines(String s) {
        long n = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Builds a config from folders with the usual defaults (2 warm-up rounds, 5 measured, all cores). */
    public static Config defaults(List<Path> dirs) {
        return new Config(new ArrayList<>(dirs), 2, 5, Runtime.getRuntime().availableProcessors());
    }
}
