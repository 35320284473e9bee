package dev.storyline.grammar;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, honest language guess from function words, for texts in English, French, German, Spanish, Portuguese,
 * Italian or Dutch. It answers only when one language clearly leads; otherwise {@code null}, and the caller says
 * so in a warning. It is no substitute for a trained identifier on short or mixed texts.
 */
public final class LanguageGuess {

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "it", "by",
                    "as", "at", "from", "his", "have", "has", "are", "were", "an", "be", "this", "which", "its"),
            "fr", Set.of("le", "la", "les", "et", "des", "du", "un", "une", "est", "dans", "que", "pour", "qui", "sur",
                    "pas", "par", "au", "avec", "ce", "il", "sont", "été", "aux", "ont"),
            "de", Set.of("der", "die", "und", "das", "den", "ist", "nicht", "mit", "von", "sich", "des", "auf", "für",
                    "ein", "eine", "dem", "im", "zu", "auch", "wurde", "sie", "er", "bei"),
            "es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "un", "una", "por", "con", "para", "se",
                    "es", "su", "al", "lo", "como", "más", "pero", "sus", "fue"),
            "pt", Set.of("o", "os", "as", "e", "que", "do", "da", "dos", "das", "em", "um", "uma", "para", "com",
                    "não", "no", "na", "se", "por", "mais", "foi", "ao", "é"),
            "it", Set.of("il", "lo", "la", "gli", "le", "e", "che", "di", "del", "della", "un", "una", "per", "con",
                    "non", "è", "sono", "nel", "alla", "anche", "ha", "ai", "dei"),
            "nl", Set.of("de", "het", "een", "en", "van", "dat", "niet", "is", "op", "te", "met", "voor", "zijn",
                    "er", "aan", "ook", "werd", "bij", "naar", "om", "dit", "wordt"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MAX_WORDS = 600;
    private static final int MIN_HITS = 3;

    /** The ISO 639-1 code of {@code text}, or {@code null} when no language clearly leads. */
    public String guess(String text) {
        if (text == null) {
            return null;
        }
        Map<String, Integer> hits = new HashMap<>();
        Matcher m = WORD.matcher(text);
        int words = 0;
        while (m.find() && words++ < MAX_WORDS) {
            String w = m.group().toLowerCase(Locale.ROOT);
            for (var e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (var e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                bestHits = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestHits >= MIN_HITS && bestHits >= second * 1.3 ? best : null;
    }
}
