package dev.storyline.embed;

import dev.storyline.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of an article an embedder sees. Small sentence models read only their first ~128 word pieces (the
 * all-MiniLM-L6-v2 tokenizer shipped by langchain4j truncates there), so an article is cut into chunks of about
 * {@value #CHUNK_WORDS} words: the headline and the lead, then the following paragraphs; their vectors are averaged
 * ({@link #embed}). The lead carries most of a news story, so at most {@code maxChunks} chunks are embedded.
 */
public final class EmbeddingText {

    /** Words per chunk: about 120 word pieces for news English, under the 128-piece window. */
    public static final int CHUNK_WORDS = 90;

    private EmbeddingText() {
    }

    /** Up to {@code maxChunks} chunks of {@code a}'s headline and body, in order; one empty chunk for no text. */
    public static List<String> chunks(Article a, int maxChunks) {
        StringBuilder all = new StringBuilder();
        if (a.headline() != null) {
            all.append(a.headline()).append(". ");
        }
        all.append(a.body());
        String[] words = all.toString().strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length && out.size() < Math.max(1, maxChunks); i += CHUNK_WORDS) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + CHUNK_WORDS))));
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    /** The average of the unit vectors of {@code a}'s chunks, normalised again to unit length. */
    public static float[] embed(Embedder embedder, Article a, int maxChunks) {
        float[] sum = new float[embedder.dimensions()];
        for (String chunk : chunks(a, maxChunks)) {
            float[] v = embedder.embed(chunk);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        return unit(sum);
    }

    /** {@code v} scaled to length 1 (returned as is when it is all zeros). */
    public static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n == 0) {
            return v;
        }
        float inv = (float) (1 / Math.sqrt(n));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }

    /** The cosine of two vectors of equal length; 0 when either is all zeros. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
