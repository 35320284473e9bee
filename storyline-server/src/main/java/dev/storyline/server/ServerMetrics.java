package dev.storyline.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * A few counters, written in the Prometheus text exposition format (version 0.0.4) by hand: requests by route, method
 * and status, their summed duration, and articles ingested over HTTP; plus the index size as a gauge.
 *
 * <pre>
 * # TYPE storyline_http_requests_total counter
 * storyline_http_requests_total{method="GET",route="/api/search",status="200"} 42
 * </pre>
 */
public final class ServerMetrics {

    private record Key(String method, String route, int status) {
    }

    private final Map<Key, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<Key, LongAdder> millis = new ConcurrentHashMap<>();
    private final LongAdder ingested = new LongAdder();
    private final LongSupplier indexedArticles;

    public ServerMetrics(LongSupplier indexedArticles) {
        this.indexedArticles = indexedArticles;
    }

    /** Counts one request to {@code route} (the route pattern, not the path, so ids do not explode the series). */
    public void request(String method, String route, int status, double elapsedMillis) {
        Key k = new Key(method, route, status);
        requests.computeIfAbsent(k, x -> new LongAdder()).increment();
        millis.computeIfAbsent(k, x -> new LongAdder()).add(Math.round(elapsedMillis));
    }

    /** Counts {@code n} articles stored by {@code POST /api/articles}. */
    public void ingested(long n) {
        ingested.add(n);
    }

    /** The exposition text. */
    public String exposition() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP storyline_http_requests_total HTTP requests served, by route pattern, method and status.\n");
        out.append("# TYPE storyline_http_requests_total counter\n");
        series(out, "storyline_http_requests_total", requests);
        out.append("# HELP storyline_http_request_duration_milliseconds_total Time spent serving requests.\n");
        out.append("# TYPE storyline_http_request_duration_milliseconds_total counter\n");
        series(out, "storyline_http_request_duration_milliseconds_total", millis);
        out.append("# HELP storyline_ingested_articles_total Articles stored through POST /api/articles.\n");
        out.append("# TYPE storyline_ingested_articles_total counter\n");
        out.append("storyline_ingested_articles_total ").append(ingested.sum()).append('\n');
        out.append("# HELP storyline_index_articles Articles in the index.\n");
        out.append("# TYPE storyline_index_articles gauge\n");
        out.append("storyline_index_articles ").append(indexedArticles.getAsLong()).append('\n');
        return out.toString();
    }

    private static void series(StringBuilder out, String name, Map<Key, LongAdder> values) {
        Map<String, Long> sorted = new TreeMap<>();
        values.forEach((k, v) -> sorted.put("{method=\"" + label(k.method()) + "\",route=\"" + label(k.route())
                + "\",status=\"" + k.status() + "\"}", v.sum()));
        sorted.forEach((labels, v) -> out.append(name).append(labels).append(' ').append(v).append('\n'));
    }

    /** A label value escaped as the format asks (backslash, quote, newline). */
    private static String label(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
