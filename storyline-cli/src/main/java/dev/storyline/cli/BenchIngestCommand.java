package dev.storyline.cli;

import dev.storyline.bench.IngestBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline bench ingest --reuters DIR [--scale N]}: ingest throughput beside bare Lucene, and search latency,
 * on Reuters-21578 and optionally on N generated articles.
 */
@Command(name = "ingest", description = "Ingest Reuters-21578 beside bare Lucene; search latency; optionally at scale.")
public final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--reuters", paramLabel = "DIR", required = true, description = "The Reuters-21578 folder.")
    Path reuters;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "0",
            description = "Also generate and store N articles made from the corpus (e.g. 1000000).")
    long scale;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "1000", description = "Queries made from headlines.")
    int queries;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder for the indexes (emptied; default: a temp folder).")
    Path work;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of every random choice.")
    long seed;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "5000",
            description = "Articles between commits of the pipeline ingest (as storyline ingest; default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--no-warm-up", description = "Time the first (cold) pass of each ingest phase instead of the second.")
    boolean noWarmUp;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(reuters)) {
            System.err.println("storyline bench ingest: no folder " + reuters);
            return 2;
        }
        Path dir = work != null ? work : Files.createTempDirectory("storyline-bench-");
        try {
            new IngestBenchmark(new IngestBenchmark.Config(reuters, dir, scale, queries, seed, commitEvery, !noWarmUp), System.out).run();
            return 0;
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("storyline bench ingest: " + e.getMessage());
            return 1;
        }
    }
}
