package dev.storyline.eval.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.Storyline;
import dev.storyline.json.Json;
import dev.storyline.model.Article;
import dev.storyline.model.RailItem;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.wire.WireTextReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares the parse of each seed story ({@code NAME.txt}) with its hand-made annotation ({@code NAME.gold.json}),
 * field by field: headline, tags, byline, dateline place, agency and date, paragraph count, contacts, end marker
 * and each rail item with its tags.
 */
public final class SeedWireEval {

    /** Evaluates every {@code *.gold.json} of {@code dir} that has its {@code .txt}. */
    public FieldTally evaluate(Path dir, int maxFailures) {
        FieldTally t = new FieldTally("Seed stories against their gold annotation", maxFailures);
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path goldFile : golds) {
            Path textFile = dir.resolve(goldFile.getFileName().toString().replace(".gold.json", ".txt"));
            if (!Files.exists(textFile)) {
                continue;
            }
            try {
                JsonNode gold = Json.mapper().readTree(goldFile.toFile());
                List<Article> articles = Storyline.toArticles(new WireTextReader().read(Files.readAllBytes(textFile),
                        Hints.named(textFile.getFileName().toString()), Limits.defaults())).articles();
                String item = textFile.getFileName().toString();
                if (!t.check("one article", item, 1, articles.size())) {
                    continue;
                }
                compare(t, item, gold, articles.get(0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return t;
    }

    private static void compare(FieldTally t, String item, JsonNode gold, Article a) {
        t.check("headline", item, gold.path("headline").asText(), a.headline());
        t.check("tags", item, strings(gold.path("headline_tags")), a.tags());
        t.check("byline", item, strings(gold.path("byline")), a.byline());
        JsonNode dl = gold.path("dateline");
        t.check("dateline place", item, dl.path("place").asText(), a.dateline() == null ? null : a.dateline().place());
        t.check("dateline agency", item, dl.path("agency").asText(), a.dateline() == null ? null : a.dateline().agency());
        t.check("dateline date", item, dl.path("date").asText(), a.date() == null ? null : a.date().toString());
        t.check("paragraphs", item, gold.path("body_paragraphs").asInt(), a.paragraphs().size());
        t.check("first words", item, true, !a.paragraphs().isEmpty()
                && a.paragraphs().get(0).startsWith(gold.path("body_first_words").asText()));
        t.check("last words", item, true, !a.paragraphs().isEmpty()
                && a.paragraphs().get(a.paragraphs().size() - 1).endsWith(gold.path("body_last_words").asText()));
        t.check("contacts", item, strings(gold.path("contact")), a.contacts());
        t.check("end marker", item, gold.path("end_marker").asText(), a.endMarker());
        JsonNode rail = gold.path("rail");
        t.check("rail items", item, rail.size(), a.rail().size());
        for (int i = 0; i < rail.size(); i++) {
            RailItem expected = new RailItem(rail.get(i).path("headline").asText(), strings(rail.get(i).path("tags")));
            t.check("rail item with tags", item + " #" + i, expected, i < a.rail().size() ? a.rail().get(i) : null);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
