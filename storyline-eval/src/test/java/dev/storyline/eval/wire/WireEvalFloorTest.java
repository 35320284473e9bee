package dev.storyline.eval.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wire-grammar figures printed by {@code storyline eval wire} must not fall below the floors stored in
 * {@code floors/wire.properties}. Each test skips when its data set is absent.
 */
class WireEvalFloorTest {

    private static final Properties FLOORS = new Properties();

    @BeforeAll
    static void loadFloors() throws IOException {
        try (InputStream in = WireEvalFloorTest.class.getResourceAsStream("/floors/wire.properties")) {
            FLOORS.load(in);
        }
    }

    private static double floor(String key) {
        return Double.parseDouble(FLOORS.getProperty(key));
    }

    @Test
    void seedStoriesMatchTheirGoldInEveryField() {
        Path seed = SharedData.require("seed");
        FieldTally t = new SeedWireEval().evaluate(seed, 20);
        assertThat(t.total("headline")).as("seed stories evaluated").isPositive();
        for (String field : List.of("headline", "tags", "byline", "dateline place", "dateline agency",
                "dateline date", "paragraphs", "contacts", "end marker", "rail items", "rail item with tags")) {
            assertThat(t.accuracy(field)).as(field + "\n" + t.report()).isGreaterThanOrEqualTo(floor("seed.fields"));
        }
    }

    @Test
    void reutersStoriesRebuiltAsWireTextAgreeWithTheirSgmlFields() {
        Path dir = SharedData.require("reuters21578");
        FieldTally t = new ReutersWireEval().rebuiltStories(dir, 20);
        assertThat(t.total("headline")).isEqualTo(19_043);
        assertThat(t.accuracy("headline")).as(t.report()).isGreaterThanOrEqualTo(floor("reuters.headline"));
        assertThat(t.accuracy("dateline place")).as(t.report()).isGreaterThanOrEqualTo(floor("reuters.place"));
        assertThat(t.accuracy("dateline month and day")).as(t.report())
                .isGreaterThanOrEqualTo(floor("reuters.monthday"));
        assertThat(t.accuracy("all three agree")).as(t.report()).isGreaterThanOrEqualTo(floor("reuters.all"));
    }

    @Test
    void everyReutersRecordIsReadWithItsLabels() {
        Path dir = SharedData.require("reuters21578");
        FieldTally t = new ReutersWireEval().sgmlRecords(dir, 20);
        assertThat(t.total("record id")).isEqualTo((int) floor("reuters.sgml.records"));
        assertThat(t.correct("record id")).isEqualTo((int) floor("reuters.sgml.records"));
        assertThat(t.accuracy("topics labels")).as(t.report()).isEqualTo(1.0);
        assertThat(t.accuracy("places labels")).as(t.report()).isEqualTo(1.0);
    }

    @Test
    void te3DatelinesAgreeWithTheDocumentCreationTime() {
        Path dir = SharedData.require("tempeval3/TE3-Silver-data");
        List<FieldTally> tallies = new Te3WireEval().evaluate(dir, 20);
        FieldTally printed = tallies.get(0);
        FieldTally yearless = tallies.get(1);
        assertThat(printed.total("dateline place")).isEqualTo(2_452);
        assertThat(printed.accuracy("headline = TITLE (tags set aside)")).as(printed.report())
                .isGreaterThanOrEqualTo(floor("te3.headline"));
        assertThat(printed.accuracy("dateline place")).as(printed.report()).isGreaterThanOrEqualTo(floor("te3.place"));
        assertThat(printed.accuracy("dateline agency")).as(printed.report())
                .isGreaterThanOrEqualTo(floor("te3.agency"));
        assertThat(printed.accuracy("date = DCT")).as(printed.report()).isGreaterThanOrEqualTo(floor("te3.date"));
        assertThat(yearless.accuracy("month and day = DCT")).as(yearless.report())
                .isGreaterThanOrEqualTo(floor("te3.yearless.monthday"));
        assertThat(yearless.accuracy("full date, where given, = DCT")).as(yearless.report())
                .isGreaterThanOrEqualTo(floor("te3.yearless.year.where.given"));
    }
}
