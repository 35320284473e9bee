package dev.storyline.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extraction regression on the article-extraction-benchmark (skipped when ../shared/data is absent): our scorer
 * reproduces the published trafilatura figure, and Storyline's extractor stays above its stored floor.
 */
class ExtractionBenchmarkTest {

    private static final Properties FLOORS = new Properties();

    @BeforeAll
    static void loadFloors() throws IOException {
        try (InputStream in = ExtractionBenchmarkTest.class.getResourceAsStream("/floors/extraction.properties")) {
            FLOORS.load(in);
        }
    }

    private static double floor(String key) {
        return Double.parseDouble(FLOORS.getProperty(key));
    }

    private static ExtractionBenchmark benchmark() throws IOException {
        Path dir = SharedData.require("article-extraction-benchmark");
        return ExtractionBenchmark.open(dir);
    }

    @Test
    void scorerReproducesThePublishedTrafilaturaFigure() throws IOException {
        ExtractionBenchmark b = benchmark();

        ExtractionScore trafilatura = b.score(b.published("trafilatura"), id -> true);

        assertThat(trafilatura.pages()).isEqualTo(181);
        assertThat(trafilatura.f1()).isCloseTo(floor("trafilatura.published.f1"), within(floor("scorer.tolerance")));
    }

    @Test
    void storylineExtractionStaysAboveItsFloorAndAheadOfTrafilatura() throws IOException {
        ExtractionBenchmark b = benchmark();

        List<ExtractionEvaluation.Row> rows = ExtractionEvaluation.run(b, List.of(new StorylineExtractor()));
        System.out.print(ExtractionEvaluation.format(rows));
        ExtractionEvaluation.Row storyline = rows.stream().filter(r -> r.system().equals("storyline")).findFirst()
                .orElseThrow();

        assertThat(storyline.failures()).isZero();
        assertThat(storyline.all().f1()).isGreaterThanOrEqualTo(floor("storyline.f1"));
        assertThat(storyline.all().f1()).as("ahead of trafilatura, the best open-source system published")
                .isGreaterThan(b.score(b.published("trafilatura"), id -> true).f1());
    }
}
