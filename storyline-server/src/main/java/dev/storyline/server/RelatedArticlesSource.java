package dev.storyline.server;

import dev.storyline.index.ArticleIndex;
import dev.storyline.index.StoredArticle;
import dev.storyline.model.Article;
import dev.storyline.relate.RelatedArticle;
import dev.storyline.relate.RelatedArticles;
import dev.storyline.relate.RelatedList;
import dev.storyline.relate.RelatedReasons;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's related rail from {@link RelatedArticles}: lexical and vector neighbours fused and re-ranked, heads of
 * stories only, the article's own duplicates and versions listed apart, and each item's reasons in words a reader
 * understands (shared entities and terms, a shared dateline place, how many days before or after).
 */
public final class RelatedArticlesSource implements RelatedSource {

    private final RelatedArticles related;

    public RelatedArticlesSource(ArticleIndex index) {
        this(new RelatedArticles(Objects.requireNonNull(index, "index"), null, RelatedArticles.Options.defaults()));
    }

    public RelatedArticlesSource(RelatedArticles related) {
        this.related = Objects.requireNonNull(related, "related");
    }

    @Override
    public RelatedView related(StoredArticle stored, int size) {
        Optional<RelatedList> found = related.related(stored.id(), size);
        if (found.isEmpty()) {
            return new RelatedView(List.of(), List.of(), List.of());
        }
        RelatedList list = found.get();
        Article article = stored.article();
        List<RelatedView.Item> items = new ArrayList<>();
        for (RelatedArticle r : list.items()) {
            Article other = r.stored().article();
            items.add(new RelatedView.Item(other.id(), other.headline(), ArticleSummary.isoOrNull(other.date()),
                    r.score(), reasons(article, other, r)));
        }
        List<RelatedView.Item> duplicates = new ArrayList<>();
        if (list.duplicates() != null) {
            for (StoredArticle d : list.duplicates().members()) {
                if (!d.id().equals(stored.id())) {
                    Article a = d.article();
                    duplicates.add(new RelatedView.Item(a.id(), a.headline(), ArticleSummary.isoOrNull(a.date()), 1.0,
                            Map.of("sameText", true)));
                }
            }
        }
        List<RelatedView.Version> versions = new ArrayList<>();
        for (StoredArticle v : list.versions()) {
            if (!v.id().equals(stored.id())) {
                Article a = v.article();
                versions.add(new RelatedView.Version(a.id(), a.headline(), ArticleSummary.isoOrNull(a.date()),
                        a.version(), v.head()));
            }
        }
        return new RelatedView(items, duplicates, versions);
    }

    /** The reasons in the order a reader weighs them: who, what, where, when, how alike. */
    static Map<String, Object> reasons(Article a, Article b, RelatedArticle r) {
        RelatedReasons why = r.reasons();
        Map<String, Object> out = new LinkedHashMap<>();
        if (!why.sharedEntities().isEmpty()) {
            out.put("sharedEntities", why.sharedEntities().stream().limit(6).toList());
        }
        if (!why.sharedTerms().isEmpty()) {
            out.put("sharedTerms", why.sharedTerms().stream().limit(6).toList());
        }
        String place = a.dateline() == null ? null : a.dateline().place();
        String otherPlace = b.dateline() == null ? null : b.dateline().place();
        if (place != null && otherPlace != null && place.equalsIgnoreCase(otherPlace)) {
            out.put("samePlace", place);
        }
        if (why.daysApart() != null) {
            out.put("daysApart", why.daysApart());
        }
        out.put("textSimilarity", round(why.textSimilarity()));
        if (why.denseSimilarity() != null) {
            out.put("denseSimilarity", round(why.denseSimilarity()));
        }
        if (r.earlierVersions() > 0) {
            out.put("earlierVersions", r.earlierVersions());
        }
        return out;
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", v));
    }
}
