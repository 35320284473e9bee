package dev.storyline.server;

import dev.storyline.index.StoredArticle;
import dev.storyline.model.Article;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The frame every page shares and the small pieces pages are built of. Pages are built as jsoup elements: text goes
 * in through {@link Element#text} and attributes through {@link Element#attr}, which escape it, so article content
 * (untrusted) can never become markup. The one place markup from the index is let in, search snippets, passes
 * {@link #snippet} first, which keeps {@code <b>} and nothing else.
 */
final class Pages {

    /** What a snippet may keep of the highlighter's markup. */
    private static final Safelist SNIPPET = Safelist.none().addTags("b");

    private Pages() {
    }

    /** A page titled {@code title} whose {@code <main>} is returned for the caller to fill. */
    static Document page(String title, String query) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " · Storyline");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/style.css");
        Element header = doc.body().appendElement("header").addClass("site");
        header.appendElement("a").addClass("brand").attr("href", "/").text("Storyline");
        Element form = header.appendElement("form").attr("action", "/search").attr("method", "get")
                .attr("role", "search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("aria-label", "Search articles")
                .attr("placeholder", "Search articles").val(Objects.requireNonNullElse(query, ""));
        form.appendElement("button").attr("type", "submit").text("Search");
        doc.body().appendElement("main");
        doc.body().appendElement("footer").addClass("site")
                .appendText("Storyline · pages work without JavaScript · ")
                .appendElement("a").attr("href", "/api/openapi.json").text("API");
        return doc;
    }

    /** The page as sent: the HTML5 doctype (so browsers render in standards mode) and the document. */
    static String html(Document doc) {
        return "<!DOCTYPE html>\n" + doc.outerHtml();
    }

    static Element main(Document doc) {
        return doc.selectFirst("main");
    }

    static String errorPage(int status, String message) {
        Document doc = page("Error " + status, null);
        Element main = main(doc);
        main.appendElement("h1").text(status == 404 ? "Not found" : "Error " + status);
        main.appendElement("p").text(message);
        main.appendElement("p").appendElement("a").attr("href", "/").text("Back to the latest stories");
        return Pages.html(doc);
    }

    /** A search snippet, highlighted words kept in {@code <b>}, everything else escaped. */
    static String snippet(String highlighted) {
        return Jsoup.clean(highlighted, SNIPPET);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String articleHref(String id) {
        return "/articles/" + enc(id);
    }

    static String storyHref(String key) {
        return "/stories/" + enc(key);
    }

    static String entityHref(String key) {
        return "/entities/" + enc(key);
    }

    /** "SEOUL · 2019-05-21 · Yonhap", leaving out what is unknown. */
    static String meta(Article a) {
        List<String> parts = new ArrayList<>();
        if (a.dateline() != null) {
            addIfPresent(parts, a.dateline().place());
            addIfPresent(parts, ArticleSummary.isoOrNull(a.dateline().date()));
            addIfPresent(parts, a.dateline().agency());
        } else {
            addIfPresent(parts, ArticleSummary.isoOrNull(a.published()));
        }
        return String.join(" · ", parts);
    }

    private static void addIfPresent(List<String> parts, String s) {
        if (s != null && !s.isBlank()) {
            parts.add(s);
        }
    }

    /** A list item linking to {@code stored}'s page, with its tags and dateline line. */
    static Element articleItem(Element list, StoredArticle stored) {
        Article a = stored.article();
        Element li = list.appendElement("li");
        for (String tag : a.tags()) {
            li.appendElement("span").addClass("tag").text(tag);
        }
        li.appendElement("a").attr("href", articleHref(a.id())).text(headline(a));
        String meta = meta(a);
        if (!meta.isEmpty()) {
            li.appendElement("div").addClass("meta").text(meta);
        }
        return li;
    }

    static String headline(Article a) {
        return a.headline() == null || a.headline().isBlank() ? "(no headline)" : a.headline();
    }
}
