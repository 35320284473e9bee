package dev.storyline.enrich.times;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeNormalizerTest {

    private static final TimeExpressionFinder FINDER = new TimeExpressionFinder();

    /** 2019-05-21 is a Tuesday. */
    @ParameterizedTest(name = "[{index}] {1} → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2019-05-21 | Officials said Tuesday they agreed.                 | Tuesday              | DATE     | 2019-05-21            | -
            2019-05-21 | Officials said Monday they agreed.                  | Monday               | DATE     | 2019-05-20            | -
            2019-05-21 | Officials said Wednesday they agreed.               | Wednesday            | DATE     | 2019-05-15            | -
            2019-05-21 | The ministers will meet Friday in Singapore.        | Friday               | DATE     | 2019-05-24            | -
            2019-05-21 | They met last Friday.                               | last Friday          | DATE     | 2019-05-17            | -
            2019-05-21 | The talks are slated for next Monday.               | next Monday          | DATE     | 2019-05-27            | -
            2019-05-21 | The forum opens early next month.                   | early next month     | DATE     | 2019-06               | START
            2019-05-21 | Ties soured in December last year.                  | December last year   | DATE     | 2018-12               | -
            2019-05-21 | Earlier this month, the North fired missiles.       | Earlier this month   | DATE     | 2019-05               | -
            2019-05-21 | The forum is slated for May 31-June 2.              | May 31-June 2        | DATE     | 2019-05-31/2019-06-02 | -
            2019-05-21 | Talks were last held in October 2018.               | October 2018         | DATE     | 2018-10               | -
            2019-05-21 | The battery was deployed in 2017.                   | 2017                 | DATE     | 2017                  | -
            2019-05-21 | He will deliver a speech on June 2.                 | June 2               | DATE     | 2019-06-02            | -
            2019-01-10 | The pact was signed on Dec. 15.                     | Dec. 15              | DATE     | 2018-12-15            | -
            2019-10-26 | The plant will close in March.                      | March                | DATE     | 2020-03               | -
            2019-05-21 | He said the plant closed in March.                  | March                | DATE     | 2019-03               | -
            2019-05-21 | The merger was approved on May 21, 2018.            | May 21, 2018         | DATE     | 2018-05-21            | -
            2019-05-21 | He was sentenced yesterday.                         | yesterday            | DATE     | 2019-05-20            | -
            2019-05-21 | She spoke this morning.                             | this morning         | TIME     | 2019-05-21TMO         | -
            2019-05-21 | It opened at 3:30 p.m. Monday.                      | 3:30 p.m. Monday     | TIME     | 2019-05-20T15:30      | -
            2019-05-21 | The war ended two years ago.                        | two years ago        | DATE     | 2017                  | -
            2019-05-21 | Profit rose in the first quarter.                   | the first quarter    | DATE     | 2019-Q1               | -
            2019-05-21 | Prices fell this summer.                            | this summer          | DATE     | 2019-SU               | -
            2019-05-21 | It happened in the 1990s.                           | the 1990s            | DATE     | 199                   | -
            2019-05-21 | He was born in nineteen ninety-six.                 | nineteen ninety-six  | DATE     | 1996                  | -
            2019-05-21 | The project took two years.                         | two years            | DURATION | P2Y                   | -
            2019-05-21 | Talks lasted nearly three months.                   | nearly three months  | DURATION | P3M                   | LESS_THAN
            2019-05-21 | A two-hour meeting ended.                           | two-hour             | DURATION | PT2H                  | -
            2019-05-21 | The shop opens every Monday.                        | every Monday         | SET      | XXXX-WXX-1            | -
            2019-05-21 | The paper is printed daily.                         | daily                | SET      | P1D                   | -
            2019-05-21 | CBS TO PAY WYMAN 400,000 DLRS EVERY YEAR            | EVERY YEAR           | SET      | P1Y                   | -
            2019-05-21 | Rates rose 5 percent a year.                        | a year               | SET      | P1Y                   | -
            2019-05-21 | The board meets twice a month.                      | a month              | SET      | P1M                   | -
            2019-05-21 | Stocks are weak now.                                | now                  | DATE     | PRESENT_REF           | -
            2019-05-21 | The trial took 2 1/2 years.                         | 2 1/2 years          | DURATION | P2Y6M                 | -
            2019-05-21 | They waited a minute and a half.                    | a minute and a half  | DURATION | PT1M30S               | -
            2019-05-21 | The vote is held each July.                         | each July            | SET      | XXXX-07               | -
            2019-05-21 | Police said Wednesday's ruling was final.           | Wednesday            | DATE     | 2019-05-15            | -
            """)
    void normalisesAgainstTheArticleDate(String anchor, String sentence, String text, String type, String value,
            String mod) {
        List<TimeExpression> found = new TimeNormalizer(FINDER, LocalDate.parse(anchor)).normalizeAll(sentence, 0);

        assertThat(found).extracting(t -> t.span().text()).containsExactly(text);
        TimeExpression t = found.get(0);
        assertThat(t.type()).isEqualTo(type);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.modifier()).isEqualTo(mod);
        assertThat(sentence.substring(t.span().start(), t.span().end())).isEqualTo(text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prices fall when supply rises.
            The 2000 troops left.
            He scored 1999 points.
            May I ask a question?
            It cost $1998.
            She is a 45-year-old teacher.
            About three-quarters of voters agreed.
            Jan Kavan of the Czech Republic spoke.
            She led the March of the Mothers.
            """)
    void leavesOrdinaryWordsAndNumbersAlone(String sentence) {
        assertThat(new TimeNormalizer(FINDER, LocalDate.of(2019, 5, 21)).normalizeAll(sentence, 0)).isEmpty();
    }
}
