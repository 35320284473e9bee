package dev.storyline.relate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NormalisedTextTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("Wheat rose 2 cts.  Reuter", "Wheat   rose\n2 cts. REUTER", true),
                Arguments.of("Wheat rose 2 cts. (END)", "Wheat rose 2 cts.", true),
                Arguments.of("Wheat rose 2 cts.", "wheat rose 2 cts.", false),
                Arguments.of("Wheat rose 2 cts.", "Wheat rose 3 cts.", false),
                Arguments.of("Reuters said wheat rose", "Reuters said wheat rose", true),
                Arguments.of("Reuters said wheat rose", "said wheat rose", false));
    }

    @ParameterizedTest(name = "[{0}] and [{1}] same: {2}")
    @MethodSource("pairs")
    void exactKeysCollapseWhitespaceAndSetTheSignOffAside(String a, String b, boolean same) {
        assertThat(NormalisedText.exactKey(a).equals(NormalisedText.exactKey(b))).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "' Reuter '"})
    void textWithNothingToCompareHasNoExactKey(String text) {
        assertThat(NormalisedText.exactKey(text)).isNull();
    }
}
