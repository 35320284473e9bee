package dev.storyline.eval.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.eval.reuters.ReutersCorpus;
import dev.storyline.eval.reuters.ReutersStory;
import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Duplicate detection on Reuters-21578 keeps its measured quality (skipped when the corpus is absent). */
class DuplicatesFloorTest {

    private static List<ReutersStory> corpus;

    @BeforeAll
    static void read() throws IOException {
        corpus = ReutersCorpus.read(SharedData.require("reuters21578"));
    }

    @Test
    void everyGroupOfIdenticalBodiesIsFoundAndNoneIsMerged() {
        ExactDuplicateEval.Result r = ExactDuplicateEval.run(corpus);
        System.out.println(r);
        assertThat(r.goldGroups()).isEqualTo(338);
        assertThat(r.goldStories()).isEqualTo(680);
        assertThat(r.caseKeptGroups()).isEqualTo(279);
        assertThat(r.foundGroups()).isEqualTo(338);
        assertThat(r.storylineGroups()).isEqualTo(338);
        assertThat(r.falseMerges()).isZero();
    }

    @Test
    void editedCopiesAreFoundAndSameTopicStoriesAreNot() {
        NearDuplicateEval.Result r = NearDuplicateEval.run(corpus, 1000);
        System.out.println(r + " precision " + r.precision() + " recall " + r.recall());
        assertThat(r.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(r.recall()).isGreaterThanOrEqualTo(0.95);
    }
}
