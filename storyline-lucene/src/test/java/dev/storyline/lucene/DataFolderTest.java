package dev.storyline.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyline.index.ArticleFixtures;
import dev.storyline.index.IndexUnavailableException;
import dev.storyline.index.IndexUnavailableException.Reason;
import dev.storyline.index.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder's clear messages: in use, incompatible, unwritable, full, damaged; and read-only opening. */
class DataFolderTest {

    @TempDir
    Path dir;

    @Test
    void secondWriterIsToldTheFolderIsInUseWithThePid() {
        try (LuceneArticleIndex first = LuceneArticleIndex.open(dir)) {
            assertThatThrownBy(() -> LuceneArticleIndex.open(dir))
                    .isInstanceOfSatisfying(IndexUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED))
                    .hasMessageContaining("is in use by another storyline process (pid "
                            + ProcessHandle.current().pid() + ")");
        }
        try (LuceneArticleIndex again = LuceneArticleIndex.open(dir)) {
            assertThat(again.count()).isZero();
        }
    }

    @Test
    void folderOfAnotherDataFormatIsRefusedWithoutTouchingIt() throws IOException {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(ArticleFixtures.newsDesk().get(0));
            index.commit();
        }
        Files.writeString(dir.resolve(DataFolder.MARKER), "data-format=99\nwritten-by=storyline 9\n");
        assertThatThrownBy(() -> LuceneArticleIndex.open(dir))
                .isInstanceOfSatisfying(IndexUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPATIBLE))
                .hasMessageContaining("has data format 99").hasMessageContaining("reads format 1");
        Files.writeString(dir.resolve(DataFolder.MARKER), "data-format=1\n");
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            assertThat(index.count()).isEqualTo(1);
        }
    }

    @Test
    void nonEmptyFolderThatIsNoDataFolderIsRefused() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> LuceneArticleIndex.open(dir))
                .isInstanceOf(IndexUnavailableException.class)
                .hasMessageContaining("is not a storyline data folder");
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void unwritableFolderIsRefusedWithAClearMessage() throws IOException {
        Path locked = dir.resolve("ro");
        Files.createDirectories(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "skipped: running as a user who may write anywhere (root)");
            assertThatThrownBy(() -> LuceneArticleIndex.open(locked))
                    .isInstanceOfSatisfying(IndexUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNWRITABLE))
                    .hasMessageContaining("cannot write to data folder");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void fullDiskIsReportedAndCommittedArticlesStaySafe() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(ArticleFixtures.newsDesk().get(0));
            index.commit();
        }
        assertThatThrownBy(() -> {
            try (LuceneArticleIndex index = LuceneArticleIndex.open(dir, FullDisk::new)) {
                ArticleFixtures.newsDesk().forEach(index::put);
                index.commit();
            }
        }).isInstanceOfSatisfying(IndexUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FULL))
                .hasMessageContaining("is full; articles committed before are safe");
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            assertThat(index.count()).isEqualTo(1);
        }
    }

    @Test
    void damagedIndexNamesTheCheckCommandAndTheRepairRecoversTheRest() throws IOException {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            ArticleFixtures.newsDesk().subList(0, 3).forEach(index::put);
            index.commit();
            ArticleFixtures.newsDesk().subList(3, 6).forEach(index::put);
            index.commit();
        }
        Path victim = largestFile(dir.resolve("index"), ".cfs");
        byte[] bytes = Files.readAllBytes(victim);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(victim, bytes);

        IndexChecker.Report report = IndexChecker.check(dir, false);
        assertThat(report.clean()).isFalse();
        assertThat(report.brokenSegments()).isEqualTo(1);
        assertThatThrownBy(() -> {
            try (LuceneArticleIndex index = LuceneArticleIndex.openReadOnly(dir)) {
                index.search(SearchRequest.of("wheat OR defense OR shipyard OR corn OR rates"));
                index.stats();
            }
        }).isInstanceOfSatisfying(IndexUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT))
                .hasMessageContaining("run `storyline check --data " + dir.toAbsolutePath().normalize() + " --repair`");

        IndexChecker.Report repaired = IndexChecker.check(dir, true);
        assertThat(repaired.repaired()).isTrue();
        assertThat(repaired.lostDocuments()).isEqualTo(3);
        assertThat(IndexChecker.check(dir, false).clean()).isTrue();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            assertThat(index.count()).isEqualTo(3);
        }
    }

    @Test
    void readOnlyIndexSeesTheWritersCommits() throws Exception {
        try (LuceneArticleIndex writer = LuceneArticleIndex.open(dir)) {
            writer.put(ArticleFixtures.newsDesk().get(0));
            writer.commit();
            try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(dir)) {
                assertThat(reader.count()).isEqualTo(1);
                writer.put(ArticleFixtures.newsDesk().get(1));
                writer.commit();
                Thread.sleep(1100);
                assertThat(reader.count()).isEqualTo(2);
            }
        }
    }

    @Test
    void readingAFolderWithoutAnIndexSaysHowToMakeOne() {
        assertThatThrownBy(() -> LuceneArticleIndex.openReadOnly(dir.resolve("nothing")))
                .isInstanceOfSatisfying(IndexUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING))
                .hasMessageContaining("run `storyline ingest PATH --data");
    }

    private static Path largestFile(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    /** A directory on a disk that fills up as soon as anything is written. */
    static final class FullDisk extends FilterDirectory {
        FullDisk(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            throw new IOException("No space left on device");
        }
    }
}
