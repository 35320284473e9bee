package dev.storyline.index;

import static org.assertj.core.api.Assertions.assertThat;

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
    void noFacetsWhenAskedForNone() {
        assertThat(index.search(SearchRequest.of("").withFacetSize(0)).facets()).isEmpty();
    }
}
