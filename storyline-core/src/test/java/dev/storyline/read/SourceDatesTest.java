package dev.storyline.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Source dates in the forms feeds, pages and agencies print them, read as precisely as printed. */
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
        2019-05-21 10:00:00             | 2019-05-21T10:00:00
        2019-05-21T10:00:00-0500        | 2019-05-21T10:00:00-05:00
        Tue Nov 12 2025 10:00:00 GMT+0900 (Korean Standard Time) | 2025-11-12T10:00:00+09:00
        'Oct 12, 2025'                  | 2025-10-12
        'November 5, 2025, 10:30 PM EST' | 2025-11-05
        Dec 5th 2025                    | 2025-12-05
        'on Friday December 5, 2025 @10:00AM' | 2025-12-05
        5 March 2024                    | 2024-03-05
        'February 30, 2025'             |
        12-05-2025                      |
        last week                       |
        2019-13-45                      |
        """)
    void sourceDatesBecomeIso(String raw, String iso) {
        assertThat(SourceDates.toIso(raw)).isEqualTo(iso);
    }
}
