package dev.storyline.source;

import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the entries of a zip file with zip-bomb guards: at most {@link Limits#maxArchiveEntries()} entries, at most
 * {@link Limits#maxArchiveBytes()} expanded bytes in all, at most {@link Limits#maxFileBytes()} per entry, and no
 * entry that expands more than {@value #MAX_RATIO} times its compressed size (past its first MB), which no text does
 * but a bomb must. Entries are visited in the order of the zip's central directory; a truncated zip has none and
 * is reported as one error. A {@code .gz} entry is decompressed; a zip inside the zip is not opened.
 */
final class ZipArchive {

    /** Largest expansion accepted for one entry; text compresses 3-10 times, a zip bomb a thousand times. */
    static final long MAX_RATIO = 200;
    /** Below this many expanded bytes the ratio is not checked: tiny repetitive files compress very well. */
    static final long RATIO_FREE_BYTES = 1L << 20;

    private ZipArchive() {
    }

    static void read(Path file, Hints hints, Limits limits, Consumer<InputItem> onItem, Consumer<ReadError> onError) {
        String zipName = file.toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> en = zip.entries();
            int skipped = 0;
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory() || e.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (entries.size() < limits.maxArchiveEntries()) {
                    entries.add(e);
                } else {
                    skipped++;
                }
            }
            long expanded = 0;
            for (ZipEntry e : entries) {
                String name = zipName + "!/" + e.getName();
                long budget = Math.min(limits.maxFileBytes(), limits.maxArchiveBytes() - expanded);
                if (budget <= 0) {
                    onError.accept(new ReadError(zipName, "entry " + e.getName(), "the archive expands past "
                            + limits.maxArchiveBytes() + " bytes in all (a zip bomb?); the remaining entries are skipped"));
                    return;
                }
                byte[] bytes;
                try (InputStream in = new RatioGuard(zip.getInputStream(e), e.getCompressedSize())) {
                    bytes = BoundedRead.readAll(in, budget, Math.max(0, e.getSize()),
                            budget + " bytes (--max-file-size, or the archive's expansion limit)");
                } catch (BoundedRead.TooLarge tooLarge) {
                    onError.accept(new ReadError(name, null, "entry expands " + tooLarge.getMessage()
                            + "; skipped"));
                    expanded += budget;
                    continue;
                } catch (ZipException | java.io.EOFException corrupt) {
                    onError.accept(new ReadError(name, null, "corrupt zip entry: " + FileTree.describe(corrupt)));
                    continue;
                }
                expanded += bytes.length;
                Compressed.open(name, name, bytes, hints, limits, onItem, onError);
            }
            if (skipped > 0) {
                onError.accept(new ReadError(zipName, null, "holds more than " + limits.maxArchiveEntries()
                        + " entries; " + skipped + " were skipped"));
            }
        } catch (ZipException e) {
            onError.accept(new ReadError(zipName, null, "truncated or corrupt zip (" + FileTree.describe(e)
                    + "): expected a zip file ending with its central directory"));
        } catch (IOException e) {
            onError.accept(new ReadError(zipName, null, "cannot read: " + FileTree.describe(e)));
        }
    }

    static boolean isZipName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** Stops reading an entry whose expansion ratio betrays a zip bomb. */
    private static final class RatioGuard extends FilterInputStream {
        private final long compressed;
        private long count;

        RatioGuard(InputStream in, long compressed) {
            super(in);
            this.compressed = Math.max(1, compressed);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                check(n);
            }
            return n;
        }

        private void check(int n) throws IOException {
            count += n;
            if (count > RATIO_FREE_BYTES && count > compressed * MAX_RATIO) {
                throw new BoundedRead.TooLarge(MAX_RATIO + " times its compressed size of " + compressed
                        + " bytes (a zip bomb?)");
            }
        }
    }
}
