package dev.storyline.index;

import static dev.storyline.index.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What survives closing and reopening; statistics of what is stored. */
public abstract class DurabilityContract extends IndexContract {

    @Test
    void committedArticlesSurviveReopening() {
        putAll(ArticleFixtures.newsDesk());
        index.commit();
        reopen();
        assertThat(index.count()).isEqualTo(6);
        assertThat(index.get("talks-1")).hasValueSatisfying(
                s -> assertThat(s.article()).isEqualTo(ArticleFixtures.newsDesk().get(3)));
        assertThat(index.search(SearchRequest.of("defense")).total()).isEqualTo(1);
    }

    @Test
    void puttingCommittedArticlesAgainAfterReopeningAddsNothing() {
        putAll(ArticleFixtures.newsDesk());
        index.commit();
        reopen();
        putAll(ArticleFixtures.newsDesk());
        index.commit();
        assertThat(index.count()).isEqualTo(6);
        assertThat(index.search(SearchRequest.of("wheat")).total()).isEqualTo(2);
    }

    @Test
    void deletesSurviveReopeningOnceCommitted() {
        putAll(ArticleFixtures.newsDesk());
        index.delete("ships-1");
        index.commit();
        reopen();
        assertThat(index.get("ships-1")).isEmpty();
        assertThat(index.count()).isEqualTo(5);
    }

    @Test
    void statsCountArticlesStoriesDatesFormatsAndAgencies() {
        putAll(ArticleFixtures.newsDesk());
        index.put(article("sgml-1").headline("Sugar output up").body("Sugar output rose.").format("reuters-sgml")
                .agency("Reuters").date("1987-02-26").build());
        index.commit();
        IndexStats s = index.stats();
        assertThat(s.articles()).isEqualTo(7);
        assertThat(s.stories()).isEqualTo(7);
        assertThat(s.firstDate()).isEqualTo("1987-02-26");
        assertThat(s.lastDate()).isEqualTo("2019-06-03");
        assertThat(s.byFormat()).containsEntry("wire", 6L).containsEntry("reuters-sgml", 1L);
        assertThat(s.byAgency()).containsEntry("Reuters", 5L).containsEntry("Yonhap", 2L);
        assertThat(s.sizeBytes()).isPositive();
    }
}
