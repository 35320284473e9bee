package dev.storyline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            S. Korea pushing to hold talks                     | S. Korea pushing to hold talks
            Seoul's defense chief, Gen. Wei (THAAD).           | Seoul 's defense chief , Gen. Wei ( THAAD ) .
            the U.S. and the U.N.                              | the U.S. and the U.N.
            Jeong Kyeong-doo met in Shangri-La                 | Jeong Kyeong-doo met in Shangri-La
            sales rose 1,250.5 on 1996-08-30.                  | sales rose 1,250.5 on 1996-08-30 .
            defense ministers' talks -- he said                | defense ministers ' talks -- he said
            the May 31-June 2 forum                            | the May 31-June 2 forum
            the plan sat.                                      | the plan sat .
            """)
    void cutsTextAsCoNllDid(String text, String expected) {
        assertThat(tokenizer.tokenize(text)).extracting(Token::text).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "We all share," said Kim.
            President 문재인 met 習近平 in Seoul's 청와대
            12 34 56.7 -- 89
            \u201cCurly\u2019s quotes\u201d
            """)
    void offsetsPointBackIntoTheText(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        assertThat(tokens).isNotEmpty().allSatisfy(t ->
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''
            '   '
            """)
    void blankTextHasNoTokens(String text) {
        assertThat(tokenizer.tokenize(text)).isEmpty();
    }
}
