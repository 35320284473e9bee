package dev.storyline.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction-benchmark in its published layout: {@code ground-truth.json} (page id to
 * {@code {articleBody, url}}), {@code html/<id>.html.gz} (UTF-8 pages) and {@code output/<system>.json} (published
 * outputs of other extractors, optionally wrapped as {@code {"version": ..., "output": {...}}}).
 */
public final class ExtractionBenchmark {

    private final Path dir;
    private final Map<String, String> gold;
    private final Map<String, String> urls;

    private ExtractionBenchmark(Path dir, Map<String, String> gold, Map<String, String> urls) {
        this.dir = dir;
        this.gold = gold;
        this.urls = urls;
    }

    /**
     * Opens the benchmark in {@code dir}.
     *
     * @throws IOException when {@code ground-truth.json} is missing or unreadable
     */
    public static ExtractionBenchmark open(Path dir) throws IOException {
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truth)) {
            throw new IOException(dir + " holds no ground-truth.json: expected the article-extraction-benchmark layout "
                    + "(ground-truth.json, html/*.html.gz, output/*.json)");
        }
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> urls = new LinkedHashMap<>();
        JsonNode root = Json.mapper().readTree(truth.toFile());
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            gold.put(e.getKey(), e.getValue().path("articleBody").asText(""));
            urls.put(e.getKey(), e.getValue().path("url").asText(null));
        }
        return new ExtractionBenchmark(dir, gold, urls);
    }

    /** The page ids, in the ground truth's order. */
    public List<String> ids() {
        return new ArrayList<>(gold.keySet());
    }

    public String url(String id) {
        return urls.get(id);
    }

    /** The raw bytes of page {@code id}, un-gzipped. */
    public byte[] html(String id) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + id, e);
        }
    }

    /** The names of the published outputs ({@code trafilatura} for {@code output/trafilatura.json}), sorted. */
    public List<String> publishedSystems() throws IOException {
        Path out = dir.resolve("output");
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
    }

    /** The article bodies system {@code name} published, by page id. */
    public Map<String, String> published(String name) throws IOException {
        JsonNode root = Json.mapper().readTree(dir.resolve("output").resolve(name + ".json").toFile());
        JsonNode items = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : items.properties()) {
            bodies.put(e.getKey(), e.getValue().path("articleBody").asText(""));
        }
        return bodies;
    }

    /** Scores {@code predictions} (page id to body; a missing page is an empty prediction) on the pages {@code which} selects. */
    public ExtractionScore score(Map<String, String> predictions, Predicate<String> which) {
        List<PageScore> scores = new ArrayList<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            if (which.test(e.getKey())) {
                scores.add(ShingleScorer.score(e.getValue(), predictions.getOrDefault(e.getKey(), "")));
            }
        }
        return ExtractionScore.of(scores);
    }

    /** The per-page scores of {@code predictions}, by page id. */
    public Map<String, PageScore> pageScores(Map<String, String> predictions) {
        Map<String, PageScore> scores = new LinkedHashMap<>();
        gold.forEach((id, body) -> scores.put(id, ShingleScorer.score(body, predictions.getOrDefault(id, ""))));
        return scores;
    }
}
