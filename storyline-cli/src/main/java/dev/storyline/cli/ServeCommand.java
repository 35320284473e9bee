package dev.storyline.cli;

import dev.storyline.index.IndexUnavailableException;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.server.AccessToken;
import dev.storyline.server.RelatedArticlesSource;
import dev.storyline.server.ServerConfig;
import dev.storyline.server.StorylineServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code storyline serve [--data DIR] [--port N] [--host ADDR]}: serves the index over HTTP (JSON API under
 * {@code /api}, pages at {@code /}) until stopped with Ctrl-C.
 */
@Command(name = "serve", description = "Serve the index over HTTP: a JSON API under /api and readable pages at /.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on (default 8080; 0 for any free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default 127.0.0.1, this machine only).")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the write token (default DIR/server-token, created with a new token when absent). "
                    + "$STORYLINE_TOKEN, when set, takes precedence.")
    Path tokenFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "The one origin browsers may call the API from, e.g. https://desk.example.org (default: none).")
    String corsOrigin;

    @Option(names = "--max-body-mb", paramLabel = "MB", defaultValue = "10", description = "Largest request body accepted (default 10 MB).")
    int maxBodyMb;

    @Override
    public Integer call() throws Exception {
        ServerConfig config = ServerConfig.defaults(data.folder()).withPort(port).withHost(host)
                .withTokenFile(tokenFile).withCorsOrigin(corsOrigin).withLimits((long) maxBodyMb << 20, 4096);
        try (LuceneArticleIndex index = LuceneArticleIndex.open(data.folder())) {
            Path file = tokenFile != null ? tokenFile : data.folder().resolve("server-token");
            AccessToken token = AccessToken.resolve(System.getenv("STORYLINE_TOKEN"), file);
            if (token.generated()) {
                System.out.println("storyline serve: generated a write token (shown once; kept in " + token.file()
                        + ", mode 0600):");
                System.out.println("  " + token.value());
            }
            try (StorylineServer server = StorylineServer.start(index, config, token, new RelatedArticlesSource(index))) {
                System.out.println("storyline serve: " + index.count() + " articles from " + index.dataFolder()
                        + " at " + server.baseUrl() + "/ (API " + server.baseUrl() + "/api/openapi.json); Ctrl-C stops");
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "storyline-serve-stop"));
                server.join();
            }
            return 0;
        } catch (IndexUnavailableException e) {
            System.err.println("storyline serve: " + e.getMessage());
            return 2;
        }
    }
}
