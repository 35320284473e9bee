package dev.storyline.read.newsml;

import static dev.storyline.read.XmlElements.attribute;
import static dev.storyline.read.XmlElements.child;
import static dev.storyline.read.XmlElements.childText;
import static dev.storyline.read.XmlElements.children;
import static dev.storyline.read.XmlElements.descendants;
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
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Reads IPTC NewsML-G2 {@code newsItem}s, alone or inside a {@code newsMessage}'s {@code itemSet}; each becomes
 * one document. Other items (packages, concepts) are skipped.
 *
 * <p>Mapping: {@code contentMeta/headline} to the headline; {@code by} (else {@code creator/name}) to the byline;
 * {@code located/name} (else the {@code dateline} up to its first comma) to the place; {@code contentCreated},
 * {@code firstCreated} or {@code versionCreated} to the publication date; {@code subject}/{@code genre} names to
 * labels; {@code provider} to the agency; the {@code guid} and {@code version} attributes; {@code urgency} 1 to
 * the tag {@code URGENT}; {@code edNote} to the attention line. The text is the XHTML body of an
 * {@code inlineXML} (block elements become paragraphs; an embedded NITF document gives its {@code body.content},
 * and its {@code hl1} when contentMeta has no headline) or the text of an {@code inlineData}.
 *
 * <pre>{@code
 * <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:20190521:talks" version="2">
 *   <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2019-05-21T10:00:00+09:00</versionCreated></itemMeta>
 *   <contentMeta><headline>Talks resume</headline><located><name>Seoul</name></located></contentMeta>
 *   <contentSet><inlineXML contenttype="application/xhtml+xml">
 *     <html xmlns="http://www.w3.org/1999/xhtml"><body><p>SEOUL, May 21 -- Talks resumed.</p></body></html>
 *   </inlineXML></contentSet>
 * </newsItem>
 * }</pre>
 */
public final class NewsMlG2Reader implements ArticleReader {

    @Override
    public Format format() {
        return Format.NEWSML_G2;
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
        List<Element> items;
        boolean single = false;
        switch (localName(root)) {
            case "newsItem" -> {
                items = List.of(root);
                single = true;
            }
            case "newsMessage" -> items = descendants(root, "newsItem");
            default -> {
                return ReadResult.failed(new ReadError(hints.name(), null, "not NewsML-G2: the root element is <"
                        + root.getNodeName() + ">, expected <newsItem> or <newsMessage>"));
            }
        }
        List<Document> documents = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        if (items.isEmpty()) {
            errors.add(new ReadError(hints.name(), null, "the newsMessage holds no newsItem"));
        }
        for (int i = 0; i < items.size(); i++) {
            String record = single ? null : "newsItem " + (i + 1);
            readItem(items.get(i), record, hints, limits, documents, errors);
        }
        return new ReadResult(parsed.annotate(documents), errors);
    }

    private static void readItem(Element item, String record, Hints hints, Limits limits, List<Document> out,
            List<ReadError> errors) {
        Element itemMeta = child(item, "itemMeta");
        Element contentMeta = child(item, "contentMeta");
        String body = bodyText(child(item, "contentSet"));
        if (body.length() > limits.maxItemBytes()) {
            errors.add(new ReadError(hints.name(), record, "body of " + body.length()
                    + " characters exceeds the limit of " + limits.maxItemBytes()));
            return;
        }
        List<String> warnings = new ArrayList<>();
        String headline = firstNonNull(contentMeta == null ? null : childText(contentMeta, "headline"),
                nitfHeadline(child(item, "contentSet")), itemMeta == null ? null : childText(itemMeta, "title"));
        if (body.isEmpty()) {
            if (headline == null) {
                errors.add(new ReadError(hints.name(), record, "newsItem has neither a headline nor inline text"
                        + " (expected contentMeta/headline or contentSet/inlineXML or inlineData)"));
                return;
            }
            warnings.add("newsItem without inline text");
        }
        String version = attribute(item, "version");
        String urgency = contentMeta == null ? null : childText(contentMeta, "urgency");
        SourceMetadata meta = SourceMetadata.builder()
                .headline(headline)
                .byline(byline(contentMeta))
                .place(place(contentMeta))
                .agency(agency(itemMeta))
                .published(firstNonNull(date(contentMeta, "contentCreated"), date(itemMeta, "firstCreated"),
                        date(itemMeta, "versionCreated"), SourceDates.toIso(hints.sourceDate())))
                .sourceId(attribute(item, "guid"))
                .language(SourceNames.languageCode(firstNonNull(attribute(item, "xml:lang"),
                        attribute(child(contentMeta, "language"), "tag"))))
                .version(positive(version))
                .tags("1".equals(urgency) ? List.of("URGENT") : List.of())
                .attention(itemMeta == null ? null : childText(itemMeta, "edNote"))
                .labels(labels(contentMeta))
                .build();
        out.add(new Document(body, false, meta, new Source(hints.name(), Format.NEWSML_G2.id(), record), warnings));
    }

    /** The XHTML of an {@code inlineXML} (its body only) or the text of an {@code inlineData}, as paragraphs. */
    private static String bodyText(Element contentSet) {
        if (contentSet == null) {
            return "";
        }
        for (Element inline : children(contentSet, "inlineXML")) {
            // NITF (as many agencies embed it) keeps headline and byline in body.head: take body.content only
            List<Element> bodies = descendants(inline, "body.content");
            if (bodies.isEmpty()) {
                bodies = descendants(inline, "body");
            }
            StringBuilder markup = new StringBuilder();
            for (Element e : bodies.isEmpty() ? children(inline) : bodies.subList(0, 1)) {
                markup.append(SafeXml.serialize(e));
            }
            String text = HtmlFragmentText.text(markup.toString());
            if (!text.isEmpty()) {
                return text;
            }
        }
        for (Element inline : children(contentSet, "inlineData")) {
            String type = attribute(inline, "contenttype");
            String data = text(inline);
            if (data == null) {
                continue;
            }
            boolean html = type != null ? type.toLowerCase(Locale.ROOT).contains("html")
                    : HtmlFragmentText.looksLikeHtml(data);
            return html ? HtmlFragmentText.text(data) : data;
        }
        return "";
    }

    /** The {@code hl1} of an NITF body inside {@code inlineXML}, or {@code null}. */
    private static String nitfHeadline(Element contentSet) {
        if (contentSet == null) {
            return null;
        }
        for (Element inline : children(contentSet, "inlineXML")) {
            List<Element> hl1 = descendants(inline, "hl1");
            if (!hl1.isEmpty() && text(hl1.get(0)) != null) {
                return text(hl1.get(0)).replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    private static List<String> byline(Element contentMeta) {
        if (contentMeta == null) {
            return List.of();
        }
        String by = childText(contentMeta, "by");
        if (by != null) {
            return SourceNames.persons(by);
        }
        List<String> names = new ArrayList<>();
        for (Element creator : children(contentMeta, "creator")) {
            String name = firstNonNull(childText(creator, "name"), attribute(creator, "literal"));
            names.addAll(SourceNames.persons(name));
        }
        return names;
    }

    private static String place(Element contentMeta) {
        if (contentMeta == null) {
            return null;
        }
        Element located = child(contentMeta, "located");
        String name = firstNonNull(childText(located, "name"), attribute(located, "literal"));
        if (name != null) {
            return name;
        }
        String dateline = childText(contentMeta, "dateline");
        if (dateline == null) {
            return null;
        }
        int comma = dateline.indexOf(',');
        return (comma > 0 ? dateline.substring(0, comma) : dateline).strip();
    }

    private static String agency(Element itemMeta) {
        Element provider = child(itemMeta, "provider");
        if (provider == null) {
            return null;
        }
        String name = firstNonNull(childText(provider, "name"), attribute(provider, "literal"));
        if (name != null) {
            return name;
        }
        String qcode = attribute(provider, "qcode");
        return qcode == null ? null : qcode.substring(qcode.indexOf(':') + 1);
    }

    private static Map<String, List<String>> labels(Element contentMeta) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        if (contentMeta == null) {
            return labels;
        }
        for (String[] scheme : new String[][] {{"subject", "subjects"}, {"genre", "genres"}}) {
            for (Element e : children(contentMeta, scheme[0])) {
                String v = firstNonNull(childText(e, "name"), attribute(e, "literal"), attribute(e, "qcode"));
                if (v != null) {
                    List<String> values = labels.computeIfAbsent(scheme[1], k -> new ArrayList<>());
                    if (!values.contains(v)) {
                        values.add(v);
                    }
                }
            }
        }
        return labels;
    }

    private static String date(Element parent, String name) {
        return parent == null ? null : SourceDates.toIso(childText(parent, name));
    }

    private static Integer positive(String s) {
        try {
            int v = s == null ? 0 : Integer.parseInt(s.strip());
            return v >= 1 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
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
