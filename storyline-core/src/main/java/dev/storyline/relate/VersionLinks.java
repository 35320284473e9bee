package dev.storyline.relate;

import dev.storyline.model.Article;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether one article is a later version of another wire story: the same agency, dateline place and byline (each
 * when both print one), story dates at most a day apart, a higher version number ({@code (LEAD)} = 2,
 * {@code (2nd LD)} = 3), and large text overlap: at least {@value #MIN_CONTAINMENT} of the shorter body's shingles
 * in the longer (a new lead paragraph and added paragraphs keep most of the story).
 *
 * <pre>
 * SEOUL, May 21 (Yonhap) -- S. Korea pushing to hold defense talks         version 1
 * (LEAD) S. Korea pushing to hold defense talks with Japan, China         version 2: a later version of the first
 * </pre>
 */
public final class VersionLinks {

    public static final double MIN_CONTAINMENT = 0.5;

    private VersionLinks() {
    }

    /** {@code true} when {@code newer} is a later version of {@code older}. */
    public static boolean isLaterVersion(Article older, Article newer) {
        if (newer.version() <= older.version()) {
            return false;
        }
        if (!sameWhenBoth(agency(older), agency(newer)) || !sameWhenBoth(place(older), place(newer))) {
            return false;
        }
        if (!older.byline().isEmpty() && !newer.byline().isEmpty() && !overlap(older, newer)) {
            return false;
        }
        Long days = StoryDates.daysBetween(older, newer);
        if (days != null && (days < 0 || days > 1)) {
            return false;
        }
        Set<Long> a = Shingles.of(NormalisedText.bodyOf(older));
        Set<Long> b = Shingles.of(NormalisedText.bodyOf(newer));
        return Shingles.containment(a, b) >= MIN_CONTAINMENT;
    }

    private static boolean overlap(Article a, Article b) {
        Set<String> x = new HashSet<>();
        a.byline().forEach(n -> x.add(n.strip().toLowerCase(Locale.ROOT)));
        return b.byline().stream().anyMatch(n -> x.contains(n.strip().toLowerCase(Locale.ROOT)));
    }

    private static String agency(Article a) {
        return a.dateline() == null ? null : a.dateline().agency();
    }

    private static String place(Article a) {
        return a.dateline() == null ? null : a.dateline().place();
    }

    private static boolean sameWhenBoth(String x, String y) {
        return x == null || y == null || x.strip().equalsIgnoreCase(y.strip());
    }
}
