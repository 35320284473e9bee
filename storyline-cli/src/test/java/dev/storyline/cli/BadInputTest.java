package dev.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile and broken inputs, end to end through {@code storyline parse}: each yields one clear error line naming the
 * file (and the record or offset where there is one) and the reason; the rest of the batch goes on; the run ends
 * with a summary and exit code 1. Inputs are generated here, in a temporary folder; none is committed.
 */
class BadInputTest {

    /** A short wire story written for these tests. */
    static final String GOOD_STORY = """
            Harbour city opens new ferry line

            PORTVILLE, March 3 (Storyline) -- The city of Portville opened a ferry line on Tuesday linking its old \
            harbour with the island of Meren, the transport office said.

            The boats will run every hour from 6 a.m. to midnight.

            (END)
            """;

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }

    private static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private Path zipBomb(String name) throws IOException {
        Path p = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            z.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] mb = new byte[1 << 20];
            Arrays.fill(mb, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                z.write(mb);
            }
            z.closeEntry();
        }
        return p;
    }

    private Path sparse(String name, long size, String head) throws IOException {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write(head.getBytes(StandardCharsets.UTF_8));
            f.setLength(size);
        }
        return p;
    }

    @Test
    void everyBadFileYieldsOneErrorNamingItAndTheBatchGoesOn() throws IOException {
        write("a-empty.txt", new byte[0]);
        byte[] gz = gzip(GOOD_STORY.repeat(20).getBytes(StandardCharsets.UTF_8));
        write("c-truncated.txt.gz", Arrays.copyOf(gz, gz.length / 2));
        byte[] zip = zipOf("story.txt", GOOD_STORY.getBytes(StandardCharsets.UTF_8));
        write("d-truncated.zip", Arrays.copyOf(zip, zip.length - 25));
        zipBomb("e-bomb.zip");
        sparse("f-huge.json", 1L << 30, "{\"text\": \"");

        CliRun run = CliRun.of("parse", dir.toString());

        assertThat(run.errorLines()).hasSize(5);
        assertThat(run.errorLines().get(0)).contains("a-empty.txt: ").contains("empty input");
        assertThat(run.errorLines().get(1)).contains("c-truncated.txt.gz: ").contains("truncated gzip");
        assertThat(run.errorLines().get(2)).contains("d-truncated.zip: ").contains("truncated or corrupt zip");
        assertThat(run.errorLines().get(3)).contains("e-bomb.zip!/zeros.txt: ").contains("zip bomb");
        assertThat(run.errorLines().get(4)).contains("f-huge.json: ").contains("exceeds the limit");
        assertThat(run.summary()).isEqualTo("0 articles from 5 files, 5 errors");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }

    private static final String BAD_FILES = """
            empty file            | empty.txt    | empty input
            truncated gzip        | cut.txt.gz   | truncated gzip
            zip bomb              | bomb.zip     | zip bomb
            1 GB JSON             | huge.json    | exceeds the limit of 268435456 bytes
            """;

    private CliRun parseBadFileThenGoodStory(String name) throws IOException {
        switch (name) {
            case "empty.txt" -> write(name, new byte[0]);
            case "cut.txt.gz" -> {
                byte[] gz = gzip(GOOD_STORY.getBytes(StandardCharsets.UTF_8));
                write(name, Arrays.copyOf(gz, gz.length - 12));
            }
            case "bomb.zip" -> zipBomb(name);
            default -> sparse(name, 1L << 30, "[{\"text\": \"");
        }
        write("z-good.txt", GOOD_STORY);
        return CliRun.of("parse", dir.resolve(name).toString(), dir.resolve("z-good.txt").toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = BAD_FILES)
    void badFileYieldsOneErrorNamingItAndTheNextFileIsStillRead(String what, String name, String reason)
            throws IOException {
        CliRun run = parseBadFileThenGoodStory(name);

        assertThat(run.errorLines()).filteredOn(l -> l.contains(name)).singleElement()
                .satisfies(l -> assertThat(l).startsWith("error: " + dir.resolve(name)).contains(reason));
        assertThat(run.summary()).matches("\\d+ articles from 2 files, \\d+ errors");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = BAD_FILES)
    @Disabled("needs the wire reader: the good story after the bad file must come out as an article")
    void goodStoryAfterABadFileIsStillParsed(String what, String name, String reason) throws IOException {
        CliRun run = parseBadFileThenGoodStory(name);

        assertThat(run.outLines()).singleElement().satisfies(l -> assertThat(l).contains("Portville")
                .contains("z-good.txt"));
        assertThat(run.errorLines()).singleElement().satisfies(l -> assertThat(l).contains(reason));
        assertThat(run.summary()).isEqualTo("1 articles from 2 files, 1 errors");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void truncatedGzipOnStandardInputNamesIt() throws IOException {
        byte[] gz = gzip(GOOD_STORY.getBytes(StandardCharsets.UTF_8));

        CliRun run = CliRun.withInput(Arrays.copyOf(gz, gz.length - 12), "parse", "-");

        assertThat(run.errorLines()).containsExactly(
                "error: -: truncated gzip: the data ends before the end of the compressed stream");
        assertThat(run.summary()).isEqualTo("0 articles from 1 files, 1 errors");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void missingPathIsAnErrorNotAUsageError() {
        CliRun run = CliRun.of("parse", dir.resolve("absent").toString());

        assertThat(run.errorLines()).singleElement().satisfies(l -> assertThat(l).endsWith("absent: no such file or folder"));
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void fileLimitIsConfigurable() throws IOException {
        write("story.txt", GOOD_STORY);

        CliRun run = CliRun.of("parse", "--max-file-size", "100", dir.toString());

        assertThat(run.errorLines()).singleElement().satisfies(l -> assertThat(l)
                .contains("story.txt: file of").contains("exceeds the limit of 100 bytes"));
    }

    @Test
    @Disabled("needs the format detector (branch formats): binary content is refused by content, whatever the name")
    void binaryFileYieldsOneErrorAndTheBatchGoesOn() throws IOException {
        write("a-photo.txt", randomBytes(10_000));
        write("b-good.txt", GOOD_STORY);

        CliRun run = CliRun.of("parse", dir.toString());

        assertThat(run.errorLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("error: " + dir.resolve("a-photo.txt") + ": ").contains("binary content"));
        assertThat(run.outLines()).singleElement().satisfies(l -> assertThat(l).contains("Portville"));
        assertThat(run.summary()).isEqualTo("1 articles from 2 files, 1 errors");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    @Disabled("needs the wire reader: invalid UTF-8 must be decoded (with a warning) or refused, never crash")
    void invalidUtf8IsReadOrRefusedAndTheBatchGoesOn() throws IOException {
        byte[] story = GOOD_STORY.getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(story, story.length + 8);
        byte[] invalid = {(byte) 0xc0, (byte) 0xaf, (byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xff, (byte) 0x80, '\n'};
        System.arraycopy(invalid, 0, bad, story.length, invalid.length);
        bad[40] = (byte) 0xfe;
        write("a-invalid.txt", bad);
        write("b-good.txt", GOOD_STORY);

        CliRun run = CliRun.of("parse", dir.toString());

        long aArticles = run.outLines().stream().filter(l -> l.contains("a-invalid.txt")).count();
        long aErrors = run.errorLines().stream().filter(l -> l.contains("a-invalid.txt")).count();
        assertThat(aArticles + aErrors).isEqualTo(1);
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).contains("b-good.txt").contains("Portville"));
    }

    @Test
    @Disabled("needs the wire reader: it must refuse an item above --max-item-size")
    void hundredMegabyteSingleLineIsRefusedByTheItemLimit() throws IOException {
        Path line = dir.resolve("a-one-line.txt");
        try (OutputStream out = Files.newOutputStream(line)) {
            byte[] chunk = "word ".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
        }
        write("b-good.txt", GOOD_STORY);

        CliRun run = CliRun.of("parse", dir.toString());

        assertThat(run.errorLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("error: " + line).containsPattern("(?i)limit|too (large|long)|exceeds"));
        assertThat(run.outLines()).singleElement().satisfies(l -> assertThat(l).contains("Portville"));
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    @Disabled("needs the HTML reader: 100,000 nested elements must be refused (depth limit) or read, never overflow")
    void htmlNestedHundredThousandDeepYieldsOneError() throws IOException {
        String deep = "<!DOCTYPE html><html><body>" + "<div>".repeat(100_000) + "text" + "</div>".repeat(100_000)
                + "</body></html>";
        write("a-deep.html", deep);
        write("b-good.txt", GOOD_STORY);

        CliRun run = CliRun.of("parse", dir.toString());

        assertThat(run.errorLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("error: " + dir.resolve("a-deep.html")).containsPattern("(?i)nest|deep|depth"));
        assertThat(run.outLines()).singleElement().satisfies(l -> assertThat(l).contains("Portville"));
    }

    @Test
    @Disabled("needs the feed and NewsML readers: DOCTYPEs must be refused (no XXE, no entity expansion)")
    void xmlWithDoctypeIsRefusedWithoutReadingEntities(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "TOP-SECRET-MARKER");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title>"
                + "<description>&xxe;</description></item></channel></rss>";
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        laughs.append("]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&lol9;</title></entry></feed>");
        String newsml = "<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><contentSet><inlineXML>"
                + "<p>&xxe;</p></inlineXML></contentSet></newsItem>";
        write("a-xxe.xml", xxe);
        write("b-laughs.xml", laughs.toString());
        write("c-newsml.xml", newsml);
        write("d-good.txt", GOOD_STORY);

        CliRun run = CliRun.of("parse", dir.resolve("a-xxe.xml").toString(), dir.resolve("b-laughs.xml").toString(),
                dir.resolve("c-newsml.xml").toString(), dir.resolve("d-good.txt").toString());

        assertThat(run.errorLines()).hasSize(3).allSatisfy(l -> assertThat(l).containsPattern("(?i)doctype|dtd"));
        assertThat(run.out()).doesNotContain("TOP-SECRET-MARKER").doesNotContain("lollollol");
        assertThat(run.outLines()).singleElement().satisfies(l -> assertThat(l).contains("Portville"));
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    @Disabled("needs the WARC and HTML readers: a corrupt record is one error with its offset; the others are read"
            + " (on main at 78434fb a truncated last record is still reported twice, at the same offset)")
    void warcWithACorruptRecordYieldsOneErrorWithTheOffsetAndTheOtherRecords() throws IOException {
        String page = "<html><head><title>Ferry line opens</title></head><body><article><h1>Ferry line opens</h1>"
                + "<p>" + "The city of Portville opened a ferry line on Tuesday to the island of Meren. ".repeat(5)
                + "</p><p>" + "The boats will run every hour from six in the morning until midnight. ".repeat(5)
                + "</p></article></body></html>";
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page;
        String good = record("http://example.org/ferry", http);
        String corrupt = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\nWARC-Target-URI: http://x/\r\n"
                + "\r\nHTTP/1.1 200 OK\r\n\r\n<html>cut short";
        write("a-crawl.warc", good + corrupt);
        write("b-crawl.warc", record("http://example.org/a", http) + "garbage that is not a record\r\n\r\n"
                + record("http://example.org/b", http));

        CliRun run = CliRun.of("parse", dir.toString());

        assertThat(run.errorLines()).hasSize(2).allSatisfy(l -> assertThat(l).containsPattern("\\[.*\\d+.*]"));
        assertThat(run.errorLines().get(0)).contains("a-crawl.warc");
        assertThat(run.errorLines().get(1)).contains("b-crawl.warc");
        assertThat(run.outLines()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(l -> assertThat(l).contains("Portville"));
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private static String record(String uri, String http) {
        int length = http.getBytes(StandardCharsets.UTF_8).length;
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                uri.getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Target-URI: "
                + uri + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + length
                + "\r\n\r\n" + http + "\r\n\r\n";
    }
}
