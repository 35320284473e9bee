package dev.storyline.enrich.times;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-05-21            | 2019 2019-05 2019-05-21
            2019-06               | 2019 2019-06
            2019-05-31/2019-06-02 | 2019 2019-05 2019-05-31 2019-06 2019-06-01 2019-06-02
            2019-Q2               | 2019 2019-04 2019-05 2019-06
            2019-W22              | 2019 2019-05 2019-06
            2019-05-21T15:30      | 2019 2019-05 2019-05-21
            2017                  | 2017
            P2Y                   |
            PRESENT_REF           |
            2019-02-30            |
            """)
    void valueExpandsToTheDaysMonthsAndYearsItCovers(String value, String expected) {
        String[] want = expected == null ? new String[0] : expected.split(" ");
        assertThat(MentionedDates.of(value)).containsExactlyElementsOf(Arrays.asList(want));
    }
}
