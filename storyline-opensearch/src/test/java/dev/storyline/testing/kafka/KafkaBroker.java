package dev.storyline.testing.kafka;

import dev.storyline.testing.process.ChildJvm;
import dev.storyline.testing.process.LoopbackPorts;
import dev.storyline.testing.process.ScratchDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker for tests: one node in KRaft combined mode (broker and controller), in a JVM of its own
 * ({@link KafkaBrokerMain}), on 127.0.0.1 with free ports, in a fresh directory. It can be killed with SIGKILL and
 * restarted on its data.
 *
 * <pre>{@code
 * try (KafkaBroker broker = KafkaBroker.start()) {
 *     Properties producer = new Properties();
 *     producer.put("bootstrap.servers", broker.bootstrapServers());
 *     ...
 * }
 * }</pre>
 *
 * <p>Its internal topics have one replica (there is one broker) and few partitions (they are created on a small
 * machine during a test), and its heartbeats are quicker, so that a restart or a group's rebalance takes a second
 * rather than ten; everything else is Kafka's default. The broker's output goes to {@code broker.log}.
 */
public final class KafkaBroker implements AutoCloseable {

    /** The broker JVM's options: a small heap (Kafka's scripts give it 1 GiB) and a quick-starting JIT. */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Path directory;
    private final Path properties;
    private final String clusterId;
    private final int port;
    private volatile ChildJvm child;
    private Duration startupTime = Duration.ZERO;

    private KafkaBroker(Path directory, Path properties, String clusterId, int port) {
        this.directory = directory;
        this.properties = properties;
        this.clusterId = clusterId;
        this.port = port;
    }

    /** Starts a broker and returns once an admin client is answered by it. */
    public static KafkaBroker start() {
        long started = System.nanoTime();
        Path directory = ScratchDirectories.create("kafka-");
        List<Integer> ports = LoopbackPorts.free(2);
        int port = ports.get(0);
        int controllerPort = ports.get(1);
        Path properties = directory.resolve("server.properties");
        Path log4j = directory.resolve("log4j2.properties");
        try {
            Files.writeString(properties, serverProperties(directory.resolve("data"), port, controllerPort));
            Files.writeString(log4j, LOG4J2_PROPERTIES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the broker's configuration in " + directory, e);
        }
        KafkaBroker broker = new KafkaBroker(directory, properties, Uuid.randomUuid().toString(), port);
        try {
            broker.launch();
        } catch (RuntimeException | Error e) {
            broker.close();
            throw e;
        }
        broker.startupTime = Duration.ofNanos(System.nanoTime() - started);
        return broker;
    }

    private static String serverProperties(Path data, int port, int controllerPort) {
        return String.join(System.lineSeparator(),
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + data.toAbsolutePath(),
                "num.network.threads=2",
                "num.io.threads=2",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=4",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=4",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // a broker restarted after SIGKILL cannot register until its previous session expires (9 s by default)
                "broker.session.timeout.ms=3000",
                "broker.heartbeat.interval.ms=500",
                // the new consumer group protocol reconciles assignments on heartbeats (every 5 s by default)
                "group.consumer.min.heartbeat.interval.ms=500",
                "group.consumer.heartbeat.interval.ms=1000",
                "");
    }

    /** Everything at INFO to standard output, which goes to the broker's log file. */
    private static final String LOG4J2_PROPERTIES = """
            status = error
            appender.console.type = Console
            appender.console.name = console
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = info
            rootLogger.appenderRef.console.ref = console
            """;

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The time from {@link #start} until the broker answered an admin client. */
    public Duration startupTime() {
        return startupTime;
    }

    public Path directory() {
        return directory;
    }

    public boolean isRunning() {
        return child != null && child.isAlive();
    }

    public OptionalLong residentMemoryBytes() {
        return isRunning() ? child.residentMemoryBytes() : OptionalLong.empty();
    }

    public OptionalLong peakResidentMemoryBytes() {
        return isRunning() ? child.peakResidentMemoryBytes() : OptionalLong.empty();
    }

    /** Kills the broker's JVM with SIGKILL, as a crash would, and waits until the process is gone. */
    public void kill9() {
        if (!isRunning()) {
            throw new IllegalStateException("the broker is not running");
        }
        child.kill9();
    }

    /** Starts the broker again on its data and ports, and returns once an admin client is answered by it. */
    public void restart() {
        if (isRunning()) {
            throw new IllegalStateException("the broker is running; kill9 it before restarting it");
        }
        launch();
    }

    private void launch() {
        List<String> jvmOptions = new ArrayList<>(JVM_OPTIONS);
        jvmOptions.add("-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties"));
        jvmOptions.add("-Djava.io.tmpdir=" + directory);
        child = ChildJvm.start("kafka-broker", KafkaBrokerMain.class, jvmOptions,
                List.of(properties.toString(), clusterId), directory.resolve("broker.log"));
        awaitAdminAnswer();
    }

    private void awaitAdminAnswer() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000);
        String lastError = "no answer";
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!child.isAlive()) {
                    throw new IllegalStateException("the Kafka broker died (exit " + child.exitCode() + "):"
                            + System.lineSeparator() + child.logTail(60));
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                    lastError = "no broker registered yet";
                } catch (ExecutionException | TimeoutException e) {
                    lastError = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the Kafka broker did not answer within " + START_TIMEOUT
                            + " (" + lastError + "):" + System.lineSeparator() + child.logTail(60));
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
                }
            }
        }
    }

    /** The last {@code lines} lines of the broker's log. */
    public String logTail(int lines) {
        return child == null ? "" : child.logTail(lines);
    }

    /** Stops the broker (SIGTERM, SIGKILL after a grace period) and deletes its data; the log stays. */
    @Override
    public void close() {
        if (child != null) {
            child.stop(STOP_GRACE);
        }
        ScratchDirectories.deleteRecursively(directory.resolve("data"));
    }
}
