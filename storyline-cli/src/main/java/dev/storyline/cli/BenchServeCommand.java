package dev.storyline.cli;

import dev.storyline.bench.ServeLoad;
import dev.storyline.index.Hit;
import dev.storyline.index.IndexUnavailableException;
import dev.storyline.index.SearchRequest;
import dev.storyline.index.SortOrder;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.server.AccessToken;
import dev.storyline.server.RelatedArticlesSource;
import dev.storyline.server.ServerConfig;
import dev.storyline.server.StorylineServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code storyline bench serve --data DIR [--clients 50] [--seconds 60]}: starts the server on a free loopback port
 * over the index, loads its search, article and related endpoints with concurrent clients for a fixed time, prints
 * requests, errors and latency p50/p99 per endpoint, and stops.
 */
@Command(name = "serve",
        description = {
            "Load test of the HTTP API on loopback: concurrent clients on search, article and related for a fixed "
                + "time; prints requests, errors, p50 and p99 per endpoint, then stops.",
            "Example: storyline bench serve --data /tmp/reuters-data --clients 50 --seconds 60"
        },
        mixinStandardHelpOptions = true)
public final class BenchServeCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 50;

    @Option(names = "--seconds", paramLabel = "S", description = "How long to load (default: ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || seconds < 1) {
            System.err.println("storyline bench serve: --clients and --seconds must be at least 1");
            return 2;
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.openReadOnly(data.folder())) {
            if (index.count() == 0) {
                System.err.println("storyline bench serve: the index in " + data.folder() + " is empty");
                return 2;
            }
            List<String> ids = new ArrayList<>();
            Set<String> queries = new LinkedHashSet<>();
            for (int page = 1; page <= 5; page++) {
                for (Hit h : index.search(SearchRequest.of("").withSort(SortOrder.DATE).withPage(page * 4, 200)
                        .withFacetSize(0).withHighlight(false)).hits()) {
                    ids.add(h.id());
                    queries.add(queryFrom(h.stored().article().headline()));
                }
            }
            queries.remove("");
            List<String> searchPaths = queries.stream()
                    .map(q -> "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList();
            List<String> articlePaths = ids.stream().map(id -> "/api/articles/" + id).toList();
            List<String> relatedPaths = ids.stream().map(id -> "/api/articles/" + id + "/related").toList();
            ServerConfig config = ServerConfig.defaults(data.folder()).withPort(0);
            // the load test writes nothing: a throwaway token, never stored or shown
            AccessToken token = new AccessToken(UUID.randomUUID().toString(), null, false);
            try (StorylineServer server = StorylineServer.start(index, config, token, new RelatedArticlesSource(index))) {
                System.out.printf(Locale.ROOT, "serving %,d articles at %s; %d search, %d article and related paths%n",
                        index.count(), server.baseUrl(), searchPaths.size(), articlePaths.size());
                ServeLoad.Report report = ServeLoad.run(server.baseUrl(), List.of(
                        new ServeLoad.Endpoint("search", searchPaths),
                        new ServeLoad.Endpoint("article", articlePaths),
                        new ServeLoad.Endpoint("related", relatedPaths)), clients, Duration.ofSeconds(seconds));
                report.print(System.out);
                return report.all().errors() == 0 ? 0 : 1;
            }
        } catch (IndexUnavailableException e) {
            System.err.println("storyline bench serve: " + e.getMessage());
            return 2;
        }
    }

    /** Two words of a headline, a query such as an editor would type. */
    private static String queryFrom(String headline) {
        if (headline == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String w : headline.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 3 && words.size() < 2) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }
}
