package dev.storyline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim left. Lee stayed.                              | Kim left . / Lee stayed .
            The U.S. Forces Korea said so. It did.             | The U.S. Forces Korea said so . / It did .
            Gen. Wei Fenghe will attend.                       | Gen. Wei Fenghe will attend .
            "We agree." Then he left!                          | " We agree . " / Then he left !
            It rose 2.5 percent. and fell                      | It rose 2.5 percent . and fell
            no end mark here                                   | no end mark here
            """)
    void endsSentencesAtEndMarksBeforeANewSentence(String text, String expected) {
        List<Token> tokens = tokenizer.tokenize(text);
        String got = splitter.split(tokens).stream()
                .map(s -> tokens.subList(s.from(), s.to()).stream().map(Token::text).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" / "));
        assertThat(got).isEqualTo(expected.replace("\"", "\""));
    }

    @Test
    void cutsRunsWithoutEndMarksIntoBoundedPieces() {
        List<Token> tokens = tokenizer.tokenize("word ".repeat(1000));
        List<SentenceSplitter.Sentence> sentences = splitter.split(tokens);
        assertThat(sentences).allSatisfy(s -> assertThat(s.to() - s.from()).isLessThanOrEqualTo(
                SentenceSplitter.MAX_TOKENS));
        assertThat(sentences.get(sentences.size() - 1).to()).isEqualTo(1000);
    }
}
