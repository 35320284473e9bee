package dev.storyline.enrich.times;

import dev.storyline.model.Span;
import dev.storyline.model.TimeExpression;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Normalises the time expressions of one document, in text order, against the document's date (the anchor):
 * "Tuesday" in a story dated Tuesday 2019-05-21 → {@code 2019-05-21}, "early next month" → {@code 2019-06} with
 * mod START, "December last year" → {@code 2018-12}, "two years" → {@code P2Y}.
 *
 * <p>It keeps the last date named as the reference for expressions such as "a year earlier" or "the quarter"
 * (as financial news uses them), so use one normaliser per document, from one thread. Without an anchor it still
 * normalises what needs none (explicit dates, years, durations) and leaves relative expressions with a
 * {@code null} value and a warning.
 */
public final class TimeNormalizer {

    /** Rules whose result points back at an earlier date and so must not become the reference themselves. */
    private static final Set<String> DERIVED = Set.of("ago", "year-earlier", "the-quarter");

    private final TimeExpressionFinder finder;
    private final LocalDate anchor;
    private final List<String> warnings = new ArrayList<>();
    private Resolution reference;
    private Resolution lastQuarter;
    private boolean warnedUnanchored;

    /**
     * @param finder the finder whose mentions this normaliser resolves
     * @param anchor the document's date, or {@code null} when unknown
     */
    public TimeNormalizer(TimeExpressionFinder finder, LocalDate anchor) {
        this.finder = java.util.Objects.requireNonNull(finder, "finder");
        this.anchor = anchor;
    }

    /**
     * {@code mention} of {@code text} normalised, with its span in paragraph {@code paragraph}; empty when the
     * rule decides on a closer look that the words are no time expression (e.g. "fall" as a verb).
     */
    public Optional<TimeExpression> normalize(TimeMention mention, CharSequence text, int paragraph) {
        Span span = new Span(paragraph, mention.start(), mention.end(), mention.text());
        TimeRule rule = finder.rule(mention.rule());
        Matcher m = rule.pattern().matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false).region(mention.start(), mention.end());
        if (!m.matches()) {
            return Optional.empty();
        }
        Resolution r;
        try {
            r = rule.resolver().resolve(m, new TimeContext(anchor, () -> Tense.around(text, mention.start(), mention.end()),
                    reference, lastQuarter));
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            warnings.add("time expression '" + mention.text() + "' (paragraph " + paragraph + ", offset "
                    + mention.start() + ") is not a real date: " + e.getMessage());
            return Optional.of(new TimeExpression(span, "DATE", null, null));
        }
        if (r == null) {
            return Optional.empty();
        }
        if (r.value() == null && !warnedUnanchored) {
            warnedUnanchored = true;
            warnings.add("relative time expressions such as '" + mention.text()
                    + "' are left unresolved: the article's date is unknown");
        }
        if (r.point() != null && r.unit() != null && !DERIVED.contains(rule.name())) {
            reference = r;
            if (r.unit() == Granularity.QUARTER) {
                lastQuarter = r;
            }
        }
        return Optional.of(new TimeExpression(span, r.type(), r.value(), r.mod()));
    }

    /** Every expression of {@code text} found and normalised, in text order. */
    public List<TimeExpression> normalizeAll(CharSequence text, int paragraph) {
        return normalizeAll(text, paragraph, Long.MAX_VALUE);
    }

    /**
     * Every expression of {@code text} found and normalised, in text order, stopping once
     * {@link System#nanoTime()} passes {@code deadline} (with a warning naming where).
     */
    public List<TimeExpression> normalizeAll(CharSequence text, int paragraph, long deadline) {
        long now = System.nanoTime();
        // leave a third of what is left for normalising what the search finds
        long searchDeadline = deadline == Long.MAX_VALUE ? deadline : now + Math.max(0, deadline - now) / 3 * 2;
        TimeExpressionFinder.Search search = finder.find(text, searchDeadline);
        List<TimeExpression> out = new ArrayList<>();
        for (TimeMention mention : search.mentions()) {
            if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
                warnings.add("time budget spent: paragraph " + paragraph + " normalised up to offset "
                        + mention.start() + " of " + text.length());
                return out;
            }
            try {
                normalize(mention, text, paragraph).ifPresent(out::add);
            } catch (RuntimeException e) {
                // one odd expression must not cost the article its other times
                warnings.add("time expression '" + mention.text() + "' in paragraph " + paragraph
                        + " could not be normalised: " + e);
            }
        }
        if (search.searchedTo() < text.length()) {
            warnings.add("time budget spent: paragraph " + paragraph + " searched up to offset " + search.searchedTo()
                    + " of " + text.length());
        }
        return out;
    }

    /** What was odd so far: impossible dates, relative expressions without an anchor. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
