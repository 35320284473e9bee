package dev.storyline.cli;

import dev.storyline.index.IndexUnavailableException;
import dev.storyline.lucene.IndexChecker;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline check [--data DIR] [--repair]}: checks the index (Lucene CheckIndex) and repairs it on request. */
@Command(name = "check", description = "Check the index for damage; --repair drops what cannot be read.",
        footer = {"", "Stop any ingest into the folder first. A repair loses the articles of damaged segments:",
                "ingest their sources again afterwards (articles still stored are not duplicated)."})
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Option(names = "--repair", description = "Write a new commit without the damaged segments.")
    boolean repair;

    @Option(names = "--verbose", description = "Print Lucene's full report.")
    boolean verbose;

    @Override
    public Integer call() {
        try {
            IndexChecker.Report r = IndexChecker.check(data.folder(), repair);
            if (verbose) {
                System.out.println(r.details());
            }
            if (r.clean()) {
                System.out.printf(Locale.ROOT, "index is sound: %,d segments, %,d documents%n", r.segments(), r.documents());
                return 0;
            }
            System.out.printf(Locale.ROOT, "index is damaged: %d of %d segments unreadable, %,d of %,d documents in them%n",
                    r.brokenSegments(), r.segments(), r.lostDocuments(), r.documents());
            if (r.repaired()) {
                System.out.printf(Locale.ROOT, "repaired: removed %,d documents; ingest their sources again to restore them%n",
                        r.lostDocuments());
                return 0;
            }
            System.out.println("run `storyline check --data " + data.folder() + " --repair` to remove them");
            return 1;
        } catch (IndexUnavailableException e) {
            System.err.println("storyline check: " + e.getMessage());
            return 2;
        }
    }
}
