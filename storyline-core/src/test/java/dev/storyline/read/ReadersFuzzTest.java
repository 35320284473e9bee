package dev.storyline.read;

import dev.storyline.parse.Readers;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.storyline.ParseResult;
import dev.storyline.Storyline;
import java.time.Duration;

/**
 * Coverage-guided fuzzing (Jazzer) of every reader and of the facade: whatever the bytes, a reader returns a
 * result (never throws), every error says what was wrong, and output stays proportional to the input.
 *
 * <p>The build runs it in fuzzing mode for a bounded time ({@code JAZZER_FUZZ=1} in the core module's surefire
 * configuration); the seed inputs in {@code ReadersFuzzTestInputs/} (our own fixtures) start the search, and any
 * crash Jazzer finds is written there as a regression input.
 */
class ReadersFuzzTest {

    private static final int MAX_ITEM = 64 * 1024;
    private static final Limits SMALL = Limits.defaults().withMaxItemBytes(MAX_ITEM).withMaxNestingDepth(64)
            .withMaxItemTime(Duration.ofSeconds(2));

    @FuzzTest(maxDuration = "25s")
    void noInputEscapesTheReaderContract(FuzzedDataProvider data) {
        Format format = data.pickValue(Format.values());
        boolean viaFacade = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        if (viaFacade) {
            ParseResult r = Storyline.parse(bytes, Hints.named("fuzz"), SMALL);
            assertThat(r.errors()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
            assertThat(r.articles()).allSatisfy(a -> assertThat(a.body().length()).isLessThanOrEqualTo(MAX_ITEM));
            return;
        }
        ReadResult r = Readers.forFormat(format).read(bytes, Hints.named("fuzz"), SMALL);
        assertThat(r).isNotNull();
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
        assertThat(r.documents()).allSatisfy(d -> assertThat(d.text().length()).isLessThanOrEqualTo(MAX_ITEM));
        ParseResult parsed = Storyline.toArticles(r);
        assertThat(parsed.errors()).as("the wire grammar accepts every document a reader returns")
                .hasSize(r.errors().size());
    }
}
