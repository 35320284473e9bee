package dev.storyline.embed;

/**
 * Turns text into a dense vector whose cosine with another text's vector says how alike their meanings are. The
 * implementations run in-process and offline (the model ships inside a jar); core needs none of them.
 */
public interface Embedder {

    /** The length of every vector this embedder returns. */
    int dimensions();

    /** The vector of {@code text}, normalised to unit length; a zero-free vector even for empty text. */
    float[] embed(String text);
}
