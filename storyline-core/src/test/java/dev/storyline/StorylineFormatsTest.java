package dev.storyline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Article;
import dev.storyline.read.Hints;
import dev.storyline.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorylineFormatsTest {

    @Test
    void binaryContentIsOneClearErrorAndNoArticles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        ParseResult r = Storyline.parse(png, Hints.named("photo.txt"));
        assertThat(r.articles()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("photo.txt");
            assertThat(e.reason()).startsWith("binary content, not a supported format");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        feed/rss2.xml                | 2 | feed   | Fishing fleet stays in port as storm nears
        feed/atom.xml                | 2 | feed   | Grève des contrôleurs aériens
        ninjs/v1-wire-story.json     | 1 | ninjs  | Harbour crane collapses in storm, no injuries
        newsml/single-item.xml       | 1 | newsml | Ferry crews walk out, island routes halted
        newsml/message-two-items.xml | 2 | newsml | Glacier retreat speeds up, survey finds
        """)
    void structuredFormatsAreDetectedAndReadThroughTheFacade(String fixture, int count, String format,
            String firstHeadline) {
        ParseResult r = Storyline.parse(Fixtures.bytes(fixture), Hints.named(fixture));
        assertThat(r.articles()).hasSize(count);
        Article first = r.articles().get(0);
        assertThat(first.headline()).isEqualTo(firstHeadline);
        assertThat(first.source().format()).isEqualTo(format);
        assertThat(first.paragraphs()).isNotEmpty();
    }
}
