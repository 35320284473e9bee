package dev.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.index.SearchRequest;
import dev.storyline.json.Json;
import dev.storyline.lucene.LuceneArticleIndex;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiTest {

    @TempDir
    static Path data;
    static TestServer t;

    @BeforeAll
    static void start() {
        t = TestServer.start(data, ServerConfig.defaults(data).withPort(0).withLimits(64 * 1024, 2048));
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    static String idOf(String headlineWords) {
        return t.index.search(SearchRequest.of("headline:(" + headlineWords + ")")).hits().get(0).id();
    }

    @Test
    void healthSaysOkAndCountsArticles() throws Exception {
        HttpResponse<String> r = t.get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("status").asText()).isEqualTo("ok");
        assertThat(json(r).get("articles").asLong()).isEqualTo(t.index.count()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void articleIsNativeJsonByDefault() throws Exception {
        String id = idOf("dock workers");
        HttpResponse<String> r = t.get("/api/articles/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json(r).get("id").asText()).isEqualTo(id);
        assertThat(json(r).get("paragraphs").isArray()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"?format=ninjs, ''", "'', application/ninjs+json"})
    void articleIsNinjsWhenAskedByParameterOrAcceptHeader(String query, String accept) throws Exception {
        String id = idOf("dock workers");
        HttpResponse<String> r = accept.isEmpty() ? t.get("/api/articles/" + id + query)
                : t.get("/api/articles/" + id + query, "Accept", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/ninjs+json");
        assertThat(json(r).get("uri").asText()).isEqualTo("urn:storyline:article:" + id);
        assertThat(json(r).has("paragraphs")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "/api/articles/no-such-id, 404",
        "/api/stories/no-such-key, 404",
        "/api/entities/person:nobody-at-all, 404",
        "/api/search?q=%22unclosed, 400",
        "/api/search?size=5000, 400",
        "/api/search?sort=sideways, 400",
        "/api/articles/x?format=xml, 400",
        "/api/nothing-here, 404",
    })
    void errorsAreJsonWithStatusAndMessageAndNoStackTrace(String path, int status) throws Exception {
        HttpResponse<String> r = t.get(path);
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = json(r);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
    }

    @Test
    void searchReturnsHitsFacetsAndHighlightedSnippets() throws Exception {
        JsonNode r = json(t.get("/api/search?q=defense&facets=5"));
        assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode first = r.get("hits").get(0);
        assertThat(first.get("article").get("headline").asText()).isNotBlank();
        assertThat(first.get("highlights").toString()).contains("<b>");
        List<String> dimensions = new ArrayList<>();
        r.get("facets").forEach(f -> dimensions.add(f.get("dimension").asText()));
        assertThat(dimensions).contains("place", "agency");
    }

    @Test
    void searchPagesAndFilters() throws Exception {
        JsonNode all = json(t.get("/api/search?q=*&size=2&page=1"));
        JsonNode second = json(t.get("/api/search?q=*&size=2&page=2"));
        assertThat(all.get("hits")).hasSize(2);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("hits").get(0).get("article").get("id").asText())
                .isNotEqualTo(all.get("hits").get(0).get("article").get("id").asText());
        // the Northport strike story and its (LEAD): search lists the newest version only
        JsonNode northport = json(t.get("/api/search?q=*&place=NORTHPORT"));
        assertThat(northport.get("total").asLong()).isEqualTo(1);
        assertThat(northport.get("hits").get(0).get("article").get("tags").toString()).contains("LEAD");
    }

    @Test
    void relatedListsItemsWithReasonsAndNotItsOwnVersions() throws Exception {
        String id = idOf("defense chiefs singapore");
        JsonNode r = json(t.get("/api/articles/" + id + "/related"));
        assertThat(r.get("items").size()).isGreaterThan(0);
        assertThat(r.has("duplicates")).isTrue();
        assertThat(r.get("versions").isArray()).isTrue();
        JsonNode top = r.get("items").get(0);
        assertThat(top.get("id").asText()).isNotEqualTo(id);
        assertThat(top.get("reasons").size()).isGreaterThan(0);
        List<String> headlines = new ArrayList<>();
        r.get("items").forEach(i -> headlines.add(i.get("headline").asText()));
        assertThat(headlines).anyMatch(h -> h.contains("China, S. Korea weigh"));
    }

    @Test
    void versionsStoryAndTimelineHoldTheVersionChain() throws Exception {
        String lead = t.index.search(SearchRequest.of("tag:LEAD AND headline:dock")).hits().get(0).id();
        JsonNode versions = json(t.get("/api/articles/" + lead + "/versions"));
        assertThat(versions.get("versions")).hasSize(2);
        String key = versions.get("storyKey").asText();
        JsonNode related = json(t.get("/api/articles/" + lead + "/related"));
        assertThat(related.get("versions")).hasSize(1);
        assertThat(related.get("versions").get(0).get("version").asInt()).isEqualTo(1);
        JsonNode story = json(t.get("/api/stories/" + key));
        assertThat(story.get("articles")).hasSize(2);
        assertThat(story.get("holds").asText()).contains("versions");
        JsonNode timeline = json(t.get("/api/stories/" + key + "/timeline"));
        assertThat(timeline.get("events")).hasSize(2);
        assertThat(timeline.get("events").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(timeline.get("events").get(1).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void entityListsTheArticlesNamingIt() throws Exception {
        String id = idOf("defense chiefs singapore");
        String key = t.index.get(id).orElseThrow().article().entities().stream()
                .filter(e -> e.name().contains("Jeong")).findFirst().orElseThrow().key();
        JsonNode r = json(t.get("/api/entities/" + key));
        assertThat(r.get("name").asText()).contains("Jeong");
        assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(r.get("stories").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void ingestNeedsTheTokenAndReturnsIdsOnceCommitted() throws Exception {
        byte[] story = """
                Lighthouse keepers return to Skerry Point
                SKERRYPOINT, June 2 (Storyline) -- Two keepers moved back into the Skerry Point lighthouse on Sunday, \
                twenty years after it was automated, to run a museum in the old lamp room.
                (END)
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(t.post("/api/articles", story, "text/plain", null).statusCode()).isEqualTo(401);
        assertThat(t.post("/api/articles", story, "text/plain", "wrong-token").statusCode()).isEqualTo(401);
        HttpResponse<String> r = t.post("/api/articles?name=lighthouse.txt", story, "text/plain", TestServer.TOKEN);
        assertThat(r.statusCode()).isEqualTo(201);
        String id = json(r).get("ids").get(0).asText();
        assertThat(t.get("/api/articles/" + id).statusCode()).isEqualTo(200);
        assertThat(json(t.get("/api/search?q=lighthouse")).get("total").asLong()).isEqualTo(1);
        // "once committed": a separate reader, which sees commits only, finds it
        try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(data)) {
            assertThat(reader.get(id)).isPresent();
        }
    }

    @Test
    void unreadableBodyIs422WithTheReason() throws Exception {
        HttpResponse<String> r = t.post("/api/articles?name=broken.json", "{\"not\": \"an article\"}"
                .getBytes(StandardCharsets.UTF_8), "application/json", TestServer.TOKEN);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).get("ids")).isEmpty();
    }

    @Test
    void oversizedBodyAndQueryAreRefused() throws Exception {
        byte[] big = new byte[200 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> body = t.post("/api/articles", big, "text/plain", TestServer.TOKEN);
        assertThat(body.statusCode()).isEqualTo(413);
        HttpResponse<String> query = t.get("/api/search?q=" + "a".repeat(3000));
        assertThat(query.statusCode()).isEqualTo(414);
        assertThat(json(query).get("status").asInt()).isEqualTo(414);
        // longer than Jetty's own request-line limit: refused before routing, still as JSON
        HttpResponse<String> huge = t.get("/api/search?q=" + "a".repeat(20_000));
        assertThat(huge.statusCode()).isEqualTo(414);
        assertThat(json(huge).get("status").asInt()).isEqualTo(414);
    }

    @ParameterizedTest
    @CsvSource({"/api/health", "/", "/search?q=defense", "/api/articles/none"})
    void everyResponseCarriesSecurityHeadersAndNoCors(String path) throws Exception {
        HttpResponse<String> r = t.get(path, "Origin", "https://elsewhere.example");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'")
                .doesNotContain("script-src");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void metricsAreInPrometheusTextFormat() throws Exception {
        t.get("/api/health");
        HttpResponse<String> r = t.get("/metrics");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
        assertThat(r.body()).contains("# TYPE storyline_http_requests_total counter")
                .contains("storyline_http_requests_total{method=\"GET\",route=\"/api/health\",status=\"200\"}")
                .containsPattern("(?m)^storyline_index_articles \\d+$");
    }
}
