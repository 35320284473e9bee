package dev.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a fragment of HTML from a structured source (an RSS {@code content:encoded}, a ninjs {@code body_html},
 * a NewsML-G2 XHTML body) into paragraphs of plain text. Unlike page extraction there is no boilerplate to
 * remove: every block element ({@code p}, {@code div}, {@code li}, {@code h1}..., {@code br}) ends a paragraph,
 * whitespace inside a paragraph collapses to single spaces, and scripts and styles are dropped. The traversal
 * is iterative, so deeply nested markup cannot overflow the stack.
 *
 * <pre>{@code
 * HtmlFragmentText.paragraphs("<p>SEOUL, May 21 (Yonhap) -- A <b>first</b> line.</p><p>Second.</p>")
 *   -> ["SEOUL, May 21 (Yonhap) -- A first line.", "Second."]
 * }</pre>
 */
public final class HtmlFragmentText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "section", "article",
            "header", "footer", "aside", "figure", "figcaption", "hr", "address", "main", "nav", "hgroup", "body");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "svg", "math", "head");

    private static final Pattern TAG = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*[\\s/>]|/[a-zA-Z]|!--)");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private HtmlFragmentText() {
    }

    /** The paragraphs of {@code html}, each stripped and non-empty. */
    public static List<String> paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        Collector c = new Collector();
        NodeTraversor.traverse(c, body);
        c.endParagraph();
        return c.paragraphs;
    }

    /** The paragraphs of {@code html} joined by blank lines. */
    public static String text(String html) {
        return String.join("\n\n", paragraphs(html));
    }

    /** {@code true} when {@code s} holds markup (a tag or an entity), rather than plain text. */
    public static boolean looksLikeHtml(String s) {
        return s != null && (TAG.matcher(s).find() || ENTITY.matcher(s).find());
    }

    /**
     * The text of a body that may be HTML or plain: HTML becomes paragraphs joined by blank lines; plain text
     * keeps its line breaks (one paragraph a line, or blank-line separated), stripped.
     */
    public static String plainOrHtml(String body) {
        if (body == null) {
            return "";
        }
        return looksLikeHtml(body) ? text(body) : body.strip();
    }

    /** Gathers text into paragraphs while jsoup walks the tree. */
    private static final class Collector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int skipUntilDepth = -1;

        @Override
        public void head(Node node, int depth) {
            if (skipUntilDepth >= 0) {
                return;
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    skipUntilDepth = depth;
                } else if (BLOCKS.contains(tag)) {
                    endParagraph();
                }
            } else if (node instanceof TextNode t) {
                appendCollapsed(t.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipUntilDepth >= 0) {
                if (depth == skipUntilDepth && node instanceof Element) {
                    skipUntilDepth = -1;
                }
                return;
            }
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                endParagraph();
            }
        }

        private void appendCollapsed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (Character.isWhitespace(ch) || ch == '\u00A0') {
                    if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                        current.append(' ');
                    }
                } else {
                    current.append(ch);
                }
            }
        }

        void endParagraph() {
            String p = current.toString().strip();
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
            current.setLength(0);
        }
    }
}
