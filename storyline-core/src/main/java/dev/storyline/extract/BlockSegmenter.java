package dev.storyline.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a page into {@link TextBlock}s at block-level boundaries, counting the words inside links. It walks the tree
 * with jsoup's iterative {@link NodeTraversor}, so a page nested thousands of levels deep costs no stack.
 * Two consecutive {@code <br>} also end a block, since many sites separate paragraphs that way.
 */
final class BlockSegmenter implements NodeVisitor {

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "caption", "ul", "legend", "option", "select", "textarea");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    /** For each open element, the kind its nearest captioning, list, quoting or cell ancestor gives; null for none. */
    private final List<TextBlock.Kind> contexts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int words;
    private int linkWords;
    private int linkDepth;
    private boolean lastWasBreak;
    private boolean pendingSpace;
    private int halfWords;
    private int linkHalfWords;

    private BlockSegmenter() {
    }

    /** The blocks of {@code root}, in document order. */
    static List<TextBlock> segment(Element root) {
        BlockSegmenter s = new BlockSegmenter();
        s.open.push(root);
        s.contexts.add(contextOf(root.normalName()));
        NodeTraversor.traverse(s, root);
        s.flush();
        return s.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                if (lastWasBreak) {
                    flush();
                } else {
                    pendingSpace = true;
                    lastWasBreak = true;
                }
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if ((tag.equals("td") || tag.equals("th")) && !holdsBlocks(e)) {
                pendingSpace = true; // a data cell: its row is the block, cells separated by a space
            } else if (BLOCK_TAGS.contains(tag) && e != open.peek()) {
                flush();
                open.push(e);
                TextBlock.Kind context = contextOf(tag);
                contexts.add(context != null ? context : contexts.get(contexts.size() - 1));
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if ((tag.equals("td") || tag.equals("th")) && e != open.peek()) {
                pendingSpace = true;
            } else if (BLOCK_TAGS.contains(tag) && e == open.peek() && open.size() > 1) {
                flush();
                open.pop();
                contexts.remove(contexts.size() - 1);
            }
        }
    }

    private void append(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (isUnspacedScript(c)) {
                halfWords++;
                if (linkDepth > 0) {
                    linkHalfWords++;
                }
            }
            boolean startsWord = text.length() == 0 || pendingSpace;
            if (pendingSpace && text.length() > 0) {
                text.append(' ');
            }
            pendingSpace = false;
            if (startsWord) {
                words++;
                if (linkDepth > 0) {
                    linkWords++;
                }
            }
            text.append(c);
            lastWasBreak = false;
        }
    }

    /** Whether a table cell is a layout cell holding paragraphs, line breaks or tables rather than one datum. */
    private static boolean holdsBlocks(Element cell) {
        for (Element child : cell.children()) {
            if (BLOCK_TAGS.contains(child.normalName()) || child.normalName().equals("br")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code c} is written without spaces between words (Han, kana, Thai...): such a character counts as
     * half a word, so that a paragraph of Japanese weighs about what its English translation would.
     */
    private static boolean isUnspacedScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u2007' || c == '\u202F';
    }

    private void flush() {
        lastWasBreak = false;
        pendingSpace = false;
        String t = text.toString().strip();
        text.setLength(0);
        if (!t.isEmpty()) {
            Element owner = open.peek();
            blocks.add(new TextBlock(t, owner, kindOf(owner), Math.max(words + halfWords / 2, 1),
                    linkWords + linkHalfWords / 2, blocks.size()));
        }
        words = 0;
        linkWords = 0;
        halfWords = 0;
        linkHalfWords = 0;
    }

    /** The kind of a block from its owner and the nearest ancestors that say more (a {@code p} inside an {@code li}). */
    private TextBlock.Kind kindOf(Element owner) {
        String tag = owner.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                return TextBlock.Kind.HEADING;
            }
            case "pre" -> {
                return TextBlock.Kind.PREFORMATTED;
            }
            default -> {
            }
        }
        TextBlock.Kind context = contexts.get(contexts.size() - 1);
        if (context != null) {
            return context;
        }
        return tag.equals("p") ? TextBlock.Kind.PARAGRAPH : TextBlock.Kind.OTHER;
    }

    /** The kind a block-level tag gives to the blocks inside it, or {@code null} when it gives none. */
    private static TextBlock.Kind contextOf(String tag) {
        return switch (tag) {
            case "figcaption", "figure" -> TextBlock.Kind.CAPTION;
            case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
            case "blockquote" -> TextBlock.Kind.QUOTE;
            case "td", "th" -> TextBlock.Kind.CELL;
            default -> null;
        };
    }
}
