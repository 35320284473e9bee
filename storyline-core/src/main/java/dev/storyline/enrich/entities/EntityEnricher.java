package dev.storyline.enrich.entities;

import dev.storyline.enrich.Enricher;
import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code entities} enrichment stage: finds the people, organisations, places and other names of an article
 * with their spans ({@link EntityRecognizer}), keeps titles apart and canonicalises listed places
 * ({@link NameClassifier}), and merges the mentions of each entity under one canonical name with a corpus-wide
 * key ({@link MentionMerger}, {@link EntityKeys}). The byline's reporters, the dateline's place and its agency
 * are added as entities without a span (role {@code byline}, {@code dateline}, {@code agency}), or as a role on the
 * entity when the text names them too.
 *
 * <p>Requires {@code text}; provides {@code entities}. Thread-safe: the model is loaded once and shared. Never
 * throws for odd text: an article it cannot handle comes back with a warning and the entities found so far.
 */
public final class EntityEnricher implements Enricher {

    private final EntityRecognizer recognizer;
    private final NameClassifier classifier;

    /** An enricher with the shipped model. */
    public EntityEnricher() {
        this(NameTagger.standard());
    }

    /** An enricher with {@code tagger}. */
    public EntityEnricher(NameTagger tagger) {
        this.recognizer = new EntityRecognizer(tagger);
        this.classifier = new NameClassifier(Gazetteer.standard());
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<String> requires() {
        return Set.of("text");
    }

    @Override
    public Set<String> provides() {
        return Set.of("entities");
    }

    @Override
    public Article enrich(Article article) {
        List<String> warnings = new ArrayList<>();
        List<Entity> entities;
        try {
            EntityRecognizer.Result found = recognizer.recognise(article.headline(), article.paragraphs());
            warnings.addAll(found.warnings());
            entities = new ArrayList<>(new MentionMerger().merge(classifier.classify(found)));
            addUnprinted(entities, article.byline(), EntityType.PERSON, "byline");
            if (article.dateline() != null && article.dateline().place() != null) {
                String place = NameClassifier.properCase(article.dateline().place().strip());
                String country = Gazetteer.standard().countryNamed(place);
                addUnprinted(entities, List.of(country != null ? country : place), EntityType.PLACE, "dateline");
            }
            if (article.dateline() != null && article.dateline().agency() != null) {
                addUnprinted(entities, List.of(article.dateline().agency()), EntityType.ORGANIZATION, "agency");
            }
        } catch (RuntimeException e) {
            // a bug must not stop an ingest: keep the article, say what happened
            warnings.add("entities: not extracted (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            entities = List.of();
        }
        Article out = article.withEntities(entities);
        return out.withMoreWarnings(warnings);
    }

    /** Names from the byline or dateline: a role on the entity the text already has, else a new entity. */
    private static void addUnprinted(List<Entity> entities, List<String> names, EntityType type, String role) {
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String n = name.strip();
            int at = -1;
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                if (e.type() == type && (e.name().equalsIgnoreCase(n)
                        || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(n)))) {
                    at = i;
                }
            }
            if (at >= 0) {
                Entity e = entities.get(at);
                List<String> roles = new ArrayList<>(e.roles());
                if (!roles.contains(role)) {
                    roles.add(role);
                }
                entities.set(at, new Entity(e.key(), e.name(), e.type(), e.aliases(), roles, e.linkedTo(),
                        e.mentions()));
            } else {
                entities.add(new Entity(EntityKeys.key(type, n), n, type, List.of(), List.of(role.toLowerCase(
                        Locale.ROOT)), null, List.of()));
            }
        }
    }
}
