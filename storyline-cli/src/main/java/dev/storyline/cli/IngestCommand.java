package dev.storyline.cli;

import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.index.IndexUnavailableException;
import dev.storyline.ingest.IngestSummary;
import dev.storyline.ingest.Ingester;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storyline ingest PATH... [--data DIR]}: reads the inputs (the same as {@code parse}), stores every article in
 * the data folder and commits in batches. Running it again on the same inputs adds nothing, so an interrupted ingest
 * is resumed by running it again.
 */
@Command(name = "ingest", description = "Read files, folders and archives and store their articles in the data folder.",
        footer = {"", "Prints 'committed N articles' after each commit: the first N articles of the run are durable.",
                "Ingesting the same inputs again adds nothing; an interrupted ingest resumes by running it again.",
                "Bad items go to standard error as 'error: FILE [record]: reason' and the run goes on.",
                "Exit code: 0 when nothing failed, 1 when some input failed, 2 when the data folder cannot be used."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, .gz or .zip archives.")
    List<Path> paths;

    @Mixin
    DataFolderOption data;

    @Option(names = "--embed", description = "Store an embedding of each article (all-MiniLM-L6-v2, in-process) "
            + "so that related articles use meaning as well as shared terms; slower.")
    boolean embed;

    @Option(names = "--as", paramLabel = "FORMAT", description = "Read every input as this format instead of detecting it.")
    String format;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "5000",
            description = "Most articles between commits (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--commit-after", paramLabel = "SECONDS", defaultValue = "10",
            description = "Longest time between commits while articles wait (default: ${DEFAULT-VALUE}).")
    double commitAfter;

    @Option(names = "--no-enrich",
            description = "Store the wire structure alone: skip the enrichers (entities, time expressions, quotes).")
    boolean noEnrich;

    @Option(names = "--threads", paramLabel = "N", description = "Inputs parsed in parallel (default: processors, at most 4).")
    Integer threads;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "bar, plain or auto (a bar on a terminal; default: ${DEFAULT-VALUE}).")
    String progress;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Ingester.Options options;
        try {
            options = Ingester.Options.defaults().withBatchSize(commitEvery)
                    .withCommitAfter(Duration.ofMillis((long) (commitAfter * 1000)));
        } catch (IllegalArgumentException e) {
            err.println("storyline ingest: " + e.getMessage());
            return 2;
        }
        if (threads != null) {
            options = options.withParseThreads(threads);
        }
        if (noEnrich) {
            options = options.withEnrichers(EnrichmentPipeline.empty());
        }
        if (format != null) {
            try {
                options = options.withHints(Hints.none().withFormat(Format.byId(format)));
            } catch (IllegalArgumentException e) {
                err.println("storyline ingest: " + e.getMessage());
                return 2;
            }
        }
        boolean terminal = progress.equals("bar") || (progress.equals("auto") && System.console() != null);
        IngestProgress shown = new IngestProgress(out, err, terminal, totalSize(paths));
        try (LuceneArticleIndex index = LuceneArticleIndex.open(data.folder())) {
            IngestSummary s = embedding(new Ingester(index, options, shown)).ingest(paths);
            shown.finish();
            out.printf(Locale.ROOT, "ingested %,d articles from %,d inputs (%s) in %.1f s: %.0f articles/s, %.2f MB/s%n",
                    s.articles(), s.inputs(), IngestProgress.size(s.bytes()), s.took().toMillis() / 1000.0,
                    s.articlesPerSecond(), s.megabytesPerSecond());
            out.printf(Locale.ROOT, "%,d new, %,d already stored, %,d later versions of stored stories, %,d errors; "
                    + "the index holds %,d articles in %s%n", s.added(), Math.max(0, s.articles() - s.added()),
                    s.versions(), s.errors(), index.count(), index.dataFolder());
            return s.errors() == 0 ? 0 : 1;
        } catch (IndexUnavailableException e) {
            shown.finish();
            err.println("storyline ingest: " + e.getMessage());
            return 2;
        }
    }

    private static long totalSize(List<Path> paths) {
        long total = 0;
        for (Path p : paths) {
            try (Stream<Path> s = Files.walk(p)) {
                total += s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            } catch (IOException | UncheckedIOException e) {
                // unreadable inputs are reported by the ingest itself; the ETA just ignores them
            }
        }
        return total;
    }

    private Ingester embedding(Ingester ingester) {
        if (!embed) {
            return ingester;
        }
        dev.storyline.embed.Embedder embedder = new dev.storyline.embed.minilm.MiniLmEmbedder();
        return ingester.withVectors(a -> dev.storyline.embed.EmbeddingText.embed(embedder, a, 2));
    }
}
