package dev.storyline.index;

import static dev.storyline.index.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Neighbours by shared terms (with the terms as the reason) and by vector. */
public abstract class NeighboursContract extends IndexContract {

    @BeforeEach
    void putNewsDesk() {
        putAll(ArticleFixtures.newsDesk());
    }

    @Test
    void similarToFindsTheArticleSharingTheMostTermsButNotItself() {
        List<Neighbour> n = index.similarTo("rates-1", 3, Filters.none());
        assertThat(n).extracting(Neighbour::id).doesNotContain("rates-1").first().isEqualTo("rates-2");
        assertThat(n.get(0).sharedTerms()).contains("interest", "rates");
    }

    @Test
    void similarToKeepsToTheFilters() {
        List<Neighbour> n = index.similarTo("wheat-1", 5, Filters.none().withAgencies(List.of("Yonhap")));
        assertThat(n).extracting(nb -> nb.stored().article().dateline().agency()).containsOnly("Yonhap");
    }

    @Test
    void similarToOfAnUnknownIdIsEmpty() {
        assertThat(index.similarTo("no-such-id", 3, Filters.none())).isEmpty();
    }

    @Test
    void similarToTextRanksByTheGivenWords() {
        assertThat(index.similarToText("tanker order at a shipyard", 2, Filters.none()))
                .extracting(Neighbour::id).first().isEqualTo("ships-1");
    }

    @Test
    void nearestRanksByCosineOfTheVectors() {
        index.put(IndexEntry.of(article("east").headline("East").body("e").build()).withVector(new float[] {1, 0, 0}));
        index.put(IndexEntry.of(article("north").headline("North").body("n").build()).withVector(new float[] {0, 1, 0}));
        index.put(IndexEntry.of(article("northeast").headline("NE").body("ne").build())
                .withVector(new float[] {0.7f, 0.7f, 0}));
        assertThat(index.nearest(new float[] {0.9f, 0.1f, 0}, 3, Filters.none())).extracting(Neighbour::id)
                .containsExactly("east", "northeast", "north");
    }

    @Test
    void aVectorOfAnotherDimensionIsRejectedWithTheReason() {
        index.put(IndexEntry.of(article("east").headline("East").body("e").build()).withVector(new float[] {1, 0, 0}));
        assertThatThrownBy(() -> index.nearest(new float[] {1, 0}, 3, Filters.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension");
    }

    @Test
    void similarIdsListsWhatSimilarToFindsWithTheQueryTerms() {
        List<Neighbour> loaded = index.similarTo("rates-1", 5, Filters.none());
        SimilarIds ids = index.similarIds("rates-1", 5, Filters.none());
        assertThat(ids.ids()).extracting(RankedId::id).containsExactlyElementsOf(loaded.stream().map(Neighbour::id)
                .toList());
        assertThat(ids.queryTerms()).contains("interest", "rates");
        assertThat(index.similarIds("no-such-id", 3, Filters.none()).ids()).isEmpty();
    }

    @Test
    void nearestIdsListsWhatNearestFinds() {
        index.put(IndexEntry.of(article("east").headline("East").body("e").build()).withVector(new float[] {1, 0, 0}));
        index.put(IndexEntry.of(article("north").headline("North").body("n").build()).withVector(new float[] {0, 1, 0}));
        assertThat(index.nearestIds(new float[] {0.9f, 0.1f, 0}, 2, Filters.none())).extracting(RankedId::id)
                .containsExactly("east", "north");
    }

    @Test
    void getAllLoadsTheStoredIdsInTheOrderAskedAndLeavesOutUnknownOnes() {
        assertThat(index.getAll(List.of("wheat-1", "no-such-id", "rates-1")).keySet())
                .containsExactly("wheat-1", "rates-1");
        assertThat(index.getAll(List.of("rates-2")).get("rates-2").article().id()).isEqualTo("rates-2");
        assertThat(index.getAll(List.of())).isEmpty();
    }

    @Test
    void vectorsOfGivesTheStoredVectorsOnly() {
        index.put(IndexEntry.of(article("east").headline("East").body("e").build()).withVector(new float[] {1, 0, 0}));
        index.put(IndexEntry.of(article("north").headline("North").body("n").build()).withVector(new float[] {0, 1, 0}));
        java.util.Map<String, float[]> vectors = index.vectorsOf(List.of("north", "wheat-1", "east", "no-such-id"));
        assertThat(vectors).containsOnlyKeys("north", "east");
        assertThat(vectors.get("north")).containsExactly(0f, 1f, 0f);
    }
}
