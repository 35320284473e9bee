package dev.storyline.relate;

import dev.storyline.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys under which an index files an article so that its duplicates can be found by lookup: one exact key
 * ({@code x:} and the hash of the normalised body) and the MinHash band keys of its shingles ({@code b00:...} to
 * {@code b41:...}). An index stores them at put time and answers "which articles carry any of these keys"
 * ({@link dev.storyline.index.ArticleIndex#withFingerprints}).
 *
 * <pre>
 * x:4be1a7c09d3e55f2  b00:5f3a9c21d4e6b801  b01:...  ...  b41:...
 * </pre>
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** Every fingerprint key of {@code a}; empty when it has neither body nor headline. */
    public static List<String> of(Article a) {
        String text = NormalisedText.bodyOf(a);
        List<String> keys = new ArrayList<>(MinHash.BANDS + 1);
        String exact = NormalisedText.exactKey(text);
        if (exact == null) {
            return keys;
        }
        keys.add(exactKey(exact));
        keys.addAll(MinHash.bandKeys(MinHash.signature(Shingles.of(text))));
        return keys;
    }

    /** The fingerprint key for an exact key: {@code x:} followed by it. */
    public static String exactKey(String hash) {
        return "x:" + hash;
    }
}
