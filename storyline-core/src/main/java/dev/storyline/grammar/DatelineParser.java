package dev.storyline.grammar;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline at the start of a paragraph: place (with any state or country), optional month and day
 * (and year), optional agency, then a dash.
 *
 * <pre>
 * SEOUL, May 21 (Yonhap) -- South Korea ...        place SEOUL, May 21, agency Yonhap
 * SEOUL, May 22 (Reuters) - ...                    place SEOUL, May 22, agency Reuters
 * TOKYO (AP) — ...                                 place TOKYO, no date, agency AP
 * Beijing (AFP) - ...                              place Beijing, agency AFP
 * TOKYO, June 1 Kyodo - ...                        agency Kyodo without parentheses
 * SALVADOR, Feb 26 - ...                           old Reuters: no agency
 * NEW YORK, Jan. 5, 2020 (AP) - ...                full date printed
 * PORTLAND, Maine (AP) — ...                       place PORTLAND, Maine
 * AMSTERDAM, 2 March - ...                         day before month
 * New Delhi, Jan 5 (PTI) The ...                   no dash after a parenthesised agency
 * (Bloomberg) -- Stocks rose ...                   an agency alone
 * Washington (CNN)The president ...                no dash, no space
 * MOSCOW, March 3. /TASS/. The ...                 TASS
 * MADRID, Jan 5 (EFE).- The ...                    EFE
 * NEW DELHI: The ...                               a city in capitals and a colon
 * KANSAS CITY, Mo. - March 13 - ...                a stray dash before the date
 * </pre>
 *
 * A dateline must print a date or an agency, except that a city in capitals followed by a dash
 * ({@code WASHINGTON - }, {@code PRINCETON, N.J. -}) is accepted too; a mixed-case place alone
 * ({@code Apple - the company}) is not. A place in lower case is accepted only before a comma and a date
 * ({@code peoria, April 7 -}); a date alone ({@code APRIL 7 -}) is a dateline without a place. A garbled day
 * ({@code BOSTON, March 187 -}) leaves the dateline without a date.
 */
public final class DatelineParser {

    private static final String CONNECTOR = "(?:de|da|del|des|do|dos|du|es|el|la|le|al|am|an|of|on|upon|sur|en|y|di|van|von)";
    private static final String NOT_A_DATE = "(?!(?i:" + MonthNames.PATTERN + ")\\.?\\s*\\d)";
    private static final String WORD = NOT_A_DATE + "\\p{Lu}[\\p{L}'’.\\-]*(?:/\\p{Lu}[\\p{L}'’.\\-]*)?";
    /** At most four words: a longer capitalised run is a headline ({@code PORT SUBSIDY TO END JULY 1 - ...}). */
    private static final String NAME = WORD + "(?:\\s+(?:" + CONNECTOR + "\\s+)?" + WORD + "){0,3}";
    /** A state or country: {@code Ore.}, {@code British Columbia}, {@code the Netherlands}, {@code Zaire-Zambia border}. */
    private static final String REGION = "(?:the\\s+)?" + WORD + "(?:\\s+(?:" + CONNECTOR + "\\s+)?(?:" + WORD
            + "|\\p{Ll}[\\p{L}'’.\\-]*)){0,3}";
    /** Any-case words: a place printed in lower case ({@code peoria, April 7 -}), accepted only before a date. */
    private static final String LOOSE_WORD = NOT_A_DATE + "\\p{L}[\\p{L}'’.\\-]*";
    private static final String LOOSE_NAME = LOOSE_WORD + "(?:\\s+" + LOOSE_WORD + "){0,3}";
    private static final String MONTH = "(?i:" + MonthNames.PATTERN + ")";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String DATE = "(?<month>" + MONTH + ")\\.?\\s*(?<day>\\d{1,2})(?!\\d)"
            + "(?:\\s*,\\s*(?<year>" + YEAR + ")(?:\\s*,\\s*\\k<year>)?)?"
            + "|(?<day2>\\d{1,2})\\s+(?<month2>" + MONTH + ")\\.?(?:,?\\s+(?<year2>" + YEAR + "))?"
            + "|(?<garbled>" + MONTH + "\\.?\\s*\\d\\w+)"; // "March 187", "March 2O": a date, but not a readable one
    private static final String KNOWN_AGENCY = "Kyodo|Reuters|Reuter|REUTER|Xinhua|AFP|AP|UPI|dpa|DPA|Yonhap|Bernama"
            + "|ANSA|EFE|PTI|IANS|TASS|Interfax|Jiji|Antara|KUNA|WAM|IRNA|MENA|Anadolu";
    private static final String AGENCY = "\\(\\s*(?<agency>\\p{Lu}[^()\\n]{0,39}?|(?i:" + KNOWN_AGENCY + "))\\s*\\)"
            + "|(?<agency2>" + KNOWN_AGENCY + ")(?![\\p{L}])"
            + "|\\.?\\s*/\\s*(?<agency3>\\p{Lu}[\\p{L}\\-]{1,20})\\s*/"; // TASS: "March 3. /TASS/."
    private static final String AFTER_DATE = "(?:\\s*,?\\s*(?:" + AGENCY + "))?"
            + "(?:\\s*,?\\s*\\.?(?<sep>-{1,3}|—|–|―|_{1,2}|:|(?<=/)\\.)(?!\\d)|(?<=[)/])(?=\\s*[\\p{Lu}\"“]))";

    /** Place (optional when a date follows), date, agency, dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\s*]*(?:(?<place>" + NAME + "(?:\\s*,\\s*" + REGION + "){0,2})\\s*,?\\s*(?:[-–]\\s*(?=" + MONTH
                    + "|\\d))?)?(?:" + DATE + ")?" + AFTER_DATE);
    /** A place in lower or mixed case, then a comma and a date. */
    private static final Pattern LOOSE_DATELINE = Pattern.compile(
            "^[\\s*]*(?<place>" + LOOSE_NAME + "(?:\\s*,\\s*" + REGION + "){0,2})\\s*,\\s*(?:" + DATE + ")"
                    + AFTER_DATE);

    /** Capitalised labels that open a paragraph with a colon but are not places ({@code NOTE: ...}). */
    private static final Pattern NOT_A_PLACE = Pattern.compile("(?:NOTE|EDITOR'S NOTE|EDITORS NOTE|UPDATE|UPDATED"
            + "|WARNING|CORRECTION|CLARIFICATION|BREAKING|BREAKING NEWS|ADVISORY|WATCH|LISTEN|READ|READ MORE|PHOTOS?"
            + "|VIDEO|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|COMMENT|FACTBOX|Q&A|FAQ|TIMELINE|BACKGROUND|RELATED|SEE ALSO"
            + "|ALSO READ|EMBARGO|EMBARGOED|URGENT|FLASH|BULLETIN|KEY POINTS|SUMMARY|TL;DR|UPDATE \\d+|LIVE|LATEST|THE LATEST"
            + "|WHY IT MATTERS|WHAT'S NEXT|BOTTOM LINE|QUOTE|QUOTES|SOURCE|SOURCES|NB|PS)");

    /** Datelines are short; looking further only costs time. */
    private static final int MAX_DATELINE_CHARS = 200;

    /** A short parenthesised agency opening the paragraph on its own: {@code (Bloomberg) -- ...}. */
    private static boolean agencyAlone(Matcher m) {
        String agency = m.group("agency");
        return agency != null && agency.strip().split("\\s+").length <= 3 && m.group("sep") != null;
    }

    private static Matcher matcher(Pattern pattern, String paragraph) {
        Matcher m = pattern.matcher(paragraph);
        m.region(0, Math.min(paragraph.length(), MAX_DATELINE_CHARS));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    private static int firstNonSpace(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '*')) {
            i++;
        }
        return i;
    }

    /** The dateline at the start of {@code paragraph}, if there is one. */
    public Optional<ParsedDateline> parse(String paragraph) {
        if (paragraph == null || paragraph.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = matcher(DATELINE, paragraph);
        if (!m.lookingAt() || (m.group("place") == null && m.group("month") == null && m.group("month2") == null
                && !agencyAlone(m))) {
            m = matcher(LOOSE_DATELINE, paragraph);
            if (!m.lookingAt() || (m.group("month") == null && m.group("month2") == null)) {
                return Optional.empty();
            }
        }
        String place = m.group("place") == null ? null : m.group("place").replaceAll("\\s+", " ").strip();
        MonthDay monthDay = null;
        Integer year = null;
        String monthName = m.group("month") != null ? m.group("month") : m.group("month2");
        if (monthName != null) {
            String day = m.group("day") != null ? m.group("day") : m.group("day2");
            try {
                monthDay = MonthDay.of(MonthNames.monthOf(monthName), Integer.parseInt(day));
            } catch (DateTimeException e) {
                return Optional.empty(); // "March 32" is no date: not a dateline we can trust
            }
            String y = m.group("year") != null ? m.group("year") : m.group("year2");
            year = y == null ? null : Integer.valueOf(y);
        }
        String agency = m.group("agency") != null ? m.group("agency")
                : m.group("agency2") != null ? m.group("agency2") : m.group("agency3");
        String sep = m.group("sep") == null ? "" : m.group("sep");
        boolean strong = monthDay != null || agency != null;
        if (!strong) {
            if (place == null) {
                return Optional.empty();
            }
            String city = place.split("[,\\s]+")[0];
            boolean capitals = city.length() >= 2 && city.chars().noneMatch(Character::isLowerCase);
            boolean spaced = m.end() == paragraph.length() || Character.isWhitespace(paragraph.charAt(m.end()));
            if (!capitals || !spaced || sep.isEmpty() || (sep.equals(":") && NOT_A_PLACE.matcher(place).matches())) {
                return Optional.empty();
            }
        }
        int start = place == null ? firstNonSpace(paragraph) : m.start("place");
        String text = paragraph.substring(start, m.end()).strip();
        int length = m.end();
        while (length < paragraph.length() && Character.isWhitespace(paragraph.charAt(length))) {
            length++;
        }
        return Optional.of(new ParsedDateline(place, monthDay, year, agency == null ? null : agency.strip(), text,
                length));
    }
}
