package dev.storyline.lucene;

import dev.storyline.index.IndexUnavailableException;
import dev.storyline.index.IndexUnavailableException.Reason;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The layout of a Storyline data folder, and the one-line messages for what can go wrong with it.
 *
 * <pre>
 * DIR/storyline-data.properties   format marker: data-format=1
 * DIR/index/                      the Lucene index (its write.lock guards against a second writer)
 * DIR/writer.pid                  the process id of the current writer, for the "in use" message
 * </pre>
 */
final class DataFolder {

    /** The data format this code reads and writes. Bump when the index layout changes incompatibly. */
    static final int FORMAT = 1;
    static final String MARKER = "storyline-data.properties";

    private final Path root;

    DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path indexPath() {
        return root.resolve("index");
    }

    Path pidFile() {
        return root.resolve("writer.pid");
    }

    /** Creates the folder and its marker when new; checks the marker when not. */
    void prepareForWriting() {
        try {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new IndexUnavailableException(Reason.INCOMPATIBLE, "data folder " + root
                        + " is a file, not a folder", null);
            }
            Files.createDirectories(root);
            if (!Files.isWritable(root)) {
                throw unwritable(null);
            }
            if (Files.exists(root.resolve(MARKER))) {
                checkMarker();
                return;
            }
            boolean empty;
            try (Stream<Path> s = Files.list(root)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty) {
                throw new IndexUnavailableException(Reason.INCOMPATIBLE, "data folder " + root
                        + " is not empty and is not a storyline data folder (no " + MARKER
                        + "); choose a new or empty folder", null);
            }
            Properties p = new Properties();
            p.setProperty("data-format", Integer.toString(FORMAT));
            p.setProperty("written-by", "storyline 0.1.0-SNAPSHOT, Lucene " + org.apache.lucene.util.Version.LATEST);
            Path tmp = root.resolve(MARKER + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Storyline data folder");
            }
            Files.move(tmp, root.resolve(MARKER), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw translate(e, "preparing");
        }
    }

    /** Checks that the folder holds an index this code can read. */
    void checkReadable() {
        if (!Files.isDirectory(root)) {
            throw new IndexUnavailableException(Reason.MISSING, "no data folder " + root
                    + ": run `storyline ingest PATH --data " + root + "` first", null);
        }
        if (!Files.exists(root.resolve(MARKER))) {
            throw new IndexUnavailableException(Reason.INCOMPATIBLE, root + " is not a storyline data folder (no "
                    + MARKER + ")", null);
        }
        checkMarker();
    }

    private void checkMarker() {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(root.resolve(MARKER), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw translate(e, "reading the marker of");
        }
        String found = p.getProperty("data-format", "?");
        if (!found.equals(Integer.toString(FORMAT))) {
            throw new IndexUnavailableException(Reason.INCOMPATIBLE, "data folder " + root + " has data format "
                    + found + " (" + p.getProperty("written-by", "unknown writer") + "); this storyline reads format "
                    + FORMAT + ": use a matching storyline version, or ingest again into a new folder", null);
        }
    }

    void writePid() {
        try {
            Files.writeString(pidFile(), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw translate(e, "writing to");
        }
    }

    void removePid() {
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            // the pid file only improves a message; a stale one is harmless
        }
    }

    private String holder() {
        try {
            String pid = Files.readString(pidFile(), StandardCharsets.UTF_8).strip();
            return "pid " + pid;
        } catch (IOException e) {
            return "pid unknown";
        }
    }

    /** The one-line, actionable exception for an I/O failure while {@code doing} the folder. */
    IndexUnavailableException translate(IOException e, String doing) {
        if (e instanceof LockObtainFailedException) {
            return new IndexUnavailableException(Reason.LOCKED, "data folder " + root
                    + " is in use by another storyline process (" + holder() + "); wait for it to finish or use another --data folder", e);
        }
        if (e instanceof IndexFormatTooNewException || e instanceof IndexFormatTooOldException) {
            return new IndexUnavailableException(Reason.INCOMPATIBLE, "the index in " + root
                    + " was written by an incompatible Lucene version (" + e.getMessage()
                    + "); ingest again into a new folder", e);
        }
        if (e instanceof CorruptIndexException || e instanceof java.io.EOFException) {
            return new IndexUnavailableException(Reason.CORRUPT, "the index in " + root + " is damaged ("
                    + oneLine(e) + "); run `storyline check --data " + root
                    + " --repair` to recover what can be recovered", e);
        }
        if (e instanceof AccessDeniedException) {
            return unwritable(e);
        }
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("No space left") || msg.contains("not enough space") || msg.contains("Disk quota")) {
            return new IndexUnavailableException(Reason.FULL, "the disk holding data folder " + root
                    + " is full; articles committed before are safe: free some space and run the ingest again", e);
        }
        if (e instanceof FileSystemException && msg.contains("Read-only file system")) {
            return unwritable(e);
        }
        return new IndexUnavailableException(Reason.IO, "input/output error " + doing + " data folder " + root
                + ": " + oneLine(e), e);
    }

    private IndexUnavailableException unwritable(IOException e) {
        return new IndexUnavailableException(Reason.UNWRITABLE, "cannot write to data folder " + root
                + " (permission denied or read-only); choose a writable --data folder", e);
    }

    private static String oneLine(Throwable e) {
        return String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
    }
}
