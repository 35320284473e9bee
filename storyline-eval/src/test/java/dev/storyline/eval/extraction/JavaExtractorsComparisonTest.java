package dev.storyline.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Storyline's extractor against the Java extractors on Maven Central, measured in the same run on the
 * article-extraction-benchmark (skipped when ../shared/data is absent). Storyline builds its own extractor rather
 * than on one of these; this test keeps that choice honest.
 */
class JavaExtractorsComparisonTest {

    @Test
    void storylineBeatsEveryJavaExtractorOnMavenCentral() throws IOException {
        ExtractionBenchmark b = ExtractionBenchmark.open(SharedData.require("article-extraction-benchmark"));

        List<ExtractionEvaluation.Row> rows = ExtractionEvaluation.run(b,
                List.of(new StorylineExtractor(), new Readability4jExtractor(), new BoilerpipeExtractor()));
        System.out.print(ExtractionEvaluation.format(rows));

        double storyline = f1(rows, "storyline");
        assertThat(storyline).isGreaterThan(f1(rows, "readability4j (Java)"));
        assertThat(storyline).isGreaterThan(f1(rows, "boilerpipe 1.2.2 (Java)"));
    }

    private static double f1(List<ExtractionEvaluation.Row> rows, String system) {
        return rows.stream().filter(r -> r.system().equals(system)).findFirst().orElseThrow().all().f1();
    }
}
