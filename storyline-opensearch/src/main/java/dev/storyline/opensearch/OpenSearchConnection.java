package dev.storyline.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * An open connection to the cluster of an {@link OpenSearchConfig}: the official Java client over REST (Apache
 * HttpClient 5), sending each request to one of the endpoints and failing over to the next when a node does not
 * answer. Close it to release its connections.
 *
 * <pre>{@code
 * try (OpenSearchConnection connection = OpenSearchConnection.open(config)) {
 *     connection.client().cluster().health();
 * }
 * }</pre>
 */
public final class OpenSearchConnection implements AutoCloseable {

    private final OpenSearchConfig config;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchClient client;

    private OpenSearchConnection(OpenSearchConfig config, ApacheHttpClient5Transport transport) {
        this.config = config;
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
    }

    /** Opens a connection; nothing is sent until the first request. */
    public static OpenSearchConnection open(OpenSearchConfig config) {
        HttpHost[] hosts = config.endpoints().stream()
                .map(uri -> new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort()))
                .toArray(HttpHost[]::new);
        ApacheHttpClient5Transport transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper())
                .setRequestConfigCallback(request -> request
                        .setConnectTimeout(Timeout.ofMilliseconds(config.connectTimeout().toMillis()))
                        .setResponseTimeout(Timeout.ofMilliseconds(config.responseTimeout().toMillis())))
                .build();
        return new OpenSearchConnection(config, transport);
    }

    public OpenSearchConfig config() {
        return config;
    }

    public OpenSearchClient client() {
        return client;
    }

    /**
     * Whether the cluster has the k-NN plugin, so that {@code knn_vector} fields and k-NN queries exist. Without it
     * a vector can only be stored (as a float array in the source) and compared outside the cluster.
     */
    public boolean hasKnnPlugin() {
        try {
            return client.cat().plugins().valueBody().stream()
                    .map(row -> row.component() == null ? "" : row.component().toLowerCase(Locale.ROOT))
                    .anyMatch(component -> component.equals("opensearch-knn")
                            || component.contains("knnplugin"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins of " + config.endpoints(), e);
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the connection to " + config.endpoints(), e);
        }
    }
}
