package dev.storyline.enrich;

import dev.storyline.model.Article;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs enrichers in order, after checking at construction that each stage's requirements are provided by the
 * stages before it (the wire grammar provides {@code text} and {@code dateline}).
 */
public final class EnrichmentPipeline {

    /** What every article has before any enricher runs. */
    public static final Set<String> PROVIDED_BY_GRAMMAR = Set.of("text", "dateline");

    private final List<Enricher> stages;

    private EnrichmentPipeline(List<Enricher> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * A pipeline of {@code stages}, run in this order.
     *
     * @throws IllegalArgumentException naming the stage whose requirement comes too late or never
     */
    public static EnrichmentPipeline of(List<Enricher> stages) {
        Set<String> provided = new HashSet<>(PROVIDED_BY_GRAMMAR);
        for (Enricher e : stages) {
            for (String need : e.requires()) {
                if (!provided.contains(need)) {
                    throw new IllegalArgumentException("enricher '" + e.name() + "' requires '" + need
                            + "', which no earlier stage provides (provided so far: " + provided + ")");
                }
            }
            provided.addAll(e.provides());
        }
        return new EnrichmentPipeline(stages);
    }

    /** No stages: articles pass unchanged. */
    public static EnrichmentPipeline empty() {
        return new EnrichmentPipeline(List.of());
    }

    public List<Enricher> stages() {
        return stages;
    }

    /** {@code article} after every stage. */
    public Article apply(Article article) {
        Article a = article;
        for (Enricher e : stages) {
            a = e.enrich(a);
        }
        return a;
    }
}
