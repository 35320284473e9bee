package dev.storyline.enrich.entities;

import java.util.List;
import java.util.Set;

/**
 * Whether an all-capital word abbreviates a name: its letters are the initials of the name's words, skipping
 * small words ({@code THAAD} for Terminal High Altitude Area Defense, {@code NATO} for North Atlantic Treaty
 * Organization, {@code KCNA} for Korean Central News Agency).
 */
final class Acronyms {

    private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "on", "in", "&", "de", "du", "la");

    private Acronyms() {
    }

    /** The initials of a name's words, small words skipped: {@code Terminal High Altitude Area Defense} -> THAAD. */
    static String initials(List<String> name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name) {
            for (String part : w.split("-")) {
                if (!part.isEmpty() && Character.isLetter(part.charAt(0))
                        && !SMALL.contains(part.toLowerCase(java.util.Locale.ROOT))) {
                    initials.append(Character.toUpperCase(part.charAt(0)));
                }
            }
        }
        return initials.toString();
    }

    /** Whether {@code acronym} (at least two capitals) fits the words of {@code name}. */
    static boolean fits(String acronym, List<String> name) {
        String a = acronym.replace(".", "");
        if (a.length() < 2 || !a.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String w : name) {
            for (String part : w.split("-")) {
                if (part.isEmpty() || !Character.isLetter(part.charAt(0))) {
                    continue;
                }
                all.append(Character.toUpperCase(part.charAt(0)));
                if (!SMALL.contains(part.toLowerCase(java.util.Locale.ROOT))) {
                    initials.append(Character.toUpperCase(part.charAt(0)));
                }
            }
        }
        return a.contentEquals(initials) || a.contentEquals(all);
    }
}
