package dev.storyline.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the person names of a byline line, dropping "By", the agency and job titles.
 *
 * <pre>
 * By Oh Seok-min                                 [Oh Seok-min]
 * By John Smith and Jane Doe, Reuters            [John Smith, Jane Doe]
 * BY MARY JONES, Associated Press Writer         [MARY JONES]
 * By Ann Lee, Tom Park and Kim Soo-jin           [Ann Lee, Tom Park, Kim Soo-jin]
 * By Li Wei | Xinhua                             [Li Wei]
 * by Xinhua writer Tian Sulei                    [Tian Sulei]
 * By JOSH BOAK AP Economics Writer               [JOSH BOAK]
 * </pre>
 */
public final class BylineParser {

    private static final Pattern BY = Pattern.compile("^(?:By|BY|by)[:\\s]\\s*(?<names>\\S.*)$");
    /** Words that mark a segment as an agency, a job or a place rather than a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("\\b(?:AP|AFP|UPI|dpa|DPA)\\b|\\bin\\s+\\p{Lu}"
            + "|(?i)\\b(?:reuters?|associated press|agence france|xinhua|yonhap|kyodo|bloomberg|writer|reporter"
            + "|correspondent|editor|staff|news|service|press|bureau|agency|times|herald|post|daily|journal"
            + "|contributor|columnist)\\b");
    private static final Pattern IN_PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}");
    /** A job title before the names: {@code Xinhua writer Tian Sulei}, {@code Sportswriter Cao Jianjie}. */
    private static final Pattern ROLE_PREFIX = Pattern.compile("(?i)^(?:(?:Xinhua|AP|AFP|Reuters|Yonhap|Kyodo|Bloomberg"
            + "|UPI|dpa)\\s+)?(?:(?:staff|special|senior|chief|business|sports|political|economic|diplomatic|foreign"
            + "|associated\\s+press)\\s+)*(?:writers?|reporters?|correspondents?|sportswriters?|editors?)\\s+(?=\\p{Lu})");
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.\\-]*|(?:de|da|del|der|di|du|van|von|bin|binti|al|el"
            + "|la|le|dos|das|ter|ten|y)|\\p{Lu}\\.)";
    private static final Pattern NAME = Pattern.compile(NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,5}");

    /**
     * {@code true} when {@code line} names only an agency or a job, as the line under a byline sometimes does:
     * {@code Associated Press}, {@code AP Business Writer}, {@code Staff Reporter}.
     */
    public boolean isAffiliation(String line) {
        if (line == null || line.length() > 60) {
            return false;
        }
        String s = line.strip();
        return !s.isEmpty() && s.split("\\s+").length <= 6 && !s.endsWith(".")
                && NOT_A_NAME.matcher(s).lookingAt();
    }

    /** The names of {@code line} when it is a byline ({@code By ...}); empty otherwise. */
    public Optional<List<String>> parse(String line) {
        if (line == null || line.length() > 160) {
            return Optional.empty();
        }
        var m = BY.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> names = namesOf(m.group("names"));
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** Splits a list of names ({@code A, B and C, Reuters}) into names, stopping at the agency or job title. */
    public List<String> namesOf(String text) {
        List<String> names = new ArrayList<>();
        for (String segment : ROLE_PREFIX.matcher(text.strip()).replaceFirst("").split("\\s*(?:[,|;/]|\\s[-–—]\\s)\\s*")) {
            if (segment.isBlank()) {
                continue;
            }
            Matcher place = IN_PLACE.matcher(segment);
            boolean last = place.find();
            if (last) {
                segment = segment.substring(0, place.start()); // "Maria de la Cruz in Manila"
            }
            Matcher role = NOT_A_NAME.matcher(segment);
            if (role.find()) {
                // "JOSH BOAK AP Economics Writer": the names before the agency or job title
                segment = segment.substring(0, role.start());
                last = true;
            }
            if (segment.isBlank()) {
                break;
            }
            for (String part : segment.split("\\s+(?:and|AND|&)\\s+")) {
                String name = part.strip().replaceAll("\\s+", " ");
                if (!NAME.matcher(name).matches()) {
                    return names.isEmpty() ? List.of() : names;
                }
                names.add(name);
            }
            if (last) {
                break;
            }
        }
        return names;
    }
}
