package dev.storyline.eval.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Measures article-body extraction on the article-extraction-benchmark: scores every published output
 * ({@code output/*.json}) and runs each given {@link ArticleExtractor} on the pages, all with the same
 * {@link ShingleScorer}, and reports F1, precision and recall on all pages and on two fixed halves (page ids
 * starting with {@code 0-7} and with {@code 8-f}), so that a threshold tuned on one half can be checked on the other.
 */
public final class ExtractionEvaluation {

    /** The half of the pages whose id starts with 0-7. */
    public static final Predicate<String> HALF_A = id -> !id.isEmpty() && "01234567".indexOf(id.charAt(0)) >= 0;
    /** The other half. */
    public static final Predicate<String> HALF_B = HALF_A.negate();

    /** What the benchmark's README calls each published output. */
    private static final Map<String, String> PUBLISHED_NAMES = Map.of(
            "newspaper", "newspaper4k", "readability", "readability-lxml", "readability_js", "Readability.js",
            "html-text", "html-text (whole page)", "AutoExtract", "AutoExtract (commercial)");

    /**
     * One system's figures.
     *
     * @param system  the system's name
     * @param source  {@code published} (its output file scored) or {@code measured} (run in this evaluation)
     * @param all     the score on all pages
     * @param halfA   the score on the pages of {@link #HALF_A}
     * @param halfB   the score on the pages of {@link #HALF_B}
     * @param seconds time spent extracting, for measured systems; 0 for published ones
     * @param failures pages on which the extractor threw (counted as empty output)
     */
    public record Row(String system, String source, ExtractionScore all, ExtractionScore halfA,
            ExtractionScore halfB, double seconds, int failures) {
    }

    private ExtractionEvaluation() {
    }

    /** Scores the published outputs and runs {@code extractors}; rows sorted by F1, best first. */
    public static List<Row> run(ExtractionBenchmark benchmark, List<ArticleExtractor> extractors) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String name : benchmark.publishedSystems()) {
            rows.add(row(benchmark, PUBLISHED_NAMES.getOrDefault(name, name), "published",
                    benchmark.published(name), 0, 0));
        }
        for (ArticleExtractor extractor : extractors) {
            rows.add(measure(benchmark, extractor));
        }
        rows.sort((a, b) -> Double.compare(b.all().f1(), a.all().f1()));
        return rows;
    }

    /** Runs one extractor on every page and scores it. */
    public static Row measure(ExtractionBenchmark benchmark, ArticleExtractor extractor) {
        Map<String, String> out = new LinkedHashMap<>();
        int failures = 0;
        long nanos = 0;
        for (String id : benchmark.ids()) {
            byte[] html = benchmark.html(id);
            long start = System.nanoTime();
            try {
                out.put(id, extractor.extract(html, benchmark.url(id)));
            } catch (RuntimeException | StackOverflowError e) { // a library's failure is its empty output, as in the benchmark
                out.put(id, "");
                failures++;
            }
            nanos += System.nanoTime() - start;
        }
        return row(benchmark, extractor.name(), "measured", out, nanos / 1e9, failures);
    }

    /** The predictions of one extractor, by page id (for inspection and per-page reports). */
    public static Map<String, String> predictions(ExtractionBenchmark benchmark, ArticleExtractor extractor) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : benchmark.ids()) {
            out.put(id, extractor.extract(benchmark.html(id), benchmark.url(id)));
        }
        return out;
    }

    private static Row row(ExtractionBenchmark b, String name, String source, Map<String, String> predictions,
            double seconds, int failures) {
        return new Row(name, source, b.score(predictions, id -> true), b.score(predictions, HALF_A),
                b.score(predictions, HALF_B), seconds, failures);
    }

    /** The rows as a fixed-width table. */
    public static String format(List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-26s %-9s %6s %9s %6s  %7s %7s  %7s%n",
                "system", "source", "F1", "precision", "recall", "F1 0-7", "F1 8-f", "seconds"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-26s %-9s %6.3f %9.3f %6.3f  %7.3f %7.3f  %7s%n", r.system(),
                    r.source(), r.all().f1(), r.all().precision(), r.all().recall(), r.halfA().f1(), r.halfB().f1(),
                    r.seconds() > 0 ? String.format(Locale.ROOT, "%.1f", r.seconds()) : "-"));
            if (r.failures() > 0) {
                sb.append(String.format(Locale.ROOT, "%-26s   (%d pages failed, scored as empty)%n", "", r.failures()));
            }
        }
        return sb.toString();
    }
}
