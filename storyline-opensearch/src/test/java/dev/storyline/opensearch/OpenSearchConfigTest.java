package dev.storyline.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensearch.client.opensearch._types.Refresh;

class OpenSearchConfigTest {

    private static final URI NODE = URI.create("http://127.0.0.1:9200");

    @Test
    void defaultsSuitAClusterOfThreeNodes() {
        OpenSearchConfig config = OpenSearchConfig.of(NODE);
        assertThat(config.index()).isEqualTo("storyline-articles");
        assertThat(config.shards()).isEqualTo(2);
        assertThat(config.replicas()).isEqualTo(1);
        assertThat(config.waitForActiveShards()).isEqualTo("1");
        assertThat(config.refresh()).isEqualTo(Refresh.WaitFor);
        assertThat(config.activeShards().count()).isEqualTo(1);
        assertThat(config.withWrites("all", Refresh.False).activeShards().isOption()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not an http endpoint     | ftp://127.0.0.1:9200 | storyline | 2 | 1 | 1    | endpoints must be http(s)://host:port
            upper-case index         | http://h:9200        | News      | 2 | 1 | 1    | index must be a lower-case OpenSearch index name
            index with a comma       | http://h:9200        | a,b       | 2 | 1 | 1    | index must be a lower-case
            no shard                 | http://h:9200        | storyline | 0 | 1 | 1    | shards must be at least 1
            negative replicas        | http://h:9200        | storyline | 2 | -1 | 1   | replicas must be at least 0
            zero active shards       | http://h:9200        | storyline | 2 | 1 | 0    | waitForActiveShards must be "all" or a count from 1
            word for active shards   | http://h:9200        | storyline | 2 | 1 | most | waitForActiveShards must be
            """)
    void aBadArgumentIsNamedInTheError(String aCase, String endpoint, String index, int shards, int replicas,
            String activeShards, String message) {
        assertThatThrownBy(() -> new OpenSearchConfig(List.of(URI.create(endpoint)), index, shards, replicas,
                activeShards, Refresh.WaitFor, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void noEndpointIsAnError() {
        assertThatThrownBy(() -> OpenSearchConfig.of()).hasMessageContaining("endpoints must name at least one node");
    }
}
