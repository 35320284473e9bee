package dev.storyline.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.storyline.Storyline;
import dev.storyline.model.Article;
import dev.storyline.read.Hints;
import dev.storyline.testing.Fixtures;
import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Every article Storyline reads, from the fixtures and from the shared corpora, writes as valid ninjs 3.1. */
class NinjsOutputOnCorporaTest {

    private static JsonSchema schema() throws IOException {
        Path file = SharedData.requireShared("specs/ninjs-schema_3.1.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(file),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    private static void assertAllValid(JsonSchema schema, List<Article> articles) {
        for (Article a : articles) {
            assertThat(NinjsWriterTest.violations(schema, NinjsWriter.toNinjs(a))).as(a.source().describe()).isEmpty();
        }
    }

    @Test
    void everyFixtureArticleWritesValidNinjs() throws IOException {
        JsonSchema schema = schema();
        List<Article> articles = new ArrayList<>();
        for (String f : List.of("feed/rss2.xml", "feed/atom.xml", "feed/rss1-rdf.xml", "newsml/single-item.xml",
                "newsml/message-two-items.xml", "ninjs/v1-wire-story.json", "ninjs/v3-array.json",
                "jsonl/articles.jsonl")) {
            articles.addAll(Storyline.parse(Fixtures.bytes(f), Hints.named(f)).articles());
        }
        assertThat(articles).hasSizeGreaterThan(10);
        assertAllValid(schema, articles);
    }

    @Test
    void sharedCorporaArticlesWriteValidNinjs() throws IOException {
        JsonSchema schema = schema();
        Path reuters = SharedData.require("reuters21578/reut2-000.sgm");
        List<Article> articles = new ArrayList<>(Storyline.parse(Files.readAllBytes(reuters),
                Hints.named(reuters.toString())).articles());
        Path seed = SharedData.find("seed/yonhap-2019-05-21-defense-talks.txt");
        if (seed != null) {
            articles.addAll(Storyline.parse(Files.readAllBytes(seed), Hints.named(seed.toString())).articles());
        }
        Path html = SharedData.find("article-extraction-benchmark/html");
        if (html != null) {
            try (Stream<Path> pages = Files.list(html)) {
                for (Path p : pages.sorted().limit(40).toList()) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                        articles.addAll(Storyline.parse(in.readAllBytes(), Hints.named(p.toString())).articles());
                    }
                }
            }
        }
        assumeTrue(!articles.isEmpty(), "skipped: no reader for the shared corpora is available in this build yet");
        assertAllValid(schema, articles);
    }
}
