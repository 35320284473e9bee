package dev.storyline.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

    private final DatelineParser parser = new DatelineParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            SEOUL, May 21 (Yonhap) -- Officials met.                   | SEOUL              | --05-21 | null | Yonhap  | SEOUL, May 21 (Yonhap) --
            SEOUL, May 22 (Reuters) - Shares rose.                     | SEOUL              | --05-22 | null | Reuters | SEOUL, May 22 (Reuters) -
            TOKYO (AP) — A quake struck.                               | TOKYO              | null    | null | AP      | TOKYO (AP) —
            Beijing (AFP) - Rain fell.                                 | Beijing            | null    | null | AFP     | Beijing (AFP) -
            BEIJING, June 2 (Xinhua) -- Trade grew.                    | BEIJING            | --06-02 | null | Xinhua  | BEIJING, June 2 (Xinhua) --
            TOKYO, June 1 Kyodo - Prices fell.                         | TOKYO              | --06-01 | null | Kyodo   | TOKYO, June 1 Kyodo -
            SALVADOR, Feb 26 - Showers continued.                      | SALVADOR           | --02-26 | null | null    | SALVADOR, Feb 26 -
            WASHINGTON, Nov. 30 (Xinhua) -- Talks ended.               | WASHINGTON         | --11-30 | null | Xinhua  | WASHINGTON, Nov. 30 (Xinhua) --
            NEW YORK, Jan. 5, 2020 (AP) - Markets opened.              | NEW YORK           | --01-05 | 2020 | AP      | NEW YORK, Jan. 5, 2020 (AP) -
            PORTLAND, Maine (AP) — Snow fell.                          | PORTLAND, Maine    | null    | null | AP      | PORTLAND, Maine (AP) —
            PORTLAND, Ore., Feb 26 - A mill closed.                    | PORTLAND, Ore.     | --02-26 | null | null    | PORTLAND, Ore., Feb 26 -
            RIO DE JANEIRO, March 11 - Coffee rose.                    | RIO DE JANEIRO     | --03-11 | null | null    | RIO DE JANEIRO, March 11 -
            Dar es Salaam, Oct. 3 (Xinhua) -- Rain came.               | Dar es Salaam      | --10-03 | null | Xinhua  | Dar es Salaam, Oct. 3 (Xinhua) --
            AMSTERDAM, 2 March - Tulips sold.                          | AMSTERDAM          | --03-02 | null | null    | AMSTERDAM, 2 March -
            KUALA LUMPUR, April 1 , 1997 (AFP) - Shares fell.          | KUALA LUMPUR       | --04-01 | 1997 | AFP     | KUALA LUMPUR, April 1 , 1997 (AFP) -
            ST. LOUIS, FEB 26 - Grain moved.                           | ST. LOUIS          | --02-26 | null | null    | ST. LOUIS, FEB 26 -
            WINSTON-SALEM, N.C. - Tobacco sold.                        | WINSTON-SALEM, N.C.| null    | null | null    | WINSTON-SALEM, N.C. -
            WASHINGTON - Congress met.                                 | WASHINGTON         | null    | null | null    | WASHINGTON -
            GRONINGEN, the Netherlands, March 31 - Gas flowed.         | GRONINGEN, the Netherlands | --03-31 | null | null | GRONINGEN, the Netherlands, March 31 -
            KANSAS CITY, Mo. - March 13 - Cattle sold.                 | KANSAS CITY, Mo.   | --03-13 | null | null    | KANSAS CITY, Mo. - March 13 -
            peoria, April 7 - Clear skies.                             | peoria             | --04-07 | null | null    | peoria, April 7 -
            WASHINGTON, March 12, Reuter - The bill passed.            | WASHINGTON         | --03-12 | null | Reuter  | WASHINGTON, March 12, Reuter -
            NEW DELHI, Dec 3 (IANS): Rates held.                       | NEW DELHI          | --12-03 | null | IANS    | NEW DELHI, Dec 3 (IANS):
            BERLIN, May 4 (dpa) - Strikes ended.                       | BERLIN             | --05-04 | null | dpa     | BERLIN, May 4 (dpa) -
            New Delhi, Jan 5 (PTI) The index rose.                     | New Delhi          | --01-05 | null | PTI     | New Delhi, Jan 5 (PTI)
            NEW DELHI: The cabinet met.                                | NEW DELHI          | null    | null | null    | NEW DELHI:
            WASHINGTON (AP) _ The vote was close.                      | WASHINGTON         | null    | null | AP      | WASHINGTON (AP) _
            DALLAS/FORT WORTH, Texas, May 2 - Flights resumed.         | DALLAS/FORT WORTH, Texas | --05-02 | null | null | DALLAS/FORT WORTH, Texas, May 2 -
            WASHINGTON/NEW YORK, May 5 (Reuters) - Talks began.       | WASHINGTON/NEW YORK | --05-05 | null | Reuters | WASHINGTON/NEW YORK, May 5 (Reuters) -
            Washington (CNN)The president spoke.                       | Washington         | null    | null | CNN     | Washington (CNN)
            MOSCOW, March 3. /TASS/. The talks ended.                  | MOSCOW             | --03-03 | null | TASS    | MOSCOW, March 3. /TASS/.
            MADRID, Jan 5 (EFE).- The rain stopped.                    | MADRID             | --01-05 | null | EFE     | MADRID, Jan 5 (EFE).-
            KUALA LUMPUR, Jan 5 (Bernama) -- Prices held.              | KUALA LUMPUR       | --01-05 | null | Bernama | KUALA LUMPUR, Jan 5 (Bernama) --
            KYIV, Ukraine — The sirens sounded.                        | KYIV, Ukraine      | null    | null | null    | KYIV, Ukraine —
            XI'AN, Nov. 10 (Xinhua) -- Tourists returned.              | XI'AN              | --11-10 | null | Xinhua  | XI'AN, Nov. 10 (Xinhua) --
            SÃO PAULO, Brazil (AP) — Coffee rose.                      | SÃO PAULO, Brazil  | null    | null | AP      | SÃO PAULO, Brazil (AP) —
            UNITED NATIONS, Sept. 21 (AFP) - The vote passed.          | UNITED NATIONS     | --09-21 | null | AFP     | UNITED NATIONS, Sept. 21 (AFP) -
            """)
    void readsDatelinesOfEveryAgencyStyle(String paragraph, String place, String monthDay, String year, String agency,
            String text) {
        Optional<ParsedDateline> d = parser.parse(paragraph);
        assertThat(d).isPresent();
        assertThat(d.get().place()).isEqualTo(place);
        assertThat(d.get().monthDay()).isEqualTo(monthDay == null ? null : MonthDay.parse(monthDay));
        assertThat(d.get().year()).isEqualTo(year == null ? null : Integer.valueOf(year));
        assertThat(d.get().agency()).isEqualTo(agency);
        assertThat(d.get().text()).isEqualTo(text);
        assertThat(paragraph.substring(d.get().length())).doesNotStartWith(" ").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The company said on Tuesday it would cut jobs.",
        "Apple - the company - said profits rose.",
        "Shares rose 5 percent in early trading.",
        "NOTE: this is not a dateline",
        "BREAKING: markets fall",
        "London - where prices rose - saw gains.",
        "(pictured) - a smiling mayor.",
        "U.S.-based firms gained.",
        "\"We will win,\" he said.",
        "",
    })
    void findsNoDatelineInOrdinaryText(String paragraph) {
        assertThat(parser.parse(paragraph)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CHICAGO, Feb 26 -                                 | CHICAGO
            POTCHEFSTROOM, South Africa, Dec 5 , 2006, 2006 - India will play. | POTCHEFSTROOM, South Africa
            BOSTON, March 187 - A typo in the day.            | BOSTON
            """)
    void readsDatelinesStandingAloneOrWithOddDates(String paragraph, String place) {
        assertThat(parser.parse(paragraph)).get().extracting(ParsedDateline::place).isEqualTo(place);
    }

    @org.junit.jupiter.api.Test
    void aGarbledDayLeavesTheDatelineWithoutADate() {
        assertThat(parser.parse("BOSTON, March 187 - Shares rose.")).get()
                .extracting(ParsedDateline::monthDay).isNull();
    }

    @org.junit.jupiter.api.Test
    void anAgencyAloneIsADatelineWithoutAPlace() {
        ParsedDateline d = parser.parse("(Bloomberg) -- Stocks rose.").orElseThrow();
        assertThat(d.place()).isNull();
        assertThat(d.agency()).isEqualTo("Bloomberg");
        assertThat(d.text()).isEqualTo("(Bloomberg) --");
    }

    @org.junit.jupiter.api.Test
    void aDateAloneIsADatelineWithoutAPlace() {
        ParsedDateline d = parser.parse("APRIL 7 - Spreads were steady.").orElseThrow();
        assertThat(d.place()).isNull();
        assertThat(d.monthDay()).isEqualTo(MonthDay.of(4, 7));
    }

    @org.junit.jupiter.api.Test
    void hostileCapitalisedRunsAreRejectedQuickly() {
        java.util.Random random = new java.util.Random(42);
        String[] tokens = {"A", "BB", "C.", "De", "of", ",", "(", ")", "May", "21", "-", "--", " ", "X/Y", "1987"};
        long start = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 400) {
                sb.append(tokens[random.nextInt(tokens.length)]).append(random.nextBoolean() ? " " : "");
            }
            parser.parse(sb.toString());
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for 2,000 hostile paragraphs")
                .isLessThan(5_000);
    }
}
