package dev.storyline.testing.opensearch;

import dev.storyline.testing.process.ExitWhenParentDies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Runs one OpenSearch node in this JVM, from the jars on the class path, without the OpenSearch test framework (no
 * security manager, no randomized runner): {@link Node}'s protected constructor takes the plugin classes directly,
 * as the distribution's bootstrap would after reading its {@code modules/} folder. The plugins are those a Storyline
 * index needs: Netty4 (the HTTP and transport layers) and analysis-common (the language analysers and filters).
 *
 * <p>Arguments: see {@link NodeConfig}. The node binds 127.0.0.1 only, so the production bootstrap checks do not
 * apply. It prints {@value #STARTED} when it serves, stops cleanly on SIGTERM, and exits when the test JVM that
 * started it dies.
 */
public final class OpenSearchNodeMain {

    /** The line printed once the node serves HTTP. */
    public static final String STARTED = "storyline test node started";

    /** Everything at INFO to standard output, which the test cluster sends to the node's log file. */
    private static final String LOG4J2_PROPERTIES = """
            status = error
            appender.console.type = Console
            appender.console.name = console
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n
            rootLogger.level = info
            rootLogger.appenderRef.console.ref = console
            """;

    private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class,
            CommonAnalysisPlugin.class);

    private OpenSearchNodeMain() {}

    public static void main(String[] args) throws Exception {
        ExitWhenParentDies.watchStandardInput();
        NodeConfig config = NodeConfig.fromArguments(args);
        Path configDir = Files.createDirectories(config.home().resolve("config"));
        Files.writeString(configDir.resolve("log4j2.properties"), LOG4J2_PROPERTIES);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings(config), Map.of(), configDir,
                config::nodeName);
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(config.nodeName());
        LogConfigurator.configure(environment);

        Node node = new PluginsOnClassPathNode(environment, PLUGINS);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace(System.err); // the JVM is ending: the node's log is the only place left to say it
            } finally {
                closed.countDown();
            }
        }, "close-node"));
        node.start();
        System.out.println(STARTED + ": " + config.nodeName() + " http 127.0.0.1:" + config.httpPort()
                + " transport 127.0.0.1:" + config.transportPort());
        closed.await();
    }

    /** The node's settings: the config's, and those that make three nodes fit a small shared test machine. */
    static Settings settings(NodeConfig config) {
        Path home = config.home().toAbsolutePath();
        Settings.Builder builder = Settings.builder()
                .put("cluster.name", config.clusterName())
                .put("node.name", config.nodeName())
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", config.httpPort())
                .put("transport.port", config.transportPort())
                .putList("discovery.seed_hosts", config.seedHosts())
                .putList("cluster.initial_cluster_manager_nodes", config.initialClusterManagerNodes())
                // thread pools sized for one core each: three nodes share two cores with the build
                .put("node.processors", 1)
                // a nearly full disk of a developer's machine must not stop shard allocation
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // the real-memory breaker trips on small heaps under GC pressure; the test heaps are small on purpose
                .put("indices.breaker.total.use_real_memory", false);
        config.extraSettings().forEach(builder::put);
        return builder.build();
    }

    /** A node whose plugins are classes on the class path rather than folders under {@code plugins/}. */
    private static final class PluginsOnClassPathNode extends Node {
        PluginsOnClassPathNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }
}
