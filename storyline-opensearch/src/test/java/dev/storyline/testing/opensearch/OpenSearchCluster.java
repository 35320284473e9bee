package dev.storyline.testing.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.testing.process.ChildJvm;
import dev.storyline.testing.process.LoopbackPorts;
import dev.storyline.testing.process.ScratchDirectories;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A real OpenSearch cluster for tests: N nodes (3 by default), each in a JVM of its own ({@link OpenSearchNodeMain}),
 * on 127.0.0.1 with free ports, in a fresh directory; every node is cluster-manager-eligible and holds data. It is
 * started, checked and taken apart over HTTP only, as a client would see it; a node can be killed with SIGKILL and
 * restarted on its data.
 *
 * <pre>{@code
 * try (OpenSearchCluster cluster = OpenSearchCluster.start(3)) {
 *     List<URI> endpoints = cluster.httpEndpoints();
 *     TestNode manager = cluster.electedClusterManager();
 *     cluster.kill9(manager);
 *     cluster.awaitHealth(Health.YELLOW, 2, Duration.ofSeconds(60));
 *     cluster.restart(manager);
 * }
 * }</pre>
 *
 * <p>Each node's output goes to {@code NODE.log} in {@link #directory()}; {@link #logTails} gathers the ends for a
 * failure report. {@link #close()} stops every node (and a shutdown hook kills any left when the test JVM ends).
 */
public final class OpenSearchCluster implements AutoCloseable {

    /**
     * The options of each node's JVM: a small heap and a quick-starting JIT, as a three-node cluster beside the build
     * on two cores needs; the Netty and log4j options are those of the OpenSearch distribution's jvm.options.
     */
    public static final List<String> NODE_JVM_OPTIONS = List.of(
            "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:MaxDirectMemorySize=128m",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
            "-Dlog4j.shutdownHookEnabled=false", "-Dlog4j2.disable.jmx=true",
            "-Dio.netty.noUnsafe=true", "-Dio.netty.noKeySetOptimization=true",
            "-Dio.netty.recycler.maxCapacityPerThread=0");

    /** Cluster health, in the order OpenSearch ranks it. */
    public enum Health { RED, YELLOW, GREEN }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String clusterName;
    private final Path directory;
    private final List<TestNode> nodes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Duration startupTime = Duration.ZERO;

    private OpenSearchCluster(String clusterName, Path directory, List<TestNode> nodes) {
        this.clusterName = clusterName;
        this.directory = directory;
        this.nodes = List.copyOf(nodes);
    }

    /** Starts {@code nodeCount} nodes and returns once they form one green cluster. */
    public static OpenSearchCluster start(int nodeCount) {
        if (nodeCount < 1) {
            throw new IllegalArgumentException("nodeCount must be at least 1, was " + nodeCount);
        }
        long started = System.nanoTime();
        Path directory = ScratchDirectories.create("opensearch-");
        String clusterName = "storyline-test-" + directory.getFileName().toString().replace("opensearch-", "");
        List<Integer> ports = LoopbackPorts.free(2 * nodeCount);
        List<String> names = IntStream.range(0, nodeCount).mapToObj(i -> "node-" + i).toList();
        List<String> seeds = IntStream.range(0, nodeCount).mapToObj(i -> "127.0.0.1:" + ports.get(2 * i + 1)).toList();
        List<TestNode> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            NodeConfig config = new NodeConfig(clusterName, names.get(i), ports.get(2 * i), ports.get(2 * i + 1),
                    directory.resolve(names.get(i)), seeds, names, Map.of());
            nodes.add(new TestNode(config, directory.resolve(names.get(i) + ".log")));
        }
        OpenSearchCluster cluster = new OpenSearchCluster(clusterName, directory, nodes);
        try {
            nodes.forEach(TestNode::launch);
            cluster.awaitHealth(Health.GREEN, nodeCount, START_TIMEOUT);
        } catch (RuntimeException | Error e) {
            String logs = cluster.logTails(60);
            cluster.close();
            throw new IllegalStateException("the test cluster did not start: " + e.getMessage()
                    + System.lineSeparator() + logs, e);
        }
        cluster.startupTime = Duration.ofNanos(System.nanoTime() - started);
        return cluster;
    }

    public String clusterName() {
        return clusterName;
    }

    /** Where the nodes' homes and logs are. */
    public Path directory() {
        return directory;
    }

    /** The time from {@link #start} until the cluster was green with every node. */
    public Duration startupTime() {
        return startupTime;
    }

    public List<TestNode> nodes() {
        return nodes;
    }

    /** The HTTP endpoints of every node, running or not, in node order. */
    public List<URI> httpEndpoints() {
        return nodes.stream().map(TestNode::httpUri).toList();
    }

    public List<TestNode> runningNodes() {
        return nodes.stream().filter(TestNode::isRunning).toList();
    }

    /**
     * The node every running node names as the elected cluster manager, once they agree (waiting up to
     * {@code timeout}, as they do not agree during an election).
     */
    public TestNode electedClusterManager(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastSeen = "no answer";
        while (true) {
            List<String> views = new ArrayList<>();
            for (TestNode node : runningNodes()) {
                views.add(localClusterManagerView(node).orElse("?"));
            }
            lastSeen = String.valueOf(views);
            if (!views.isEmpty() && views.stream().distinct().count() == 1 && !views.get(0).equals("?")) {
                Optional<TestNode> elected = nodes.stream().filter(n -> n.name().equals(views.get(0))).findFirst();
                if (elected.isPresent() && elected.get().isRunning()) {
                    return elected.get();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the running nodes did not agree on an elected cluster manager within "
                        + timeout + "; their views: " + lastSeen);
            }
            pause(200);
        }
    }

    /** {@link #electedClusterManager(Duration)} waiting at most 60 seconds. */
    public TestNode electedClusterManager() {
        return electedClusterManager(Duration.ofSeconds(60));
    }

    private Optional<String> localClusterManagerView(TestNode node) {
        try {
            JsonNode rows = getJson(node, "/_cat/cluster_manager?format=json&local=true", Duration.ofSeconds(5));
            return rows.isArray() && rows.size() == 1 ? Optional.of(rows.get(0).path("node").asText())
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Kills {@code node}'s JVM with SIGKILL, as a crash would, and waits until the process is gone. */
    public void kill9(TestNode node) {
        node.requireRunning();
        node.shouldRun = false;
        node.child.kill9();
    }

    /**
     * Starts {@code node} again on its data directory and ports, and returns once every running node is in the
     * cluster again (the health may still be yellow while its shards recover).
     */
    public void restart(TestNode node) {
        if (node.isRunning()) {
            throw new IllegalStateException(node.name() + " is running; kill9 it before restarting it");
        }
        node.launch();
        awaitHealth(Health.YELLOW, runningNodes().size(), START_TIMEOUT);
    }

    /**
     * Waits until the cluster, as a running node tells it, has {@code nodeCount} nodes and at least health
     * {@code health}; fails at once when a node that should run has died.
     *
     * @return the cluster health response
     */
    public JsonNode awaitHealth(Health health, int nodeCount, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer yet";
        while (true) {
            for (TestNode node : nodes) {
                if (node.shouldRun && !node.isRunning()) {
                    throw new IllegalStateException(node.name() + " died (exit " + node.child.exitCode() + "):"
                            + System.lineSeparator() + node.child.logTail(60));
                }
            }
            for (TestNode node : runningNodes()) {
                try {
                    JsonNode answer = getJson(node, "/_cluster/health?wait_for_nodes=" + nodeCount
                            + "&wait_for_status=" + health.name().toLowerCase() + "&timeout=2s", Duration.ofSeconds(10));
                    lastAnswer = node.name() + ": " + answer;
                    if (!answer.path("timed_out").asBoolean(true)
                            && answer.path("number_of_nodes").asInt() == nodeCount) {
                        return answer;
                    }
                    break;
                } catch (RuntimeException e) {
                    lastAnswer = node.name() + ": " + e.getMessage();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cluster not " + health + " with " + nodeCount + " nodes within "
                        + timeout + "; last answer " + lastAnswer);
            }
            pause(250);
        }
    }

    /** GET {@code pathAndQuery} on {@code node}, the answer as JSON, for any status (errors are JSON too). */
    public JsonNode getJson(TestNode node, String pathAndQuery, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(node.httpUri().resolve(pathAndQuery)).timeout(timeout).GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (ConnectException e) {
            throw new IllegalStateException(node.name() + " refuses connections at " + node.httpUri(), e);
        } catch (IOException e) {
            throw new IllegalStateException("GET " + pathAndQuery + " on " + node.name() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + pathAndQuery, e);
        }
    }

    /** The last {@code lines} lines of each node's log. */
    public String logTails(int lines) {
        return nodes.stream().filter(node -> node.child != null).map(node -> node.child.logTail(lines))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    /** Stops every node (SIGTERM to all, SIGKILL to any still running after a grace period), deletes their data. */
    @Override
    public void close() {
        for (TestNode node : nodes) {
            if (node.isRunning()) {
                node.child.requestStop();
            }
        }
        for (TestNode node : nodes) {
            if (node.child != null) {
                node.child.stop(STOP_GRACE);
            }
        }
        for (TestNode node : nodes) {
            ScratchDirectories.deleteRecursively(node.config.home());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the test cluster", e);
        }
    }

    /** One node of the cluster: its name and endpoints stay the same across restarts, its process does not. */
    public static final class TestNode {
        private final NodeConfig config;
        private final Path logFile;
        private volatile ChildJvm child;
        private volatile boolean shouldRun;

        TestNode(NodeConfig config, Path logFile) {
            this.config = config;
            this.logFile = logFile;
        }

        public String name() {
            return config.nodeName();
        }

        public URI httpUri() {
            return URI.create("http://127.0.0.1:" + config.httpPort());
        }

        public int transportPort() {
            return config.transportPort();
        }

        public boolean isRunning() {
            return child != null && child.isAlive();
        }

        /** The node JVM's resident memory, while it runs. */
        public OptionalLong residentMemoryBytes() {
            return isRunning() ? child.residentMemoryBytes() : OptionalLong.empty();
        }

        /** The most resident memory the node JVM has had, while it runs. */
        public OptionalLong peakResidentMemoryBytes() {
            return isRunning() ? child.peakResidentMemoryBytes() : OptionalLong.empty();
        }

        public Path logFile() {
            return logFile;
        }

        void launch() {
            Path tmp = config.home().resolve("tmp");
            try {
                Files.createDirectories(tmp);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create " + tmp, e);
            }
            List<String> jvmOptions = new ArrayList<>(NODE_JVM_OPTIONS);
            jvmOptions.add("-Djava.io.tmpdir=" + tmp);
            child = ChildJvm.start(name(), OpenSearchNodeMain.class, jvmOptions, config.toArguments(), logFile);
            shouldRun = true;
        }

        void requireRunning() {
            if (!isRunning()) {
                throw new IllegalStateException(name() + " is not running");
            }
        }

        @Override
        public String toString() {
            return name() + " (" + httpUri() + (isRunning() ? ", pid " + child.pid() : ", down") + ")";
        }
    }
}
