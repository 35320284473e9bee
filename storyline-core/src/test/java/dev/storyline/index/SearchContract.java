package dev.storyline.index;

import static dev.storyline.index.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query syntax, filters, sorting, paging, highlights, near-real-time reads and concurrent searchers. */
public abstract class SearchContract extends IndexContract {

    @BeforeEach
    void putNewsDesk() {
        putAll(ArticleFixtures.newsDesk());
    }

    private List<String> find(String query) {
        return ids(index.search(SearchRequest.of(query).withPage(1, 100)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wheat                              | wheat-1 corn-1
            headline:wheat                     | wheat-1
            "interest rates"                   | rates-1 rates-2
            "rates interest"                   | -
            wheat AND corn                     | corn-1
            wheat NOT corn                     | wheat-1
            wheat OR tankers                   | wheat-1 corn-1 ships-1
            +shipyard -busan                   | -
            place:chicago                      | wheat-1 corn-1
            place:"new york"                   | rates-1 rates-2
            agency:yonhap                      | talks-1 ships-1
            person:smith                       | wheat-1
            tag:lead                           | talks-1
            topic:grain                        | wheat-1 corn-1
            topic:interest AND headline:bond   | rates-2
            (wheat OR corn) AND place:chicago  | wheat-1 corn-1
            export*                            | wheat-1 corn-1
            """)
    void querySyntaxFindsExactlyTheMatchingArticles(String query, String expected) {
        List<String> want = expected.equals("-") ? List.of() : Arrays.asList(expected.split(" "));
        assertThat(find(query)).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void blankOrStarQueryMatchesEverything() {
        assertThat(index.search(SearchRequest.of("")).total()).isEqualTo(6);
        assertThat(index.search(SearchRequest.of("*")).total()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wheat AND          | 10
            (wheat OR corn     | 1
            headline:          | 10
            "open phrase       | 1
            wheat)             | 6
            """)
    void brokenSyntaxIsOneLineErrorWithTheColumn(String query, int column) {
        assertThatThrownBy(() -> index.search(SearchRequest.of(query)))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
                    assertThat(e.column()).as("column").isBetween(1, column);
                    assertThat(e.getMessage()).doesNotContain("\n").contains("column " + e.column());
                });
    }

    @Test
    void headlineMatchesRankAboveBodyMatches() {
        List<String> hits = ids(index.search(SearchRequest.of("shipyard")));
        assertThat(hits).first().isEqualTo("ships-1");
        List<String> wheat = ids(index.search(SearchRequest.of("wheat")));
        assertThat(wheat).first().isEqualTo("wheat-1");
    }

    @Test
    void filtersRestrictByDateRangePlaceAgencyAndTag() {
        Filters f = Filters.none().withDates(LocalDate.parse("1987-03-03"), LocalDate.parse("1987-04-10"));
        assertThat(ids(index.search(SearchRequest.of("").withFilters(f)))).containsExactlyInAnyOrder("corn-1", "rates-1");
        assertThat(ids(index.search(SearchRequest.of("").withFilters(Filters.none().withPlaces(List.of("Seoul", "busan"))))))
                .containsExactlyInAnyOrder("talks-1", "ships-1");
        assertThat(ids(index.search(SearchRequest.of("rates").withFilters(Filters.none().withAgencies(List.of("REUTERS"))))))
                .containsExactlyInAnyOrder("rates-1", "rates-2");
        assertThat(ids(index.search(SearchRequest.of("").withFilters(Filters.none().withTags(List.of("lead"))))))
                .containsExactly("talks-1");
        assertThat(ids(index.search(SearchRequest.of("").withFilters(Filters.none().withTags(List.of("corn"))))))
                .containsExactly("corn-1");
    }

    @Test
    void sortByDatePutsTheNewestFirst() {
        SearchResult r = index.search(SearchRequest.of("").withSort(SortOrder.DATE));
        assertThat(ids(r)).containsExactly("ships-1", "talks-1", "rates-2", "rates-1", "corn-1", "wheat-1");
    }

    @Test
    void pagesSplitTheHitsWithoutOverlapOrGap() {
        List<String> all = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResult r = index.search(SearchRequest.of("").withSort(SortOrder.DATE).withPage(page, 2));
            assertThat(r.total()).isEqualTo(6);
            assertThat(r.hits()).hasSize(2);
            all.addAll(ids(r));
        }
        assertThat(all).doesNotHaveDuplicates().hasSize(6);
        assertThat(index.search(SearchRequest.of("").withPage(4, 2)).hits()).isEmpty();
    }

    @Test
    void highlightsWrapTheMatchedWords() {
        Hit hit = index.search(SearchRequest.of("tankers")).hits().get(0);
        assertThat(hit.highlights().get("body")).singleElement().asString().contains("<b>tankers</b>");
        Hit headline = index.search(SearchRequest.of("headline:shipyard")).hits().get(0);
        assertThat(headline.highlights().get("headline")).singleElement().asString().contains("<b>Shipyard</b>");
    }

    @Test
    void headlineHighlightKeepsTheWholeHeadlineEvenAfterAnAbbreviation() {
        index.put(article("abbr-1").headline("S. Korea wants envoys' meeting with Japan").place("SEOUL")
                .body("Officials said Tuesday.").build());
        Hit hit = index.search(SearchRequest.of("headline:meeting")).hits().get(0);
        assertThat(hit.highlights().get("headline")).singleElement()
                .isEqualTo("S. Korea wants envoys' <b>meeting</b> with Japan");
    }

    @Test
    void whenFindsStoriesByTheDatesTheyTalkAbout() {
        index.put(article("june-1").headline("Forum set for June").place("SEOUL").body("The forum runs May 31-June 2.")
                .build().withTimes(List.of(new dev.storyline.model.TimeExpression(
                        new dev.storyline.model.Span(0, 15, 28, "May 31-June 2"), "DATE", "2019-05-31/2019-06-02",
                        null))));
        assertThat(find("when:2019-06")).containsExactly("june-1");
        assertThat(find("when:2019-06-02")).containsExactly("june-1");
        assertThat(find("when:2019")).containsExactly("june-1");
        assertThat(find("when:2019-07")).isEmpty();
    }

    @Test
    void totalCountsEveryMatchWithOrWithoutFacets() {
        for (int i = 0; i < 1500; i++) {
            index.put(article("many-" + i).headline("Harvest report " + i).body("harvest figures").build());
        }
        assertThat(index.search(SearchRequest.of("harvest")).total()).isEqualTo(1500);
        assertThat(index.search(SearchRequest.of("harvest").withFacetSize(0).withHighlight(false)).total())
                .isEqualTo(1500);
        assertThat(index.search(SearchRequest.of("harvest").withFacetSize(0).withSort(SortOrder.DATE)).total())
                .isEqualTo(1500);
    }

    @Test
    void searchSeesArticlesPutJustBeforeWithoutACommit() {
        index.put(article("new-1").headline("Volcano erupts").body("A volcano erupted overnight.").build());
        assertThat(find("volcano")).containsExactly("new-1");
    }

    @Test
    void severalSearchersRunWhileOneWriterPuts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> searchers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                searchers.add(pool.submit(() -> {
                    long seen = 0;
                    for (int i = 0; i < 50; i++) {
                        seen = Math.max(seen, index.search(SearchRequest.of("filler")).total());
                    }
                    return seen;
                }));
            }
            for (int i = 0; i < 300; i++) {
                index.put(article("filler-" + i).headline("Filler story " + i).body("filler text " + i).build());
            }
            for (Future<Long> f : searchers) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isBetween(0L, 300L);
            }
            assertThat(index.search(SearchRequest.of("filler")).total()).isEqualTo(300);
        } finally {
            pool.shutdownNow();
        }
    }
}
