package dev.storyline.embed.minilm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.embed.EmbeddingText;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    private static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();

    @Test
    void textsOnOneSubjectAreNearerThanTextsOnAnother() {
        float[] wheat = EMBEDDER.embed("Wheat futures rose in Chicago on export demand from the Soviet Union.");
        float[] grain = EMBEDDER.embed("Corn and wheat prices climbed as grain exporters saw strong Soviet buying.");
        float[] album = EMBEDDER.embed("The singer will release her first solo album next month.");
        assertThat(EmbeddingText.cosine(wheat, grain)).isGreaterThan(EmbeddingText.cosine(wheat, album) + 0.2);
    }

    @Test
    void emptyTextStillGetsAUnitVector() {
        float[] v = EMBEDDER.embed("");
        assertThat(v).hasSize(EMBEDDER.dimensions());
        assertThat(EmbeddingText.cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
}
