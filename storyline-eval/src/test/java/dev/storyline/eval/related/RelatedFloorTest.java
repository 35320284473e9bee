package dev.storyline.eval.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.relate.RelatedArticles.Mode;
import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Related-article quality keeps its stored floors (skipped when the data is absent). What the suite can afford on
 * two cores: the lexical + re-rank path (no embedding model) over documents enriched as at ingest (entities, times,
 * quotes: what the re-rank weighs), on all ECB+ documents and on a seeded sample of the Reuters test queries against
 * the full index of 19,043 stories read by the product's SGML reader. The figures with the embedding model come from
 * {@code storyline eval related}.
 */
class RelatedFloorTest {

    private static final Properties FLOORS = new Properties();
    private static final String OURS = "Storyline " + RelatedEval.label(Mode.FULL, false);

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
        List<EvalDoc> docs = RelatedCorpora.ecbPlus(SharedData.require("ecbplus"));
        assertEnriched(docs);
        RelatedEval.Report r = RelatedEval.run(docs, null, 1, System.out::println);
        r.rows().forEach(System.out::println);
        r.parts().forEach((part, rows) -> rows.forEach(row -> System.out.println(part + ": " + row)));
        RelatedEval.Row ours = r.row(OURS);
        assertThat(ours.precisionAt5()).isGreaterThanOrEqualTo(floor("ecbplus.lexical-rerank.p5"))
                .isGreaterThan(r.row(RelatedEval.MLT_DEFAULTS).precisionAt5());
        assertThat(ours.map()).isGreaterThanOrEqualTo(floor("ecbplus.lexical-rerank.map"))
                .isGreaterThan(r.row(RelatedEval.MLT_DEFAULTS).map())
                .isGreaterThan(r.row(RelatedEval.MLT_TF1).map());
        // the weights were chosen on the odd-numbered topics: the even ones check they hold elsewhere
        RelatedEval.Row even = r.parts().get("even").stream().filter(row -> row.system().equals(OURS)).findFirst()
                .orElseThrow();
        assertThat(even.map()).isGreaterThanOrEqualTo(floor("ecbplus.lexical-rerank.map.even"));
    }

    @Test
    void reutersRelatedShareATopicMoreOftenThanMoreLikeThis() throws IOException {
        List<EvalDoc> docs = RelatedCorpora.reuters(SharedData.require("reuters21578"));
        assertEnriched(docs);
        RelatedEval.Report r = RelatedEval.run(docs, null, 1, (int) floor("reuters.sample-queries"),
                System.out::println);
        r.rows().forEach(System.out::println);
        RelatedEval.Row ours = r.row(OURS);
        assertThat(ours.precisionAt5()).isGreaterThanOrEqualTo(floor("reuters.lexical-rerank.p5"))
                .isGreaterThan(r.row(RelatedEval.MLT_DEFAULTS).precisionAt5())
                .isGreaterThan(r.row(RelatedEval.MLT_TF1).precisionAt5());
        assertThat(r.row(RelatedEval.SHIPPED).precisionAt5()).isGreaterThanOrEqualTo(floor("reuters.shipped.p5"));
    }

    /** The re-rank weighs entities and dates: a run without them would not measure the product. */
    private static void assertEnriched(List<EvalDoc> docs) {
        assertThat(docs.stream().filter(d -> !d.article().entities().isEmpty()).count())
                .isGreaterThan(docs.size() * 9L / 10);
        assertThat(docs.stream().filter(d -> !d.article().times().isEmpty()).count())
                .isGreaterThan(docs.size() / 2L);
    }
}
