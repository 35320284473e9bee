package dev.storyline.embed.minilm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.storyline.embed.EmbeddingText;
import dev.storyline.embed.Embedder;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantized to 8 bits), 384 dimensions, run in-process by ONNX Runtime from the model inside the
 * langchain4j jar: no network, no model download. The model reads at most 128 word pieces; feed it chunks
 * ({@link EmbeddingText#chunks}), not whole articles.
 *
 * <pre>{@code
 * Embedder e = new MiniLmEmbedder();
 * float[] v = EmbeddingText.embed(e, article, 2);
 * }</pre>
 */
public final class MiniLmEmbedder implements Embedder {

    private static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        String t = text == null || text.isBlank() ? "." : text;
        return EmbeddingText.unit(model.embed(t).content().vector());
    }

    /** The vectors of {@code texts}, in order; the model spreads a batch over its own threads. */
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream()
                .map(t -> TextSegment.from(t == null || t.isBlank() ? "." : t)).toList();
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : model.embedAll(segments).content()) {
            out.add(EmbeddingText.unit(e.vector()));
        }
        return out;
    }
}
