package dev.storyline.server;

import dev.storyline.index.ArticleIndex;
import dev.storyline.index.Facet;
import dev.storyline.index.FacetValue;
import dev.storyline.index.Hit;
import dev.storyline.index.SearchRequest;
import dev.storyline.index.SearchResult;
import dev.storyline.index.SortOrder;
import dev.storyline.index.StoredArticle;
import dev.storyline.model.Article;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The server-rendered pages: home (latest stories), article, search with facets and snippets, story timeline, entity,
 * and the style sheet. No page needs JavaScript, and none carries any.
 */
final class PageRoutes {

    /** Facet dimension to the search parameter that filters on it; dimensions absent here refine the query. */
    private static final Map<String, String> FILTER_PARAM = Map.of("agency", "agency", "place", "place",
            "topic", "tag", "year", "year");

    private final ArticleIndex index;
    private final RelatedSource related;

    PageRoutes(ArticleIndex index, RelatedSource related) {
        this.index = index;
        this.related = related;
    }

    void register(StorylineServer server) {
        server.page("/", this::home);
        server.page("/articles/{id}", ctx -> {
            String id = ctx.pathParam("id");
            StoredArticle s = index.get(id).orElseThrow(() -> new HttpResponseException(404, "no article with id " + id));
            ctx.html(ArticlePage.render(s, related.related(s, 8)));
        });
        server.page("/search", this::search);
        server.page("/stories/{key}", this::story);
        server.page("/entities/{key}", this::entity);
        server.page("/static/style.css", ctx -> {
            try (InputStream in = PageRoutes.class.getResourceAsStream("style.css")) {
                ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=3600")
                        .result(in.readAllBytes());
            }
        });
    }

    private void home(Context ctx) {
        SearchResult r = index.search(SearchRequest.of("").withSort(SortOrder.DATE).withPage(1, 60).withFacetSize(0)
                .withHighlight(false));
        Document doc = Pages.page("Latest stories", null);
        Element main = Pages.main(doc);
        main.appendElement("h1").text("Latest stories");
        main.appendElement("p").addClass("meta").text(index.count() + " articles in the index");
        Element list = main.appendElement("ul").addClass("hits");
        Set<String> seen = new LinkedHashSet<>();
        for (Hit h : r.hits()) {
            // one line per story: its newest version, which sorts first by date
            if (seen.add(h.stored().storyKey()) && seen.size() <= 25) {
                Element li = Pages.articleItem(list, h.stored());
                if (index.versions(h.stored().storyKey()).size() > 1) {
                    li.appendElement("a").addClass("story-link").attr("href", Pages.storyHref(h.stored().storyKey()))
                            .text("story timeline");
                }
            }
        }
        ctx.html(Pages.html(doc));
    }

    private void search(Context ctx) {
        SearchRequest request = SearchParameters.from(ctx, 10);
        SearchResult r = index.search(request);
        Document doc = Pages.page(request.query().isBlank() ? "Search" : "Search: " + request.query(), request.query());
        Element main = Pages.main(doc).addClass("search-layout");
        Element results = main.appendElement("section").addClass("results");
        results.appendElement("h1").text(request.query().isBlank() ? "All articles" : "Results for " + request.query());
        results.appendElement("p").addClass("meta").text(r.total() + (r.total() == 1 ? " article" : " articles")
                + activeFilters(ctx));
        Element list = results.appendElement("ol").addClass("hits");
        for (Hit h : r.hits()) {
            Element li = Pages.articleItem(list, h.stored());
            for (String field : List.of("body")) { // the headline is already the link above
                for (String snippet : h.highlights().getOrDefault(field, List.of())) {
                    li.appendElement("p").addClass("snippet").html(Pages.snippet(snippet));
                }
            }
        }
        pager(results, ctx, r);
        Element facets = main.appendElement("aside").addClass("facets");
        facets.appendElement("h2").text("Refine");
        for (Facet f : r.facets()) {
            if (f.values().isEmpty()) {
                continue;
            }
            Element group = facets.appendElement("section").addClass("facet").attr("data-dimension", f.dimension());
            group.appendElement("h3").text(f.dimension());
            Element ul = group.appendElement("ul");
            for (FacetValue v : f.values()) {
                Element li = ul.appendElement("li");
                li.appendElement("a").attr("href", facetHref(ctx, request.query(), f.dimension(), v.value()))
                        .text(v.value());
                li.appendElement("span").addClass("count").text(Long.toString(v.count()));
            }
        }
        ctx.html(Pages.html(doc));
    }

    private static String activeFilters(Context ctx) {
        StringBuilder out = new StringBuilder();
        for (String p : List.of("agency", "place", "tag", "year", "from", "to")) {
            for (String v : ctx.queryParams(p)) {
                out.append(" · ").append(p).append(": ").append(v);
            }
        }
        return out.toString();
    }

    /** The current search with one more restriction: a filter parameter, or a field clause added to the query. */
    private static String facetHref(Context ctx, String query, String dimension, String value) {
        StringBuilder href = new StringBuilder("/search?");
        String param = FILTER_PARAM.get(dimension);
        String q = query;
        if (param == null) {
            String clause = dimension + ":\"" + value.replaceAll("[\"\\\\]", " ") + "\"";
            q = query.isBlank() ? clause : "(" + query + ") AND " + clause;
        }
        href.append("q=").append(Pages.enc(q));
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("q") && !name.equals("page")) {
                values.forEach(v -> href.append('&').append(Pages.enc(name)).append('=').append(Pages.enc(v)));
            }
        });
        if (param != null) {
            href.append('&').append(param).append('=').append(Pages.enc(value));
        }
        return href.toString();
    }

    private static void pager(Element results, Context ctx, SearchResult r) {
        long pages = (r.total() + r.size() - 1) / r.size();
        if (pages <= 1) {
            return;
        }
        Element nav = results.appendElement("nav").addClass("pager");
        if (r.page() > 1) {
            nav.appendElement("a").attr("rel", "prev").attr("href", pageHref(ctx, r.page() - 1)).text("← Newer results");
        }
        nav.appendElement("span").text("page " + r.page() + " of " + pages);
        if (r.page() < pages) {
            nav.appendElement("a").attr("rel", "next").attr("href", pageHref(ctx, r.page() + 1)).text("More results →");
        }
    }

    private static String pageHref(Context ctx, int page) {
        StringBuilder href = new StringBuilder("/search?page=" + page);
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("page")) {
                values.forEach(v -> href.append('&').append(Pages.enc(name)).append('=').append(Pages.enc(v)));
            }
        });
        return href.toString();
    }

    private void story(Context ctx) {
        String key = ctx.pathParam("key");
        List<StoredArticle> versions = index.versions(key);
        if (versions.isEmpty()) {
            throw new HttpResponseException(404, "no story with key " + key);
        }
        Article latest = versions.get(versions.size() - 1).article();
        Document doc = Pages.page(Pages.headline(latest), null);
        Element main = Pages.main(doc);
        main.appendElement("p").addClass("kicker").text("Story · " + versions.size()
                + (versions.size() == 1 ? " version" : " versions"));
        main.appendElement("h1").text(Pages.headline(latest));
        main.appendElement("h2").text("Timeline");
        Element list = main.appendElement("ol").addClass("timeline");
        for (StoredArticle s : ApiRoutes.timeline(versions)) {
            Article a = s.article();
            Element li = list.appendElement("li");
            li.appendElement("time").text(a.date() == null ? "undated" : a.date().toString());
            li.appendElement("span").addClass("tag").text("v" + a.version());
            a.tags().forEach(t -> li.appendElement("span").addClass("tag").text(t));
            li.appendElement("a").attr("href", Pages.articleHref(a.id())).text(Pages.headline(a));
            if (a.attention() != null && !a.attention().isBlank()) {
                li.appendElement("div").addClass("meta").text(a.attention());
            }
        }
        ctx.html(Pages.html(doc));
    }

    private void entity(Context ctx) throws IOException {
        String key = ctx.pathParam("key");
        Map<String, Object> entity = ApiRoutes.entity(index, key, 50);
        Document doc = Pages.page(String.valueOf(entity.get("name")), null);
        Element main = Pages.main(doc);
        main.appendElement("p").addClass("kicker").text(entity.get("type") == null ? "Entity"
                : String.valueOf(entity.get("type")).toLowerCase(java.util.Locale.ROOT));
        main.appendElement("h1").text(String.valueOf(entity.get("name")));
        main.appendElement("p").addClass("meta").text("Named in " + entity.get("total") + " articles");
        main.appendElement("h2").text("Articles");
        Element list = main.appendElement("ul").addClass("hits");
        SearchResult r = index.search(ApiRoutes.entitySearch(key, 50));
        Set<String> stories = new LinkedHashSet<>();
        for (Hit h : r.hits()) {
            Pages.articleItem(list, h.stored());
            stories.add(h.stored().storyKey());
        }
        main.appendElement("h2").text("Stories");
        Element storyList = main.appendElement("ul").addClass("hits");
        for (String s : stories) {
            List<StoredArticle> versions = index.versions(s);
            if (!versions.isEmpty()) {
                Article latest = versions.get(versions.size() - 1).article();
                storyList.appendElement("li").appendElement("a").attr("href", Pages.storyHref(s))
                        .text(Pages.headline(latest) + " (" + versions.size()
                                + (versions.size() == 1 ? " version)" : " versions)"));
            }
        }
        ctx.html(Pages.html(doc));
    }
}
