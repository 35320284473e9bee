package dev.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.index.IndexEntry;
import dev.storyline.json.Json;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Timestamp;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline related} and {@code storyline show --versions} over a small index of written stories. */
class RelatedCommandsTest {

    @TempDir
    Path data;



    private static final List<String> TALKS = List.of(
            "Defense Minister Jeong Kyeong-doo will attend the Shangri-La Dialogue in Singapore later this month, "
                    + "where he is expected to meet his Japanese and Chinese counterparts, the ministry said.",
            "The ministry said Jeong will discuss ways to restore defense ties strained by the radar row with Japan.");

    @BeforeEach
    void index() {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(data)) {
            index.put(new IndexEntry(story("talks-1", 1, "2019-05-20", TALKS), "talks", null, null));
            List<String> lead = new java.util.ArrayList<>(TALKS);
            lead.add("Japanese Defense Minister Takeshi Iwaya said he wants to meet Jeong in Singapore.");
            index.put(new IndexEntry(story("talks-2", 2, "2019-05-20", lead), "talks", "talks-1", null));
            index.put(story("forum", 1, "2019-05-14", List.of(
                    "Defense ministers will gather in Singapore for the Shangri-La Dialogue security forum, where "
                            + "Jeong Kyeong-doo hopes to hold defense talks with Japan and China.",
                    "Defense ties with Japan have been strained by the radar row since December.")));
            index.put(story("album", 1, "2019-05-19", List.of(
                    "A K-pop singer will release his first solo album next month, his agency said.")));
            index.commit();
        }
    }

    @Test
    void relatedListsTheHeadWithItsEarlierVersionsAndReasons() throws Exception {
        CliRun r = CliRun.of("related", "forum", "--json", "--data", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode items = Json.read(r.out(), JsonNode.class).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).at("/stored/article/id").asText()).isEqualTo("talks-2");
        assertThat(items.get(0).get("earlierVersions").asInt()).isEqualTo(1);
        assertThat(items.get(0).at("/reasons/sharedTerms")).isNotEmpty();
    }

    @Test
    void unknownIdIsNotFound() {
        CliRun r = CliRun.of("related", "nope", "--data", data.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no article with id nope");
    }

    @Test
    void showVersionsListsWhatChanged() {
        CliRun r = CliRun.of("show", "talks-1", "--versions", "--data", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 version(s); head talks-2")
                .contains("+ Japanese Defense Minister Takeshi Iwaya said he wants to meet Jeong in Singapore.");
    }

    private static Article story(String id, int version, String date, List<String> paragraphs) {
        return new Article(id, "Defense talks in Singapore", List.of(), version, null, List.of("Oh Seok-min"),
                new Dateline("SEOUL", PartialDate.parse(date), "Yonhap", "SEOUL, (Yonhap) --", null), paragraphs,
                List.of(), List.of(), "(END)", List.of(), "en", null, Timestamp.parse(date), Map.of(), null, List.of());
    }
}
