package dev.storyline.cli;

import dev.storyline.bench.ParseBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline bench parse DIR...}: parse throughput beside decoding (and jsoup) speed, measured in one run. */
@Command(name = "parse",
        description = {
            "Parse throughput (MB/s, articles/s) for Reuters SGML, plain wire text rebuilt from it, and HTML pages, "
                + "on one thread and all cores, beside the speed of merely decoding the same bytes "
                + "(and, for HTML, jsoup parsing alone).",
            "Example: storyline bench parse ../shared/data/reuters21578 "
                + "../shared/data/article-extraction-benchmark/html"
        },
        mixinStandardHelpOptions = true)
public final class BenchParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "Data folders: Reuters-21578 (reut2-*.sgm) and/or HTML pages (*.html, *.html.gz).")
    List<Path> dirs;

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up rounds (default: ${DEFAULT-VALUE}).")
    int warmup = 2;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds; medians are reported "
            + "(default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the all-cores rows "
            + "(default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                System.err.println("error: " + d + ": not a folder");
                return 2;
            }
        }
        new ParseBenchmark(new ParseBenchmark.Config(dirs, warmup, rounds, threads), System.out).run();
        return 0;
    }
}
