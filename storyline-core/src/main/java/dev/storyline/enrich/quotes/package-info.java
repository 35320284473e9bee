/**
 * Direct quotations and who said them.
 *
 * <p>{@link dev.storyline.enrich.quotes.QuoteFinder} finds the quoted text (straight, curly and angle double quote marks,
 * quotations running over several paragraphs by the news convention of reopening each one);
 * {@link dev.storyline.enrich.quotes.SpeakerAttribution} reads the attribution around it ({@code "...," X said},
 * {@code said X}, {@code X said: "..."}, {@code according to X}, pronouns) and names the speaker from the
 * article's entities when an entity stage ran, else from the words printed (a name, or the description the story
 * gives, such as "a ministry official well-versed in the issue"). {@link dev.storyline.enrich.quotes.QuoteEnricher} is
 * the enricher ({@code quotes}); it needs no other stage.
 *
 * <p>Measured by {@code storyline eval quotes [GOLD...]} on hand-annotated stories; floors in
 * {@code storyline-eval/src/test/resources/floors/quotes.properties}.
 */
package dev.storyline.enrich.quotes;
