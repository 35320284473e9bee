package dev.storyline.parse;

import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        feed/rss2.xml                 | feed
        feed/atom.xml                 | feed
        feed/rss1-rdf.xml             | feed
        newsml/single-item.xml        | newsml
        newsml/message-two-items.xml  | newsml
        ninjs/v1-wire-story.json      | ninjs
        ninjs/v3-array.json           | ninjs
        jsonl/articles.jsonl          | jsonl
        warc/pages.warc               | warc
        warc/pages.warc.gz            | warc
        warc/corrupt-middle.warc.gz   | warc
        """)
    void fixturesAreRecognisedFromContentEvenWithAMisleadingName(String fixture, String format) {
        Hints misleading = Hints.named("download.bin");
        assertThat(FormatDetector.examine(Fixtures.bytes(fixture), misleading).format()).isEqualTo(Format.byId(format));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS TOPICS="YES" NEWID="1">` |            | reuters-sgml
        `WARC/1.0\r\nWARC-Type: warcinfo`                                     |            | warc
        `<!doctype html><html><body><p>x</p></body></html>`                   |            | html
        `<!-- saved page -->\n<html lang="en"><head>`                         |            | html
        `<div class="story"><p>Fragment</p></div>`                           |            | html
        `<?xml version="1.0"?><atom:feed xmlns:atom="http://www.w3.org/2005/Atom"/>` |     | feed
        `<?xml version="1.0"?><g2:newsItem xmlns:g2="http://iptc.org/std/nar/2006-10-01/"/>` | | newsml
        `{"uri": "urn:x", "headlines": [{"value": "h"}]}`                    |            | ninjs
        `{\n  "headline": "Old style",\n  "body_text": "x"\n}`               |            | ninjs
        `[{"uri": "a"}, {"uri": "b"}]`                                       |            | ninjs
        `{"text": "one"}\n{"text": "two"}\n`                                 |            | jsonl
        `{"uri": "a", "headlines": []}\n{"uri": "b"}\n`                      |            | jsonl
        `{"url": "u", "html": "<p>x</p>"}`                                   |            | jsonl
        `{"something": 1}`                                                   | x.jsonl    | jsonl
        `SEOUL, May 21 (Yonhap) -- Talks resumed.`                           |            | wire
        `Talks resume\n\nSEOUL, May 21 (Yonhap) -- Talks resumed.`           | page.html  | html
        `plain words`                                                        | a.sgm      | reuters-sgml
        """)
    void contentDecidesAndTheNameOnlyBreaksTies(String content, String name, String format) {
        byte[] bytes = content.replace("\\n", "\n").replace("\\r", "\r").getBytes(StandardCharsets.UTF_8);
        assertThat(FormatDetector.examine(bytes, Hints.named(name)).format()).isEqualTo(Format.byId(format));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        00 01 02 03 41 42          | NUL bytes
        50 4B 03 04 14 00 00 00    | a zip archive
        25 50 44 46 2D 31 2E 34    | a PDF document
        89 50 4E 47 0D 0A 1A 0A    | an image
        01 02 03 04 05 06 07 08 41 | mostly control bytes
        1F 8B 08 00 00 00 00 00    | gzip-compressed, but not a WARC
        """)
    void binaryContentIsRefusedWithTheReason(String hex, String kind) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        FormatDetector.Detection d = FormatDetector.examine(bytes, Hints.named("x.txt"));
        assertThat(d.refused()).isTrue();
        assertThat(d.evidence()).startsWith("binary content, not a supported format").contains(kind);
    }

    @Test
    void gzipOfSomethingElseIsBinaryButGzipOfWarcIsWarc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(FormatDetector.examine(out.toByteArray(), Hints.none()).refused()).isTrue();
    }

    @Test
    void aStrayNulInALongPageIsTolerated() {
        byte[] bytes = ("<html><body><p>" + "Text of the page. ".repeat(100) + "\u0000</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(FormatDetector.examine(bytes, Hints.none()).format()).isEqualTo(Format.HTML);
    }

    @Test
    void utf16TextWithItsByteOrderMarkIsNotBinary() {
        byte[] bytes = "\uFEFFSEOUL, May 21 (Yonhap) -- Talks.".getBytes(StandardCharsets.UTF_16LE);
        assertThat(FormatDetector.examine(bytes, Hints.none()).format()).isEqualTo(Format.WIRE);
    }

    @Test
    void anUnknownXmlVocabularyIsRefusedNotReadAsWireText() {
        byte[] bytes = "<?xml version=\"1.0\"?><NewsML Version=\"1.2\"/>".getBytes(StandardCharsets.UTF_8);
        FormatDetector.Detection d = FormatDetector.examine(bytes, Hints.named("x.xml"));
        assertThat(d.refused()).isTrue();
        assertThat(d.evidence()).contains("<NewsML>");
    }

    @Test
    void jsonOfAnotherShapeIsRefusedRatherThanGuessed() {
        byte[] bytes = "{\"articleBody\": \"x\", \"url\": \"u\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(FormatDetector.examine(bytes, Hints.named("truth.json")).refused()).isTrue();
    }

    @Test
    void aMarkdownFileMentioningHtmlTagsIsNotHtml() {
        byte[] bytes = "# Notes\n\nThe page keeps its text in `<body>` and <html> tags.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FormatDetector.examine(bytes, Hints.named("README.md")).format()).isEqualTo(Format.WIRE);
    }

    @Test
    void aForcedFormatWins() {
        byte[] bytes = Fixtures.bytes("feed/rss2.xml");
        assertThat(FormatDetector.examine(bytes, Hints.none().withFormat(Format.WIRE)).format()).isEqualTo(Format.WIRE);
    }
}
