/**
 * Time expressions: finding them in English news text and normalising them, TIMEX3-style, against the article's
 * date.
 *
 * <p>{@link dev.storyline.enrich.times.TimeExpressionFinder} finds candidates with hand-written rules (no statistical
 * model, no third-party rules: HeidelTime and SUTime are GPL and were not used as sources);
 * {@link dev.storyline.enrich.times.TimeNormalizer} resolves them against the anchor, using a cheap guess at the clause's
 * tense to put weekdays, month-days and months on the right side of it ("said Tuesday" is the Tuesday of the
 * dateline's week or the one before, "will meet Friday" the coming one) and the last date named as the reference
 * for "a year earlier" or "the quarter". {@link dev.storyline.enrich.times.TimeEnricher} is the enricher
 * ({@code times}); {@link dev.storyline.enrich.times.MentionedDates} expands values into the days, months and years an
 * article talks about, for the index.
 *
 * <p>Measured by {@code storyline eval times DIR} on TempEval-3's TBAQ-cleaned (gold TimeML); floors in
 * {@code storyline-eval/src/test/resources/floors/times.properties}.
 */
package dev.storyline.enrich.times;
