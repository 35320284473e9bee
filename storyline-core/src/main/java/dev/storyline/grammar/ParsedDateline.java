package dev.storyline.grammar;

import java.time.MonthDay;

/**
 * A dateline as found at the start of a paragraph, before its date is resolved to a full date.
 *
 * @param place     the place with any state or country, as printed: {@code SEOUL}, {@code PORTLAND, Maine}
 * @param monthDay  month and day when printed, else {@code null}
 * @param year      the year when printed in full ({@code NEW YORK, Jan. 5, 2020 (AP) -}), else {@code null}
 * @param agency    the agency as printed without parentheses ({@code Yonhap}, {@code AP}, {@code Kyodo}), or {@code null}
 * @param text      the dateline as printed, separator included: {@code SEOUL, May 21 (Yonhap) --}
 * @param length    how many characters of the paragraph it takes, with the whitespace after it
 */
public record ParsedDateline(String place, MonthDay monthDay, Integer year, String agency, String text, int length) {

    /**
     * {@code true} when a place and a date or an agency are printed: enough to recognise a dateline without other
     * clues. A date alone ({@code March 3 - Protests begin}) may be a line of a timeline.
     */
    public boolean strong() {
        return place != null && (monthDay != null || agency != null);
    }
}
