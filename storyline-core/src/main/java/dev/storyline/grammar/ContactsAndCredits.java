package dev.storyline.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines after a story's body that are not body: reporters' e-mail addresses and credit lines.
 *
 * <pre>
 * graceoh@yna.co.kr                                           contact
 * (Reporting by Ann Lee; Editing by Tom Park)                 credit, without the parentheses
 * Associated Press writer Jo Kim contributed to this report.  credit
 * </pre>
 */
public final class ContactsAndCredits {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+%\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+");
    /** A line of addresses and nothing else but labels and punctuation. */
    private static final Pattern CONTACT_LINE = Pattern.compile("^[\\s(\\[<]*(?:(?i:e-?mail|contact|email us|write to)"
            + "\\s*:?\\s*)?(?:[\\w.+%\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+[\\s,;/)\\]>]*(?:or\\s+|and\\s+)?)+$");
    private static final Pattern CREDIT = Pattern.compile("^[(\\[]?\\s*(?<credit>(?:(?:Additional|Further)\\s+)?"
            + "(?i:reporting|writing|editing|edited|written|compiled|produced|graphics|photos?|translated|"
            + "research)\\s+by\\b.+)$");
    private static final Pattern CONTRIBUTED = Pattern.compile("^[(\\[]?\\s*(?<credit>.{3,200}?\\bcontributed\\s+"
            + "(?:to\\s+)?(?:this\\s+)?(?:report|story|article|reporting)(?:ing)?\\b.*?)$");

    private static final Pattern TRAILING_CREDIT = Pattern.compile("\\s*[(\\[]\\s*(?<credit>(?:(?:Additional|Further)"
            + "\\s+)?(?i:reporting|writing|editing)\\s+by\\b[^()\\[\\]]*)[)\\]]\\s*$");

    /** The addresses when {@code line} is a contact line. */
    public Optional<List<String>> contacts(String line) {
        if (line == null || line.length() > 300 || !CONTACT_LINE.matcher(line).matches()) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        Matcher m = EMAIL.matcher(line);
        while (m.find()) {
            found.add(m.group().replaceAll("\\.+$", ""));
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    /** The paragraph and its credit when a bracketed credit ends the paragraph: {@code ... said. (Reporting by X)}. */
    public Optional<String[]> trailingCredit(String paragraph) {
        if (paragraph == null) {
            return Optional.empty();
        }
        Matcher m = TRAILING_CREDIT.matcher(paragraph);
        m.region(Math.max(0, paragraph.length() - 400), paragraph.length());
        m.useTransparentBounds(true);
        if (!m.find() || m.start() == 0) {
            return Optional.empty();
        }
        return Optional.of(new String[] {paragraph.substring(0, m.start()).strip(), m.group("credit").strip()});
    }

    /** The credit without its brackets when {@code line} is a credit line. */
    public Optional<String> credit(String line) {
        if (line == null || line.length() > 400) {
            return Optional.empty();
        }
        String s = line.strip();
        Matcher m = CREDIT.matcher(s);
        if (!m.matches()) {
            m = CONTRIBUTED.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        String credit = m.group("credit").strip();
        if ((s.startsWith("(") && credit.endsWith(")")) || (s.startsWith("[") && credit.endsWith("]"))) {
            credit = credit.substring(0, credit.length() - 1).strip();
        }
        return Optional.of(credit);
    }
}
