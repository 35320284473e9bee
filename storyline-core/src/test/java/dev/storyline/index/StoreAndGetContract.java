package dev.storyline.index;

import static dev.storyline.index.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Article;
import org.junit.jupiter.api.Test;

/** Storing, getting, replacing, deleting and counting articles; versions of one story. */
public abstract class StoreAndGetContract extends IndexContract {

    @Test
    void getReturnsTheArticleExactlyAsPut() {
        Article a = ArticleFixtures.newsDesk().get(3);
        index.put(a);
        assertThat(index.get(a.id())).hasValueSatisfying(s -> {
            assertThat(s.article()).isEqualTo(a);
            assertThat(s.head()).isTrue();
            assertThat(s.versionOf()).isNull();
        });
    }

    @Test
    void getOfAnUnknownIdIsEmpty() {
        putAll(ArticleFixtures.newsDesk());
        assertThat(index.get("no-such-id")).isEmpty();
    }

    @Test
    void puttingTheSameIdAgainReplacesInsteadOfAdding() {
        index.put(article("a").headline("First text").body("one").build());
        index.put(article("a").headline("Second text").body("two").build());
        assertThat(index.count()).isEqualTo(1);
        assertThat(index.get("a")).hasValueSatisfying(s -> assertThat(s.article().headline()).isEqualTo("Second text"));
        assertThat(index.search(SearchRequest.of("first")).total()).isZero();
    }

    @Test
    void countSeesUncommittedPuts() {
        putAll(ArticleFixtures.newsDesk());
        assertThat(index.count()).isEqualTo(6);
    }

    @Test
    void deleteRemovesTheArticleAndSaysWhetherItWasThere() {
        putAll(ArticleFixtures.newsDesk());
        assertThat(index.delete("corn-1")).isTrue();
        assertThat(index.delete("corn-1")).isFalse();
        assertThat(index.get("corn-1")).isEmpty();
        assertThat(index.count()).isEqualTo(5);
    }

    @Test
    void laterVersionIsKeptBesideTheFirstWithTheHeadMarked() {
        Article first = article("v1").headline("Quake hits coast").place("TOKYO").agency("Kyodo").date("2011-03-11")
                .body("A strong earthquake hit the coast.").build();
        Article lead = article("v2").headline("Quake hits coast, tsunami warning").tags("LEAD").version(2)
                .place("TOKYO").agency("Kyodo").date("2011-03-11")
                .body("A strong earthquake hit the coast, and a tsunami warning was issued.").build();
        index.put(new IndexEntry(first, "story-k", null, null));
        index.put(new IndexEntry(lead, "story-k", "v1", null));

        assertThat(index.count()).isEqualTo(2);
        assertThat(index.get("v1")).hasValueSatisfying(s -> assertThat(s.head()).isFalse());
        assertThat(index.get("v2")).hasValueSatisfying(s -> {
            assertThat(s.head()).isTrue();
            assertThat(s.versionOf()).isEqualTo("v1");
            assertThat(s.storyKey()).isEqualTo("story-k");
        });
        assertThat(index.versions("story-k")).extracting(StoredArticle::id).containsExactly("v1", "v2");
        assertThat(index.versions("no-such-story")).isEmpty();
    }
}
