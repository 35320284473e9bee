package dev.storyline.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The input formats Storyline reads. Each has one {@link ArticleReader}. */
public enum Format {
    /** Plain wire copy: headline line, optional byline, dateline + body, sign-off; one or many stories per file. */
    WIRE("wire"),
    /** Reuters-21578 SGML: {@code <REUTERS>} records with DATE, TOPICS, PLACES, TITLE, DATELINE, BODY. */
    REUTERS_SGML("reuters-sgml"),
    /** An HTML page: main text extracted, boilerplate removed, metadata from meta tags and JSON-LD. */
    HTML("html"),
    /** RSS 2.0 or Atom feed: each item an article. */
    FEED("feed"),
    /** IPTC ninjs 1.x-3.x JSON: one object or an array of them. */
    NINJS("ninjs"),
    /** IPTC NewsML-G2 XML: {@code newsItem} (alone or inside a {@code newsMessage}). */
    NEWSML_G2("newsml"),
    /** WARC or WARC.gz: HTML pages inside response records, as in Common Crawl's CC-NEWS. */
    WARC("warc"),
    /** JSON Lines: one object a line with {@code text} or {@code html}, optional {@code url}, {@code date}, {@code title}. */
    JSONL("jsonl");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    /** The name used on the command line ({@code --as wire}) and in {@code source.format}. */
    public String id() {
        return id;
    }

    /**
     * The format named {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the formats that exist
     */
    public static Format byId(String name) {
        for (Format f : values()) {
            if (f.id.equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of: "
                + Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
