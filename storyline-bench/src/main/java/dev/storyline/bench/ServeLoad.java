package dev.storyline.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bounded HTTP load test: {@code clients} threads send GET requests over keep-alive connections for a fixed time,
 * cycling through the endpoints and their paths, and report per endpoint how many requests were made, how many
 * failed (any status but 200, or no answer), and the latency p50/p99. It stops by itself when the time is up.
 *
 * <pre>{@code
 * ServeLoad.Report r = ServeLoad.run("http://127.0.0.1:8080", List.of(
 *         new ServeLoad.Endpoint("search", List.of("/api/search?q=wheat"))), 50, Duration.ofSeconds(60));
 * }</pre>
 */
public final class ServeLoad {

    /** One endpoint under load and the concrete paths that exercise it. */
    public record Endpoint(String name, List<String> paths) {
        public Endpoint {
            paths = List.copyOf(paths);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("endpoint " + name + " has no paths");
            }
        }
    }

    /**
     * Figures for one endpoint (or all), latencies in milliseconds.
     *
     * @param firstError the first failure seen (status and path, or the exception), or {@code null}
     */
    public record Figures(String endpoint, long requests, long errors, double p50, double p99, double max,
            double perSecond, String firstError) {
    }

    /** What a run measured. */
    public record Report(int clients, double seconds, List<Figures> endpoints, Figures all) {

        /** Prints the report as a table. */
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "%d clients for %.1f s on loopback%n", clients, seconds);
            out.printf(Locale.ROOT, "%-10s %10s %8s %9s %9s %9s %9s%n", "endpoint", "requests", "errors", "req/s",
                    "p50 ms", "p99 ms", "max ms");
            List<Figures> rows = new ArrayList<>(endpoints);
            rows.add(all);
            for (Figures f : rows) {
                out.printf(Locale.ROOT, "%-10s %10d %8d %9.0f %9.2f %9.2f %9.1f%n", f.endpoint(), f.requests(),
                        f.errors(), f.perSecond(), f.p50(), f.p99(), f.max());
            }
            if (all.firstError() != null) {
                out.println("first error: " + all.firstError());
            }
        }
    }

    private ServeLoad() {
    }

    /** Runs the load for {@code duration} after a short warm-up (each path of each endpoint once, up to 50). */
    public static Report run(String baseUrl, List<Endpoint> endpoints, int clients, Duration duration) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicReference<String> firstError = new AtomicReference<>();
        for (Endpoint e : endpoints) {
            for (String p : e.paths().subList(0, Math.min(50, e.paths().size()))) {
                send(http, baseUrl, p, firstError);
            }
        }
        firstError.set(null);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try {
            List<Future<Samples[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    Samples[] samples = new Samples[endpoints.size()];
                    Arrays.setAll(samples, i -> new Samples());
                    long i = client;
                    while (System.nanoTime() < deadline) {
                        int e = (int) (i % endpoints.size());
                        List<String> paths = endpoints.get(e).paths();
                        String path = paths.get((int) ((i * 7919 + client) % paths.size()));
                        long t = System.nanoTime();
                        boolean ok = send(http, baseUrl, path, firstError);
                        samples[e].add(System.nanoTime() - t, ok);
                        i++;
                    }
                    return samples;
                }));
            }
            Samples[] merged = new Samples[endpoints.size()];
            Arrays.setAll(merged, i -> new Samples());
            for (Future<Samples[]> f : futures) {
                Samples[] s = f.get();
                for (int e = 0; e < s.length; e++) {
                    merged[e].addAll(s[e]);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Figures> rows = new ArrayList<>();
            Samples all = new Samples();
            for (int e = 0; e < endpoints.size(); e++) {
                rows.add(merged[e].figures(endpoints.get(e).name(), seconds, null));
                all.addAll(merged[e]);
            }
            return new Report(clients, seconds, rows, all.figures("all", seconds, firstError.get()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean send(HttpClient http, String baseUrl, String path, AtomicReference<String> firstError) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                    .GET().build();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                firstError.compareAndSet(null, r.statusCode() + " " + path);
                return false;
            }
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            firstError.compareAndSet(null, e + " " + path);
            return false;
        }
    }

    /** Latencies (nanoseconds) and error count of one endpoint, growable without boxing. */
    private static final class Samples {
        private long[] nanos = new long[1024];
        private int size;
        private long errors;

        void add(long n, boolean ok) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = n;
            if (!ok) {
                errors++;
            }
        }

        void addAll(Samples other) {
            for (int i = 0; i < other.size; i++) {
                add(other.nanos[i], true);
            }
            errors += other.errors;
        }

        Figures figures(String name, double seconds, String firstError) {
            long[] sorted = Arrays.copyOf(nanos, size);
            Arrays.sort(sorted);
            return new Figures(name, size, errors, millis(sorted, 0.50), millis(sorted, 0.99),
                    size == 0 ? 0 : sorted[size - 1] / 1e6, size / seconds, firstError);
        }

        private static double millis(long[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            int idx = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
            return sorted[Math.max(0, idx)] / 1e6;
        }
    }
}
