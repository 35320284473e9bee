package dev.storyline.server;

import dev.storyline.index.StoredArticle;
import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.model.RailItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article page: headline, byline, dateline, body; the entities it names, linked to their pages; the other
 * versions of its story; and a rail of related articles that says why each one is there.
 */
final class ArticlePage {

    private ArticlePage() {
    }

    static String render(StoredArticle stored, RelatedView related) {
        Article a = stored.article();
        Document doc = Pages.page(Pages.headline(a), null);
        Element main = Pages.main(doc).addClass("article-layout");
        Element article = main.appendElement("article").addClass("story");
        Element header = article.appendElement("header");
        if (!a.tags().isEmpty()) {
            Element tags = header.appendElement("div").addClass("tags");
            a.tags().forEach(t -> tags.appendElement("span").addClass("tag").text(t));
        }
        header.appendElement("h1").text(Pages.headline(a));
        if (!a.byline().isEmpty()) {
            header.appendElement("p").addClass("byline").text("By " + String.join(", ", a.byline()));
        }
        String meta = Pages.meta(a);
        if (!meta.isEmpty()) {
            header.appendElement("p").addClass("dateline").text(meta);
        }
        if (a.attention() != null && !a.attention().isBlank()) {
            header.appendElement("p").addClass("attention").text("Editor's note: " + a.attention());
        }
        Element body = article.appendElement("div").addClass("body");
        a.paragraphs().forEach(p -> body.appendElement("p").text(p));
        if (!a.credits().isEmpty()) {
            Element credits = article.appendElement("p").addClass("credits");
            credits.text(String.join(" · ", a.credits()));
        }
        entities(article, a.entities());
        Element footer = article.appendElement("footer").addClass("source");
        footer.appendText("Story ");
        footer.appendElement("a").attr("href", Pages.storyHref(stored.storyKey())).text("timeline");
        footer.appendText(" · ");
        footer.appendElement("a").attr("href", "/api/articles/" + Pages.enc(a.id())).text("JSON");
        footer.appendText(" · ");
        footer.appendElement("a").attr("href", "/api/articles/" + Pages.enc(a.id()) + "?format=ninjs").text("ninjs");
        if (a.url() != null && a.url().toLowerCase(Locale.ROOT).matches("https?://.*")) {
            footer.appendText(" · ");
            footer.appendElement("a").attr("href", a.url()).attr("rel", "nofollow noopener noreferrer")
                    .text("original");
        }
        aside(main, a, related);
        return Pages.html(doc);
    }

    private static void entities(Element article, List<Entity> entities) {
        if (entities.isEmpty()) {
            return;
        }
        Element section = article.appendElement("section").addClass("entities");
        section.appendElement("h2").text("Named in this story");
        Map<String, Element> byType = new LinkedHashMap<>();
        for (Entity e : entities) {
            String type = e.type() == null ? "OTHER" : e.type().name();
            Element list = byType.computeIfAbsent(type, t -> {
                Element group = section.appendElement("div").addClass("entity-group");
                group.appendElement("h3").text(t.charAt(0) + t.substring(1).toLowerCase(Locale.ROOT));
                return group.appendElement("ul").addClass("chips");
            });
            list.appendElement("li").appendElement("a").attr("href", Pages.entityHref(e.key())).text(e.name());
        }
    }

    private static void aside(Element main, Article a, RelatedView related) {
        Element aside = main.appendElement("aside").addClass("rail");
        if (!related.versions().isEmpty()) {
            Element section = aside.appendElement("section").addClass("versions");
            section.appendElement("h2").text("Other versions");
            Element list = section.appendElement("ol");
            for (RelatedView.Version v : related.versions()) {
                Element li = list.appendElement("li");
                li.appendElement("span").addClass("tag").text("v" + v.version() + (v.head() ? " · latest" : ""));
                li.appendElement("a").attr("href", Pages.articleHref(v.id())).text(orNone(v.headline()));
                if (v.date() != null) {
                    li.appendElement("div").addClass("meta").text(v.date());
                }
            }
        }
        Element section = aside.appendElement("section").addClass("related");
        section.appendElement("h2").text("Related");
        if (related.items().isEmpty()) {
            section.appendElement("p").addClass("meta").text("No related articles in the index yet.");
        } else {
            Element list = section.appendElement("ol");
            for (RelatedView.Item item : related.items()) {
                Element li = list.appendElement("li").addClass("related-item");
                li.appendElement("a").attr("href", Pages.articleHref(item.id())).text(orNone(item.headline()));
                if (item.date() != null) {
                    li.appendElement("div").addClass("meta").text(item.date());
                }
                li.appendElement("div").addClass("why").text(why(item.reasons()));
            }
        }
        if (!related.duplicates().isEmpty()) {
            Element dup = aside.appendElement("section").addClass("duplicates");
            dup.appendElement("h2").text("Same text elsewhere");
            Element list = dup.appendElement("ul");
            related.duplicates().forEach(d -> list.appendElement("li").appendElement("a")
                    .attr("href", Pages.articleHref(d.id())).text(orNone(d.headline())));
        }
        if (!a.rail().isEmpty()) {
            Element printed = aside.appendElement("section").addClass("printed-rail");
            printed.appendElement("h2").text("Printed with the story");
            Element list = printed.appendElement("ul");
            for (RailItem r : a.rail()) {
                Element li = list.appendElement("li");
                li.appendElement("a").attr("href", "/search?q=" + Pages.enc(quoteForSearch(r.headline())))
                        .text(orNone(r.headline()));
            }
        }
    }

    /** "Why: shares thaad, defense · names South Korea · same place SEOUL". */
    static String why(Map<String, Object> reasons) {
        StringBuilder out = new StringBuilder("Why: ");
        int n = 0;
        for (Map.Entry<String, Object> r : reasons.entrySet()) {
            if (n++ > 0) {
                out.append(" · ");
            }
            String value = r.getValue() instanceof List<?> list
                    ? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(r.getValue());
            switch (r.getKey()) {
                case "sharedTerms" -> out.append("shares the words ").append(value);
                case "sharedEntities" -> out.append("names ").append(value);
                case "samePlace" -> out.append("same place ").append(value);
                case "similarWording" -> out.append("similar wording");
                case "daysApart" -> out.append(daysApart(((Number) r.getValue()).longValue()));
                case "textSimilarity" -> out.append("text similarity ").append(value);
                case "denseSimilarity" -> out.append("meaning similarity ").append(value);
                case "earlierVersions" -> out.append(value).append(" earlier version")
                        .append("1".equals(value) ? "" : "s");
                default -> out.append(r.getKey()).append(' ').append(value);
            }
        }
        return out.toString();
    }

    private static String daysApart(long days) {
        if (days == 0) {
            return "same day";
        }
        long n = Math.abs(days);
        return n + (n == 1 ? " day " : " days ") + (days < 0 ? "before" : "after");
    }

    /** A headline as a phrase search, its quotes and query operators neutralised. */
    private static String quoteForSearch(String headline) {
        return "\"" + orNone(headline).replaceAll("[\"\\\\]", " ") + "\"";
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "(no headline)" : s;
    }
}
