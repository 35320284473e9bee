package dev.storyline.opensearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.WaitForActiveShards;

/**
 * Where Storyline's OpenSearch index is and how it writes there.
 *
 * <pre>{@code
 * OpenSearchConfig config = OpenSearchConfig.of(URI.create("http://10.0.0.5:9200"), URI.create("http://10.0.0.6:9200"))
 *         .withIndex("news");
 * }</pre>
 *
 * @param endpoints           the HTTP endpoints of the cluster's nodes; requests go to any and fail over to the next
 * @param index               the index name
 * @param shards              primary shards of a new index
 * @param replicas            replicas of each shard of a new index
 * @param waitForActiveShards copies of a shard that must be active before a write starts: {@code "all"} or a count
 *                            from 1; 1 (the default) keeps writing while a node is down. A write acknowledged by
 *                            OpenSearch is on every in-sync copy whatever this says: it is a pre-check, not a quorum
 * @param refresh             when a write becomes visible to search: {@link Refresh#WaitFor} (the default) returns once
 *                            it is, without forcing a refresh of its own
 * @param connectTimeout      how long to wait for a connection to a node before trying the next
 * @param responseTimeout     how long to wait for an answer
 */
public record OpenSearchConfig(List<URI> endpoints, String index, int shards, int replicas,
        String waitForActiveShards, Refresh refresh, Duration connectTimeout, Duration responseTimeout) {

    public static final String DEFAULT_INDEX = "storyline-articles";

    public OpenSearchConfig {
        endpoints = List.copyOf(Objects.requireNonNull(endpoints, "endpoints"));
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("endpoints must name at least one node");
        }
        for (URI endpoint : endpoints) {
            if (!("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))
                    || endpoint.getHost() == null || endpoint.getPort() < 1) {
                throw new IllegalArgumentException("endpoints must be http(s)://host:port, got " + endpoint);
            }
        }
        if (index == null || index.isBlank() || !index.equals(index.toLowerCase(java.util.Locale.ROOT))
                || index.startsWith("_") || index.startsWith("-") || index.chars().anyMatch(c -> "\\/*?\"<>| ,#:".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("index must be a lower-case OpenSearch index name, got '" + index + "'");
        }
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be at least 1, was " + shards);
        }
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must be at least 0, was " + replicas);
        }
        if (!"all".equals(waitForActiveShards) && !isPositiveInteger(waitForActiveShards)) {
            throw new IllegalArgumentException("waitForActiveShards must be \"all\" or a count from 1, was '"
                    + waitForActiveShards + "'");
        }
        Objects.requireNonNull(refresh, "refresh");
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("responseTimeout", responseTimeout);
    }

    /** The defaults for {@code endpoints}: index {@value #DEFAULT_INDEX}, 2 shards with 1 replica each. */
    public static OpenSearchConfig of(URI... endpoints) {
        return new OpenSearchConfig(List.of(endpoints), DEFAULT_INDEX, 2, 1, "1", Refresh.WaitFor,
                Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    public OpenSearchConfig withIndex(String name) {
        return new OpenSearchConfig(endpoints, name, shards, replicas, waitForActiveShards, refresh, connectTimeout,
                responseTimeout);
    }

    public OpenSearchConfig withShards(int primaries, int replicasEach) {
        return new OpenSearchConfig(endpoints, index, primaries, replicasEach, waitForActiveShards, refresh,
                connectTimeout, responseTimeout);
    }

    public OpenSearchConfig withWrites(String activeShards, Refresh refreshPolicy) {
        return new OpenSearchConfig(endpoints, index, shards, replicas, activeShards, refreshPolicy, connectTimeout,
                responseTimeout);
    }

    /** {@link #waitForActiveShards} as the client takes it. */
    public WaitForActiveShards activeShards() {
        return "all".equals(waitForActiveShards)
                ? WaitForActiveShards.of(w -> w.option(org.opensearch.client.opensearch._types.WaitForActiveShardOptions.All))
                : WaitForActiveShards.of(w -> w.count(Integer.parseInt(waitForActiveShards)));
    }

    private static boolean isPositiveInteger(String value) {
        if (value == null || value.isEmpty() || value.length() > 4) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return Integer.parseInt(value) >= 1;
    }

    private static void requirePositive(String argument, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(argument + " must be a positive duration, was " + value);
        }
    }
}
