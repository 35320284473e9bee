package dev.storyline.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.storyline.json.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in its JSON-LD ({@code <script type="application/ld+json">}), as schema.org
 * {@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle}, {@code BlogPosting} and their kin, found at the
 * top level, in an array or in an {@code @graph}. For example:
 * <pre>{@code
 * {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Port reopens after storm",
 *  "datePublished": "2024-03-02T08:00:00Z", "author": [{"@type": "Person", "name": "Ana Ruiz"}],
 *  "articleBody": "The port reopened on Saturday ..."}
 * }</pre>
 *
 * @param headline    {@code headline} (or {@code name})
 * @param published   {@code datePublished}
 * @param modified    {@code dateModified}
 * @param authors     the {@code name} of each {@code author} (objects, strings or arrays of either)
 * @param url         {@code url}, else the {@code @id} of {@code mainEntityOfPage}
 * @param language    {@code inLanguage}
 * @param publisher   {@code publisher.name}
 * @param articleBody {@code articleBody} when the page gives it
 * @param section     {@code articleSection}
 */
public record JsonLdArticle(String headline, String published, String modified, List<String> authors, String url,
        String language, String publisher, String articleBody, String section) {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "techarticle",
            "scholarlyarticle", "report");
    /** Pages often hand-write their JSON-LD; accept its usual slips rather than lose the metadata. */
    private static final ObjectReader LENIENT = Json.mapper().reader()
            .with(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .with(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .with(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER);
    /** Most JSON nodes visited per page, so that a hostile script costs bounded time. */
    private static final int MAX_NODES = 50_000;

    public JsonLdArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The first article object in the page's JSON-LD, or {@code null} when there is none (or none that parses). */
    public static JsonLdArticle find(Document page) {
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root;
            try {
                root = LENIENT.readTree(script.data().trim());
            } catch (Exception e) { // malformed JSON-LD is common and not an error of the page's text
                continue;
            }
            JsonNode article = firstArticle(root);
            if (article != null) {
                return of(article);
            }
        }
        return null;
    }

    /** Breadth-first, without recursion: JSON-LD may nest deeply on hostile pages. */
    private static JsonNode firstArticle(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        int visited = 0;
        while (!queue.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = queue.poll();
            if (node.isObject()) {
                if (isArticle(node.get("@type"))) {
                    return node;
                }
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    queue.add(graph);
                }
                JsonNode main = node.get("mainEntity");
                if (main != null) {
                    queue.add(main);
                }
            } else if (node.isArray()) {
                node.forEach(queue::add);
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText("").toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText("").toLowerCase(java.util.Locale.ROOT));
    }

    private static JsonLdArticle of(JsonNode a) {
        String headline = text(a.get("headline"));
        if (headline == null) {
            headline = text(a.get("name"));
        }
        String url = text(a.get("url"));
        JsonNode main = a.get("mainEntityOfPage");
        if (url == null && main != null) {
            url = main.isObject() ? text(main.get("@id")) : text(main);
        }
        JsonNode publisher = a.get("publisher");
        return new JsonLdArticle(headline, text(a.get("datePublished")), text(a.get("dateModified")),
                names(a.get("author")), url, text(a.get("inLanguage")),
                publisher != null && publisher.isObject() ? text(publisher.get("name")) : text(publisher),
                text(a.get("articleBody")), text(a.get("articleSection")));
    }

    private static List<String> names(JsonNode author) {
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> items = new ArrayList<>();
        if (author != null && author.isArray()) {
            author.forEach(items::add);
        } else if (author != null) {
            items.add(author);
        }
        for (JsonNode item : items) {
            String name = item.isObject() ? text(item.get("name")) : text(item);
            if (name != null && !name.startsWith("http")) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** The text of a scalar (or the first scalar of an array); {@code null} for blanks and objects. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isObject()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
