package dev.storyline.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.Storyline;
import dev.storyline.json.Json;
import dev.storyline.model.Article;
import dev.storyline.model.RailItem;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.wire.WireTextReader;
import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The seed story must parse exactly as its hand-made gold annotation says, for every field the grammar covers. */
class SeedStoryTest {

    @Test
    void everySeedStoryMatchesItsGoldAnnotation() throws IOException {
        Path seed = SharedData.require("seed");
        List<Path> golds;
        try (Stream<Path> files = Files.list(seed)) {
            golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertThat(golds).isNotEmpty();
        for (Path goldFile : golds) {
            Path textFile = seed.resolve(goldFile.getFileName().toString().replace(".gold.json", ".txt"));
            JsonNode gold = Json.mapper().readTree(goldFile.toFile());
            List<Article> articles = Storyline.toArticles(new WireTextReader()
                    .read(Files.readAllBytes(textFile), Hints.named(textFile.toString()), Limits.defaults()))
                    .articles();
            assertThat(articles).as(textFile.toString()).hasSize(1);
            Article a = articles.get(0);

            assertThat(a.headline()).isEqualTo(gold.get("headline").asText());
            assertThat(a.tags()).isEqualTo(strings(gold.get("headline_tags")));
            assertThat(a.byline()).isEqualTo(strings(gold.get("byline")));
            JsonNode dl = gold.get("dateline");
            assertThat(a.dateline()).isNotNull();
            assertThat(a.dateline().place()).isEqualTo(dl.get("place").asText());
            assertThat(a.dateline().agency()).isEqualTo(dl.get("agency").asText());
            assertThat(a.dateline().date()).hasToString(dl.get("date").asText());
            assertThat(a.dateline().dateFrom().method()).isEqualTo("text");
            assertThat(a.paragraphs()).hasSize(gold.get("body_paragraphs").asInt());
            assertThat(a.paragraphs().get(0)).startsWith(gold.get("body_first_words").asText());
            assertThat(a.paragraphs().get(a.paragraphs().size() - 1)).endsWith(gold.get("body_last_words").asText());
            assertThat(a.contacts()).isEqualTo(strings(gold.get("contact")));
            assertThat(a.endMarker()).isEqualTo(gold.get("end_marker").asText());
            List<RailItem> rail = new ArrayList<>();
            for (JsonNode item : gold.get("rail")) {
                rail.add(new RailItem(item.get("headline").asText(), strings(item.get("tags"))));
            }
            assertThat(a.rail()).isEqualTo(rail);
            assertThat(a.language()).isEqualTo("en");
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
