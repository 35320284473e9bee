package dev.storyline.cli;

import dev.storyline.bench.RelatedBenchmark;
import dev.storyline.embed.minilm.MiniLmEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline bench related --data DIR --reuters DIR [--scale N]}: related-articles latency beside plain
 * MoreLikeThis in the same run, on Reuters and optionally on N generated articles; the embedding cost per article.
 */
@Command(name = "related",
        description = "Related-articles latency beside MoreLikeThis (Reuters, optionally at scale); embedding cost.",
        footer = {"", "Build the data folder first: storyline ingest --embed --data DIR ../shared/data/reuters21578"})
public final class BenchRelatedCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "A data folder built from Reuters-21578 with 'storyline ingest --embed'.")
    Path data;

    @Option(names = "--reuters", paramLabel = "DIR", required = true,
            description = "The Reuters-21578 folder the data folder was built from.")
    Path reuters;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "0",
            description = "Also generate and store N articles made from the corpus, with vectors (e.g. 1000000).")
    long scale;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "500", description = "Related lists asked per system (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--embed-sample", paramLabel = "N", defaultValue = "300",
            description = "Articles embedded to measure the embedding cost (default: ${DEFAULT-VALUE}).")
    int embedSample;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder for the generated index (default: a temp folder).")
    Path work;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of every random choice.")
    long seed;

    @Option(names = "--compact", description = "Also measure the generated index after 'storyline compact'.")
    boolean compact;

    @Override
    public Integer call() throws Exception {
        for (Path p : new Path[] {data, reuters}) {
            if (!Files.isDirectory(p)) {
                System.err.println("storyline bench related: no folder " + p);
                return 2;
            }
        }
        Path dir = work != null ? work : Files.createTempDirectory("storyline-bench-related-");
        try {
            new RelatedBenchmark(new RelatedBenchmark.Config(data, reuters, dir, scale, queries, embedSample, seed, compact),
                    new MiniLmEmbedder(), System.out).run();
            return 0;
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("storyline bench related: " + e.getMessage());
            return 1;
        }
    }
}
