package dev.storyline.testing.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.testing.opensearch.OpenSearchCluster.Health;
import dev.storyline.testing.opensearch.OpenSearchCluster.TestNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The test cluster is a real one: three node JVMs form one cluster, an index with two shards and one replica
 * spreads over them, and killing the elected cluster manager with SIGKILL during an ingest loses no acknowledged
 * document. Everything goes through the official Java client over REST, as the OpenSearch backend will. The cluster
 * is the shared one: the node killed is restarted before the test ends, and each test uses an index of its own.
 */
@ExtendWith(SharedOpenSearchCluster.class)
class OpenSearchClusterTest {

    private static OpenSearchCluster cluster;
    private static ApacheHttpClient5Transport transport;
    private static OpenSearchClient client;

    record Story(String headline, String body, int seq) {}

    @BeforeAll
    @org.junit.jupiter.api.Timeout(value = 4, unit = TimeUnit.MINUTES)
    static void connect(OpenSearchCluster shared) {
        cluster = shared;
        HttpHost[] hosts = cluster.httpEndpoints().stream()
                .map(uri -> new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort())).toArray(HttpHost[]::new);
        transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper())
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout(Timeout.ofSeconds(2))
                        .setResponseTimeout(Timeout.ofSeconds(60)))
                .build();
        client = new OpenSearchClient(transport);
        StringBuilder memory = new StringBuilder();
        for (TestNode node : cluster.nodes()) {
            memory.append(' ').append(node.name()).append('=')
                    .append(node.residentMemoryBytes().orElse(-1) / (1024 * 1024)).append("MiB");
        }
        System.out.printf("measured: resident memory of the %d nodes:%s%n", cluster.nodes().size(), memory);
    }

    @AfterAll
    static void disconnect() throws IOException {
        if (transport != null) {
            transport.close();
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 1, unit = TimeUnit.MINUTES)
    void threeNodeJvmsFormOneCluster() throws IOException {
        Set<String> clusterIds = new HashSet<>();
        for (TestNode node : cluster.nodes()) {
            JsonNode root = cluster.getJson(node, "/", Duration.ofSeconds(10));
            assertThat(root.path("name").asText()).isEqualTo(node.name());
            assertThat(root.path("version").path("number").asText()).startsWith("2.19.");
            clusterIds.add(root.path("cluster_uuid").asText());
        }
        assertThat(clusterIds).hasSize(1).doesNotContain("_na_");

        assertThat(client.cluster().health().numberOfNodes()).isEqualTo(3);
        assertThat(client.cat().nodes().valueBody()).extracting(row -> row.name())
                .containsExactlyInAnyOrder("node-0", "node-1", "node-2");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anIndexOfTwoShardsAndOneReplicaSpreadsOverTheNodesAndFindsWhatWasBulked() throws IOException {
        createIndex("smoke");
        List<Story> stories = List.of(
                new Story("Ferry resumes service to Portville", "The ferry sailed at dawn.", 1),
                new Story("Westhaven bridge reopens", "Traffic crossed the bridge again.", 2),
                new Story("Meren power cut ends", "Power returned to the city of Meren.", 3),
                new Story("Portville harbour dredged", "Dredgers worked through the night.", 4),
                new Story("Wheat prices fall in Chicago", "Traders sold wheat futures.", 5));
        BulkRequest.Builder bulk = new BulkRequest.Builder().index("smoke").refresh(Refresh.WaitFor);
        for (Story story : stories) {
            bulk.operations(op -> op.index(i -> i.id("story-" + story.seq()).document(story)));
        }
        BulkResponse response = client.bulk(bulk.build());
        assertThat(response.errors()).as("bulk errors: %s", response.items()).isFalse();

        SearchResponse<Story> found = client.search(s -> s.index("smoke")
                .query(q -> q.match(m -> m.field("headline").query(v -> v.stringValue("portville")))), Story.class);
        assertThat(found.hits().hits()).extracting(hit -> hit.id())
                .containsExactlyInAnyOrder("story-1", "story-4");
        assertThat(client.count(c -> c.index("smoke")).count()).isEqualTo(5);

        JsonNode shards = cluster.getJson(cluster.nodes().get(0), "/_cat/shards/smoke?format=json",
                Duration.ofSeconds(10));
        assertThat(shards).hasSize(4);
        for (String shard : List.of("0", "1")) {
            List<String> holders = new ArrayList<>();
            shards.forEach(row -> {
                if (row.path("shard").asText().equals(shard)) {
                    assertThat(row.path("state").asText()).isEqualTo("STARTED");
                    holders.add(row.path("node").asText());
                }
            });
            assertThat(holders).as("nodes holding shard %s", shard).hasSize(2).doesNotHaveDuplicates();
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 5, unit = TimeUnit.MINUTES)
    void killingTheElectedClusterManagerDuringAnIngestLosesNoAcknowledgedDocument() throws Exception {
        createIndex("fault");
        Ingest ingest = new Ingest("fault");
        Thread writer = new Thread(ingest, "ingest");
        writer.start();
        TestNode manager = null;
        try {
            ingest.awaitAcknowledged(200, Duration.ofSeconds(60));
            manager = cluster.electedClusterManager();
            long killedAt = System.nanoTime();
            cluster.kill9(manager);

            TestNode newManager = cluster.electedClusterManager(Duration.ofSeconds(60));
            long reelectedAt = System.nanoTime();
            assertThat(newManager).isNotSameAs(manager);
            int acknowledgedAtReelection = ingest.acknowledged.size();
            ingest.awaitAcknowledged(acknowledgedAtReelection + 200, Duration.ofSeconds(90));
            System.out.printf("measured: killed elected cluster manager %s; %s elected after %d ms; ingest "
                            + "resumed; %d bulk calls failed meanwhile%n", manager.name(), newManager.name(),
                    (reelectedAt - killedAt) / 1_000_000, ingest.failedCalls.get());

            ingest.stop();
            writer.join(TimeUnit.MINUTES.toMillis(2));
            assertThat(writer.isAlive()).as("the ingest thread stopped").isFalse();
            client.indices().refresh(r -> r.index("fault"));
            assertAllFound("fault", ingest.acknowledged);

            long restartAt = System.nanoTime();
            cluster.restart(manager);
            cluster.awaitHealth(Health.GREEN, 3, Duration.ofSeconds(120));
            System.out.printf("measured: %s restarted and the cluster green again in %d ms%n", manager.name(),
                    (System.nanoTime() - restartAt) / 1_000_000);
            assertAllFound("fault", ingest.acknowledged);
            StringBuilder peaks = new StringBuilder();
            for (TestNode node : cluster.runningNodes()) {
                peaks.append(' ').append(node.name()).append('=')
                        .append(node.peakResidentMemoryBytes().orElse(-1) / (1024 * 1024)).append("MiB");
            }
            System.out.printf("measured: %d documents acknowledged; peak resident memory of the nodes:%s%n",
                    ingest.acknowledged.size(), peaks);
        } finally {
            ingest.stop();
            writer.join(TimeUnit.MINUTES.toMillis(2));
            if (manager != null && !manager.isRunning()) {
                cluster.restart(manager); // the cluster is shared: leave it whole for the next test
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 1, unit = TimeUnit.MINUTES)
    void knnVectorMappingIsRejectedBecauseTheKnnPluginIsAbsent() throws IOException {
        assertThat(client.cat().plugins().valueBody()).extracting(row -> row.component())
                .noneMatch(component -> component.toLowerCase().contains("knn"));
        assertThatThrownBy(() -> client.indices().create(c -> c.index("vectors")
                .mappings(m -> m.properties("embedding", p -> p.knnVector(k -> k.dimension(3))))))
                .isInstanceOfSatisfying(OpenSearchException.class, e -> {
                    assertThat(e.error().type()).isEqualTo("mapper_parsing_exception");
                    assertThat(e.error().reason()).contains("knn_vector");
                });
    }

    private static void createIndex(String name) throws IOException {
        client.indices().create(c -> c.index(name)
                .settings(s -> s.numberOfShards(2).numberOfReplicas(1))
                .waitForActiveShards(w -> w.count(2)));
        client.cluster().health(h -> h.index(name).waitForStatus(
                org.opensearch.client.opensearch._types.HealthStatus.Green).timeout(t -> t.time("60s")));
    }

    /** Every id in {@code ids} is in {@code index}, asked in chunks by an ids query. */
    private static void assertAllFound(String index, Set<String> ids) throws IOException {
        List<String> all = new ArrayList<>(ids);
        int found = 0;
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            SearchResponse<Void> response = client.search(s -> s.index(index).size(chunk.size()).source(src -> src
                    .fetch(false)).query(q -> q.ids(i -> i.values(chunk))), Void.class);
            Set<String> hits = new HashSet<>();
            response.hits().hits().forEach(hit -> hits.add(hit.id()));
            assertThat(hits).as("acknowledged documents found").containsExactlyInAnyOrderElementsOf(chunk);
            found += hits.size();
        }
        assertThat(found).isEqualTo(ids.size()).isPositive();
    }

    /** Bulks of 20 documents, one after another, remembering the ids each bulk acknowledged. */
    private static final class Ingest implements Runnable {
        private static final int MAX_BATCHES = 400;
        private final String index;
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final AtomicInteger failedCalls = new AtomicInteger();
        private final AtomicBoolean stopped = new AtomicBoolean();

        Ingest(String index) {
            this.index = index;
        }

        @Override
        public void run() {
            for (int batch = 0; batch < MAX_BATCHES && !stopped.get(); batch++) {
                BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
                for (int i = 0; i < 20; i++) {
                    String id = "b" + batch + "-" + i;
                    Story story = new Story("Story " + id, "Body of story " + id, batch * 20 + i);
                    bulk.operations(op -> op.index(x -> x.id(id).document(story)));
                }
                try {
                    for (BulkResponseItem item : client.bulk(bulk.build()).items()) {
                        if (item.error() == null && item.status() / 100 == 2) {
                            acknowledged.add(item.id());
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    failedCalls.incrementAndGet();
                    sleep(200);
                }
                sleep(20); // leave the two cores some room for the nodes
            }
        }

        void stop() {
            stopped.set(true);
        }

        void awaitAcknowledged(int count, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (acknowledged.size() < count) {
                assertThat(System.nanoTime()).as("%d documents acknowledged within %s (have %d, %d failed calls)",
                        count, timeout, acknowledged.size(), failedCalls.get()).isLessThan(deadline);
                sleep(50);
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
