package dev.storyline.enrich.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `"We will talk," he said.`                         | We will talk
            `\u201CWe will talk,\u201D he said.`               | We will talk
            `He said: \u00ABWe will talk.\u00BB`               | We will talk.
            `The so-called "radar row" went on.`              | radar row
            """)
    void findsTextBetweenDoubleQuoteMarks(String paragraph, String quoted) {
        List<QuoteFinder.FoundQuote> found = finder.find(List.of(paragraph));

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo(quoted);
            assertThat(q.closed()).isTrue();
            assertThat(paragraph.substring(q.first().start(), q.first().end())).startsWith(quoted);
        });
    }

    @Test
    void quotationOverSeveralParagraphsOpensEachWithoutClosingTheFirst() {
        List<String> paragraphs = List.of(
                "\u201CFirst part without a closing mark.",
                "\u201CSecond part, still going.",
                "\u201CLast part,\u201D the minister said.");

        List<QuoteFinder.FoundQuote> found = finder.find(paragraphs);

        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.parts()).extracting(s -> s.paragraph()).containsExactly(0, 1, 2);
            assertThat(q.text()).isEqualTo("First part without a closing mark. Second part, still going. Last part");
            assertThat(q.closed()).isTrue();
        });
    }

    @Test
    void unclosedQuotationEndsWhereTheNextParagraphDoesNotContinueIt() {
        List<QuoteFinder.FoundQuote> found = finder.find(List.of("He said \"we never close this", "Plain text.",
                "\"Another,\" she said."));

        assertThat(found).extracting(QuoteFinder.FoundQuote::closed).containsExactly(false, true);
        assertThat(found.get(0).text()).isEqualTo("we never close this");
    }

    @Test
    void singleQuotesAndInchMarksAreNoQuotations() {
        assertThat(finder.find(List.of("N. Korea tests 'underwater drone' again", "He is 5'10\" tall."))).isEmpty();
    }
}
