package dev.storyline.eval.times;

import java.util.List;

/**
 * One TimeML document: its text with the markup removed, its creation time (the anchor) and its gold time
 * expressions, the creation-time TIMEX3 itself excluded.
 *
 * @param name         the file name, e.g. {@code APW19980807.0261.tml}
 * @param group        the folder it was read from, e.g. {@code TimeBank}, for split figures
 * @param text         the content of {@code <TEXT>} without tags
 * @param creationTime the value of the TIMEX3 with {@code functionInDocument="CREATION_TIME"}, e.g.
 *                     {@code 1998-08-07} or {@code 1998-03-01T14:11:00}; null when absent
 * @param gold         the gold expressions, in text order
 */
public record TimeMlDocument(String name, String group, String text, String creationTime, List<Timex> gold) {

    public TimeMlDocument {
        gold = List.copyOf(gold);
    }

    /**
     * A gold TIMEX3.
     *
     * @param start offset in {@link #text()}
     * @param end   offset just past it
     * @param text  the expression as printed
     * @param type  DATE, TIME, DURATION or SET
     * @param value the normalised value, e.g. {@code 1998-Q3}
     */
    public record Timex(int start, int end, String text, String type, String value) {
    }
}
