package dev.storyline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs a list of queries from one or several client threads and reports latency percentiles and throughput. */
final class LatencyProbe {

    /**
     * Latency figures in milliseconds.
     *
     * @param clients  concurrent client threads
     * @param queries  queries run in total
     * @param p50      median latency
     * @param p99      99th percentile latency
     * @param perSecond queries per second over all clients
     */
    record Latency(int clients, int queries, double p50, double p99, double perSecond) {
    }

    private LatencyProbe() {
    }

    /** Each of {@code clients} threads runs every query in {@code queries} once (after one warm-up pass). */
    static Latency run(List<String> queries, int clients, Consumer<String> search) throws Exception {
        for (String q : queries.subList(0, Math.min(200, queries.size()))) {
            search.accept(q);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * 97;
                futures.add(pool.submit(() -> {
                    long[] took = new long[queries.size()];
                    for (int i = 0; i < queries.size(); i++) {
                        String q = queries.get((i + offset) % queries.size());
                        long t = System.nanoTime();
                        search.accept(q);
                        took[i] = System.nanoTime() - t;
                    }
                    return took;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                for (long t : f.get()) {
                    all.add(t);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return new Latency(clients, sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted.length / seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(long[] sorted, double p) {
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
        return sorted[i] / 1e6;
    }
}
