package dev.storyline.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineParserTest {

    private final BylineParser parser = new BylineParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '^', textBlock = """
            By Oh Seok-min                                  ^ Oh Seok-min
            By John Smith and Jane Doe, Reuters             ^ John Smith;Jane Doe
            BY MARY JONES, Associated Press Writer          ^ MARY JONES
            By Ann Lee, Tom Park and Kim Soo-jin            ^ Ann Lee;Tom Park;Kim Soo-jin
            By Li Wei | Xinhua                              ^ Li Wei
            by Xinhua writer Tian Sulei                     ^ Tian Sulei
            By Sportswriter Cao Jianjie                     ^ Cao Jianjie
            By Maria de la Cruz in Manila                   ^ Maria de la Cruz
            By Kim In-sook                                  ^ Kim In-sook
            By Peter O'Neill & Rosa Alvarez, AFP            ^ Peter O'Neill;Rosa Alvarez
            By JOSH BOAK AP Economics Writer                ^ JOSH BOAK
            """)
    void readsPersonNamesWithoutByOrAgency(String line, String names) {
        assertThat(parser.parse(line)).contains(Arrays.asList(names.split(";")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By the end of the year, exports had doubled.",
        "Bystanders watched the parade.",
        "The report was written by staff.",
        "By Reuters",
    })
    void ignoresLinesThatAreNotBylines(String line) {
        assertThat(parser.parse(line)).isEmpty();
    }
}
