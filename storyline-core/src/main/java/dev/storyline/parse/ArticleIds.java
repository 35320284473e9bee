package dev.storyline.parse;

import dev.storyline.read.Document;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article identifiers: the same item read twice gets the same id, so re-ingesting adds nothing.
 * The id hashes the source's own identifier when it has one (a ninjs {@code uri}, an RSS {@code guid}, a Reuters
 * {@code NEWID} with its file name), else the whitespace-normalised text.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** A 16-hex-digit id for {@code document}. */
    public static String idFor(Document document) {
        String sourceId = document.metadata().sourceId();
        String key = sourceId != null && !sourceId.isBlank()
                ? "src:" + sourceId.strip()
                : "txt:" + normalise(document.metadata().headline() + "\n" + document.text());
        return hash(key);
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
