package dev.storyline.read;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way Storyline parses XML: a namespace-aware DOM parser that refuses every DOCTYPE (so no external
 * entity, no XXE, no "billion laughs" entity expansion can happen), loads nothing from the network, and caps
 * the element nesting depth. A refusal or a well-formedness error comes back as an {@link XmlRejected} with its
 * line and column, which readers turn into a {@link ReadError}.
 *
 * <pre>{@code
 * try {
 *     org.w3c.dom.Document dom = SafeXml.parse(bytes, hints.contentType(), limits);
 * } catch (SafeXml.XmlRejected e) {
 *     return ReadResult.failed(new ReadError(hints.name(), e.location(), e.reason()));
 * }
 * }</pre>
 */
public final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private static final Pattern HTML_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    private SafeXml() {
    }

    /** Why some XML was not read, and where: {@code location} is {@code line L, column C} when known. */
    public static final class XmlRejected extends Exception {
        private static final long serialVersionUID = 1L;
        private final String location;
        private final String reason;

        XmlRejected(String location, String reason) {
            super((location == null ? "" : location + ": ") + reason);
            this.location = location;
            this.reason = reason;
        }

        /** {@code line L, column C}, or {@code null} when the parser did not say. */
        public String location() {
            return location;
        }

        /** What was wrong, for a human. */
        public String reason() {
            return reason;
        }
    }

    /**
     * Parses {@code content} (decoded with {@link TextDecoder}: BOM, {@code contentType} charset, XML declaration,
     * detection) into a DOM.
     *
     * @throws XmlRejected when the XML has a DOCTYPE, nests deeper than {@link Limits#maxNestingDepth()}, or is
     *                     not well-formed
     */
    public static Document parse(byte[] content, String contentType, Limits limits) throws XmlRejected {
        String text = TextDecoder.decode(content, contentType).text();
        return parse(text, limits);
    }

    /**
     * Parsed XML and what was repaired on the way.
     *
     * @param dom      the document
     * @param warnings repairs made, for a human (empty when the XML was well-formed as served)
     */
    public record Parsed(Document dom, List<String> warnings) {
        public Parsed {
            warnings = List.copyOf(warnings);
        }

        /** {@code documents} read from this XML, each also carrying the repairs made to the whole file. */
        public List<dev.storyline.read.Document> annotate(List<dev.storyline.read.Document> documents) {
            if (warnings.isEmpty()) {
                return documents;
            }
            List<dev.storyline.read.Document> out = new ArrayList<>(documents.size());
            for (dev.storyline.read.Document d : documents) {
                List<String> w = new ArrayList<>(warnings);
                w.addAll(d.warnings());
                out.add(new dev.storyline.read.Document(d.text(), d.startsWithHeadline(), d.metadata(), d.source(), w));
            }
            return out;
        }
    }

    /**
     * Like {@link #parse(byte[], String, Limits)}, with one repair that served feeds often need: HTML named
     * entities ({@code &nbsp;}, {@code &eacute;}) that the XML never declares are read as the characters they
     * name, with a warning. Nothing else is relaxed: a DOCTYPE is still refused.
     */
    public static Parsed read(byte[] content, String contentType, Limits limits) throws XmlRejected {
        String text = TextDecoder.decode(content, contentType).text();
        try {
            return new Parsed(parse(text, limits), List.of());
        } catch (XmlRejected first) {
            if (!first.reason().contains("was referenced, but not declared")) {
                throw first;
            }
            Set<String> replaced = new TreeSet<>();
            String repaired = HTML_ENTITY.matcher(text).replaceAll(m -> {
                String name = m.group(1);
                if (XML_ENTITIES.contains(name) || !Entities.isNamedEntity(name)) {
                    return Matcher.quoteReplacement(m.group());
                }
                replaced.add("&" + name + ";");
                StringBuilder refs = new StringBuilder();
                Entities.getByName(name).codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
                return Matcher.quoteReplacement(refs.toString());
            });
            if (replaced.isEmpty()) {
                throw first;
            }
            return new Parsed(parse(repaired, limits), List.of("HTML entities undeclared in the XML were read as"
                    + " characters: " + String.join(" ", replaced)));
        }
    }

    /** Parses already-decoded XML text; see {@link #parse(byte[], String, Limits)}. */
    public static Document parse(String text, Limits limits) throws XmlRejected {
        try {
            DocumentBuilder builder = newFactory(limits.maxNestingDepth()).newDocumentBuilder();
            builder.setErrorHandler(THROWING);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are refused: " + systemId);
            });
            // whitespace before the XML declaration is an error to the parser but common in served feeds
            String xml = text.startsWith("<") ? text : text.stripLeading();
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            String where = e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    : null;
            throw new XmlRejected(where, explain(e.getMessage(), limits));
        } catch (SAXException e) {
            throw new XmlRejected(null, explain(e.getMessage(), limits));
        } catch (IOException e) {
            throw new XmlRejected(null, "cannot read the XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required safety feature", e);
        }
    }

    /**
     * {@code node} written back as markup (no XML declaration), e.g. to hand an embedded XHTML body to
     * {@link dev.storyline.extract.HtmlFragmentText}.
     */
    public static String serialize(Node node) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            // a DOM this class built is always serialisable; fall back to its bare text rather than fail
            return node.getTextContent();
        }
    }

    private static String explain(String message, Limits limits) {
        String m = message == null ? "malformed XML" : message;
        if (m.contains("DOCTYPE")) {
            return "XML with a DOCTYPE is refused (no DTDs: external entities and entity expansion are not allowed)";
        }
        if (m.contains("maxElementDepth") || m.contains("JAXP00081")) {
            return "XML nests deeper than " + limits.maxNestingDepth() + " elements (raise the nesting limit)";
        }
        return "malformed XML: " + m;
    }

    private static DocumentBuilderFactory newFactory(int maxDepth) throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature(DISALLOW_DOCTYPE, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute(MAX_ELEMENT_DEPTH, maxDepth);
        return f;
    }

    /** Turns every warning and error into an exception; the default handler would print to stderr. */
    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings (e.g. a namespace oddity) do not stop reading
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
