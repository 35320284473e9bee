package dev.storyline.testing.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeConfigTest {

    @Test
    void argumentsCarryTheWholeConfigToTheNodeJvm() {
        NodeConfig config = new NodeConfig("c", "node-1", 41001, 41002, Path.of("/tmp/c/node-1"),
                List.of("127.0.0.1:41002", "127.0.0.1:41004"), List.of("node-0", "node-1"),
                Map.of("node.attr.zone", "a=b"));
        assertThat(NodeConfig.fromArguments(config.toArguments().toArray(String[]::new))).isEqualTo(config);
    }

    @Test
    void aMissingOrUnknownArgumentIsNamed() {
        assertThatThrownBy(() -> NodeConfig.fromArguments(new String[] {"--cluster=c"}))
                .hasMessageContaining("missing --node=");
        assertThatThrownBy(() -> NodeConfig.fromArguments(new String[] {"--cluster=c", "--node=n", "--http=1",
                "--transport=2", "--home=/h", "--seed=", "--initial-cluster-managers=n", "--colour=red"}))
                .hasMessageContaining("unknown options [colour]");
        assertThatThrownBy(() -> NodeConfig.fromArguments(new String[] {"--cluster=c", "--node=n", "--http=x"}))
                .hasMessageContaining("--http must be a port number");
    }
}
