package dev.storyline.relate;

import dev.storyline.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of an article as duplicate detection compares it: whitespace collapsed and a trailing wire sign-off set
 * aside, so that {@code "Wheat  rose.\n Reuter"} and {@code "Wheat rose. REUTER"} are the same text. Case is kept:
 * two bodies that differ only in the case of their words are not exact copies.
 *
 * <p>Sign-offs set aside (any case, at the very end only): {@code Reuter}, {@code Reuters}, {@code (END)},
 * {@code Enditem}, {@code ==Kyodo}.
 */
public final class NormalisedText {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?i)(?:^|\\s)(?:reuters?|\\(end\\)|enditem|==kyodo)\\s*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'][\\p{L}\\p{N}]+)*");

    private NormalisedText() {
    }

    /** {@code text} with whitespace collapsed to single spaces, stripped, and a trailing sign-off removed. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String collapsed = SPACE.matcher(text).replaceAll(" ").strip();
        return SIGN_OFF.matcher(collapsed).replaceFirst("").strip();
    }

    /** The body of {@code a} normalised; its headline when the body is empty. */
    public static String bodyOf(Article a) {
        String body = of(a.body());
        return body.isEmpty() ? of(a.headline()) : body;
    }

    /**
     * The exact-duplicate key of {@code text}: 16 hex digits of the SHA-256 of its normalised form, or {@code null}
     * when nothing is left to compare.
     */
    public static String exactKey(String text) {
        String n = of(text);
        if (n.isEmpty()) {
            return null;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(n.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The lower-cased words of {@code text} (letters and digits; {@code 1,250.5} and {@code U.S} stay whole). */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        var m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
