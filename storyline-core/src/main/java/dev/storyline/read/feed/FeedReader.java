package dev.storyline.read.feed;

import static dev.storyline.read.XmlElements.attribute;
import static dev.storyline.read.XmlElements.child;
import static dev.storyline.read.XmlElements.childText;
import static dev.storyline.read.XmlElements.children;
import static dev.storyline.read.XmlElements.localName;
import static dev.storyline.read.XmlElements.text;

import dev.storyline.extract.HtmlFragmentText;
import dev.storyline.model.Source;
import dev.storyline.read.ArticleReader;
import dev.storyline.read.Document;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;
import dev.storyline.read.SafeXml;
import dev.storyline.read.SourceDates;
import dev.storyline.read.SourceMetadata;
import dev.storyline.read.SourceNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each {@code item} or {@code entry} becomes one document.
 *
 * <p>Mapping: {@code title} to the headline; {@code pubDate}, {@code dc:date}, {@code published} or
 * {@code updated} to the publication date (ISO; the channel's date when the item has none, which the wire
 * grammar uses for datelines without a year); {@code author}, {@code dc:creator} or {@code author/name} to the
 * byline; {@code link} to the url; {@code guid} or {@code id} to the source id; {@code category} to the
 * {@code category} labels. The text is {@code content:encoded} or Atom {@code content} when present, else
 * {@code description} or {@code summary}; HTML and XHTML are turned into paragraphs of plain text.
 *
 * <pre>{@code
 * <rss version="2.0"><channel><title>Example Wire</title>
 *   <item><title>Talks resume</title><pubDate>Tue, 21 May 2019 10:00:00 +0900</pubDate>
 *     <description>&lt;p&gt;SEOUL, May 21 -- Talks resumed.&lt;/p&gt;</description></item>
 * </channel></rss>
 * }</pre>
 *
 * <p>XML is parsed with {@link SafeXml}: a DOCTYPE is refused, nesting is capped.
 */
public final class FeedReader implements ArticleReader {

    @Override
    public Format format() {
        return Format.FEED;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        SafeXml.Parsed parsed;
        try {
            parsed = SafeXml.read(content, hints.contentType(), limits);
        } catch (SafeXml.XmlRejected e) {
            return ReadResult.failed(new ReadError(hints.name(), e.location(), e.reason()));
        }
        org.w3c.dom.Document dom = parsed.dom();
        Element root = dom.getDocumentElement();
        String rootName = localName(root);
        List<Document> documents = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        switch (rootName) {
            case "rss" -> readRss(root, child(root, "channel"), hints, limits, documents, errors);
            case "RDF" -> readRss(root, child(root, "channel"), hints, limits, documents, errors);
            case "feed" -> readAtom(root, hints, limits, documents, errors);
            default -> errors.add(new ReadError(hints.name(), null,
                    "not a feed: the root element is <" + root.getNodeName() + ">, expected <rss>, <rdf:RDF> or <feed>"));
        }
        return new ReadResult(parsed.annotate(documents), errors);
    }

    private void readRss(Element root, Element channel, Hints hints, Limits limits, List<Document> out,
            List<ReadError> errors) {
        if (channel == null && !"RDF".equals(localName(root))) {
            errors.add(new ReadError(hints.name(), null, "RSS without a <channel> element"));
            return;
        }
        String feedDate = firstDate(channel, hints, "pubDate", "lastBuildDate", "date");
        String language = SourceNames.languageCode(channel == null ? null : childText(channel, "language"));
        // RSS 2.0 nests items in the channel; RSS 1.0 (RDF) puts them beside it
        List<Element> items = new ArrayList<>(channel == null ? List.of() : children(channel, "item"));
        items.addAll(children(root, "item"));
        int n = 0;
        for (Element item : items) {
            n++;
            String record = "item " + n;
            SourceMetadata.Builder meta = SourceMetadata.builder()
                    .headline(plainTitle(childText(item, "title")))
                    .published(firstNonNull(firstDate(item, null, "pubDate", "date"), feedDate))
                    .url(childText(item, "link"))
                    .sourceId(firstNonNull(childText(item, "guid"), attribute(item, "rdf:about"), childText(item, "link")))
                    .language(firstNonNull(SourceNames.languageCode(childText(item, "language")), language));
            List<String> byline = new ArrayList<>();
            for (String field : List.of("author", "creator")) {
                for (Element a : children(item, field)) {
                    byline.addAll(SourceNames.persons(text(a)));
                }
            }
            meta.byline(byline).labels(categories(item, "category"));
            String body = firstNonNull(childText(item, "encoded"), childText(item, "description"));
            add(out, errors, hints, limits, record, body, meta.build());
        }
    }

    private void readAtom(Element feed, Hints hints, Limits limits, List<Document> out, List<ReadError> errors) {
        String feedDate = firstDate(feed, hints, "updated");
        String language = SourceNames.languageCode(attribute(feed, "xml:lang"));
        int n = 0;
        for (Element entry : children(feed, "entry")) {
            n++;
            String record = "entry " + n;
            List<String> byline = new ArrayList<>();
            for (Element author : children(entry, "author")) {
                byline.addAll(SourceNames.persons(childText(author, "name")));
            }
            SourceMetadata meta = SourceMetadata.builder()
                    .headline(plainTitle(atomText(child(entry, "title"))))
                    .published(firstNonNull(firstDate(entry, null, "published", "updated"), feedDate))
                    .url(atomLink(entry))
                    .sourceId(childText(entry, "id"))
                    .language(firstNonNull(SourceNames.languageCode(attribute(entry, "xml:lang")), language))
                    .byline(byline)
                    .labels(categories(entry, "category"))
                    .build();
            // a content with src="..." is out of line and empty here; the summary stands in for it
            String body = firstNonNull(atomText(child(entry, "content")), atomText(child(entry, "summary")));
            add(out, errors, hints, limits, record, body, meta);
        }
    }

    private static void add(List<Document> out, List<ReadError> errors, Hints hints, Limits limits, String record,
            String body, SourceMetadata meta) {
        if (body != null && body.length() > limits.maxItemBytes()) {
            errors.add(new ReadError(hints.name(), record, "item text of " + body.length()
                    + " characters exceeds the limit of " + limits.maxItemBytes()));
            return;
        }
        String text = HtmlFragmentText.plainOrHtml(body);
        if (text.isEmpty() && meta.headline() == null) {
            errors.add(new ReadError(hints.name(), record, "item has neither a title nor any text"));
            return;
        }
        List<String> warnings = text.isEmpty() ? List.of("item has a title but no text") : List.of();
        out.add(new Document(text, false, meta, new Source(hints.name(), Format.FEED.id(), record), warnings));
    }

    /** Atom text constructs: {@code type="text"} (default), {@code "html"} (escaped markup) or {@code "xhtml"}. */
    private static String atomText(Element e) {
        if (e == null) {
            return null;
        }
        String type = attribute(e, "type");
        if ("xhtml".equals(type)) {
            StringBuilder markup = new StringBuilder();
            for (Element c : children(e)) {
                markup.append(SafeXml.serialize(c));
            }
            String xhtml = HtmlFragmentText.text(markup.toString());
            return xhtml.isEmpty() ? null : xhtml;
        }
        String t = text(e);
        if (t == null) {
            return null;
        }
        return "html".equals(type) || (type != null && type.contains("html")) ? HtmlFragmentText.text(t) : t;
    }

    private static String atomLink(Element entry) {
        String fallback = null;
        for (Element link : children(entry, "link")) {
            String rel = attribute(link, "rel");
            if (rel == null || rel.equals("alternate")) {
                return attribute(link, "href");
            }
            fallback = fallback == null ? attribute(link, "href") : fallback;
        }
        return fallback;
    }

    private static Map<String, List<String>> categories(Element item, String name) {
        List<String> values = new ArrayList<>();
        for (Element c : children(item, name)) {
            String v = firstNonNull(attribute(c, "label"), attribute(c, "term"), text(c));
            if (v != null && !values.contains(v)) {
                values.add(v);
            }
        }
        Map<String, List<String>> labels = new LinkedHashMap<>();
        if (!values.isEmpty()) {
            labels.put("category", values);
        }
        return labels;
    }

    private static String firstDate(Element parent, Hints hints, String... names) {
        if (parent != null) {
            for (String n : names) {
                String iso = SourceDates.toIso(childText(parent, n));
                if (iso != null) {
                    return iso;
                }
            }
        }
        return hints == null ? null : SourceDates.toIso(hints.sourceDate());
    }

    /** A title as one line of plain text: markup removed, whitespace (no-break spaces too) collapsed. */
    private static String plainTitle(String title) {
        if (title == null) {
            return null;
        }
        String plain = HtmlFragmentText.looksLikeHtml(title) ? HtmlFragmentText.text(title) : title;
        plain = plain.replaceAll("[\\s\u00A0]+", " ").strip();
        return plain.isEmpty() ? null : plain;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
