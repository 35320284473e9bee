package dev.storyline.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the author statements of structured sources into person names: an RSS {@code author}
 * ({@code jdoe@example.com (Jane Doe)}), a ninjs {@code by} ({@code By Jane Doe and John Roe}), a NewsML-G2
 * {@code by} line. The wire grammar owns bylines printed in the text; this class only reads metadata.
 */
public final class SourceNames {

    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b)\\s*");
    private static final Pattern LEADING_BY = Pattern.compile("^(?i:by)\\s+");

    private SourceNames() {
    }

    /** The person names in {@code statement}, in order; empty when there are none. */
    public static List<String> persons(String statement) {
        List<String> out = new ArrayList<>();
        if (statement == null || statement.isBlank()) {
            return out;
        }
        String s = statement.strip();
        Matcher m = EMAIL_WITH_NAME.matcher(s);
        if (m.matches()) {
            s = m.group(1);
        }
        s = LEADING_BY.matcher(s).replaceFirst("");
        for (String part : SEPARATORS.split(s)) {
            String name = part.strip();
            if (!name.isEmpty() && !name.contains("@")) {
                out.add(name);
            }
        }
        return out;
    }

    /** The first subtag of a BCP 47 tag, lower-cased ({@code en-US -> en}), or {@code null}. */
    public static String languageCode(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.strip();
        int dash = t.indexOf('-');
        int underscore = t.indexOf('_');
        int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
        return (cut > 0 ? t.substring(0, cut) : t).toLowerCase(java.util.Locale.ROOT);
    }
}
