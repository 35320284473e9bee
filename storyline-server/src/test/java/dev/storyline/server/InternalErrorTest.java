package dev.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.index.SearchRequest;
import dev.storyline.json.Json;
import dev.storyline.lucene.LuceneArticleIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InternalErrorTest {

    @Test
    void aFailingHandlerAnswers500WithoutItsStackTrace(@TempDir Path data) throws Exception {
        RelatedSource broken = (article, size) -> {
            throw new IllegalStateException("secret detail at /home/editor/private.txt");
        };
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream()));
        try (LuceneArticleIndex index = LuceneArticleIndex.open(data);
                StorylineServer server = StorylineServer.start(index, ServerConfig.defaults(data).withPort(0),
                        new AccessToken("t", null, false), broken)) {
            index.put(dev.storyline.Storyline.parse("""
                    Harbor opens
                    HARBORVIEW, May 2 (Storyline) -- The harbor opened on Friday.
                    (END)
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8), dev.storyline.read.Hints.none())
                    .articles().get(0));
            String id = index.search(SearchRequest.of("harbor")).hits().get(0).id();
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[] {"/api/articles/" + id + "/related", "/articles/" + id}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(500);
                assertThat(r.body()).doesNotContain("secret").doesNotContain("IllegalStateException")
                        .doesNotContain(".java");
                if (path.startsWith("/api")) {
                    JsonNode body = Json.mapper().readTree(r.body());
                    assertThat(body.get("status").asInt()).isEqualTo(500);
                    assertThat(body.get("message").asText()).isEqualTo("internal error");
                }
            }
        } finally {
            System.setErr(stderr);
        }
    }
}
