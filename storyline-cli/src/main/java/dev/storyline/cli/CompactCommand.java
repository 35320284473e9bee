package dev.storyline.cli;

import dev.storyline.index.IndexUnavailableException;
import dev.storyline.lucene.LuceneArticleIndex;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code storyline compact [--data DIR]}: merges the index into one segment after a bulk ingest. */
@Command(name = "compact", description = "Merge the index into one segment: faster search and related lists "
        + "after a bulk ingest.",
        footer = {"", "Run it when an ingest has finished (it waits for the folder's lock). It takes a while on a large",
                "index with vectors, and needs free disk space about the size of the index."})
public final class CompactCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        System.err.println("compacting " + data.folder() + " ...");
        try (LuceneArticleIndex index = LuceneArticleIndex.open(data.folder())) {
            int before = index.compact();
            System.out.printf(Locale.ROOT, "compacted %,d articles from %d segments into 1 in %.1f s%n", index.count(),
                    before, (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (IndexUnavailableException e) {
            System.err.println("storyline compact: " + e.getMessage());
            return 2;
        }
    }
}
