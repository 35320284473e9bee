package dev.storyline.testing.opensearch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one test node is: its cluster, its name, its loopback ports, its home directory (data, logs and temporary
 * files under it), how it finds the others, and any further OpenSearch settings. It travels to the node's JVM as
 * command-line arguments:
 *
 * <pre>
 * --cluster=storyline-test --node=node-0 --http=41001 --transport=41002 --home=/tmp/c/node-0
 * --seed=127.0.0.1:41002,127.0.0.1:41004 --initial-cluster-managers=node-0,node-1 --setting=node.attr.zone=a
 * </pre>
 */
public record NodeConfig(String clusterName, String nodeName, int httpPort, int transportPort, Path home,
        List<String> seedHosts, List<String> initialClusterManagerNodes, Map<String, String> extraSettings) {

    public NodeConfig {
        requireName("clusterName", clusterName);
        requireName("nodeName", nodeName);
        requirePort("httpPort", httpPort);
        requirePort("transportPort", transportPort);
        Objects.requireNonNull(home, "home");
        seedHosts = List.copyOf(seedHosts);
        initialClusterManagerNodes = List.copyOf(initialClusterManagerNodes);
        extraSettings = Map.copyOf(extraSettings);
    }

    /** The arguments {@link #fromArguments} reads back. */
    public List<String> toArguments() {
        List<String> args = new ArrayList<>(List.of(
                "--cluster=" + clusterName,
                "--node=" + nodeName,
                "--http=" + httpPort,
                "--transport=" + transportPort,
                "--home=" + home.toAbsolutePath(),
                "--seed=" + String.join(",", seedHosts),
                "--initial-cluster-managers=" + String.join(",", initialClusterManagerNodes)));
        extraSettings.forEach((key, value) -> args.add("--setting=" + key + "=" + value));
        return args;
    }

    /** Reads the arguments {@link #toArguments} wrote; a missing or unknown one is an error naming it. */
    public static NodeConfig fromArguments(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
            }
            String name = arg.substring(2, equals);
            String value = arg.substring(equals + 1);
            if (name.equals("setting")) {
                int split = value.indexOf('=');
                if (split < 1) {
                    throw new IllegalArgumentException("expected --setting=key=value, got '" + arg + "'");
                }
                settings.put(value.substring(0, split), value.substring(split + 1));
            } else {
                options.put(name, value);
            }
        }
        NodeConfig config = new NodeConfig(
                required(options, "cluster"),
                required(options, "node"),
                parsePort(required(options, "http"), "http"),
                parsePort(required(options, "transport"), "transport"),
                Path.of(required(options, "home")),
                splitList(required(options, "seed")),
                splitList(required(options, "initial-cluster-managers")),
                settings);
        options.keySet().removeAll(List.of("cluster", "node", "http", "transport", "home", "seed",
                "initial-cluster-managers"));
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + options.keySet());
        }
        return config;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }

    private static List<String> splitList(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
    }

    private static int parsePort(String value, String name) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a port number, was '" + value + "'", e);
        }
    }

    private static void requireName(String argument, String value) {
        if (value == null || value.isBlank() || value.contains(",") || value.contains("=")) {
            throw new IllegalArgumentException(argument + " must be a non-blank name without ',' or '=', was '"
                    + value + "'");
        }
    }

    private static void requirePort(String argument, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(argument + " must be within 1..65535, was " + port);
        }
    }
}
