package dev.storyline.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the server.
 *
 * @param dataFolder    the data folder holding the index (and, by default, the write token)
 * @param host          the address to listen on, e.g. {@code 127.0.0.1}
 * @param port          the port to listen on; 0 picks a free one
 * @param tokenFile     where the write token is kept; {@code null} for {@code DATA/server-token}
 * @param corsOrigin    the one origin allowed to call the API from a browser (e.g. {@code https://desk.example.org});
 *                      {@code null} for none: no CORS headers at all
 * @param maxBodyBytes  largest request body accepted (a larger one gets 413)
 * @param maxQueryChars longest query string accepted (a longer one gets 414)
 */
public record ServerConfig(Path dataFolder, String host, int port, Path tokenFile, String corsOrigin,
        long maxBodyBytes, int maxQueryChars) {

    public ServerConfig {
        Objects.requireNonNull(dataFolder, "dataFolder");
        host = Objects.requireNonNullElse(host, "127.0.0.1");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be within 0..65535, got " + port);
        }
        if (maxBodyBytes < 1 || maxQueryChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Loopback, port 8080, token in the data folder, no CORS, bodies up to 10 MB, query strings up to 4,096 chars. */
    public static ServerConfig defaults(Path dataFolder) {
        return new ServerConfig(dataFolder, "127.0.0.1", 8080, null, null, 10L << 20, 4096);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(dataFolder, host, p, tokenFile, corsOrigin, maxBodyBytes, maxQueryChars);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(dataFolder, h, port, tokenFile, corsOrigin, maxBodyBytes, maxQueryChars);
    }

    public ServerConfig withTokenFile(Path f) {
        return new ServerConfig(dataFolder, host, port, f, corsOrigin, maxBodyBytes, maxQueryChars);
    }

    public ServerConfig withCorsOrigin(String o) {
        return new ServerConfig(dataFolder, host, port, tokenFile, o, maxBodyBytes, maxQueryChars);
    }

    public ServerConfig withLimits(long body, int query) {
        return new ServerConfig(dataFolder, host, port, tokenFile, corsOrigin, body, query);
    }
}
