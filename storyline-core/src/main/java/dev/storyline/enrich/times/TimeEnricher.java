package dev.storyline.enrich.times;

import dev.storyline.enrich.Enricher;
import dev.storyline.model.Article;
import dev.storyline.model.Span;
import dev.storyline.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds the article's time expressions ({@code times}), normalised against the article's date: the dateline date
 * ({@link Article#date()}), else the day of {@link Article#published()}. Without either it still normalises
 * explicit dates, years and durations, leaves relative expressions with a {@code null} value, and adds a warning.
 *
 * <p>Looks at the headline (paragraph {@link Span#HEADLINE}), the dateline and every paragraph. The dateline's
 * date is reported as found just before paragraph 0: an empty span at its start whose text is the date as printed
 * ({@code May 21}), since the dateline was cut from that paragraph.
 *
 * <p>Each article gets a time budget ({@link #BUDGET}); text left when it is spent is not searched, with a
 * warning, so no input can stall an ingest.
 *
 * <p>Requires {@code text} and {@code dateline}; provides {@code times}. Thread-safe; never throws for odd text.
 */
public final class TimeEnricher implements Enricher {

    /** Paragraphs longer than this are cut for time expressions (with a warning) to bound the time per article. */
    static final int MAX_PARAGRAPH_CHARS = 2_000_000;
    /** The most one article may take; text left when it is spent is not searched (with a warning). */
    static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(3);

    private final TimeExpressionFinder finder = new TimeExpressionFinder();

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<String> requires() {
        return Set.of("text", "dateline");
    }

    @Override
    public Set<String> provides() {
        return Set.of("times");
    }

    @Override
    public Article enrich(Article article) {
        List<String> warnings = new ArrayList<>();
        LocalDate anchor = anchor(article, warnings);
        TimeNormalizer normalizer = new TimeNormalizer(finder, anchor);
        long deadline = System.nanoTime() + BUDGET.toNanos();
        List<TimeExpression> times = new ArrayList<>();
        if (article.headline() != null) {
            times.addAll(normalizer.normalizeAll(bounded(article.headline(), Span.HEADLINE, warnings), Span.HEADLINE,
                    deadline));
        }
        if (article.dateline() != null && article.dateline().text() != null) {
            for (TimeExpression t : normalizer.normalizeAll(article.dateline().text(), 0, deadline)) {
                times.add(new TimeExpression(new Span(0, 0, 0, t.span().text()), t.type(), t.value(), t.modifier()));
            }
        }
        List<String> paragraphs = article.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            times.addAll(normalizer.normalizeAll(bounded(paragraphs.get(i), i, warnings), i, deadline));
        }
        warnings.addAll(normalizer.warnings());
        Article out = article.withTimes(times);
        return out.withMoreWarnings(warnings.stream().map(w -> "times: " + w).toList());
    }

    /** The article's date ({@link Article#storyDate()}); null (with a warning) when it has none. */
    static LocalDate anchor(Article article, List<String> warnings) {
        LocalDate d = article.storyDate();
        if (d == null) {
            warnings.add("no article date (dateline or published): relative time expressions are left unresolved");
        }
        return d;
    }

    private static String bounded(String text, int paragraph, List<String> warnings) {
        if (text.length() <= MAX_PARAGRAPH_CHARS) {
            return text;
        }
        warnings.add("paragraph " + paragraph + " has " + text.length() + " characters; only the first "
                + MAX_PARAGRAPH_CHARS + " were searched for time expressions");
        return text.substring(0, MAX_PARAGRAPH_CHARS);
    }
}
