package dev.storyline.eval.quotes;

import dev.storyline.model.Article;
import dev.storyline.model.Quote;
import dev.storyline.enrich.quotes.QuoteEnricher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores {@link QuoteEnricher} against hand-annotated stories: each gold quotation must be found (its text starts
 * with the gold's first words) and attributed to the gold speaker, whether a name or a description.
 */
public final class QuotesEvaluation {

    private final QuoteEnricher enricher = new QuoteEnricher();
    private final List<String> mismatches = new ArrayList<>();

    public QuotesScore evaluate(List<QuoteGold> golds) {
        QuotesScore total = QuotesScore.EMPTY;
        for (QuoteGold g : golds) {
            total = total.plus(evaluate(g));
        }
        return total;
    }

    public QuotesScore evaluate(QuoteGold gold) {
        long t0 = System.nanoTime();
        Article a = enricher.enrich(gold.article());
        long nanos = System.nanoTime() - t0;
        List<Quote> found = a.quotes();
        boolean[] used = new boolean[found.size()];
        int matched = 0;
        int speaker = 0;
        for (QuoteGold.Expected e : gold.quotes()) {
            int hit = -1;
            for (int i = 0; i < found.size() && hit < 0; i++) {
                if (!used[i] && normal(found.get(i).text()).startsWith(normal(e.starts()))) {
                    hit = i;
                }
            }
            if (hit < 0) {
                mismatches.add(gold.name() + "\tMISSED\t" + e.starts());
                continue;
            }
            used[hit] = true;
            matched++;
            String said = spoken(found.get(hit).speaker());
            if (normal(said).equals(normal(e.speaker()))) {
                speaker++;
            } else {
                mismatches.add(gold.name() + "\tSPEAKER\t" + e.starts() + "\twant " + e.speaker() + "\tgot " + said);
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                mismatches.add(gold.name() + "\tEXTRA\t" + found.get(i).text());
            }
        }
        return new QuotesScore(1, gold.quotes().size(), found.size(), matched, speaker, nanos);
    }

    /** One line per missed, extra or misattributed quotation. */
    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    private static String spoken(Quote.Speaker s) {
        if (s == null) {
            return "";
        }
        return s.name() != null ? s.name() : s.description() == null ? "" : s.description();
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
