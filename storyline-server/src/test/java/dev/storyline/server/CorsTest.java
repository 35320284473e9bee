package dev.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorsTest {

    @Test
    void onlyTheConfiguredOriginGetsCorsHeaders(@TempDir Path data) throws Exception {
        String desk = "https://desk.example.org";
        try (TestServer t = TestServer.start(data, ServerConfig.defaults(data).withPort(0).withCorsOrigin(desk))) {
            HttpResponse<String> allowed = t.get("/api/health", "Origin", desk);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(desk);
            HttpResponse<String> other = t.get("/api/health", "Origin", "https://elsewhere.example");
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }
}
