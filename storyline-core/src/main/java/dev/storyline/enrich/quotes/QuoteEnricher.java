package dev.storyline.enrich.quotes;

import dev.storyline.enrich.Enricher;
import dev.storyline.model.Article;
import dev.storyline.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds the article's direct quotations with their speakers ({@code quotes}). Uses the article's entities when an
 * earlier stage provided them, to give named speakers their canonical names and keys, but does not require them:
 * without entities, speakers keep the names and descriptions the story prints.
 *
 * <p>Quoted words too short to be a statement (fewer than {@value #MIN_WORDS} words) without a speaker, and
 * single quoted words even with one, are taken for scare quotes, terms or titles and left out. A quotation still open when the article ends is kept with a
 * warning. Provides {@code quotes}; requires nothing beyond the text. Thread-safe; never throws for odd text.
 */
public final class QuoteEnricher implements Enricher {

    static final int MIN_WORDS = 4;

    private final QuoteFinder finder = new QuoteFinder();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<String> requires() {
        return Set.of();
    }

    @Override
    public Set<String> provides() {
        return Set.of("quotes");
    }

    @Override
    public Article enrich(Article article) {
        List<String> warnings = new ArrayList<>();
        SpeakerAttribution attribution = new SpeakerAttribution(article.paragraphs(), article.entities());
        List<Quote> quotes = new ArrayList<>();
        for (QuoteFinder.FoundQuote found : finder.find(article.paragraphs())) {
            String text = found.text();
            if (text.isBlank()) {
                continue;
            }
            Quote.Speaker speaker = attribution.speakerOf(found);
            int words = text.split("\\s+").length;
            if (words < MIN_WORDS && (speaker == null || words < 2)) {
                continue;
            }
            if (!found.closed()) {
                warnings.add("quotes: the quotation opened in paragraph " + found.first().paragraph()
                        + " (offset " + found.openMark() + ") is never closed");
            }
            quotes.add(new Quote(text, found.parts(), speaker));
        }
        Article out = article.withQuotes(quotes);
        return out.withMoreWarnings(warnings);
    }
}
