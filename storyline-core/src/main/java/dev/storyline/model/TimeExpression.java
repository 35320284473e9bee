package dev.storyline.model;

/**
 * A time expression normalised against the article's date, TIMEX3-style.
 *
 * <pre>
 * "Tuesday"            DATE      2019-05-21
 * "early next month"   DATE      2019-06       (modifier START)
 * "May 31-June 2"      DATE      2019-05-31/2019-06-02
 * "December last year" DATE      2018-12
 * "two years"          DURATION  P2Y
 * "every Monday"       SET       XXXX-WXX-1
 * </pre>
 *
 * @param span     where it was found
 * @param type     DATE, TIME, DURATION or SET
 * @param value    the normalised value; null when it cannot be normalised
 * @param modifier TIMEX3 mod such as START, END, MID, APPROX; null when none
 */
public record TimeExpression(Span span, String type, String value, String modifier) {
}
