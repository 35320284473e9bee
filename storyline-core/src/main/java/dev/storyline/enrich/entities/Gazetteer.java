package dev.storyline.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The small curated name lists Storyline ships (written for it, in {@code dev/storyline/enrich/entities/*.tsv|txt}):
 * countries with their other names, capitals and demonyms, regions, titles, and the words that end organisation
 * names. The tagger uses them as features; the resolver uses them to canonicalise ({@code S. Korea} -> South
 * Korea), to link capitals and demonyms to their countries and to keep titles apart from names.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the lists once.
 */
public final class Gazetteer {

    /** The longest phrase, in tokens, matched by {@link #phraseKinds}. */
    static final int MAX_PHRASE_TOKENS = 5;

    private static volatile Gazetteer standard;

    private final Map<String, String> countryByName = new HashMap<>();
    private final Map<String, String> countryByCapital = new HashMap<>();
    private final Map<String, String> countryByDemonym = new HashMap<>();
    private final Set<String> regions = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> orgWords = new HashSet<>();
    /** Lower-cased phrase -> its kind ("country", "capital", "demonym", "region"), for features. */
    private final Map<String, String> kindByPhrase = new HashMap<>();

    private Gazetteer() {
    }

    /** The lists shipped with Storyline, loaded on first use. */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = standard;
                if (g == null) {
                    g = load();
                    standard = g;
                }
            }
        }
        return g;
    }

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String line : lines("countries.tsv")) {
            String[] cols = line.split("\t", -1);
            String country = cols[0].trim();
            g.addName(g.countryByName, country, country, "country");
            if (cols.length > 1) {
                for (String alias : names(cols[1])) {
                    g.addName(g.countryByName, alias, country, "country");
                }
            }
            if (cols.length > 2) {
                for (String capital : names(cols[2])) {
                    g.addName(g.countryByCapital, capital, country, "capital");
                }
            }
            if (cols.length > 3) {
                for (String demonym : names(cols[3])) {
                    g.addName(g.countryByDemonym, demonym, country, "demonym");
                }
            }
        }
        for (String region : lines("regions.txt")) {
            g.regions.add(region.toLowerCase(Locale.ROOT));
            g.kindByPhrase.putIfAbsent(region.toLowerCase(Locale.ROOT), "region");
        }
        for (String t : lines("titles.txt")) {
            g.titles.add(t.toLowerCase(Locale.ROOT));
        }
        for (String w : lines("org-words.txt")) {
            g.orgWords.add(w.toLowerCase(Locale.ROOT));
        }
        return g;
    }

    private void addName(Map<String, String> map, String name, String country, String kind) {
        String key = name.toLowerCase(Locale.ROOT);
        map.putIfAbsent(key, country);
        kindByPhrase.putIfAbsent(phraseKey(key), kind);
    }

    private static List<String> names(String column) {
        List<String> out = new ArrayList<>();
        for (String s : column.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/storyline/enrich/entities/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/storyline/enrich/entities/" + resource, e);
        }
        return out;
    }

    /** Tokens joined by single spaces, as {@link #phraseKinds} builds its look-ups. */
    private static String phraseKey(String lower) {
        return lower.replaceAll("\\s+", " ");
    }

    /** The canonical country named by {@code name} ({@code S. Korea} -> {@code South Korea}), or null. */
    public String countryNamed(String name) {
        return countryByName.get(name.toLowerCase(Locale.ROOT));
    }

    /** The country whose capital is {@code name} ({@code Seoul} -> {@code South Korea}), or null. */
    public String countryOfCapital(String name) {
        return countryByCapital.get(name.toLowerCase(Locale.ROOT));
    }

    /** The country of a demonym ({@code Japanese} -> {@code Japan}), or null. */
    public String countryOfDemonym(String word) {
        return countryByDemonym.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} is a listed region, continent or sea ({@code Indo-Pacific}). */
    public boolean isRegion(String name) {
        return regions.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} can be part of a title before a name ({@code Defense}, {@code Minister}, {@code Gen.}). */
    public boolean isTitleWord(String word) {
        return titles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a name ending in {@code word} names an organisation or an organised event ({@code Forum}). */
    public boolean isOrganisationWord(String word) {
        return orgWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * For each token, the kind of the longest listed phrase covering it ({@code country}, {@code capital},
     * {@code demonym}, {@code region}), prefixed {@code B-} on its first token and {@code I-} on the others;
     * null where none. Phrases must start with a capital or digit so that "us" is not the U.S.
     */
    String[] phraseKinds(String[] words) {
        int n = words.length;
        String[] out = new String[n];
        int i = 0;
        StringBuilder sb = new StringBuilder();
        while (i < n) {
            int matched = 0;
            String kind = null;
            if (!words[i].isEmpty() && !Character.isLowerCase(words[i].charAt(0))) {
                sb.setLength(0);
                for (int len = 1; len <= MAX_PHRASE_TOKENS && i + len <= n; len++) {
                    if (len > 1) {
                        sb.append(' ');
                    }
                    sb.append(words[i + len - 1].toLowerCase(Locale.ROOT));
                    String k = kindByPhrase.get(sb.toString());
                    if (k != null) {
                        matched = len;
                        kind = k;
                    }
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            for (int j = 0; j < matched; j++) {
                out[i + j] = (j == 0 ? "B-" : "I-") + kind;
            }
            i += matched;
        }
        return out;
    }
}
