package dev.storyline.source;

import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The I/O side of reading: walks files and folders (recursively, in name order), opens {@code .gz} and
 * {@code .zip} (recognised by content, not only by name), and hands each unit's bytes to a consumer. Readers never
 * do I/O; this class does it for them, within the {@link Limits}: no file, decompressed stream or archive entry is
 * read past {@link Limits#maxFileBytes()}, and archives are guarded against zip bombs. Each unreadable file or
 * entry yields one {@link ReadError} naming it, and the walk goes on.
 *
 * <pre>{@code
 * Inputs.walk(List.of(Path.of("news/")), Hints.none(), Limits.defaults(),
 *         item -> Storyline.parse(item.content(), item.hints()), error -> System.err.println(error));
 * }</pre>
 *
 * <p>WARC files stay as they are, gzip or not: the WARC reader reads WARC.gz record by record.
 */
public final class Inputs {

    /** How standard input is named in errors and sources. */
    public static final String STDIN = "-";

    private Inputs() {
    }

    /** Walks {@code paths}, calling {@code onItem} for each readable unit and {@code onError} for each bad one. */
    public static void walk(List<Path> paths, Hints hints, Limits limits, Consumer<InputItem> onItem,
            Consumer<ReadError> onError) {
        for (Path f : list(paths, onError)) {
            read(f, hints, limits, onItem, onError);
        }
    }

    /**
     * The files {@code paths} stand for: files as given, folders as every file below them in name order (dot files
     * skipped, symbolic links followed, loops reported once).
     */
    public static List<Path> list(List<Path> paths, Consumer<ReadError> onError) {
        return FileTree.list(paths, onError);
    }

    /** Reads one file: its bytes, its decompressed bytes, or each entry of an archive. */
    public static void read(Path file, Hints hints, Limits limits, Consumer<InputItem> onItem,
            Consumer<ReadError> onError) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(4);
            }
            if (Compressed.isZip(head) || (ZipArchive.isZipName(name) && size > 0)) {
                ZipArchive.read(file, hints, limits, onItem, onError);
                return;
            }
            if (size > limits.maxFileBytes()) {
                onError.accept(new ReadError(name, null, "file of " + size + " bytes exceeds the limit of "
                        + limits.maxFileBytes() + " bytes (raise it with --max-file-size)"));
                return;
            }
            if (Compressed.isGzip(head) && !isWarcGzip(file, name)) {
                readGzip(file, name, size, hints, limits, onItem, onError);
                return;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = BoundedRead.readAll(in, limits.maxFileBytes(), size,
                        "the limit of " + limits.maxFileBytes() + " bytes (--max-file-size)");
            }
            Compressed.handOn(new InputItem(name, bytes, hints.withName(name)), onItem, onError);
        } catch (BoundedRead.TooLarge e) {
            onError.accept(new ReadError(name, null, "file grew while being read: " + e.getMessage()));
        } catch (IOException e) {
            onError.accept(new ReadError(name, null, "cannot read: " + FileTree.describe(e)));
        }
    }

    /**
     * Reads standard input (or any stream) named {@code name}: bytes up to {@link Limits#maxFileBytes()},
     * decompressed when gzip, entry by entry when zip.
     */
    public static void read(InputStream in, String name, Hints hints, Limits limits, Consumer<InputItem> onItem,
            Consumer<ReadError> onError) {
        byte[] bytes;
        try {
            bytes = BoundedRead.readAll(in, limits.maxFileBytes(), 0,
                    "the limit of " + limits.maxFileBytes() + " bytes (--max-file-size)");
        } catch (BoundedRead.TooLarge e) {
            onError.accept(new ReadError(name, null, "input is " + e.getMessage()));
            return;
        } catch (IOException e) {
            onError.accept(new ReadError(name, null, "cannot read: " + FileTree.describe(e)));
            return;
        }
        Compressed.open(name, name, bytes, hints, limits, onItem, onError);
    }

    private static boolean isWarcGzip(Path file, String name) throws IOException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".warc.gz")) {
            return true;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readNBytes(5), StandardCharsets.US_ASCII).equals("WARC/");
        } catch (IOException e) {
            return false; // a corrupt gzip is reported when it is read
        }
    }

    /** Decompresses a gzip file as a stream, so only the decompressed bytes (bounded) are held in memory. */
    private static void readGzip(Path file, String name, long size, Hints hints, Limits limits,
            Consumer<InputItem> onItem, Consumer<ReadError> onError) throws IOException {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 65536)) {
            bytes = BoundedRead.readAll(in, limits.maxFileBytes(), Math.min(4 * size, limits.maxFileBytes()),
                    "the limit of " + limits.maxFileBytes() + " bytes once decompressed (--max-file-size)");
        } catch (IOException e) {
            onError.accept(Compressed.gzipError(name, e));
            return;
        }
        Compressed.handOn(new InputItem(name, bytes, hints.withName(Compressed.innerName(name))), onItem, onError);
    }
}
