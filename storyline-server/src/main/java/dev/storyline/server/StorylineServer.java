package dev.storyline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.storyline.index.ArticleIndex;
import dev.storyline.index.QuerySyntaxException;
import dev.storyline.json.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP server: the JSON API under {@code /api} ({@link ApiRoutes}), the server-rendered pages ({@link PageRoutes})
 * and {@code /metrics}, on Javalin (Jetty). Every response carries security headers and a Content-Security-Policy
 * that allows no script at all; errors are {@link ApiError} JSON under {@code /api} and a plain page elsewhere.
 *
 * <pre>{@code
 * try (StorylineServer server = StorylineServer.start(index, config, token)) {
 *     System.out.println("listening on " + server.baseUrl());
 *     server.join();
 * }
 * }</pre>
 */
public final class StorylineServer implements AutoCloseable {

    /** The policy every response carries: nothing but this server's own style sheet may load, and no script at all. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** One registered route, as documented in {@code openapi.json}. */
    public record Route(String method, String path) {
    }

    private static final String HANDLED = "storyline.errorWritten";

    private final Javalin app;
    private final ServerConfig config;
    private final List<Route> routes = new ArrayList<>();

    private StorylineServer(Javalin app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    /** Starts serving {@code index} with {@code related} as the related-articles engine. */
    public static StorylineServer start(ArticleIndex index, ServerConfig config, AccessToken token,
            RelatedSource related) {
        Objects.requireNonNull(index, "index");
        ServerMetrics metrics = new ServerMetrics(index::count);
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.router.ignoreTrailingSlashes = true;
            c.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JsonBadMessages()));
            c.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), routeOf(ctx), ctx.status().getCode(), ms));
            if (config.corsOrigin() != null) {
                c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    rule.allowHost(config.corsOrigin());
                    rule.exposeHeader("Content-Type");
                }));
            }
        });
        StorylineServer server = new StorylineServer(app, config);
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            String q = ctx.queryString();
            if (q != null && q.length() > config.maxQueryChars()) {
                throw new HttpResponseException(414, "query string longer than " + config.maxQueryChars() + " characters");
            }
        });
        app.exception(QuerySyntaxException.class, (e, ctx) -> server.error(ctx, 400, e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> server.error(ctx, 400, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> server.error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            // the client gets no detail (it may hold paths or data); the operator gets the stack trace on stderr
            System.err.println("storyline serve: " + ctx.method() + " " + ctx.path() + " failed");
            e.printStackTrace();
            server.error(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                server.error(ctx, 404, "nothing at " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                server.error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path());
            }
        });
        new ApiRoutes(index, token, related, metrics).register(server);
        new PageRoutes(index, related).register(server);
        app.start(config.host(), config.port());
        return server;
    }

    /** Registers an API route (documented in openapi.json). */
    void api(HandlerType method, String path, Handler handler) {
        routes.add(new Route(method.name(), path));
        app.addHttpHandler(method, path, handler);
    }

    /** Registers a page or asset route (not part of the API document). */
    void page(String path, Handler handler) {
        app.get(path, handler);
    }

    /** The API routes, for the test that checks them against the OpenAPI document. */
    public List<Route> apiRoutes() {
        return List.copyOf(routes);
    }

    /** The port actually listened on. */
    public int port() {
        return app.port();
    }

    /** e.g. {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port();
    }

    /** Blocks until the server is stopped (by {@link #close} from another thread or the JVM shutting down). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Writes an error: JSON under /api and /metrics, a short page elsewhere. */
    void error(Context ctx, int status, String message) {
        ctx.attribute(HANDLED, true);
        ctx.status(status);
        String text = message == null || message.isBlank() ? "error " + status : message;
        if (ctx.path().startsWith("/api") || ctx.path().startsWith("/metrics")) {
            writeJson(ctx, new ApiError(status, text));
        } else {
            ctx.html(Pages.errorPage(status, text));
        }
    }

    /** Writes {@code value} as JSON with the shared mapper. */
    static void writeJson(Context ctx, Object value) {
        writeJson(ctx, value, "application/json");
    }

    static void writeJson(Context ctx, Object value, String contentType) {
        try {
            ctx.contentType(contentType + "; charset=utf-8").result(Json.mapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String routeOf(Context ctx) {
        try {
            String route = ctx.endpointHandlerPath();
            return route == null || route.isEmpty() ? "unmatched" : route;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
