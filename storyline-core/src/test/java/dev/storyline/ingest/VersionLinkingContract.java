package dev.storyline.ingest;

import dev.storyline.relate.StoryKeys;
import static dev.storyline.index.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.index.IndexContract;
import dev.storyline.index.Hit;
import dev.storyline.index.IndexEntry;
import dev.storyline.index.SearchRequest;
import dev.storyline.index.SearchResult;
import dev.storyline.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The ingest pipeline stores a newer version of a wire story as a version of it (same story key, the first version
 * named), not as a stranger; and a look-alike from another agency or place stays a stranger.
 */
public abstract class VersionLinkingContract extends IndexContract {

    private static final Article FIRST = article("quake-1").headline("Strong quake hits northeast coast")
            .place("TOKYO").agency("Kyodo").date("2011-03-11")
            .body("A strong earthquake hit the northeast coast on Friday, the weather agency said.").build();

    private IndexEntry store(Article a) {
        IndexEntry e = new Ingester(index, Ingester.Options.defaults(), null).link(a);
        index.put(e);
        return e;
    }

    @Test
    void aFirstVersionIsAStoryOfItsOwn() {
        IndexEntry e = store(FIRST);
        assertThat(e.versionOf()).isNull();
        assertThat(e.storyKey()).isEqualTo(StoryKeys.keyFor(FIRST));
    }

    @Test
    void aLeadWithTheSameHeadlineJoinsTheStory() {
        IndexEntry first = store(FIRST);
        IndexEntry lead = store(article("quake-2").headline("Strong quake hits northeast coast").tags("LEAD").version(2)
                .place("TOKYO").agency("Kyodo").date("2011-03-11")
                .body("A strong earthquake hit the northeast coast on Friday, and a tsunami warning was issued.").build());
        assertThat(lead.storyKey()).isEqualTo(first.storyKey());
        assertThat(lead.versionOf()).isEqualTo("quake-1");
        assertThat(index.get("quake-1")).hasValueSatisfying(s -> assertThat(s.head()).isFalse());
        assertThat(index.get("quake-2")).hasValueSatisfying(s -> assertThat(s.head()).isTrue());
    }

    @Test
    void aLaterVersionWithARewrittenHeadlineJoinsByItsSimilarLead() {
        IndexEntry first = store(FIRST);
        IndexEntry second = store(article("quake-3").headline("Tsunami warning after quake").tags("2nd LD").version(3)
                .place("TOKYO").agency("Kyodo").date("2011-03-12")
                .body("A strong earthquake hit the northeast coast on Friday, the weather agency said, "
                        + "and a tsunami warning was issued.").build());
        assertThat(second.storyKey()).isEqualTo(first.storyKey());
        assertThat(second.versionOf()).isEqualTo("quake-1");
        assertThat(index.versions(first.storyKey())).hasSize(2);
    }

    @Test
    void searchListsTheNewestVersionOnlyAndCountsItsEarlierVersionsInWhateverOrderTheyArrive() {
        Article lead = article("quake-2").headline("Strong quake hits northeast coast").tags("LEAD").version(2)
                .place("TOKYO").agency("Kyodo").date("2011-03-11")
                .body("A strong earthquake hit the northeast coast on Friday, and a tsunami warning was issued.").build();
        store(lead);
        store(FIRST); // the first version arrives after the lead
        SearchResult r = index.search(SearchRequest.of("earthquake"));
        assertThat(r.hits()).extracting(Hit::id).containsExactly("quake-2");
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits().get(0).earlierVersions()).isEqualTo(1);
        assertThat(index.get("quake-1")).as("earlier versions stay readable by id").isPresent();
    }

    @Test
    void aLookAlikeFromAnotherAgencyIsAStranger() {
        IndexEntry first = store(FIRST);
        IndexEntry other = store(article("quake-afp").headline("Strong quake hits northeast coast").tags("LEAD")
                .version(2).place("TOKYO").agency("AFP").date("2011-03-11")
                .body("A strong earthquake hit the northeast coast on Friday, the weather agency said.").build());
        assertThat(other.storyKey()).isNotEqualTo(first.storyKey());
        assertThat(other.versionOf()).isNull();
    }
}
