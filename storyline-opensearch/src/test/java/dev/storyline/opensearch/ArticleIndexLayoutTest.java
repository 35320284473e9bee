package dev.storyline.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.testing.opensearch.OpenSearchCluster;
import dev.storyline.testing.opensearch.SharedOpenSearchCluster;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.indices.IndexSettings;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;

/** The article index layout, created on a real three-node cluster through {@link OpenSearchConnection}. */
@ExtendWith(SharedOpenSearchCluster.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ArticleIndexLayoutTest {

    private static OpenSearchConnection connection;

    @BeforeAll
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    static void createIndex(OpenSearchCluster cluster) {
        connection = OpenSearchConnection.open(OpenSearchConfig.of(cluster.httpEndpoints().toArray(URI[]::new))
                .withIndex("layout-test"));
        assertThat(ArticleIndexLayout.createIfAbsent(connection)).as("created by the first call").isTrue();
    }

    @AfterAll
    static void close() {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void theIndexExistsOnceWithTheConfiguredShardsAndReplicas() throws IOException {
        assertThat(ArticleIndexLayout.createIfAbsent(connection)).as("created by a second call").isFalse();
        IndexSettings settings = connection.client().indices().getSettings(s -> s.index("layout-test"))
                .result().get("layout-test").settings().index();
        assertThat(settings.numberOfShards()).isEqualTo(2);
        assertThat(settings.numberOfReplicas()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            storyline_text    | The Ferries' CREWS sailed | the ferries crews sailed
            storyline_english | The Ferries' CREWS sailed | ferri crew sail
            storyline_cjk     | 東京都に住む              | 東京 京都 都に に住 住む
            """)
    void theAnalysersOfAnalysisCommonAreThere(String analyzer, String text, String tokens) throws IOException {
        List<AnalyzeToken> analysed = connection.client().indices()
                .analyze(a -> a.index("layout-test").analyzer(analyzer).text(text)).tokens();
        assertThat(analysed).extracting(AnalyzeToken::token).containsExactly(tokens.split(" "));
    }

    @Test
    void aDocumentIsFoundByKeywordAndDateAndKeepsItsArticleAndVector() throws IOException {
        Map<String, Object> document = Map.of(
                "article", Map.of("id", "a1", "headline", "Bridge reopens", "paragraphs", List.of("Traffic flows.")),
                "id", "a1",
                "story", "3f9c0a1b",
                "headline", "Bridge reopens",
                "body", "Traffic flows.",
                "place", "NEW YORK",
                "date", "2024-05-01",
                "vector", List.of(0.25f, -0.5f, 1.0f));
        connection.client().index(i -> i.index("layout-test").id("a1").document(document)
                .refresh(connection.config().refresh()).waitForActiveShards(connection.config().activeShards()));

        var byPlace = connection.client().search(s -> s.index("layout-test")
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field("place").value(FieldValue.of("new york"))))
                        .filter(f -> f.range(r -> r.field("date").gte(JsonData.of("2024-05-01"))
                                .lt(JsonData.of("2024-05-02")))))), Map.class);
        assertThat(byPlace.hits().hits()).hasSize(1);
        Map<?, ?> source = byPlace.hits().hits().get(0).source();
        assertThat(source.get("vector")).isEqualTo(List.of(0.25, -0.5, 1.0));
        assertThat(source.get("article")).isEqualTo(document.get("article"));
    }

    @Test
    void aFieldTheLayoutDoesNotNameIsRefused() {
        assertThatThrownBy(() -> connection.client().index(i -> i.index("layout-test").id("x")
                .document(Map.of("id", "x", "sentiment", "glum"))))
                .isInstanceOfSatisfying(OpenSearchException.class,
                        e -> assertThat(e.error().type()).isEqualTo("strict_dynamic_mapping_exception"));
    }

    @Test
    void theTestClusterHasNoKnnPlugin() {
        assertThat(connection.hasKnnPlugin()).isFalse();
    }
}
