package dev.storyline.model;

/**
 * Where an inferred value came from, so the API and the page can say why.
 *
 * <p>Examples: {@code (dateline, "May 21, 1987")}, {@code (source, "SGML <DATE> 26-FEB-1987")},
 * {@code (text, "weekday 'Tuesday' fits 2013, 2019, 2024; latest cited past year 2018 -> 2019")}.
 *
 * @param method   one of {@code dateline} (printed in full), {@code source} (metadata of the source),
 *                 {@code text} (inferred from the article's own words)
 * @param evidence the words or metadata it rests on, for a human
 */
public record Provenance(String method, String evidence) {
}
