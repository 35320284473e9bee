package dev.storyline.testing.kafka;

import dev.storyline.testing.process.ExitWhenParentDies;
import kafka.Kafka;
import kafka.tools.StorageTool;

/**
 * Runs one Kafka broker in this JVM from the jars on the class path, as {@code kafka-storage.sh format} followed by
 * {@code kafka-server-start.sh} would: formats the log directories of {@code server.properties} for the cluster id
 * (left alone when already formatted, so a restart keeps its data), then starts {@link Kafka}. It exits when the
 * test JVM that started it dies.
 *
 * <p>Arguments: {@code SERVER_PROPERTIES CLUSTER_ID}.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {}

    public static void main(String[] args) {
        ExitWhenParentDies.watchStandardInput();
        if (args.length != 2) {
            throw new IllegalArgumentException("expected SERVER_PROPERTIES CLUSTER_ID, got " + args.length
                    + " arguments");
        }
        int formatted = StorageTool.execute(new String[] {
                "format", "--config", args[0], "--cluster-id", args[1], "--ignore-formatted"}, System.out);
        if (formatted != 0) {
            System.err.println("kafka-storage format failed with exit code " + formatted);
            System.exit(formatted);
        }
        Kafka.main(new String[] {args[0]});
    }
}
