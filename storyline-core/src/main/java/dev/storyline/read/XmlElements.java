package dev.storyline.read;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Navigates a DOM by local names, ignoring namespace prefixes, since feeds and NewsML-G2 files bind the same
 * vocabularies to varying prefixes ({@code dc:}, {@code content:}, {@code atom:}, the default namespace).
 */
public final class XmlElements {

    private XmlElements() {
    }

    /** The local name of {@code e}, whatever its prefix: {@code dc:creator -> creator}. */
    public static String localName(Node e) {
        String n = e.getLocalName();
        if (n == null) {
            n = e.getNodeName();
            int colon = n.indexOf(':');
            n = colon >= 0 ? n.substring(colon + 1) : n;
        }
        return n;
    }

    /** The element children of {@code parent}, in order. */
    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The element children of {@code parent} named {@code localName}. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(parent)) {
            if (localName.equals(localName(e))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child named {@code localName}, or {@code null}. */
    public static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Element e : children(parent)) {
            if (localName.equals(localName(e))) {
                return e;
            }
        }
        return null;
    }

    /** The first child with one of {@code localNames}, tried in that order of preference, or {@code null}. */
    public static Element firstOf(Element parent, String... localNames) {
        for (String n : localNames) {
            Element e = child(parent, n);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** The text of the child named {@code localName}, stripped; {@code null} when absent or blank. */
    public static String childText(Element parent, String localName) {
        return text(child(parent, localName));
    }

    /** The text content of {@code e}, stripped; {@code null} when {@code e} is absent or blank. */
    public static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** The attribute {@code name} of {@code e}; {@code null} when absent or blank. */
    public static String attribute(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        String v = e.getAttribute(name);
        return v.isBlank() ? null : v.strip();
    }

    /** All descendants of {@code root} named {@code localName}, in document order (no recursion). */
    public static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }
}
