package dev.storyline.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * How an article is laid out in OpenSearch, as {@code article-index.json} beside this class says: the article's
 * native JSON whole in {@code article} (kept in the source, not indexed: the record), analysed text fields with
 * English and CJK sub-fields, lower-cased keyword fields for filters with exact {@code .facet} sub-fields for facets,
 * a date, and the vector as a plain float array in the source (no {@code knn_vector}: the k-NN plugin is not on every
 * cluster). The mapping is strict: a field it does not name is an error, not a guess.
 *
 * <p>The analysers come from OpenSearch's analysis-common module (stemmer, stop, cjk_width, cjk_bigram), present in
 * every distribution.
 */
public final class ArticleIndexLayout {

    private static final String RESOURCE = "article-index.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleIndexLayout() {}

    /** The index body (settings and mappings) for {@code config}: the resource with its shard and replica counts. */
    public static ObjectNode indexBody(OpenSearchConfig config) {
        try (InputStream in = ArticleIndexLayout.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + ArticleIndexLayout.class.getName());
            }
            ObjectNode body = (ObjectNode) JSON.readTree(in);
            ObjectNode index = ((ObjectNode) body.get("settings")).putObject("index");
            index.put("number_of_shards", config.shards());
            index.put("number_of_replicas", config.replicas());
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Creates the index of {@code connection}'s config unless it exists, and returns once its primaries are active.
     *
     * @return true when this call created it
     * @throws IllegalStateException when the cluster refuses it, with the cluster's reason
     */
    public static boolean createIfAbsent(OpenSearchConnection connection) {
        OpenSearchConfig config = connection.config();
        try {
            if (connection.client().indices().exists(e -> e.index(config.index())).value()) {
                return false;
            }
            try (Response response = connection.client().generic().execute(Requests.builder()
                    .method("PUT")
                    .endpoint("/" + config.index())
                    .query(Map.of("wait_for_active_shards", "1"))
                    .json(JSON.writeValueAsString(indexBody(config)))
                    .build())) {
                if (response.getStatus() == 200) {
                    return true;
                }
                String reason = response.getBody().map(b -> b.bodyAsString()).orElse("(no body)");
                if (response.getStatus() == 400 && reason.contains("resource_already_exists_exception")) {
                    return false;
                }
                throw new IllegalStateException("the cluster refused to create index " + config.index() + ": HTTP "
                        + response.getStatus() + " " + reason);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create index " + config.index() + " on " + config.endpoints(), e);
        }
    }
}
