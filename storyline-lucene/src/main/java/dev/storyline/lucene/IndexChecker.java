package dev.storyline.lucene;

import dev.storyline.index.IndexUnavailableException;
import dev.storyline.index.IndexUnavailableException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Checks a data folder's index with Lucene's {@link CheckIndex} and, when asked, repairs it by dropping the
 * segments that cannot be read (the articles in them are lost from the index; ingest their sources again).
 *
 * <pre>{@code
 * IndexChecker.Report r = IndexChecker.check(Path.of("storyline-data"), true);
 * }</pre>
 */
public final class IndexChecker {

    /**
     * What a check found.
     *
     * @param clean        {@code true} when every segment could be read
     * @param segments     segments in the last commit
     * @param brokenSegments segments that could not be read
     * @param documents    documents in the last commit (before any repair)
     * @param lostDocuments documents in broken segments (removed by a repair)
     * @param repaired     {@code true} when a repair was written
     * @param details      Lucene's own report, for a human who wants it
     */
    public record Report(boolean clean, int segments, int brokenSegments, long documents, long lostDocuments,
            boolean repaired, String details) {
    }

    private IndexChecker() {
    }

    /** Checks the index of data folder {@code dir}; with {@code repair}, writes a repaired commit when broken. */
    public static Report check(Path dir, boolean repair) {
        DataFolder folder = new DataFolder(dir);
        folder.checkReadable();
        if (!Files.isDirectory(folder.indexPath())) {
            throw new IndexUnavailableException(Reason.MISSING, "data folder " + folder.root() + " has no index", null);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Directory d = FSDirectory.open(folder.indexPath());
                CheckIndex checker = new CheckIndex(d)) {
            checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8), false);
            CheckIndex.Status status = checker.checkIndex();
            if (status.missingSegments) {
                throw new IndexUnavailableException(Reason.CORRUPT, "the index in " + folder.root()
                        + " has no readable commit at all; ingest the sources again into a new folder", null);
            }
            long docs = status.segmentInfos.stream().mapToLong(s -> s.maxDoc).sum();
            boolean repaired = false;
            if (!status.clean && repair) {
                checker.exorciseIndex(status);
                repaired = true;
            }
            return new Report(status.clean, status.numSegments, status.numBadSegments, docs, status.totLoseDocCount,
                    repaired, log.toString(StandardCharsets.UTF_8));
        } catch (LockObtainFailedException e) {
            throw folder.translate(e, "checking");
        } catch (IOException e) {
            throw folder.translate(e, "checking");
        }
    }
}
