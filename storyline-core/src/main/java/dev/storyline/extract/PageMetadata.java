package dev.storyline.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about its article beside the text: from JSON-LD ({@link JsonLdArticle}) first, then the
 * Open Graph and {@code article:} meta tags, then Dublin Core and plain meta tags, then {@code <time datetime>},
 * {@code <html lang>}, {@code <link rel="canonical">}, the first {@code <h1>} and the {@code <title>}.
 *
 * @param headline    the article's headline
 * @param authors     author names (never profile URLs)
 * @param published   publication date-time as the page gives it (ISO 8601 in practice)
 * @param modified    last modification date-time
 * @param url         canonical address
 * @param siteName    the site or publisher
 * @param language    ISO 639-1 code, lower case ({@code en} for {@code en-US})
 * @param description the page's summary
 * @param section     the site's section of the article
 * @param articleBody the body the page itself states in JSON-LD, when it does
 */
public record PageMetadata(String headline, List<String> authors, String published, String modified, String url,
        String siteName, String language, String description, String section, String articleBody) {

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Reads the metadata of {@code page}. */
    public static PageMetadata of(Document page) {
        JsonLdArticle ld = JsonLdArticle.find(page);
        MetaTags meta = new MetaTags(page);
        String siteName = first(meta.get("og:site_name"), ld == null ? null : ld.publisher(),
                meta.get("application-name"));
        String headline = withoutSiteName(first(ld == null ? null : ld.headline(), meta.get("og:title"), meta.get("twitter:title"),
                meta.get("dc.title"), firstText(page, "h1"), page.title()), siteName);
        List<String> authors = ld != null && !ld.authors().isEmpty() ? ld.authors()
                : meta.names("article:author", "author", "dc.creator", "byl", "parsely-author", "sailthru.author");
        String published = first(ld == null ? null : ld.published(), meta.get("article:published_time"),
                meta.get("og:article:published_time"), meta.get("datepublished"), meta.get("pubdate"),
                meta.get("publishdate"), meta.get("dc.date.issued"), meta.get("dc.date"), meta.get("date"),
                meta.get("sailthru.date"), meta.get("parsely-pub-date"), timeDatetime(page));
        String modified = first(ld == null ? null : ld.modified(), meta.get("article:modified_time"),
                meta.get("og:updated_time"), meta.get("datemodified"));
        String url = first(page.select("link[rel~=(?i)^canonical$]").attr("href"), meta.get("og:url"),
                ld == null ? null : ld.url());
        String language = languageCode(first(page.select("html").attr("lang"), meta.get("content-language"),
                meta.get("dc.language"), ld == null ? null : ld.language(), meta.get("og:locale")));
        return new PageMetadata(headline, authors, published, modified, url, siteName, language, first(meta.get("og:description"), meta.get("description"), meta.get("twitter:description")),
                first(ld == null ? null : ld.section(), meta.get("article:section")),
                ld == null ? null : ld.articleBody());
    }

    /** {@code "Ferry returns"} for {@code "Ferry returns | The Ledger"} when the site is {@code The Ledger}. */
    static String withoutSiteName(String title, String siteName) {
        if (title == null || siteName == null || siteName.isBlank()) {
            return title;
        }
        int at = title.lastIndexOf(siteName.strip());
        if (at > 0 && at + siteName.strip().length() == title.length()) {
            String head = title.substring(0, at).replaceAll("[\\s|\\-–—:·•]+$", "");
            return head.isEmpty() ? title : head;
        }
        return title;
    }

    /** {@code en} for {@code en-US}, {@code en_GB} or {@code EN}; {@code null} for anything else. */
    static String languageCode(String tag) {
        if (tag == null) {
            return null;
        }
        String code = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return code.matches("[a-z]{2,3}") ? code : null;
    }

    /** The page's publication {@code <time datetime>}: one marked as such when there is one, else the first. */
    private static String timeDatetime(Document page) {
        Element marked = page.selectFirst("time[datetime][itemprop~=(?i)datePublished], time[datetime][pubdate]");
        Element time = marked != null ? marked : page.selectFirst("time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    private static String firstText(Document page, String css) {
        Element e = page.selectFirst(css);
        return e == null ? null : e.text();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The page's {@code <meta>} tags by lower-cased {@code property}, {@code name}, {@code itemprop} or {@code http-equiv}. */
    private static final class MetaTags {
        private final java.util.Map<String, List<String>> values = new java.util.HashMap<>();

        MetaTags(Document page) {
            for (Element m : page.select("meta[content]")) {
                String content = m.attr("content").strip();
                if (content.isEmpty()) {
                    continue;
                }
                for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                    String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
                    if (!k.isEmpty()) {
                        values.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
                    }
                }
            }
        }

        String get(String key) {
            List<String> v = values.get(key);
            return v == null ? null : v.get(0);
        }

        /** The person names under the first of {@code keys} that has any, profile URLs left out. */
        List<String> names(String... keys) {
            for (String key : keys) {
                Set<String> names = new LinkedHashSet<>();
                for (String v : values.getOrDefault(key, List.of())) {
                    if (!v.startsWith("http") && !v.startsWith("www.")) {
                        names.add(v);
                    }
                }
                if (!names.isEmpty()) {
                    return new ArrayList<>(names);
                }
            }
            return List.of();
        }
    }
}
