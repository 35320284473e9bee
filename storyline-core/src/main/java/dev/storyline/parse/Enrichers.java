package dev.storyline.parse;

import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.enrich.entities.EntityEnricher;
import dev.storyline.enrich.quotes.QuoteEnricher;
import dev.storyline.enrich.times.TimeEnricher;
import java.util.List;

/**
 * The enrichers Storyline runs by default, in order: named entities, time expressions, quotes (quotes name their
 * speakers from the entities). The pipeline is built once, on first use (the entity model takes about a second to
 * load), and shared: every stage is thread-safe.
 */
public final class Enrichers {

    private Enrichers() {
    }

    /** The default pipeline: entities, then times, then quotes. */
    public static EnrichmentPipeline standard() {
        return Standard.PIPELINE;
    }

    /** Holder: loads the models only when the standard pipeline is first asked for. */
    private static final class Standard {
        static final EnrichmentPipeline PIPELINE = EnrichmentPipeline.of(
                List.of(new EntityEnricher(), new TimeEnricher(), new QuoteEnricher()));
    }
}
