package dev.storyline.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.storyline.Storyline;
import dev.storyline.json.Json;
import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Provenance;
import dev.storyline.model.RailItem;
import dev.storyline.model.Source;
import dev.storyline.model.Timestamp;
import dev.storyline.read.Document;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadResult;
import dev.storyline.read.ninjs.NinjsReader;
import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NinjsWriterTest {

    static Stream<Article> articles() {
        Source src = new Source("wire/day1.txt", "wire", "story 2");
        Dateline seoul = new Dateline("SEOUL", PartialDate.parse("2019-05-21"), "Yonhap",
                "SEOUL, May 21 (Yonhap) --",
                new Provenance("text", "weekday Tuesday"));
        return Stream.of(
                // the fullest case: every mapped field
                new Article("a1b2c3d4e5f60718", "Example ministry plans talks", List.of("LEAD", "URGENT"), 2,
                        "ADDS quote in para 3", List.of("Kim Ha-na", "Lee Jun"), seoul,
                        List.of("The ministry said on Tuesday it plans talks.", "Officials declined to comment."),
                        List.of("hana@example.com"), List.of("Reporting by Kim Ha-na; Editing by Lee Jun"), "(END)",
                        List.of(new RailItem("Other story one", List.of("LEAD")), new RailItem("Other story two", null)),
                        "en", "https://news.example.org/a?id=1&x=2", Timestamp.parse("2019-05-21T10:00:00+09:00"),
                        Map.of("topics", List.of("defense"), "places", List.of("south korea"),
                                "people", List.of("Kim Ha-na")),
                        src, List.of()),
                // a bare minimum: only an id
                new Article("0000000000000001", null, null, 1, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null),
                // a dateline without a date, a published date only, a feature tag, non-ASCII text
                new Article("00000000000000ff", "Überschwemmung in Köln — Pegel steigt", List.of("News Focus"), 1,
                        null, List.of("Jörg Müller"), new Dateline("KÖLN", null, null, "KÖLN -", null),
                        List.of("Der Rhein stieg am Morgen über 9 Meter."), null, null, null, null, "de", null,
                        Timestamp.parse("2020-02-03"), Map.of("category", List.of("Wetter & Klima")), src,
                        List.of("guessed")),
                // enriched: entities of every type, one of them also a label
                new Article("1234123412341234", "Talks in Seoul", null, 1, null, null, null, List.of("Text."), null,
                        null, null, null, "en", null, null, Map.of("people", List.of("Kim Ha-na")), null, null)
                        .withEntities(List.of(
                                new Entity("person:kim-ha-na", "Kim Ha-na", EntityType.PERSON, null, null, null, null),
                                new Entity("org:example-ministry", "Example Ministry", EntityType.ORGANIZATION, null,
                                        null, null, null),
                                new Entity("place:seoul", "Seoul", EntityType.PLACE, null, null, null, null),
                                new Entity("other:thaad", "THAAD", EntityType.OTHER, null, null, null, null))),
                // a 5th LD, published as a date-time without an offset, which is no RFC 3339 date-time
                new Article("abcdefabcdefabcd", "Vote count continues", List.of("5th LD"), 6, null, null, null,
                        List.of("Counting went on into the night."), null, null, "Enditem", null, "en", null,
                        Timestamp.parse("2021-06-01T22:30:00"), null, new Source("x.warc.gz", "warc", "offset 1234"),
                        null));
    }

    private static JsonSchema schema() throws IOException {
        Path file = SharedData.requireShared("specs/ninjs-schema_3.1.json");
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(file), config);
    }

    /**
     * Schema errors, strict about formats except one: ninjs' README allows a truncated date such as
     * {@code 2019-05-21} in {@code contentCreated}, which the {@code date-time} format refuses. Such a date is
     * checked against the schema's own truncated date pattern and stands in for a full date-time otherwise.
     */
    static List<String> violations(JsonSchema schema, JsonNode node) {
        ObjectNode copy = node.deepCopy();
        List<String> out = new ArrayList<>();
        String created = copy.path("contentCreated").asText(null);
        if (created != null && created.matches("\\d{4}-\\d{2}-\\d{2}")) {
            if (!java.time.LocalDate.parse(created).toString().equals(created)) {
                out.add("contentCreated is not a real date: " + created);
            }
            copy.put("contentCreated", created + "T00:00:00Z");
        }
        for (ValidationMessage m : schema.validate(copy)) {
            out.add(m.getMessage());
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("articles")
    void outputValidatesAgainstTheNinjsSchema(Article article) throws IOException {
        ObjectNode n = NinjsWriter.toNinjs(article);
        assertThat(violations(schema(), n)).as(n.toPrettyString()).isEmpty();
    }

    @Test
    void schemaValidationCatchesAnInvalidObject() throws IOException {
        ObjectNode n = NinjsWriter.toNinjs(articles().findFirst().orElseThrow());
        n.put("notANinjsProperty", 1);
        n.put("urgency", 12);
        assertThat(violations(schema(), n)).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void outputReadsBackThroughTheNinjsReader(Article article) {
        ObjectNode n = NinjsWriter.toNinjs(article);
        ReadResult r = new NinjsReader().read(Json.write(n).getBytes(StandardCharsets.UTF_8), Hints.named("rt.json"),
                Limits.defaults());
        assertThat(r.errors()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.metadata().sourceId()).isEqualTo("urn:storyline:article:" + article.id());
        assertThat(d.metadata().headline()).isEqualTo(article.headline());
        assertThat(d.metadata().byline()).isEqualTo(article.byline());
        assertThat(d.metadata().version()).isEqualTo(article.version());
        assertThat(d.metadata().attention()).isEqualTo(article.attention());
        assertThat(d.metadata().language()).isEqualTo(article.language());
        assertThat(d.metadata().url()).isEqualTo(article.url());
        assertThat(d.metadata().tags().contains("URGENT")).isEqualTo(article.tags().contains("URGENT"));
        assertThat(d.metadata().place()).isEqualTo(article.dateline() == null ? null : article.dateline().place());
        for (String p : article.paragraphs()) {
            assertThat(d.text()).contains(p);
        }
        if (article.dateline() != null && article.dateline().date() != null) {
            assertThat(d.metadata().published()).hasToString(article.dateline().date().toString());
        }
    }

    @Test
    void writesTheMappedFieldsUnderTheirNinjsNames() {
        ObjectNode n = NinjsWriter.toNinjs(articles().findFirst().orElseThrow());
        assertThat(n.at("/headlines/0/role").asText()).isEqualTo("main");
        assertThat(n.at("/headlines/0/value").asText()).isEqualTo("Example ministry plans talks");
        assertThat(n.at("/bodies/0/contentType").asText()).isEqualTo("text/plain");
        assertThat(n.at("/bodies/0/value").asText()).startsWith("SEOUL, May 21 (Yonhap) -- The ministry said");
        assertThat(n.get("by").asText()).isEqualTo("Kim Ha-na and Lee Jun");
        assertThat(n.get("located").asText()).isEqualTo("SEOUL");
        assertThat(n.get("contentCreated").asText()).isEqualTo("2019-05-21");
        assertThat(n.get("version").asText()).isEqualTo("2");
        assertThat(n.get("urgency").asInt()).isEqualTo(1);
        assertThat(n.get("edNote").asText()).isEqualTo("ADDS quote in para 3");
        assertThat(n.get("associations")).hasSize(2);
    }

    @Test
    void entitiesGoToPeopleOrganisationsAndPlacesOnce() {
        Article a = articles().filter(x -> x.id().equals("1234123412341234")).findFirst().orElseThrow();
        ObjectNode n = NinjsWriter.toNinjs(a);
        assertThat(n.get("people")).hasSize(1);
        assertThat(n.at("/organisations/0/name").asText()).isEqualTo("Example Ministry");
        assertThat(n.at("/places/0/literal").asText()).isEqualTo("place:seoul");
        assertThat(n.at("/subjects/0/name").asText()).isEqualTo("THAAD");
    }

    @Test
    void iptcExamplesReadAndWrittenAgainStayValid() throws IOException {
        Path dir = SharedData.requireShared("specs/ninjs-examples-3.1");
        JsonSchema schema = schema();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            ReadResult r = new NinjsReader().read(Files.readAllBytes(f), Hints.named(f.toString()), Limits.defaults());
            for (Article a : Storyline.toArticles(r).articles()) {
                assertThat(violations(schema, NinjsWriter.toNinjs(a))).as(f.toString()).isEmpty();
            }
        }
    }
}
