package dev.storyline.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.enrich.entities.BilouLabels;
import dev.storyline.enrich.entities.Chunk;
import dev.storyline.enrich.entities.ConllCorpus;
import dev.storyline.enrich.entities.NameTagger;
import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The shipped tagger's span F1 on CoNLL-2003 {@code eng.testa} stays above the floors stored in
 * {@code floors/ner.properties} (the same figures {@code storyline eval ner} prints). Skips when the data is absent.
 */
class NerFloorTest {

    @Test
    void spanF1OnConll2003TestaStaysAboveItsFloors() throws IOException {
        Path testa = SharedData.require("conll2003/eng.testa");
        Properties floors = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/floors/ner.properties")) {
            floors.load(in);
        }
        NerScores scores = new NerEvaluation(NameTagger.standard()).score(ConllCorpus.read(testa));
        System.out.print(scores.report());
        assertThat(scores.f1()).as("overall F1").isGreaterThanOrEqualTo(floor(floors, "conll2003.testa.f1"));
        for (String type : List.of("PER", "LOC", "ORG", "MISC")) {
            assertThat(scores.f1(type)).as(type + " F1")
                    .isGreaterThanOrEqualTo(floor(floors, "conll2003.testa." + type + ".f1"));
        }
    }

    @Test
    void scoresCountOnlyExactSpanAndTypeMatches() {
        List<Chunk> gold = BilouLabels.chunksFromIob(List.of("I-PER", "I-PER", "O", "I-PER", "O", "I-LOC", "O"));
        List<Chunk> predicted = List.of(new Chunk(0, 2, "PER"), new Chunk(3, 4, "ORG"), new Chunk(5, 7, "LOC"));
        Map<String, long[]> counts = new HashMap<>();
        NerEvaluation.count(gold, predicted, counts);
        NerScores s = new NerScores(counts, 7, 1, 1);
        assertThat(counts.get("PER")).containsExactly(1, 1, 2); // the whole name matches, "Wei" as ORG does not
        assertThat(counts.get("LOC")).containsExactly(0, 1, 1); // one token too long
        assertThat(s.f1()).isEqualTo(2 * (1 / 3.0) * (1 / 3.0) / (2 / 3.0));
    }

    private static double floor(Properties floors, String key) {
        String v = floors.getProperty(key);
        assertThat(v).as("floor " + key + " in floors/ner.properties").isNotNull();
        return Double.parseDouble(v);
    }
}
