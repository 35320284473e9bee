package dev.storyline.server;

import dev.storyline.ingest.Ingester;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A server over a fresh data folder holding the seed (or the project's samples when the seed is absent), the
 * project's samples and this module's own fixture stories, on a free loopback port.
 */
final class TestServer implements AutoCloseable {

    static final String TOKEN = "test-token-0123456789";

    final Path data;
    final LuceneArticleIndex index;
    final StorylineServer server;
    final HttpClient http = HttpClient.newHttpClient();

    private TestServer(Path data, LuceneArticleIndex index, StorylineServer server) {
        this.data = data;
        this.index = index;
        this.server = server;
    }

    static TestServer start(Path data) {
        return start(data, ServerConfig.defaults(data).withPort(0));
    }

    static TestServer start(Path data, ServerConfig config) {
        LuceneArticleIndex index = LuceneArticleIndex.open(data);
        List<Path> inputs = new ArrayList<>();
        Path seed = seedStory();
        if (seed != null) {
            inputs.add(seed);
        }
        inputs.add(samples());
        inputs.add(resource("fixtures"));
        new Ingester(index, Ingester.Options.defaults().withParseThreads(1), null).ingest(inputs);
        AccessToken token = new AccessToken(TOKEN, null, false);
        return new TestServer(data, index, StorylineServer.start(index, config, token, new RelatedArticlesSource(index)));
    }

    /** The seed article's text, or {@code null} when ../shared is absent. */
    static Path seedStory() {
        Path seed = SharedData.find("seed");
        if (seed == null) {
            return null;
        }
        try (Stream<Path> files = Files.list(seed)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The project's own samples folder at the repository root. */
    static Path samples() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 3 && dir != null; i++, dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples"))) {
                return dir.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
    }

    static Path resource(String name) {
        try {
            return Path.of(TestServer.class.getResource("/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, byte[] body, String contentType, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        index.close();
    }
}
