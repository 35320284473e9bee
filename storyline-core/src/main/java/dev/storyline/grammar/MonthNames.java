package dev.storyline.grammar;

import java.util.Locale;

/**
 * English month names as wire copy prints them: full ({@code March}), abbreviated with or without a point
 * ({@code Feb}, {@code Feb.}, {@code Sept.}), in any case ({@code FEB}, {@code MARCH}).
 */
public final class MonthNames {

    /** A regular-expression alternation matching one month name (no groups, no trailing point). */
    public static final String PATTERN = "(?:Jan(?:uary)?|Feb(?:r(?:uary)?|ruary)?|Mar(?:ch)?|Apr(?:il)?|May"
            + "|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    private MonthNames() {
    }

    /** The month number (1-12) of {@code name}, or 0 when it is not a month name. */
    public static int monthOf(String name) {
        if (name == null || name.length() < 3) {
            return 0;
        }
        String key = name.toLowerCase(Locale.ROOT);
        key = key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
        return switch (key.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }
}
