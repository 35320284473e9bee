package dev.storyline.enrich.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the words a story uses for a speaker into a personal name and a description, without a named-entity
 * model:
 *
 * <pre>
 * Jeong Kyeong-doo                                    name Jeong Kyeong-doo
 * Defense Minister Jeong Kyeong-doo                   name Jeong Kyeong-doo, description Defense Minister
 * Peter Giles, vice president of Kodak's division     name Peter Giles, description vice president of ...
 * Bank spokesman Arne Lund                            name Arne Lund, description Bank spokesman
 * Robert Nelson of S and P                            name Robert Nelson, description of S and P
 * a ministry official well-versed in the issue        description only
 * In a brief statement, the company                   description the company
 * </pre>
 *
 * @param name        the personal (or organisation) name, or null
 * @param description the rest, or null
 * @param offset      where the kept words start within the phrase (leading clauses dropped)
 * @param length      how many characters of the phrase are kept
 */
record SpeakerPhrase(String name, String description, int offset, int length) {

    /** Words longer than this are a clause, not a speaker. */
    private static final int MAX_WORDS = 12;
    private static final Pattern LEADING_CLAUSE = Pattern.compile("^(?:(?:In|On|At|For|After|Asked|Speaking|Referring"
            + "|Commenting|Writing|Citing|Separately|However|Meanwhile|Later|Earlier|Also|But|And)\\b[^,]{0,100},\\s*)+");
    private static final Pattern TRAILING_ADVERB = Pattern.compile("\\s+(?:also|later|then|again|further|earlier"
            + "|repeatedly|previously|once)$");
    private static final Pattern BUT = Pattern.compile("(?:^|,?\\s)but(?:\\s+|$)");
    private static final Set<String> NATIONALITIES = Set.of("Chinese", "Japanese", "Korean", "American", "British",
            "French", "German", "Russian", "U.S.", "South", "North", "Former", "Acting", "Senior", "Senate", "House", "Democratic", "Republican", "Majority",
            "Minority");
    private static final Set<String> TITLES = Set.of("Defense", "Defence", "Foreign", "Prime", "Finance", "Trade",
            "Interior", "Justice", "Minister", "Vice", "Deputy", "President", "Secretary", "Gen.", "General", "Col.",
            "Lt.", "Adm.", "Sen.", "Rep.", "Gov.", "Mayor", "Chairman", "Chairwoman", "Chief", "Executive", "Director",
            "Spokesman", "Spokeswoman", "Ambassador", "Judge", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Professor",
            "King", "Queen", "Prince", "Pope", "Sheikh", "Commissioner", "Governor", "Senator", "Representative",
            "Chancellor", "Premier", "Speaker", "Leader", "Treasurer", "Attorney", "Officer", "Analyst", "Economist",
            "Chinese", "Japanese", "Korean", "American", "British", "French", "German", "Russian", "U.S.", "South",
            "North", "Former", "Acting", "Senior", "Senate", "House", "Democratic", "Republican", "Majority",
            "Minority", "Commerce", "Treasury", "Under", "Assistant", "Associate", "Managing", "Party");
    private static final Set<String> ORGANISATION_WORDS = Set.of("Bank", "Ministry", "Department", "Corp", "Corp.",
            "Inc", "Inc.", "Co", "Co.", "Association", "Institute", "University", "Council", "Committee", "Office",
            "Agency", "Board", "Group", "Party", "Commission", "Company", "Exchange", "Fund", "Service");
    private static final Set<String> LOWER_NAME_WORDS = Set.of("de", "van", "von", "der", "da", "bin", "al", "la",
            "le", "du", "and");

    /** The name and description in {@code phrase}; null when it is a clause rather than a speaker. */
    static SpeakerPhrase parse(String phrase) {
        String p = phrase;
        int offset = 0;
        var but = BUT.matcher(p);
        int cut = -1;
        while (but.find()) {
            cut = but.end();
        }
        if (cut >= 0) {
            // "X did not comment, but [he] said": the speaker is whoever follows the last "but"
            offset += cut;
            p = p.substring(cut);
        }
        var lead = LEADING_CLAUSE.matcher(p);
        if (lead.find()) {
            offset += lead.end();
            p = p.substring(lead.end());
        }
        p = TRAILING_ADVERB.matcher(p.strip()).replaceFirst("");
        if (p.isEmpty() || p.split("\\s+").length > MAX_WORDS) {
            return null;
        }
        int length = p.length();
        int comma = p.indexOf(", ");
        if (comma > 0 && allCapitalised(p.substring(0, comma))) {
            String head = withoutTitles(p.substring(0, comma));
            return new SpeakerPhrase(head, p.substring(comma + 2), offset, length);
        }
        if (comma > 0) {
            String tail = p.substring(p.lastIndexOf(", ") + 2);
            if (allCapitalised(tail) && tail.split("\\s+").length >= 2) {
                return new SpeakerPhrase(withoutTitles(tail), p.substring(0, p.lastIndexOf(", ")), offset, length);
            }
        }
        int of = p.indexOf(" of ");
        if (of > 0 && allCapitalised(p.substring(0, of)) && p.substring(0, of).split("\\s+").length >= 2
                && !hasOrganisationWord(p.substring(0, of))) {
            return new SpeakerPhrase(withoutTitles(p.substring(0, of)), p.substring(of + 1), offset, length);
        }
        if (allCapitalised(p)) {
            String name = withoutTitles(p);
            String titles = p.substring(0, p.length() - name.length()).strip();
            return new SpeakerPhrase(name, titles.isEmpty() ? null : titles, offset, length);
        }
        String[] words = p.split("\\s+");
        int k = words.length;
        while (k > 0 && capitalised(words[k - 1])) {
            k--;
        }
        if (words.length - k >= 2 && k > 0) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            String name = withoutTitles(tail);
            if (name.split("\\s+").length >= 2) {
                return new SpeakerPhrase(name, p.substring(0, p.length() - name.length()).strip(), offset, length);
            }
        }
        return new SpeakerPhrase(null, p, offset, length);
    }

    private static String withoutTitles(String words) {
        String[] w = words.strip().split("\\s+");
        int i = 0;
        // "Chinese Defense Minister Gen. Wei Fenghe" → Wei Fenghe, but "American Motors" stays a name
        while (i < w.length - 1 && TITLES.contains(w[i])
                && (!NATIONALITIES.contains(w[i]) || i + 1 < w.length - 1 && TITLES.contains(w[i + 1]))) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
    }

    private static boolean hasOrganisationWord(String words) {
        for (String w : words.split("\\s+")) {
            if (ORGANISATION_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** Every word capitalised (bar "de", "van", ...): "Jeong Kyeong-doo", "Gen. Wei Fenghe". */
    static boolean allCapitalised(String words) {
        String[] parts = words.strip().split("\\s+");
        if (parts.length > 6 || parts[0].isEmpty()) {
            return false;
        }
        for (String w : parts) {
            if (!capitalised(w) && !LOWER_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capitalised(parts[0]);
    }
}
