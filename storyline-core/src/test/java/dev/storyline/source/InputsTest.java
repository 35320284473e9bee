package dev.storyline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    private final List<InputItem> items = new ArrayList<>();
    private final List<ReadError> errors = new ArrayList<>();

    private void walk(Limits limits, Path... paths) {
        Inputs.walk(List.of(paths), Hints.none(), limits, items::add, errors::add);
    }

    private void walk(Path... paths) {
        walk(Limits.defaults(), paths);
    }

    private List<String> itemPaths() {
        return items.stream().map(i -> dir.relativize(Path.of(i.path().replaceAll("!/.*", ""))) + i.path()
                .replaceAll("^[^!]*", "")).toList();
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String[] names, byte[]... contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < names.length; i++) {
                z.putNextEntry(new ZipEntry(names[i]));
                z.write(contents[i]);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void foldersAreWalkedRecursivelyInNameOrderSkippingDotFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.createDirectories(dir.resolve(".git"));
        Files.write(dir.resolve("c.txt"), text("c"));
        Files.write(dir.resolve("a.txt"), text("a"));
        Files.write(dir.resolve("b/inner/z.txt"), text("z"));
        Files.write(dir.resolve("b/y.txt"), text("y"));
        Files.write(dir.resolve(".git/config"), text("x"));
        Files.write(dir.resolve(".DS_Store"), text("x"));

        walk(dir);

        assertThat(itemPaths()).containsExactly("a.txt", "b/inner/z.txt", "b/y.txt", "c.txt");
        assertThat(errors).isEmpty();
    }

    @Test
    void gzipIsDecompressedAndReadersSeeTheInnerName() throws IOException {
        Files.write(dir.resolve("day.txt.gz"), gzip(text("SEOUL, May 21 (Yonhap) -- text")));
        Files.write(dir.resolve("no-suffix"), gzip(text("gzip recognised by content")));

        walk(dir);

        assertThat(items).hasSize(2);
        assertThat(new String(items.get(0).content(), StandardCharsets.UTF_8)).startsWith("SEOUL");
        assertThat(items.get(0).path()).endsWith("day.txt.gz");
        assertThat(items.get(0).hints().name()).endsWith("day.txt");
        assertThat(new String(items.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("gzip recognised by content");
    }

    @Test
    void warcGzipIsPassedOnCompressedWhateverItsName() throws IOException {
        byte[] warc = gzip(text("WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"));
        Files.write(dir.resolve("crawl.warc.gz"), warc);
        Files.write(dir.resolve("crawl.gz"), warc);

        walk(dir);

        assertThat(items).extracting(InputItem::content).allSatisfy(c -> assertThat(c).isEqualTo(warc));
        assertThat(errors).isEmpty();
    }

    @Test
    void truncatedGzipIsOneErrorNamingTheFileAndTheWalkGoesOn() throws IOException {
        byte[] gz = gzip(text("some story text ".repeat(200)));
        Files.write(dir.resolve("a-truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        Files.write(dir.resolve("b.txt"), text("next"));

        walk(dir);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).endsWith("a-truncated.txt.gz");
            assertThat(e.reason()).contains("truncated gzip");
        });
        assertThat(itemPaths()).containsExactly("b.txt");
    }

    @Test
    void corruptGzipIsOneError() throws IOException {
        byte[] gz = gzip(text("some story text ".repeat(200)));
        for (int i = 20; i < gz.length - 8; i++) {
            gz[i] = (byte) 0xff;
        }
        Files.write(dir.resolve("bad.gz"), gz);

        walk(dir);

        assertThat(errors).singleElement().satisfies(e -> assertThat(e.reason()).containsAnyOf("corrupt gzip",
                "truncated gzip"));
        assertThat(items).isEmpty();
    }

    @Test
    void zipEntriesAreReadInOrderAndNamedInsideTheArchive() throws IOException {
        Files.write(dir.resolve("feeds.zip"), zip(new String[] {"a.xml", "dir/", "dir/b.txt.gz"},
                text("<rss/>"), new byte[0], gzip(text("wire"))));

        walk(dir);

        assertThat(itemPaths()).containsExactly("feeds.zip!/a.xml", "feeds.zip!/dir/b.txt.gz");
        assertThat(items.get(0).hints().name()).endsWith("feeds.zip!/a.xml");
        assertThat(new String(items.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("wire");
        assertThat(errors).isEmpty();
    }

    @Test
    void truncatedZipIsOneErrorNamingTheFile() throws IOException {
        byte[] z = zip(new String[] {"a.txt", "b.txt"}, text("a ".repeat(500)), text("b ".repeat(500)));
        Files.write(dir.resolve("cut.zip"), Arrays.copyOf(z, z.length - 30));
        Files.write(dir.resolve("next.txt"), text("next"));

        walk(dir);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).endsWith("cut.zip");
            assertThat(e.reason()).contains("truncated or corrupt zip");
        });
        assertThat(itemPaths()).containsExactly("next.txt");
    }

    @Test
    void zipBombEntryIsRefusedByItsCompressionRatio() throws IOException {
        // 64 MB of zeros compresses to about 64 KB: a small zip that expands a thousand times
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                z.write(zeros);
            }
            z.closeEntry();
            z.putNextEntry(new ZipEntry("fine.txt"));
            z.write(text("a real story"));
            z.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);

        walk(bomb);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).endsWith("bomb.zip!/zeros.txt");
            assertThat(e.reason()).contains("zip bomb");
        });
        assertThat(itemPaths()).containsExactly("bomb.zip!/fine.txt");
    }

    @Test
    void archiveExpansionAndEntryCountAreBounded() throws IOException {
        byte[] kb = text("x".repeat(1000) + "\n");
        Files.write(dir.resolve("many.zip"), zip(new String[] {"1", "2", "3", "4", "5"}, kb, kb, kb, kb, kb));

        walk(Limits.defaults().withMaxArchiveEntries(3), dir.resolve("many.zip"));
        assertThat(items).hasSize(3);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.reason()).contains("more than 3 entries"));

        items.clear();
        errors.clear();
        walk(Limits.defaults().withMaxArchiveBytes(2500), dir.resolve("many.zip"));
        assertThat(items).hasSize(2);
        assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.reason()).containsAnyOf("expands", "skipped"));
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        // a sparse 1 GB file: costs no disk and, if it were read, 1 GB of heap
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.write(text("{\"text\": \""));
            f.setLength(1L << 30);
        }

        walk(huge);

        assertThat(items).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).endsWith("huge.json");
            assertThat(e.reason()).contains("exceeds the limit of 268435456 bytes").contains("--max-file-size");
        });
    }

    @Test
    void gzipThatDecompressesPastTheLimitIsRefused() throws IOException {
        Files.write(dir.resolve("big.txt.gz"), gzip(new byte[4 << 20]));

        walk(Limits.defaults().withMaxFileBytes(1 << 20), dir);

        assertThat(items).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.reason())
                .contains("decompresses larger than the limit of 1048576 bytes"));
    }

    @Test
    void symlinkLoopIsReportedOnceAndTheWalkGoesOn() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.write(dir.resolve("a/story.txt"), text("story"));
        Files.createSymbolicLink(dir.resolve("a/loop"), dir);

        walk(dir);

        assertThat(itemPaths()).containsExactly("a/story.txt");
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.reason()).contains("symbolic link loop"));
    }

    @Test
    void missingPathAndBrokenLinkAreErrors() throws IOException {
        Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));

        walk(dir.resolve("absent.txt"), dir.resolve("dangling"));

        assertThat(errors).extracting(ReadError::reason).containsExactly("no such file or folder", "broken symbolic link");
    }

    @Test
    void unreadableFileIsOneError() throws IOException {
        Path f = Files.write(dir.resolve("secret.txt"), text("x"));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(f), "skipped: running as a user who can read any file (root)");

        walk(f);

        assertThat(errors).singleElement().satisfies(e -> assertThat(e.reason()).contains("permission denied"));
    }

    @Test
    void tarArchivesAreReportedNotReadEvenInsideGzip() throws IOException {
        byte[] tar = new byte[1024];
        byte[] name = text("story.txt");
        System.arraycopy(name, 0, tar, 0, name.length);
        System.arraycopy(text("ustar"), 0, tar, 257, 5);
        Files.write(dir.resolve("a.tar"), tar);
        Files.write(dir.resolve("b.tgz"), gzip(tar));

        walk(dir);

        assertThat(items).isEmpty();
        assertThat(errors).hasSize(2).allSatisfy(e -> assertThat(e.reason()).startsWith("a tar archive: not read"));
    }

    @Test
    void standardInputIsDecompressedWhenGzipAndSplitWhenZip() throws IOException {
        Inputs.read(new ByteArrayInputStream(gzip(text("from a pipe"))), Inputs.STDIN, Hints.none(),
                Limits.defaults(), items::add, errors::add);
        Inputs.read(new ByteArrayInputStream(zip(new String[] {"a.txt", "b.txt"}, text("a"), text("b"))),
                Inputs.STDIN, Hints.none(), Limits.defaults(), items::add, errors::add);

        assertThat(items).extracting(InputItem::path).containsExactly("-", "-!/a.txt", "-!/b.txt");
        assertThat(new String(items.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("from a pipe");
        assertThat(errors).isEmpty();
    }

    @Test
    void standardInputLargerThanTheLimitIsOneError() {
        Inputs.read(new ByteArrayInputStream(new byte[5000]), Inputs.STDIN, Hints.none(),
                Limits.defaults().withMaxFileBytes(4096), items::add, errors::add);

        assertThat(items).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.reason()).contains("larger than the limit"));
    }
}
