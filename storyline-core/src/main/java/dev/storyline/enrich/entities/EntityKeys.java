package dev.storyline.enrich.entities;

import dev.storyline.model.EntityType;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The corpus-wide key of an entity: its type and its canonical name folded to lower-case ASCII words joined by
 * hyphens, so that every article naming Jeong Kyeong-doo shares one search field value and facet.
 *
 * <pre>
 * PERSON  "Jeong Kyeong-doo"  ->  person:jeong-kyeong-doo
 * PLACE   "South Korea"       ->  place:south-korea
 * PLACE   "Sao Tomé"          ->  place:sao-tome
 * OTHER   "U.S.-made F-35"    ->  other:u-s-made-f-35
 * ORGANIZATION "Sealy Inc."   ->  organization:sealy     (legal forms are left out of keys)
 * </pre>
 */
public final class EntityKeys {

    private EntityKeys() {
    }

    /** Legal forms that one story prints and the next leaves out ("Sealy Inc" and "Sealy"). */
    private static final java.util.Set<String> LEGAL_FORMS = java.util.Set.of("inc", "corp", "co", "ltd", "plc",
            "llc", "lp", "sa", "ag", "nv", "bv", "spa", "gmbh", "bhd", "pty", "corporation", "incorporated",
            "limited", "company");

    /** The key of {@code name} as an entity of {@code type}. */
    public static String key(EntityType type, String name) {
        String slug = slug(name);
        if (type == EntityType.ORGANIZATION) {
            int cut = slug.length();
            while (true) {
                int dash = slug.lastIndexOf('-', cut - 1);
                if (dash <= 0 || !LEGAL_FORMS.contains(slug.substring(dash + 1, cut))) {
                    break;
                }
                cut = dash;
            }
            slug = slug.substring(0, cut);
        }
        return type.name().toLowerCase(Locale.ROOT) + ":" + slug;
    }

    /** {@code name} folded: accents dropped, lower case, runs of anything but letters and digits as one hyphen. */
    public static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(Character.toLowerCase(c));
                gap = false;
            } else if (c != '\'' && c != '\u2019') {
                gap = true; // "Xi'an" -> xian, "O'Brien" -> obrien
            }
        }
        return sb.length() == 0 ? "unnamed" : sb.toString();
    }
}
