package dev.storyline.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about its text: the names web
 * authors give to boilerplate ({@code share-bar}, {@code related-links}, {@code comments}, {@code newsletter-signup}),
 * or the schema.org mark of an article body ({@code itemprop="articleBody"}). Names are cut into words at
 * punctuation and case changes, and words are compared whole or by prefix, so that {@code shadow} is not taken for
 * {@code ad}. {@code <article>} and {@code <main>} are never boilerplate by name: content-management systems put the
 * post's taxonomy on them ({@code class="post author-ana-ruiz tag-sport"}).
 */
enum NameSignal {
    /** The element is marked as an article body ({@code itemprop="articleBody"}). */
    CONTENT,
    /** The name marks boilerplate: navigation, sharing, related items, comments, ads, sign-ups, captions, bylines. */
    BOILERPLATE,
    /** The name says nothing either way. */
    NEUTRAL;

    /** Whole words that mark boilerplate. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of("ad", "ads", "adv", "advert", "nav", "navbar",
            "menu", "tags", "also", "popular", "trending", "recirc", "byline", "dateline", "caption",
            "credit", "credits", "copyright", "disclaimer", "footer", "foot", "masthead", "banner", "toolbar",
            "breadcrumb", "breadcrumbs", "pagination", "pager", "print", "email", "rating", "widget", "hidden",
            "skip", "outbrain", "taboola", "disqus", "signup", "login", "modal", "popup", "overlay", "cookie",
            "cookies", "consent", "gdpr", "sidebar", "aside", "rail", "meta", "timestamp", "time", "date", "author",
            "authors", "bio", "contributor", "sponsored", "promo", "promotion", "subscribe", "subscription",
            "newsletter", "comment", "comments", "share", "sharing", "social", "related", "recommended",
            "recommendations", "teaser", "teasers", "carousel", "slideshow", "gallery", "video",
            "dropdown", "search", "header", "topbar", "complementary", "navigation", "contentinfo", "dialog",
            "alert", "newsletters", "follow", "feedback", "reactions", "toc", "categories",
            "jump", "readmore", "upsell", "offer", "donate", "headline", "title", "kicker", "eyebrow", "figure",
            "img", "photo", "media", "icon", "logo", "hero");
    /** Word beginnings that mark boilerplate (matched as prefixes: {@code sharebar}, {@code commentlist}). */
    private static final String[] BOILERPLATE_PREFIXES = {"share", "social", "comment", "related", "recommend",
            "newsletter", "subscri", "promo", "advert", "sponsor", "sidebar", "breadcrumb", "footer", "masthead",
            "navbar", "outbrain", "taboola", "disqus", "byline", "caption", "copyright", "signup"};

    /** The signal of {@code e}'s names; {@link #NEUTRAL} for an element without any. */
    static NameSignal of(Element e) {
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody")) {
            return CONTENT;
        }
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
            return NEUTRAL;
        }
        String names = e.className() + " " + e.id() + " " + e.attr("role");
        if (names.isBlank()) {
            return NEUTRAL;
        }
        for (String word : words(names)) {
            if (BOILERPLATE_WORDS.contains(word) || startsWithAny(word)) {
                return BOILERPLATE;
            }
        }
        return NEUTRAL;
    }

    private static boolean startsWithAny(String word) {
        for (String p : BOILERPLATE_PREFIXES) {
            if (word.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** {@code "storyBody__share-bar js-x"} to {@code [story, body, share, bar, js, x]}. */
    static String[] words(String names) {
        String spaced = names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.split("[^a-z0-9]+");
    }
}
