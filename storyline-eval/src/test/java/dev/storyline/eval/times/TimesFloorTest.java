package dev.storyline.eval.times;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Time-expression quality on TempEval-3's TBAQ-cleaned must not fall below the stored floors. */
class TimesFloorTest {

    static Properties floors(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TimesFloorTest.class.getResourceAsStream("/floors/" + name)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void tbaqScoresStayAboveTheirFloors() throws IOException {
        Path dir = SharedData.require("tempeval3/TBAQ-cleaned");
        Properties floor = floors("times.properties");
        TimeMlReader reader = new TimeMlReader();
        List<TimeMlDocument> docs = reader.readAll(dir);
        TimesEvaluation eval = new TimesEvaluation();

        TimesScore all = eval.evaluate(docs);

        assertThat(reader.errors()).isEmpty();
        assertThat(all.gold()).as("gold expressions read").isGreaterThan(1500);
        assertThat(all.valueF1()).as(all.summary()).isGreaterThanOrEqualTo(d(floor, "value.f1"));
        assertThat(all.relaxedF1()).as(all.summary()).isGreaterThanOrEqualTo(d(floor, "relaxed.f1"));
        assertThat(all.strictF1()).as(all.summary()).isGreaterThanOrEqualTo(d(floor, "strict.f1"));
        for (String half : List.of("TimeBank", "AQUAINT")) {
            TimesScore s = eval.byGroup().get(half);
            assertThat(s.valueF1()).as(half + ": " + s.summary())
                    .isGreaterThanOrEqualTo(d(floor, "value.f1." + half));
        }
    }

    @Test
    void creationTimeIsTheAnchorAndNotAnExpressionToFind() throws Exception {
        String tml = """
                <?xml version="1.0" ?>
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-01T14:11:00" functionInDocument="CREATION_TIME">March 1</TIMEX3></DCT>
                <TEXT>Officials said <TIMEX3 tid="t1" type="DATE" value="1998-02-27">Friday</TIMEX3> that &amp; more.</TEXT></TimeML>
                """;

        TimeMlDocument doc = TimeMlReader.read("x.tml", "test", tml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TimesScore s = new TimesEvaluation().evaluate(doc);

        assertThat(doc.creationTime()).isEqualTo("1998-03-01T14:11:00");
        assertThat(doc.text()).isEqualTo("Officials said Friday that & more.");
        assertThat(doc.gold()).singleElement().satisfies(t -> assertThat(t.text()).isEqualTo("Friday"));
        assertThat(s.valueCorrect()).isEqualTo(1);
        assertThat(s.strict()).isEqualTo(1);
    }

    private static double d(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key));
    }
}
