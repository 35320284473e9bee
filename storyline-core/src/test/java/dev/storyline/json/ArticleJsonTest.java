package dev.storyline.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.model.Article;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Timestamp;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The native JSON keeps the string forms of dates, and articles stored by earlier versions still read. */
class ArticleJsonTest {

    /** An article as the version before typed dates wrote it (dates were plain strings then). */
    static final String OLD_SHAPE = """
            {"id":"0f3a9c2b7d4e5f61","headline":"Harbour City council approves ferry link","tags":["LEAD"],
             "version":2,"byline":["Mina Park"],
             "dateline":{"place":"HARBOUR CITY","date":"2019-05-21","agency":"Yonhap",
                         "text":"HARBOUR CITY, May 21 (Yonhap) --",
                         "dateFrom":{"method":"source","evidence":"dateline 'May 21' nearest to source date 2019-05-21T10:00:00+09:00"}},
             "paragraphs":["The council approved the ferry link on Tuesday."],"contacts":[],"credits":[],
             "endMarker":"(END)","rail":[],"language":"en","published":"2019-05-21T10:00:00+09:00",
             "labels":{"topics":["transport"]},"source":{"path":"wire/day1.txt","format":"wire"},"warnings":[],
             "entities":[],"times":[{"span":{"paragraph":0,"start":44,"end":51,"text":"Tuesday"},"type":"DATE",
                                     "value":"2019-05-21"}],"quotes":[]}""";

    @Test
    void anArticleOfTheOldShapeReadsWithTypedDates() {
        Article a = Json.read(OLD_SHAPE, Article.class);

        assertThat(a.dateline().date()).isEqualTo(PartialDate.of(LocalDate.of(2019, 5, 21)));
        assertThat(a.date()).isEqualTo(LocalDate.of(2019, 5, 21));
        assertThat(a.published().offset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(a.storyDate()).isEqualTo(LocalDate.of(2019, 5, 21));
        assertThat(a.times()).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("2019-05-21"));
    }

    @Test
    void writingItAgainGivesTheSameJson() throws Exception {
        JsonNode before = Json.mapper().readTree(OLD_SHAPE);

        JsonNode after = Json.mapper().readTree(Json.write(Json.read(OLD_SHAPE, Article.class)));

        assertThat(after).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1987-02-26T15:01:01.790", "2019-05-21", "2019-05-21T01:00:00Z",
        "2019-05-21T10:00:00-05:00"})
    void publishedDatesKeepTheirStringForm(String published) {
        String json = "{\"id\":\"x\",\"version\":1,\"published\":\"" + published + "\"}";

        assertThat(Json.write(Json.read(json, Article.class))).contains("\"published\":\"" + published + "\"");
    }

    @Test
    void aMonthAndDayWithoutYearIsWrittenInItsXmlSchemaForm() throws Exception {
        String json = "{\"id\":\"x\",\"version\":1,\"dateline\":{\"place\":\"SALVADOR\",\"date\":\"--02-26\"}}";

        Article a = Json.read(json, Article.class);

        assertThat(a.dateline().date()).isEqualTo(PartialDate.of(MonthDay.of(2, 26)));
        assertThat(a.date()).as("no full date").isNull();
        assertThat(Json.mapper().readTree(Json.write(a)).at("/dateline/date").asText()).isEqualTo("--02-26");
    }

    @Test
    void aPageDateThatAnOldVersionStoredAsPrintedReadsAsAbsent() {
        String json = "{\"id\":\"x\",\"version\":1,\"headline\":\"Kept\",\"published\":\"Oct 12, 2025\"}";

        Article a = Json.read(json, Article.class);

        assertThat(a.published()).isNull();
        assertThat(a.headline()).isEqualTo("Kept");
    }

    @Test
    void aDateOfTheWrongJsonTypeIsAnError() {
        String json = "{\"id\":\"x\",\"version\":1,\"published\":20190521}";

        assertThatThrownBy(() -> Json.read(json, Article.class)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Timestamp");
    }

    @Test
    void aTimestampBuiltInCodeIsWrittenAsIso() {
        assertThat(Json.write(Timestamp.parse("2019-05-21T10:00:00+09:00"))).isEqualTo("\"2019-05-21T10:00:00+09:00\"");
        assertThat(Json.write(LocalDate.of(2019, 5, 21))).isEqualTo("\"2019-05-21\"");
    }
}
