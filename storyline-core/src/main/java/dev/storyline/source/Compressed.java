package dev.storyline.source;

import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Recognises compressed bytes by their magic number (not only their name) and opens them: gzip is decompressed up
 * to {@link Limits#maxFileBytes()}; a gzip whose content is a WARC is passed on compressed, since the WARC reader
 * reads WARC.gz record by record; zip bytes (from standard input) are read entry by entry. Anything else is passed
 * on as it is; a tar archive (also inside a {@code .tgz}) is reported as not read.
 */
final class Compressed {

    private static final int WARC_PROBE = 5;

    private Compressed() {
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    /** The name a decompressed file goes by: {@code day.txt.gz} becomes {@code day.txt}. */
    static String innerName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            return name.substring(0, name.length() - 3);
        }
        if (lower.endsWith(".tgz")) {
            return name.substring(0, name.length() - 4) + ".tar";
        }
        return name;
    }

    /**
     * Hands {@code bytes} (already read, named {@code path}) on as items, decompressing gzip and zip.
     *
     * @param path     the name to report, e.g. {@code feeds.zip!/a.xml.gz}
     * @param hintName the name readers see, e.g. {@code a.xml.gz}
     */
    static void open(String path, String hintName, byte[] bytes, Hints hints, Limits limits,
            Consumer<InputItem> onItem, Consumer<ReadError> onError) {
        if (isGzip(bytes)) {
            if (isWarcGzip(bytes)) {
                onItem.accept(new InputItem(path, bytes, hints.withName(hintName)));
                return;
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                byte[] inner = BoundedRead.readAll(in, limits.maxFileBytes(), 4L * bytes.length,
                        "the limit of " + limits.maxFileBytes() + " bytes once decompressed (--max-file-size)");
                handOn(new InputItem(path, inner, hints.withName(innerName(hintName))), onItem, onError);
            } catch (IOException e) {
                onError.accept(gzipError(path, e));
            }
        } else if (isZip(bytes) || ZipArchive.isZipName(hintName)) {
            if (path.contains("!/")) {
                onError.accept(new ReadError(path, null, "a zip inside a zip is not opened; unpack it first"));
                return;
            }
            readZipStream(path, bytes, hints, limits, onItem, onError);
        } else {
            handOn(new InputItem(path, bytes, hints.withName(hintName)), onItem, onError);
        }
    }

    /** {@code true} for a POSIX or GNU tar archive ({@code ustar} at offset 257 of its first header). */
    static boolean isTar(byte[] b) {
        return b.length >= 512 && b[257] == 'u' && b[258] == 's' && b[259] == 't' && b[260] == 'a' && b[261] == 'r';
    }

    /** Hands an item on, unless it is an archive that is not opened (tar), which is one error instead. */
    static void handOn(InputItem item, Consumer<InputItem> onItem, Consumer<ReadError> onError) {
        if (isTar(item.content())) {
            onError.accept(new ReadError(item.path(), null,
                    "a tar archive: not read; unpack it first (tar xf) and parse the folder"));
        } else {
            onItem.accept(item);
        }
    }

    /** {@code true} when the gzip's first decompressed bytes are a WARC header. */
    static boolean isWarcGzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] head = in.readNBytes(WARC_PROBE);
            return new String(head, StandardCharsets.US_ASCII).equals("WARC/");
        } catch (IOException e) {
            return false;
        }
    }

    static ReadError gzipError(String path, IOException e) {
        if (e instanceof BoundedRead.TooLarge) {
            return new ReadError(path, null, "decompresses " + e.getMessage());
        }
        if (e instanceof EOFException) {
            return new ReadError(path, null, "truncated gzip: the data ends before the end of the compressed stream");
        }
        return new ReadError(path, null, "corrupt gzip: " + FileTree.describe(e));
    }

    /** Zip bytes that are not a file (standard input): read as a stream, with the same guards as a zip file. */
    private static void readZipStream(String path, byte[] bytes, Hints hints, Limits limits,
            Consumer<InputItem> onItem, Consumer<ReadError> onError) {
        long expanded = 0;
        int entries = 0;
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = path + "!/" + e.getName();
                if (++entries > limits.maxArchiveEntries()) {
                    onError.accept(new ReadError(path, null, "holds more than " + limits.maxArchiveEntries()
                            + " entries; the rest are skipped"));
                    return;
                }
                long budget = Math.min(Math.min(limits.maxFileBytes(), limits.maxArchiveBytes() - expanded),
                        Math.max(ZipArchive.RATIO_FREE_BYTES, ZipArchive.MAX_RATIO * bytes.length));
                byte[] entry;
                try {
                    entry = BoundedRead.readAll(zin, budget, 0, budget
                            + " bytes (--max-file-size, the archive's expansion limit, or a zip bomb)");
                } catch (BoundedRead.TooLarge tooLarge) {
                    onError.accept(new ReadError(name, null, "entry expands " + tooLarge.getMessage()
                            + "; the rest of the archive is skipped"));
                    return;
                }
                expanded += entry.length;
                handOn(new InputItem(name, entry, hints.withName(name)), onItem, onError);
            }
            if (entries == 0) {
                onError.accept(new ReadError(path, null, "zip holds no readable entry (truncated or corrupt?)"));
            }
        } catch (ZipException | EOFException e) {
            onError.accept(new ReadError(path, "entry " + (entries + 1), "truncated or corrupt zip: "
                    + FileTree.describe(e)));
        } catch (IOException e) {
            onError.accept(new ReadError(path, null, "cannot read the zip: " + FileTree.describe(e)));
        }
    }
}
