package dev.storyline.source;

import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The I/O side of reading: walks files and folders (recursively, in name order), opens {@code .gz} and
 * {@code .zip}, and hands each unit's bytes to a consumer. Readers never do I/O; this class does it for them.
 * Each unreadable file or entry yields one {@link ReadError}; the walk goes on.
 */
public final class Inputs {

    private Inputs() {
    }

    /** Walks {@code paths}, calling {@code onItem} for each readable unit and {@code onError} for each bad one. */
    public static void walk(List<Path> paths, Hints hints, Limits limits, Consumer<InputItem> onItem,
            Consumer<ReadError> onError) {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    onError.accept(new ReadError(p.toString(), null, "cannot list the folder: " + e.getMessage()));
                }
                for (Path f : files) {
                    readFile(f, hints, limits, onItem, onError);
                }
            } else if (Files.isRegularFile(p)) {
                readFile(p, hints, limits, onItem, onError);
            } else {
                onError.accept(new ReadError(p.toString(), null, "no such file or folder"));
            }
        }
    }

    static void readFile(Path f, Hints hints, Limits limits, Consumer<InputItem> onItem, Consumer<ReadError> onError) {
        String name = f.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            long size = Files.size(f);
            if (size > limits.maxFileBytes() && !lower.endsWith(".zip")) {
                onError.accept(new ReadError(name, null, "file of " + size + " bytes exceeds the limit of "
                        + limits.maxFileBytes() + " bytes (raise it with --max-file-size)"));
                return;
            }
            if (lower.endsWith(".zip")) {
                readZip(f, hints, limits, onItem, onError);
            } else if (lower.endsWith(".gz") && !lower.endsWith(".warc.gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    byte[] bytes = readBounded(in, limits.maxFileBytes(), name);
                    String inner = name.substring(0, name.length() - 3);
                    onItem.accept(new InputItem(name, bytes, hints.withName(inner)));
                }
            } else {
                onItem.accept(new InputItem(name, Files.readAllBytes(f), hints.withName(name)));
            }
        } catch (IOException e) {
            onError.accept(new ReadError(name, null, "cannot read: " + e.getMessage()));
        }
    }

    private static void readZip(Path f, Hints hints, Limits limits, Consumer<InputItem> onItem,
            Consumer<ReadError> onError) throws IOException {
        long expanded = 0;
        int entries = 0;
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(f))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String entryName = f + "!/" + e.getName();
                if (++entries > limits.maxArchiveEntries()) {
                    onError.accept(new ReadError(f.toString(), null, "more than " + limits.maxArchiveEntries()
                            + " entries; the rest is skipped"));
                    return;
                }
                byte[] bytes;
                try {
                    bytes = readBounded(zin, Math.min(limits.maxFileBytes(), limits.maxArchiveBytes() - expanded),
                            entryName);
                } catch (TooLargeException tooLarge) {
                    onError.accept(new ReadError(entryName, null, tooLarge.getMessage()));
                    if (expanded >= limits.maxArchiveBytes()) {
                        return;
                    }
                    continue;
                }
                expanded += bytes.length;
                onItem.accept(new InputItem(entryName, bytes, hints.withName(e.getName())));
            }
        }
    }

    /** Reads at most {@code max} bytes; more is an error, never an out-of-memory. */
    static byte[] readBounded(InputStream in, long max, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                throw new TooLargeException("expands past the limit of " + max
                        + " bytes (raise it with --max-file-size)");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Thrown when a stream holds more bytes than allowed. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }
}
