package dev.storyline.read.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.storyline.Storyline;
import dev.storyline.read.ArticleReader;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadResult;
import dev.storyline.read.sgml.ReutersSgmlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and mutated inputs never make the wire readers or the grammar throw, and always give an answer. */
class WireReadersRobustnessTest {

    private static final String STORY = """
            (2nd LD) Harbour city reopens ferry terminal
            (ATTN: UPDATES with details)
            By Han Ji-woo
            HARBOUR CITY, Aug. 14 (Yonhap) -- The terminal reopened, officials said Wednesday.
            It last closed in June 2023.
            jiwoo@example.kr
            (END)
            -
            (LEAD) Storm closes airports
            """;
    private static final String RECORD = """
            <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="2">
            <DATE> 3-MAR-1987 10:15:20.45</DATE><TOPICS><D>grain</D></TOPICS>
            <TEXT><TITLE>GRAIN &amp; OIL</TITLE><DATELINE> DULUTH, March 2 - </DATELINE><BODY>Grain rose.
             Reuter &#3;</BODY></TEXT></REUTERS>
            """;

    @Test
    void mutatedAndRandomInputsGiveArticlesOrErrorsButNeverThrow() {
        Random random = new Random(20261128L);
        List<ArticleReader> readers = List.of(new WireTextReader(), new ReutersSgmlReader());
        byte[][] seeds = {STORY.getBytes(StandardCharsets.UTF_8), RECORD.getBytes(StandardCharsets.UTF_8)};
        for (int i = 0; i < 3_000; i++) {
            byte[] input = i % 3 == 0 ? randomBytes(random) : mutate(seeds[random.nextInt(seeds.length)], random);
            for (ArticleReader reader : readers) {
                assertThatCode(() -> {
                    ReadResult r = reader.read(input, Hints.named("fuzz-" + reader.format()), Limits.defaults());
                    assertThat(r.documents().size() + r.errors().size()).isPositive();
                    Storyline.toArticles(r);
                }).as("input %d for %s", i, reader.format()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aHugeSingleLineIsReadInBoundedTime() {
        String line = "HARBOUR CITY, Aug. 14 (Yonhap) -- " + "word, ".repeat(2_000_000);
        long start = System.nanoTime();
        ReadResult r = new WireTextReader().read(line.getBytes(StandardCharsets.UTF_8), Hints.named("long.txt"),
                Limits.defaults());
        assertThat(Storyline.toArticles(r).articles()).hasSize(1);
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for a 12 MB line").isLessThan(10_000);
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(400)];
        random.nextBytes(b);
        return b;
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(12);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(3)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b[at] = (byte) "()-\n<>&;, ".charAt(random.nextInt(10));
                default -> {
                    byte[] shorter = new byte[at];
                    System.arraycopy(b, 0, shorter, 0, at);
                    b = shorter;
                }
            }
        }
        return b;
    }
}
