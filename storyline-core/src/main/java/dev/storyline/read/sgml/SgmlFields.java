package dev.storyline.read.sgml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Reads the fields of one Reuters-21578 record: flat, never-nested elements, found by name without a DTD.
 * Entities ({@code &lt;}, {@code &amp;}, {@code &#3;}) are unescaped by jsoup; control characters are dropped.
 */
final class SgmlFields {

    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern D = Pattern.compile("<D>(.*?)</D>", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})-([A-Za-z]{3})-(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,3}))?)?");
    private static final Pattern TEXT_TYPE = Pattern.compile("<TEXT\\s+TYPE\\s*=\\s*\"(\\w+)\"");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private SgmlFields() {
    }

    static Map<String, String> attributes(String openTag) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(openTag);
        while (m.find()) {
            out.put(m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(2));
        }
        return out;
    }

    /** The raw content of the first {@code <name ...>...</name>} in {@code within}, or {@code null}. */
    static String element(String within, String name) {
        if (within == null) {
            return null;
        }
        int open = indexOfTag(within, name);
        if (open < 0) {
            return null;
        }
        int contentStart = within.indexOf('>', open);
        int close = within.indexOf("</" + name + ">", contentStart);
        if (contentStart < 0 || close < 0) {
            return null;
        }
        return within.substring(contentStart + 1, close);
    }

    /** Finds {@code <name>} or {@code <name attr...>}, not {@code <nameLonger>}. */
    private static int indexOfTag(String within, String name) {
        int from = 0;
        while (true) {
            int i = within.indexOf("<" + name, from);
            if (i < 0) {
                return -1;
            }
            int after = i + 1 + name.length();
            if (after < within.length() && (within.charAt(after) == '>' || Character.isWhitespace(within.charAt(after)))) {
                return i;
            }
            from = after;
        }
    }

    /** The {@code <D>} values of a label element, unescaped. */
    static List<String> values(String element) {
        List<String> out = new ArrayList<>();
        if (element == null) {
            return out;
        }
        Matcher m = D.matcher(element);
        while (m.find()) {
            String v = clean(m.group(1));
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    static String textType(String record) {
        int open = indexOfTag(record, "TEXT");
        if (open < 0) {
            return null;
        }
        int end = record.indexOf('>', open);
        Matcher m = TEXT_TYPE.matcher(record.substring(open, end < 0 ? record.length() : end + 1));
        return m.find() ? m.group(1).toUpperCase(java.util.Locale.ROOT) : null;
    }

    /** Unescaped, without control characters; line breaks kept. */
    static String unescape(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, false);
        return hasControl(s) ? CONTROL.matcher(s).replaceAll("") : s;
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Unescaped with white space collapsed; {@code null} when empty. */
    static String clean(String raw) {
        String s = unescape(raw);
        if (s == null) {
            return null;
        }
        s = s.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** {@code 26-FEB-1987 15:01:01.79} as ISO {@code 1987-02-26T15:01:01.790}; the date alone when the time is bad. */
    static String isoDate(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = DATE.matcher(unescape(raw));
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)),
                    dev.storyline.grammar.MonthNames.monthOf(m.group(2)), Integer.parseInt(m.group(1)));
            if (m.group(4) == null) {
                return date.toString();
            }
            try {
                String fraction = m.group(7) == null ? "0" : (m.group(7) + "00").substring(0, 3);
                return LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(),
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                        Integer.parseInt(fraction) * 1_000_000).toString();
            } catch (DateTimeException e) {
                return date.toString();
            }
        } catch (DateTimeException e) {
            return null;
        }
    }
}
