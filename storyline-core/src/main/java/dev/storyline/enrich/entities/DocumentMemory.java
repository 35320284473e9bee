package dev.storyline.enrich.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the tagger knows about the whole document while it tags one sentence: which words the document prints
 * capitalised inside sentences and which it prints in lower case (so a capitalised sentence-initial word can be
 * told from a name), and how the tagger itself labelled each word earlier in the document ({@code Jeong} after
 * {@code Jeong Kyeong-doo} was tagged a person). One per document; not thread-safe.
 */
final class DocumentMemory {

    static final String[] TYPES = {"PER", "ORG", "LOC", "MISC"};

    private final Set<String> capitalisedInside = new HashSet<>();
    private final Set<String> lowerCase = new HashSet<>();
    private final Map<String, int[]> typeCounts = new HashMap<>();

    /** Memory for a document made of these sentences (words only). */
    DocumentMemory(List<String[]> sentences) {
        for (String[] words : sentences) {
            boolean shouting = NerFeatures.isShouting(words);
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                    continue;
                }
                if (Character.isLowerCase(w.charAt(0))) {
                    lowerCase.add(w);
                } else if (i > 0 && !shouting && !isAfterOpening(words, i)) {
                    capitalisedInside.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static boolean isAfterOpening(String[] words, int i) {
        String p = words[i - 1];
        return p.equals("\"") || p.equals("``") || p.equals("(") || p.equals(":") || p.equals("-") || p.equals("--");
    }

    boolean printedCapitalisedInside(String lower) {
        return capitalisedInside.contains(lower);
    }

    boolean printedLowerCase(String lower) {
        return lowerCase.contains(lower);
    }

    /** The type the tagger gave {@code lower} most often so far in this document, or null. */
    String earlierType(String lower) {
        int[] c = typeCounts.get(lower);
        if (c == null) {
            return null;
        }
        int best = 0;
        for (int t = 1; t < c.length; t++) {
            if (c[t] > c[best]) {
                best = t;
            }
        }
        return TYPES[best];
    }

    /** Remembers the types given to the words of a tagged sentence. */
    void remember(String[] words, List<Chunk> chunks) {
        for (Chunk c : chunks) {
            int t = typeIndex(c.type());
            if (t < 0) {
                continue;
            }
            for (int i = c.from(); i < c.to(); i++) {
                String w = words[i];
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    typeCounts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[TYPES.length])[t]++;
                }
            }
        }
    }

    private static int typeIndex(String type) {
        for (int t = 0; t < TYPES.length; t++) {
            if (TYPES[t].equals(type)) {
                return t;
            }
        }
        return -1;
    }
}
