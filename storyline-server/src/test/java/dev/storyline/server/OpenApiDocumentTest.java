package dev.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.json.Json;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDocumentTest {

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteExists(@TempDir Path data) throws Exception {
        try (TestServer t = TestServer.start(data)) {
            JsonNode doc = Json.mapper().readTree(t.get("/api/openapi.json").body());
            assertThat(doc.get("openapi").asText()).startsWith("3.");
            Set<String> documented = new HashSet<>();
            doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                    .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
            Set<String> registered = t.server.apiRoutes().stream().map(r -> r.method() + " " + r.path())
                    .collect(Collectors.toSet());
            assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
        }
    }
}
