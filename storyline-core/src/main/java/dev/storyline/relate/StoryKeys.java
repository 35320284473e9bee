package dev.storyline.relate;

import dev.storyline.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keys and likeness tests that tell whether two articles are versions of one wire story.
 *
 * <p>A story key hashes what a wire service keeps when it moves a new version: the agency, the dateline place, the
 * dateline date and the words of the headline (version tags are already stripped by the grammar). So
 * {@code SEOUL, May 21 (Yonhap) -- S. Korea pushing to hold defense talks} and its {@code (LEAD)} share one key.
 * When a later version rewrites its headline, {@link #similar} decides on the words of headline and lead paragraph.
 */
public final class StoryKeys {

    /** Word overlap (Dice) above which two headlines or lead paragraphs are taken as one story. */
    static final double SIMILAR = 0.5;

    private StoryKeys() {
    }

    /** The story key of {@code article}: 16 hex digits. */
    public static String keyFor(Article article) {
        String agency = article.dateline() == null ? "" : nullToEmpty(article.dateline().agency());
        String place = article.dateline() == null ? "" : nullToEmpty(article.dateline().place());
        String date = article.date() == null ? "" : article.date().toString();
        String words = String.join(" ", words(headlineOrLead(article)));
        return hash(normal(agency) + "|" + normal(place) + "|" + date + "|" + words);
    }

    /** {@code true} when {@code a} and {@code b} come from the same agency and place and say nearly the same. */
    public static boolean similar(Article a, Article b) {
        if (!sameOrAbsent(agency(a), agency(b)) || !sameOrAbsent(place(a), place(b))) {
            return false;
        }
        return dice(words(a.headline()), words(b.headline())) >= SIMILAR
                || dice(words(lead(a)), words(lead(b))) >= SIMILAR;
    }

    static double dice(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long shared = x.stream().filter(y::contains).count();
        return 2.0 * shared / (x.size() + y.size());
    }

    static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(normal(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String headlineOrLead(Article a) {
        return a.headline() != null && !a.headline().isBlank() ? a.headline() : lead(a);
    }

    private static String lead(Article a) {
        return a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0);
    }

    private static String agency(Article a) {
        return a.dateline() == null ? null : a.dateline().agency();
    }

    private static String place(Article a) {
        return a.dateline() == null ? null : a.dateline().place();
    }

    private static boolean sameOrAbsent(String x, String y) {
        return x == null || y == null || normal(x).equals(normal(y));
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
