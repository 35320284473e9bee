package dev.storyline.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Tue, 21 May 2019 17:30:00 +0900 | 2019-05-21T17:30:00+09:00
        Wed, 22 May 2019 06:00:00 GMT   | 2019-05-22T06:00:00Z
        21 May 2019 06:00 EST           | 2019-05-21T06:00:00-05:00
        Fri, 3 Mar 23 10:00:02 GMT      | 2023-03-03T10:00:02Z
        Mon, 21 May 2019 10:00:00 +0000 | 2019-05-21T10:00:00Z
        2019-05-21T10:00:00+09:00       | 2019-05-21T10:00:00+09:00
        2019-05-21T01:00:00.000Z        | 2019-05-21T01:00:00Z
        2019-05-21T10:00:00             | 2019-05-21T10:00:00
        2019-05-21                      | 2019-05-21
        last week                       |
        2019-13-45                      |
        """)
    void sourceDatesBecomeIso(String raw, String iso) {
        assertThat(SourceDates.toIso(raw)).isEqualTo(iso);
    }
}
