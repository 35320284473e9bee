package dev.storyline.eval.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Related-article quality keeps its stored floors (skipped when the data is absent). What the suite can afford on
 * two cores: the lexical + re-rank path (no embedding model), on all ECB+ documents and on a seeded sample of the
 * Reuters test queries against the full index. The figures with the embedding model (fused + re-rank, which beats
 * both MoreLikeThis settings on both corpora by a wider margin) come from {@code storyline eval related}.
 */
class RelatedFloorTest {

    private static final Properties FLOORS = new Properties();

    @BeforeAll
    static void floors() throws IOException {
        try (InputStream in = RelatedFloorTest.class.getResourceAsStream("/floors/related.properties")) {
            FLOORS.load(in);
        }
    }

    private static double floor(String key) {
        return Double.parseDouble(FLOORS.getProperty(key));
    }

    @Test
    void ecbPlusSameTopicFirstAndSameEventAboveTheOther() throws IOException {
        RelatedEval.Report r = RelatedEval.run(RelatedCorpora.ecbPlus(SharedData.require("ecbplus")), null, 1,
                System.out::println);
        r.rows().forEach(System.out::println);
        RelatedEval.Row ours = r.row("Storyline " + RelatedEval.label(dev.storyline.relate.RelatedArticles.Mode.FULL,
                false));
        assertThat(ours.precisionAt5()).isGreaterThanOrEqualTo(floor("ecbplus.lexical-rerank.p5"))
                .isGreaterThan(r.row(RelatedEval.MLT_DEFAULTS).precisionAt5());
        assertThat(ours.map()).isGreaterThanOrEqualTo(floor("ecbplus.lexical-rerank.map"))
                .isGreaterThan(r.row(RelatedEval.MLT_DEFAULTS).map());
    }

    @Test
    void reutersRelatedShareATopicMoreOftenThanMoreLikeThis() throws IOException {
        RelatedEval.Report r = RelatedEval.run(RelatedCorpora.reuters(SharedData.require("reuters21578")), null, 1,
                (int) floor("reuters.sample-queries"), System.out::println);
        r.rows().forEach(System.out::println);
        RelatedEval.Row ours = r.row("Storyline " + RelatedEval.label(dev.storyline.relate.RelatedArticles.Mode.FULL,
                false));
        assertThat(ours.precisionAt5()).isGreaterThanOrEqualTo(floor("reuters.lexical-rerank.p5"))
                .isGreaterThan(r.row(RelatedEval.MLT_DEFAULTS).precisionAt5())
                .isGreaterThan(r.row(RelatedEval.MLT_TF1).precisionAt5());
    }
}
