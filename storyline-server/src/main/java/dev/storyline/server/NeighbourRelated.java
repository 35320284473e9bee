package dev.storyline.server;

import dev.storyline.index.ArticleIndex;
import dev.storyline.index.Filters;
import dev.storyline.index.Neighbour;
import dev.storyline.index.StoredArticle;
import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Related articles from what the index offers today: its "more like this" neighbours, explained by the distinctive
 * terms the query was built from, the entities both articles name, and a shared dateline place. Neighbours of the same
 * story are versions, not related items; a neighbour with the same headline and body is a duplicate.
 */
public final class NeighbourRelated implements RelatedSource {

    private final ArticleIndex index;

    public NeighbourRelated(ArticleIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    @Override
    public RelatedView related(StoredArticle stored, int size) {
        Article article = stored.article();
        List<RelatedView.Item> items = new ArrayList<>();
        List<RelatedView.Item> duplicates = new ArrayList<>();
        // ask for more than needed: versions of the same story are among the nearest and are dropped here
        for (Neighbour n : index.similarTo(article.id(), size * 2 + 5, Filters.none())) {
            if (n.stored().storyKey().equals(stored.storyKey())) {
                continue;
            }
            Article other = n.stored().article();
            RelatedView.Item item = new RelatedView.Item(other.id(), other.headline(), other.date(), n.score(),
                    reasons(article, other, n.sharedTerms()));
            if (sameText(article, other)) {
                duplicates.add(item);
            } else if (items.size() < size) {
                items.add(item);
            }
        }
        List<RelatedView.Version> versions = new ArrayList<>();
        for (StoredArticle v : index.versions(stored.storyKey())) {
            if (!v.id().equals(article.id())) {
                Article a = v.article();
                versions.add(new RelatedView.Version(a.id(), a.headline(), a.date(), a.version(), v.head()));
            }
        }
        return new RelatedView(items, duplicates, versions);
    }

    private static Map<String, Object> reasons(Article a, Article b, List<String> sharedTerms) {
        Map<String, Object> reasons = new LinkedHashMap<>();
        Set<String> bodyWords = words(b);
        List<String> terms = sharedTerms.stream().filter(bodyWords::contains)
                .filter(t -> !t.chars().allMatch(Character::isDigit)).limit(6).toList();
        if (!terms.isEmpty()) {
            reasons.put("sharedTerms", terms);
        }
        Set<String> keys = new LinkedHashSet<>();
        b.entities().forEach(e -> keys.add(e.key()));
        List<String> entities = a.entities().stream().filter(e -> keys.contains(e.key())).map(Entity::name)
                .distinct().limit(6).toList();
        if (!entities.isEmpty()) {
            reasons.put("sharedEntities", entities);
        }
        if (a.dateline() != null && b.dateline() != null && a.dateline().place() != null
                && a.dateline().place().equalsIgnoreCase(Objects.requireNonNullElse(b.dateline().place(), ""))) {
            reasons.put("samePlace", a.dateline().place());
        }
        if (reasons.isEmpty()) {
            reasons.put("similarWording", true);
        }
        return reasons;
    }

    /** The lower-cased words of {@code a}'s headline and body, to keep only terms the neighbour really prints. */
    private static Set<String> words(Article a) {
        Set<String> words = new LinkedHashSet<>();
        String text = (Objects.requireNonNullElse(a.headline(), "") + " " + a.body()).toLowerCase(java.util.Locale.ROOT);
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean sameText(Article a, Article b) {
        return Objects.equals(a.headline(), b.headline()) && a.body().equals(b.body());
    }
}
