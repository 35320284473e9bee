package dev.storyline.grammar;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-offs that end a wire story, alone on their line or at the end of the last paragraph.
 *
 * <pre>
 * (END)    Yonhap            Enditem   Xinhua          ==Kyodo   Kyodo
 * Reuter   old Reuters       ___       AP              -0-, -30-, ###   US papers
 * MORE     a take continues  [END], END            jm/dl   AFP editors' initials
 * </pre>
 */
public final class EndMarkers {

    private static final String MARKER = "\\(END\\)|\\(end\\)|\\[END\\]|END|Enditem|ENDITEM|End Item|==\\s?Kyodo|==\\s?KYODO"
            + "|Reuters?|REUTERS?|reuter|_{3,}|-0-|-30-|#{3}|\\(MORE\\)|MORE|More|more"
            + "|[a-z]{2,5}(?:[-/][a-z]{2,5}){1,4}"; // AFP's editors' initials: "bur-jm/dl"
    /** A marker alone on its line; Reuters copy sometimes keeps {@code ^M} or dots after it. */
    private static final Pattern ALONE = Pattern.compile("^\\s*(?<marker>" + MARKER + ")(?:\\^M|\\.{2,}|\\s)*$");
    /** Markers distinctive enough to be recognised at the end of a paragraph. */
    private static final Pattern TRAILING = Pattern.compile(
            "(?<=[.!?\"”'’)\\]]|[.!?\"”'’)]\\s)\\s*(?<marker>\\(END\\)|\\(end\\)|Enditem|ENDITEM|==\\s?Kyodo|==\\s?KYODO)\\s*$");

    /** Only the end of a paragraph can hold a sign-off; looking further only costs time. */
    private static final int TAIL_CHARS = 60;

    /** A rights notice or a publisher's standards line closing the copy: kept as a credit, not as body. */
    private static final Pattern TRAILER = Pattern.compile("^\\s*(?:(?:Copyright|COPYRIGHT|©|\\([cC]\\))\\s*(?:©\\s*)?"
            + "(?:19|20)\\d{2}\\b.*|Our Standards:.*|All rights reserved\\.?.*)$");

    /** {@code true} when {@code line} is a rights notice or standards line ({@code Copyright 2024 ...}). */
    public boolean trailer(String line) {
        return line != null && line.length() <= 400 && TRAILER.matcher(line).matches();
    }

    /** The marker when {@code line} is nothing but a sign-off. */
    public Optional<String> alone(String line) {
        if (line == null || line.length() > 40) {
            return Optional.empty();
        }
        Matcher m = ALONE.matcher(line);
        return m.matches() ? Optional.of(line.strip()) : Optional.empty();
    }

    /** The marker and the paragraph without it, when {@code paragraph} ends with a distinctive sign-off. */
    public Optional<Split> trailing(String paragraph) {
        if (paragraph == null) {
            return Optional.empty();
        }
        Matcher m = TRAILING.matcher(paragraph);
        m.region(Math.max(0, paragraph.length() - TAIL_CHARS), paragraph.length());
        m.useTransparentBounds(true);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Split(paragraph.substring(0, m.start()).strip(), m.group("marker")));
    }

    /** A paragraph split from the sign-off at its end. */
    public record Split(String paragraph, String marker) {
    }
}
