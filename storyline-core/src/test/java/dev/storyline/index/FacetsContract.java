package dev.storyline.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Facet counts by agency, dateline place, year and topic, over all matches and following query and filters. */
public abstract class FacetsContract extends IndexContract {

    @BeforeEach
    void putNewsDesk() {
        putAll(ArticleFixtures.newsDesk());
    }

    @Test
    void facetsCountEveryMatchNotJustThePage() {
        SearchResult r = index.search(SearchRequest.of("").withPage(1, 1));
        assertThat(r.facet("agency").count("Reuters")).isEqualTo(4);
        assertThat(r.facet("agency").count("Yonhap")).isEqualTo(2);
        assertThat(r.facet("place").count("CHICAGO")).isEqualTo(2);
        assertThat(r.facet("place").count("NEW YORK")).isEqualTo(2);
        assertThat(r.facet("year").count("1987")).isEqualTo(4);
        assertThat(r.facet("year").count("2019")).isEqualTo(2);
        assertThat(r.facet("topic").count("grain")).isEqualTo(2);
        assertThat(r.facet("topic").count("interest")).isEqualTo(2);
    }

    @Test
    void facetValuesComeLargestFirst() {
        SearchResult r = index.search(SearchRequest.of(""));
        assertThat(r.facet("agency").values()).extracting(FacetValue::value).containsExactly("Reuters", "Yonhap");
    }

    @Test
    void facetsFollowTheQueryAndTheFilters() {
        SearchResult r = index.search(SearchRequest.of("rates OR wheat")
                .withFilters(Filters.none().withAgencies(List.of("Reuters"))));
        assertThat(r.facet("place").values()).extracting(FacetValue::value)
                .containsExactlyInAnyOrder("CHICAGO", "NEW YORK");
        assertThat(r.facet("agency").count("Yonhap")).isZero();
    }

    @Test
    void entitiesFromEnrichersAreFacetsAndSearchable() {
        Article a = ArticleFixtures.article("ent-1").headline("Ministers meet").body("Jeong met Iwaya in Singapore.")
                .build().withEntities(List.of(
                        new Entity("person:jeong-kyeong-doo", "Jeong Kyeong-doo", EntityType.PERSON, List.of("Jeong"),
                                List.of("Defense Minister"), null, List.of()),
                        new Entity("org:defense-ministry", "Defense Ministry", EntityType.ORGANIZATION, List.of(),
                                List.of(), null, List.of()),
                        new Entity("place:singapore", "Singapore", EntityType.PLACE, List.of(), List.of(), null,
                                List.of())));
        index.put(a);
        SearchResult r = index.search(SearchRequest.of("person:jeong"));
        assertThat(ids(r)).containsExactly("ent-1");
        assertThat(r.facet("person").count("Jeong Kyeong-doo")).isEqualTo(1);
        assertThat(r.facet("organization").count("Defense Ministry")).isEqualTo(1);
        assertThat(r.facet("location").count("Singapore")).isEqualTo(1);
        assertThat(ids(index.search(SearchRequest.of("entity:\"place:singapore\"")))).containsExactly("ent-1");
        assertThat(ids(index.search(SearchRequest.of("organization:ministry")))).containsExactly("ent-1");
    }

    @Test
    void noFacetsWhenAskedForNone() {
        assertThat(index.search(SearchRequest.of("").withFacetSize(0)).facets()).isEmpty();
    }
}
