package dev.storyline.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.parse.FormatDetector;
import dev.storyline.read.feed.FeedReader;
import dev.storyline.read.jsonl.JsonLinesReader;
import dev.storyline.read.newsml.NewsMlG2Reader;
import dev.storyline.read.ninjs.NinjsReader;
import dev.storyline.read.warc.WarcReader;
import dev.storyline.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds random bytes and mutated fixtures to the structured-format readers, the detector and the decoder: nothing
 * may throw, every error must say what was wrong, and small limits must hold. Mutations come from a seeded
 * {@link Random}, so a failing case is reproducible from its seed. (The coverage-guided counterpart over every
 * reader is {@link ReadersFuzzTest}.)
 */
class StructuredReadersFuzzTest {

    private static final List<ArticleReader> READERS = List.of(new FeedReader(), new NinjsReader(),
            new NewsMlG2Reader(), new JsonLinesReader(), new WarcReader());
    private static final List<String> FIXTURES = List.of("feed/rss2.xml", "feed/atom.xml", "feed/rss1-rdf.xml",
            "newsml/single-item.xml", "newsml/message-two-items.xml", "ninjs/v1-wire-story.json",
            "ninjs/v3-array.json", "jsonl/articles.jsonl", "warc/pages.warc", "warc/pages.warc.gz");
    private static final Limits SMALL = Limits.defaults().withMaxItemBytes(64 * 1024).withMaxNestingDepth(64)
            .withMaxItemTime(Duration.ofSeconds(2));

    @Test
    void randomBytesNeverEscapeTheReaderContract() {
        Random random = new Random(20261128L);
        for (int i = 0; i < 150; i++) {
            byte[] bytes = new byte[random.nextInt(2049)];
            random.nextBytes(bytes);
            readEverywhere(bytes);
        }
    }

    @Test
    void mutatedFixturesNeverEscapeTheReaderContract() {
        Random seeds = new Random(1987L);
        for (int i = 0; i < 250; i++) {
            Random random = new Random(seeds.nextLong());
            byte[] original = Fixtures.bytes(FIXTURES.get(random.nextInt(FIXTURES.size())));
            readEverywhere(mutate(original, random));
        }
    }

    @Test
    void utf8ValidationAgreesWithTheJdkDecoder() {
        Random random = new Random(42L);
        for (int i = 0; i < 400; i++) {
            byte[] bytes = new byte[random.nextInt(65)];
            random.nextBytes(bytes);
            if (random.nextBoolean()) {
                // mostly-ASCII with a few high bytes exercises the multi-byte paths more than uniform noise
                for (int j = 0; j < bytes.length; j++) {
                    bytes[j] = random.nextInt(4) == 0 ? bytes[j] : (byte) (bytes[j] & 0x7f);
                }
            }
            assertUtf8ValidationAgrees(bytes);
        }
    }

    private static void assertUtf8ValidationAgrees(byte[] bytes) {
        boolean jdk;
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            jdk = true;
        } catch (java.nio.charset.CharacterCodingException e) {
            jdk = false;
        }
        assertThat(TextDecoder.isValidUtf8(bytes, 0, bytes.length)).isEqualTo(jdk);
    }

    private static void readEverywhere(byte[] bytes) {
        FormatDetector.examine(bytes, Hints.named("fuzz"));
        assertThat(TextDecoder.decode(bytes, null).text()).isNotNull();
        for (ArticleReader reader : READERS) {
            ReadResult r = reader.read(bytes, Hints.named("fuzz"), SMALL);
            assertThat(r.errors()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
            assertThat(r.documents()).allSatisfy(d -> assertThat(d.text().length()).isLessThanOrEqualTo(64 * 1024));
        }
    }

    /** Flips, deletes, duplicates or truncates a few slices of {@code b}. */
    static byte[] mutate(byte[] b, Random random) {
        byte[] out = b.clone();
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits && out.length > 1; i++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out = java.util.Arrays.copyOf(out, at);
                case 2 -> {
                    int len = Math.min(out.length - at, 1 + random.nextInt(64));
                    byte[] longer = new byte[out.length + len];
                    System.arraycopy(out, 0, longer, 0, at + len);
                    System.arraycopy(out, at, longer, at + len, out.length - at);
                    out = longer;
                }
                default -> {
                    int len = Math.min(out.length - at, 1 + random.nextInt(64));
                    byte[] shorter = new byte[out.length - len];
                    System.arraycopy(out, 0, shorter, 0, at);
                    System.arraycopy(out, at + len, shorter, at, out.length - at - len);
                    out = shorter;
                }
            }
        }
        return out;
    }
}
