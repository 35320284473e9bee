package dev.storyline.server;

import dev.storyline.index.ArticleIndex;
import dev.storyline.index.Hit;
import dev.storyline.index.SearchRequest;
import dev.storyline.index.SearchResult;
import dev.storyline.index.SortOrder;
import dev.storyline.index.StoredArticle;
import dev.storyline.ingest.IngestListener;
import dev.storyline.ingest.Ingester;
import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.write.NinjsWriter;
import dev.storyline.read.Hints;
import dev.storyline.read.ReadError;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The JSON API under {@code /api}; every route here is documented in {@code openapi.json}. */
final class ApiRoutes {

    static final String NINJS = "application/ninjs+json";

    private final ArticleIndex index;
    private final AccessToken token;
    private final RelatedSource related;
    private final ServerMetrics metrics;
    /** The index takes one writer at a time. */
    private final Object writeLock = new Object();

    ApiRoutes(ArticleIndex index, AccessToken token, RelatedSource related, ServerMetrics metrics) {
        this.index = index;
        this.token = token;
        this.related = related;
        this.metrics = metrics;
    }

    void register(StorylineServer server) {
        server.api(HandlerType.GET, "/api/health", ctx -> StorylineServer.writeJson(ctx,
                Map.of("status", "ok", "articles", index.count())));
        server.api(HandlerType.GET, "/api/openapi.json", ctx -> {
            try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
                ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
            }
        });
        server.api(HandlerType.GET, "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.exposition()));
        server.api(HandlerType.GET, "/api/search", this::search);
        server.api(HandlerType.POST, "/api/articles", this::ingest);
        server.api(HandlerType.GET, "/api/articles/{id}", this::article);
        server.api(HandlerType.GET, "/api/articles/{id}/related", ctx -> {
            int size = Math.min(50, Math.max(1, ctx.queryParamAsClass("size", Integer.class).getOrDefault(10)));
            StorylineServer.writeJson(ctx, related.related(stored(ctx.pathParam("id")), size));
        });
        server.api(HandlerType.GET, "/api/articles/{id}/versions", ctx -> {
            StoredArticle s = stored(ctx.pathParam("id"));
            StorylineServer.writeJson(ctx, Map.of("storyKey", s.storyKey(),
                    "versions", index.versions(s.storyKey()).stream().map(ArticleSummary::of).toList()));
        });
        server.api(HandlerType.GET, "/api/stories/{key}", ctx -> {
            String key = ctx.pathParam("key");
            StorylineServer.writeJson(ctx, Map.of("storyKey", key,
                    "holds", "the versions of one wire story (its version chain), oldest version first",
                    "articles", story(key).stream().map(ArticleSummary::of).toList()));
        });
        server.api(HandlerType.GET, "/api/stories/{key}/timeline", ctx -> {
            String key = ctx.pathParam("key");
            StorylineServer.writeJson(ctx, Map.of("storyKey", key,
                    "holds", "the story's articles by date (undated last), then by version",
                    "events", timeline(story(key)).stream().map(ArticleSummary::of).toList()));
        });
        server.api(HandlerType.GET, "/api/entities/{key}", ctx -> StorylineServer.writeJson(ctx,
                entity(index, ctx.pathParam("key"), ctx.queryParamAsClass("size", Integer.class).getOrDefault(20))));
    }

    private void search(Context ctx) {
        SearchResult r = index.search(SearchParameters.from(ctx, 10));
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Hit h : r.hits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article", ArticleSummary.of(h.stored()));
            m.put("score", Float.isNaN(h.score()) ? null : h.score());
            m.put("highlights", h.highlights());
            hits.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", r.total());
        body.put("page", r.page());
        body.put("size", r.size());
        body.put("hits", hits);
        body.put("facets", r.facets());
        StorylineServer.writeJson(ctx, body);
    }

    private void article(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null && !format.equals("native") && !format.equals("ninjs")) {
            throw new IllegalArgumentException("format must be native or ninjs, got '" + format + "'");
        }
        StoredArticle s = stored(ctx.pathParam("id"));
        String accept = Objects.requireNonNullElse(ctx.header("Accept"), "");
        if ("ninjs".equals(format) || format == null && accept.contains(NINJS)) {
            StorylineServer.writeJson(ctx, NinjsWriter.toNinjs(s.article()), NINJS);
        } else {
            StorylineServer.writeJson(ctx, s.article());
        }
    }

    /** POST /api/articles: parses the body as {@code storyline parse} would, stores and commits it, returns the ids. */
    private void ingest(Context ctx) throws IOException {
        if (!token.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new HttpResponseException(401, "a write needs the header Authorization: Bearer TOKEN");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new IllegalArgumentException("the body is empty: send an article in any format storyline parses");
        }
        String name = safeName(Objects.requireNonNullElse(ctx.queryParam("name"), "upload"));
        Hints hints = new Hints(name, ctx.contentType(), null, null);
        List<String> ids = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        Path dir = Files.createTempDirectory("storyline-upload");
        try {
            Path file = dir.resolve(name);
            Files.write(file, body);
            IngestListener listener = new IngestListener() {
                @Override
                public void stored(Article article) {
                    ids.add(article.id());
                }

                @Override
                public void error(ReadError error) {
                    errors.add(new ReadError(name, error.location(), error.reason()));
                }
            };
            synchronized (writeLock) {
                new Ingester(index, Ingester.Options.defaults().withParseThreads(1).withHints(hints), listener)
                        .ingest(List.of(file));
            }
        } finally {
            deleteTree(dir);
        }
        metrics.ingested(ids.size());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ids", ids);
        result.put("errors", errors.stream().map(ReadError::message).toList());
        ctx.status(ids.isEmpty() ? 422 : 201);
        StorylineServer.writeJson(ctx, result);
    }

    private StoredArticle stored(String id) {
        return index.get(id).orElseThrow(() -> new HttpResponseException(404, "no article with id " + id));
    }

    private List<StoredArticle> story(String key) {
        List<StoredArticle> versions = index.versions(key);
        if (versions.isEmpty()) {
            throw new HttpResponseException(404, "no story with key " + key);
        }
        return versions;
    }

    /** The story's articles by date, undated last, then by version. */
    static List<StoredArticle> timeline(List<StoredArticle> story) {
        return story.stream().sorted(Comparator.comparing((StoredArticle s) -> s.article().date(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(s -> s.article().version())).toList();
    }

    /** The articles naming the entity {@code key} (newest first) and the stories they belong to. */
    static Map<String, Object> entity(ArticleIndex index, String key, int size) {
        SearchResult r = index.search(entitySearch(key, Math.min(100, Math.max(1, size))));
        if (r.total() == 0) {
            throw new HttpResponseException(404, "no article names the entity " + key);
        }
        Entity found = r.hits().stream().flatMap(h -> h.stored().article().entities().stream())
                .filter(e -> e.key().equalsIgnoreCase(key)).findFirst().orElse(null);
        Set<String> stories = new LinkedHashSet<>();
        r.hits().forEach(h -> stories.add(h.stored().storyKey()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("name", found == null ? key : found.name());
        m.put("type", found == null ? null : found.type());
        m.put("total", r.total());
        m.put("articles", r.hits().stream().map(h -> ArticleSummary.of(h.stored())).toList());
        m.put("stories", List.copyOf(stories));
        return m;
    }

    /** The search for the articles naming entity {@code key}, newest first. */
    static SearchRequest entitySearch(String key, int size) {
        String quoted = key.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("\"", "\\\"");
        return SearchRequest.of("entity:\"" + quoted + "\"").withSort(SortOrder.DATE).withPage(1, size)
                .withFacetSize(0).withHighlight(false);
    }

    /** A file name made of safe characters only: it names a temporary file and hints at the format. */
    private static String safeName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        cleaned = cleaned.replaceAll("^\\.+", "");
        if (cleaned.isEmpty()) {
            cleaned = "upload";
        }
        return cleaned.length() > 100 ? cleaned.substring(cleaned.length() - 100) : cleaned;
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary file is harmless; the upload itself succeeded or failed on its own
        }
    }
}
