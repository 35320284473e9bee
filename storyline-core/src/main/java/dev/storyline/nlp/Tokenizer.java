package dev.storyline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts English news text into tokens the way the CoNLL-2003 data was cut, so that a tagger trained on it sees the
 * same units at run time: words keep inner hyphens and apostrophes ({@code Kyeong-doo}, {@code Shangri-La}),
 * abbreviations and initials keep their periods ({@code U.S.}, {@code S.}, {@code Gen.}), numbers keep their
 * separators ({@code 1,250.5}, {@code 1996-08-30}), the possessive is split off ({@code Seoul 's}) and every other
 * punctuation mark is a token of its own.
 *
 * <pre>
 * "Seoul's defense chief, Gen. Wei (THAAD)."  ->  Seoul | 's | defense | chief | , | Gen. | Wei | ( | THAAD | ) | .
 * </pre>
 *
 * <p>Runs in time linear in the text; never throws. Thread-safe (stateless).
 */
public final class Tokenizer {

    /** Words that keep a following period, because it marks an abbreviation rather than the end of a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov",
            "sen", "rep", "rev", "st", "jr", "sr", "co", "corp", "inc", "ltd", "plc", "bros", "no", "vs", "etc",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "mt", "ft", "ave", "blvd", "dept", "est", "approx", "pres", "supt", "messrs", "mme", "mlle");

    /** The tokens of {@code text}, in order. */
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int end;
            if (Character.isLetterOrDigit(c)) {
                end = wordEnd(text, i);
                if (splitPossessive(text, i, end, out)) {
                    i = end;
                    continue;
                }
            } else if (c == '\'' || c == '\u2019') {
                end = apostropheEnd(text, i);
            } else if (isRepeatable(c)) {
                end = i + 1;
                while (end < n && text.charAt(end) == c) {
                    end++;
                }
            } else {
                end = i + (Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1);
            }
            out.add(new Token(text.substring(i, end), i, end));
            i = end;
        }
        return out;
    }

    /** "--", "..." and "''" stay one token. */
    private static boolean isRepeatable(char c) {
        return c == '-' || c == '.' || c == '`' || c == '*' || c == '=';
    }

    /** A lone "'s" (after a split possessive) or a quote mark. */
    private static int apostropheEnd(String text, int i) {
        int n = text.length();
        if (i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))
                && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return i + 2;
        }
        return i + 1;
    }

    /** Adds the word at {@code [start, end)} and its possessive ending as two tokens, if it has one. */
    private static boolean splitPossessive(String text, int start, int end, List<Token> out) {
        int len = end - start;
        if (len > 2) {
            char a = text.charAt(end - 2);
            char s = text.charAt(end - 1);
            if ((a == '\'' || a == '\u2019') && (s == 's' || s == 'S')) {
                out.add(new Token(text.substring(start, end - 2), start, end - 2));
                out.add(new Token(text.substring(end - 2, end), end - 2, end));
                return true;
            }
        }
        return false;
    }

    /** End of the word starting at {@code start}: letters and digits joined by inner hyphens, periods, etc. */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
                continue;
            }
            boolean nextIsAlnum = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
            if ((c == '-' || c == '\'' || c == '\u2019' || c == '&' || c == '/') && nextIsAlnum) {
                i++;
                continue;
            }
            if ((c == ',' || c == ':') && nextIsAlnum && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c == '.') {
                if (nextIsAlnum && (Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))
                        || isInitialism(text, start, i))) {
                    i++;
                    continue;
                }
                if (keepsPeriod(text, start, i)) {
                    return i + 1;
                }
            }
            break;
        }
        return i;
    }

    /** "U.S", "U.N" being read: single letters separated by periods. */
    private static boolean isInitialism(String text, int start, int dot) {
        return dot - start == 1 || dot >= 2 && text.charAt(dot - 2) == '.';
    }

    /** Whether the period at {@code dot} belongs to the word {@code [start, dot)}. */
    private static boolean keepsPeriod(String text, int start, int dot) {
        int len = dot - start;
        if (len == 1 && Character.isUpperCase(text.charAt(start))) {
            return true; // an initial: "S. Korea", "John F. Kennedy"
        }
        if (text.indexOf('.', start) < dot) {
            return true; // "U.S" + "." -> "U.S."
        }
        String word = text.substring(start, dot);
        // lower-case "sat." or "no." ends a sentence; capitalised "Sat." or "No." is an abbreviation
        return len <= 5 && (Character.isUpperCase(word.charAt(0)) || word.equals("etc") || word.equals("vs"))
                && ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
