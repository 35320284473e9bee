package dev.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.index.ArticleFixtures;
import dev.storyline.json.Json;
import dev.storyline.lucene.LuceneArticleIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search, show, stats, check and ingest on a data folder, as a user runs them. */
class IndexCommandsTest {

    @TempDir
    Path tmp;

    private Path data;


    @BeforeEach
    void storeNewsDesk() {
        data = tmp.resolve("data");
        try (LuceneArticleIndex index = LuceneArticleIndex.open(data)) {
            ArticleFixtures.newsDesk().forEach(index::put);
            index.commit();
        }
    }


    @Test
    void statsJsonCountsTheArticles() {
        CliRun r = CliRun.of("stats", "--json", "--data", data.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode j = Json.read(r.out(), JsonNode.class);
        assertThat(j.get("articles").asLong()).isEqualTo(6);
        assertThat(j.get("firstDate").asText()).isEqualTo("1987-03-02");
        assertThat(j.get("byAgency").get("Yonhap").asLong()).isEqualTo(2);
        assertThat(j.get("indexBytes").asLong()).isPositive();
    }

    @Test
    void searchPrintsHitsWithSnippetsAndFacets() {
        CliRun r = CliRun.of("search", "interest rates", "--data", data.toString(), "--sort", "date");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("2 articles match").contains("*interest* *rates*")
                .contains("NEW YORK · Reuters · 1987-04-11").contains("agency: Reuters (2)");
        assertThat(r.out().indexOf("Bond yields")).isLessThan(r.out().indexOf("Central bank"));
    }

    @Test
    void searchJsonKeepsFiltersAndPaging() {
        CliRun r = CliRun.of("search", "", "--data", data.toString(), "--agency", "reuters", "--from", "1987-03-03",
                "--page", "2", "--size", "2", "--json");
        JsonNode j = Json.read(r.out(), JsonNode.class);
        assertThat(j.get("total").asLong()).isEqualTo(3);
        assertThat(j.get("hits")).hasSize(1);
        assertThat(j.get("facets").get("place")).isNotEmpty();
        assertThat(j.get("hits").get(0).get("article").get("id").asText()).isNotBlank();
    }

    @Test
    void brokenQueryIsOneLineNamingTheColumn() {
        CliRun r = CliRun.of("search", "wheat AND (corn", "--data", data.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("column 11").contains("never closed");
    }

    @Test
    void showPrintsNativeJsonOrNinjs() {
        CliRun r = CliRun.of("show", "talks-1", "--data", data.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Json.read(r.out(), JsonNode.class).get("headline").asText())
                .isEqualTo("South Korea pushing to hold defense talks");
        CliRun n = CliRun.of("show", "talks-1", "--format", "ninjs", "--data", data.toString());
        assertThat(Json.read(n.out(), JsonNode.class).get("uri").asText()).contains("talks-1");
        assertThat(CliRun.of("show", "nope", "--data", data.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void ingestIntoAFolderInUseSaysSoAndStops() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        try (LuceneArticleIndex busy = LuceneArticleIndex.open(data)) {
            CliRun r = CliRun.of("ingest", input.toString(), "--data", data.toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("is in use by another storyline process (pid");
            assertThat(busy.count()).isEqualTo(6);
        }
    }

    @Test
    void ingestOfNothingNewCommitsAndSummarises() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("empty"));
        CliRun r = CliRun.of("ingest", input.toString(), "--data", data.toString(), "--progress", "plain");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("committed 0 articles").contains("the index holds 6 articles");
    }

    @Test
    void readingAMissingFolderSaysHowToFillIt() {
        CliRun r = CliRun.of("search", "wheat", "--data", tmp.resolve("none").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("run `storyline ingest PATH --data");
    }

    @Test
    void checkFindsASoundIndex() {
        CliRun r = CliRun.of("check", "--data", data.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("index is sound").contains("6 documents");
    }
}
