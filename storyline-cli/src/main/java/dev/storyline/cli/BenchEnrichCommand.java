package dev.storyline.cli;

import dev.storyline.bench.EnrichBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline bench enrich --reuters DIR}: tokens/s and articles/s per core of each enricher. */
@Command(name = "enrich",
        description = {
            "Speed of each enricher (entities, times, quotes) and of the whole pipeline on the Reuters-21578 stories:"
                + " tokens/s and articles/s per core, beside the wire grammar alone measured in the same run.",
            "Example: storyline bench enrich --reuters ../shared/data/reuters21578"
        },
        mixinStandardHelpOptions = true)
public final class BenchEnrichCommand implements Callable<Integer> {

    @Option(names = "--reuters", required = true, paramLabel = "DIR", description = "The Reuters-21578 folder.")
    Path reuters;

    @Option(names = "--limit", paramLabel = "N", description = "Use the first N stories (default: all).")
    int limit;

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up rounds (default: ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(reuters)) {
            System.err.println("error: " + reuters + ": not a folder; pass the Reuters-21578 folder with --reuters");
            return 2;
        }
        new EnrichBenchmark(new EnrichBenchmark.Config(reuters, limit, warmup, rounds), System.out).run();
        return 0;
    }
}
