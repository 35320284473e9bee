package dev.storyline.enrich.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerPhraseTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Jeong Kyeong-doo                                            | Jeong Kyeong-doo | -
            Chinese Defense Minister Gen. Wei Fenghe                    | Wei Fenghe       | Chinese Defense Minister Gen.
            Peter Giles, vice president of the memory division          | Peter Giles      | vice president of the memory division
            Bank spokesman Arne Lund                                    | Arne Lund        | Bank spokesman
            Robert Nelson of S and P                                    | Robert Nelson    | of S and P
            the chairman of the committee, Pat Elmer                    | Pat Elmer        | the chairman of the committee
            Senate Democratic Leader Robert Byrd                        | Robert Byrd      | Senate Democratic Leader
            American Motors                                             | American Motors  | -
            a ministry official well-versed in the issue                | -                | a ministry official well-versed in the issue
            In a brief statement, the company                           | -                | the company
            did not comment on the story, but Trump                     | Trump            | -
            It also                                                     | It               | -
            """)
    void splitsNameFromDescription(String phrase, String name, String description) {
        SpeakerPhrase p = SpeakerPhrase.parse(phrase);

        assertThat(p.name()).isEqualTo(name);
        assertThat(p.description()).isEqualTo(description);
        assertThat(phrase.substring(p.offset(), p.offset() + p.length())).doesNotStartWith(" ");
    }

    @Test
    void clausesAreNoSpeakers() {
        assertThat(SpeakerPhrase.parse("It quoted a legal source as saying Poindexter and his lawyers planned to "
                + "contend that twice in 1986 he")).isNull();
        assertThat(SpeakerPhrase.parse("did not comment directly on the Post story, but")).isNull();
    }
}
