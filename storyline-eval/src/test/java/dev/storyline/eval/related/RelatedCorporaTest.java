package dev.storyline.eval.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The related evaluation reads what the product reads: Reuters-21578 through the product's SGML reader, joined to the
 * evaluation's own gold labels on NEWID, and every document enriched (skipped when the data is absent).
 */
class RelatedCorporaTest {

    @Test
    void reutersJoinCoversEveryStoryWithABodyAndEveryTestQuery() throws IOException {
        List<EvalDoc> docs = RelatedCorpora.reuters(SharedData.require("reuters21578"), EnrichmentPipeline.empty());

        assertThat(docs).hasSize(19_043);
        assertThat(docs.stream().filter(EvalDoc::query).count()).isEqualTo(2_745);
        assertThat(docs.stream().map(EvalDoc::id).distinct().count()).isEqualTo(19_043);
        assertThat(docs).allSatisfy(d -> assertThat(d.article().body()).isNotBlank());
    }

    @Test
    void ecbPlusDocumentsCarryTheEnrichersEntitiesAndTimes() throws IOException {
        List<EvalDoc> docs = RelatedCorpora.ecbPlus(SharedData.require("ecbplus"));

        assertThat(docs).hasSize(772);
        assertThat(docs.stream().filter(d -> !d.article().entities().isEmpty()).count())
                .isGreaterThan(docs.size() * 9L / 10);
        assertThat(docs.stream().filter(d -> !d.article().times().isEmpty()).count())
                .isGreaterThan(docs.size() / 2L);
    }
}
