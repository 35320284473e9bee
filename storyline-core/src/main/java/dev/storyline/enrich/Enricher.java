package dev.storyline.enrich;

import dev.storyline.model.Article;
import java.util.Set;

/**
 * One enrichment stage: adds derived values (entities, times, quotes, ...) to an article. Like an annotator
 * pipeline, each stage declares what it needs and what it provides, and {@link EnrichmentPipeline} checks the
 * order. Enrichers are thread-safe and never throw for odd text; they add warnings instead.
 */
public interface Enricher {

    /** A short name for messages, e.g. {@code entities}. */
    String name();

    /** What must have been provided before this stage runs, e.g. {@code entities} for quotes. */
    Set<String> requires();

    /** What this stage provides, e.g. {@code times}. */
    Set<String> provides();

    /** {@code article} with this stage's values added. */
    Article enrich(Article article);
}
