package dev.storyline.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a news page and drops its boilerplate (menus, share bars, related links, comments, captions,
 * footers). It works on text blocks, not on site rules:
 * <ol>
 *   <li>elements that never hold article text (scripts, forms' controls, hidden elements) are removed;</li>
 *   <li>the page is cut into {@link TextBlock}s; a block is <em>prose</em> when it has enough words and few of
 *       them inside links, and <em>noise</em> in proportion to its linked words, or entirely when an element around
 *       it is named like boilerplate ({@link NameSignal});</li>
 *   <li>the container is the element whose blocks hold the most prose minus noise (a maximum-subtree choice: going
 *       one level up pays only when it brings more prose than noise);</li>
 *   <li>inside it, the blocks that read as article text are kept, in order, one paragraph each; a leading repeat
 *       of the headline is dropped.</li>
 * </ol>
 * The traversals are iterative, so deep nesting costs no stack.
 */
public final class MainTextExtractor {

    static boolean DEBUG = false; // DEBUG-REMOVE
    /** Elements that never hold article text. */
    private static final String REMOVED = "script, style, noscript, template, svg, math, iframe, object, embed, "
            + "canvas, input, select, option, textarea, button, label, nav, aside, footer, "
            + "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";
    private static final Set<String> PARAGRAPH_LEVEL = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd",
            "dt", "pre", "blockquote", "td", "th", "tr", "span", "a", "b", "i", "em", "strong", "font");
    private static final Set<String> ALWAYS_KEPT = Set.of("html", "body");
    /** A layout wrapper named like boilerplate ("page has-sidebar") is not boilerplate when it holds this share of the prose. */
    private static final double WRAPPER_SHARE = 0.75;
    private static final int PROSE_MIN_WORDS = Integer.getInteger("t.pmw", 10); // DEBUG-TUNE
    private static final double PROSE_MAX_LINK_DENSITY = Double.parseDouble(System.getProperty("t.pld", "0.35"));
    private static final double KEEP_MAX_LINK_DENSITY = Double.parseDouble(System.getProperty("t.kld", "0.5"));
    private static final double KEEP_LONG_MAX_LINK_DENSITY = Double.parseDouble(System.getProperty("t.klld", "0.5"));
    private static final int MODE = Integer.getInteger("t.mode", 1);

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
        Map<Element, NameSignal> signals = signals(blocks, body);
        boolean[] boilerplate = new boolean[blocks.size()];
        for (TextBlock b : blocks) {
            boilerplate[b.index()] = nearestSignal(b.owner(), body, signals) == NameSignal.BOILERPLATE;
        }
        if (CARDS) {
            markTeaserCards(blocks, body, boilerplate);
        }
        Element container = container(blocks, boilerplate, body);
        // A lone paragraph is never the whole article: take what holds it, with its neighbours (tables, lists).
        while (PARAGRAPH_LEVEL.contains(container.normalName()) && container.parent() != null && container != body) {
            container = container.parent();
        }
        int[] span = TRIM ? densestRun(blocks, boilerplate, container) : new int[] {0, blocks.size() - 1};
        List<String> paragraphs = new ArrayList<>();
        if (DEBUG) System.out.println("CONTAINER " + container.normalName() + "." + container.className() + "#" + container.id()); // DEBUG-REMOVE
        for (TextBlock b : blocks) {
            boolean in = b.index() >= span[0] && b.index() <= span[1] && isInside(b.owner(), container);
            boolean kept = in && keep(b, container, signals);
            if (DEBUG) System.out.printf("%4d %s%s %-10s w=%3d l=%3d bp=%s v=%6.1f %s.%s | %s%n", b.index(), in ? "I" : "-", kept ? "K" : "-", b.kind(), b.words(), b.linkWords(), boilerplate[b.index()] ? "Y" : "n", value(b, boilerplate[b.index()]), b.owner().normalName(), b.owner().className(), b.text().substring(0, Math.min(90, b.text().length()))); // DEBUG-REMOVE
            if (kept) {
                paragraphs.add(b.text());
            }
        }
        dropRepeatedHeadline(paragraphs, headline);
        return new MainText(paragraphs);
    }

    /** Whether a block inside the container reads as article text. */
    private static boolean keep(TextBlock b, Element container, Map<Element, NameSignal> signals) {
        if (!(QUOTES && b.kind() == TextBlock.Kind.QUOTE)
                && nearestSignal(b.owner(), container, signals) == NameSignal.BOILERPLATE) {
            return false;
        }
        if (b.kind() == TextBlock.Kind.CAPTION) {
            return false;
        }
        if (b.linkDensity() > (b.words() >= 20 ? KEEP_LONG_MAX_LINK_DENSITY : KEEP_MAX_LINK_DENSITY)) {
            return false;
        }
        return true;
    }

    private static boolean isProse(TextBlock b) {
        return b.words() >= PROSE_MIN_WORDS && b.linkDensity() <= PROSE_MAX_LINK_DENSITY
                && b.kind() != TextBlock.Kind.CAPTION && b.kind() != TextBlock.Kind.HEADING;
    }

    /** Each named element's signal, with boilerplate-named wrappers of most of the prose made neutral. */
    private static Map<Element, NameSignal> signals(List<TextBlock> blocks, Element body) {
        Map<Element, Integer> proseWords = new IdentityHashMap<>();
        int total = 0;
        for (TextBlock b : blocks) {
            if (isProse(b)) {
                total += b.words();
                for (Element e = b.owner(); e != null; e = e.parent()) {
                    proseWords.merge(e, b.words(), Integer::sum);
                    if (e == body) {
                        break;
                    }
                }
            }
        }
        Map<Element, NameSignal> signals = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            NameSignal s = e == body ? NameSignal.NEUTRAL : NameSignal.of(e);
            if (s == NameSignal.BOILERPLATE && proseWords.getOrDefault(e, 0) >= WRAPPER_SHARE * total && total > 0) {
                s = NameSignal.NEUTRAL;
            }
            if (s != NameSignal.NEUTRAL) {
                signals.put(e, s);
            }
        }
        return signals;
    }

    /** The signal of the nearest named element from {@code e} up to (not above) {@code top}. */
    private static NameSignal nearestSignal(Element e, Element top, Map<Element, NameSignal> signals) {
        for (Element x = e; x != null; x = x.parent()) {
            NameSignal s = signals.get(x);
            if (s != null && (!ANY_BOILERPLATE || s == NameSignal.BOILERPLATE)) {
                return s;
            }
            if (x == top) {
                break;
            }
        }
        return NameSignal.NEUTRAL;
    }

    /** The element whose blocks hold the most prose minus noise; the deepest among equals. */
    private static Element container(List<TextBlock> blocks, boolean[] boilerplate, Element body) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            double value = value(b, boilerplate[b.index()]);
            if (value == 0) {
                continue;
            }
            for (Element e = b.owner(); e != null; e = e.parent()) {
                score.merge(e, value, Double::sum);
                if (e == body) {
                    break;
                }
            }
        }
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element e : body.getAllElements()) {
            Double s = score.get(e);
            if (s != null && s >= bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    /** What a block adds to the score of every element around it: prose counts for, noise against. */
    private static double value(TextBlock b, boolean boilerplate) {
        if (boilerplate) {
            return -b.words();
        }
        double v = -b.linkWords();
        if (MODE == 1 && b.words() >= PROSE_MIN_WORDS && b.kind() != TextBlock.Kind.CAPTION) {
            return b.words() - 2.0 * b.linkWords();
        }
        if (isProse(b)) {
            v += b.words() - b.linkWords();
        }
        return v;
    }

    static final boolean ANY_BOILERPLATE = !Boolean.getBoolean("t.noanybp");
    static final boolean QUOTES = !Boolean.getBoolean("t.noquotes");
    static final boolean CARDS = !Boolean.getBoolean("t.nocards"); // DEBUG-TUNE
    static final int CARD_MAX_WORDS = Integer.getInteger("t.cardw", 120);

    /**
     * Marks teaser cards as boilerplate: the largest small element (at most {@code CARD_MAX_WORDS} words, one
     * heading) around a heading that is entirely a link. Such a card points to another article (a linked title,
     * a date, an excerpt); an article's own headline or subheadings are not links to elsewhere.
     */
    private static void markTeaserCards(List<TextBlock> blocks, Element body, boolean[] boilerplate) {
        Map<Element, int[]> totals = new IdentityHashMap<>(); // words, headings
        for (TextBlock b : blocks) {
            boolean heading = b.kind() == TextBlock.Kind.HEADING;
            for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
                int[] t = totals.computeIfAbsent(e, x -> new int[2]);
                t[0] += b.words();
                t[1] += heading ? 1 : 0;
            }
        }
        List<Element> cards = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (b.kind() != TextBlock.Kind.HEADING || b.linkDensity() < 0.9) {
                continue;
            }
            Element card = null;
            for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
                int[] t = totals.get(e);
                if (t == null || t[0] > CARD_MAX_WORDS || t[1] > 1) {
                    break;
                }
                card = e;
            }
            if (card != null) {
                cards.add(card);
            }
        }
        if (cards.isEmpty()) {
            return;
        }
        java.util.Set<Element> cardSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        cardSet.addAll(cards);
        for (TextBlock b : blocks) {
            for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
                if (cardSet.contains(e)) {
                    boilerplate[b.index()] = true;
                    break;
                }
            }
        }
    }

    static final boolean TRIM = Boolean.getBoolean("t.trim"); // DEBUG-TUNE
    static final double SHORT_PENALTY = Double.parseDouble(System.getProperty("t.sp", "0"));

    /**
     * The first and last block of the container's densest run: the contiguous blocks whose summed value is largest
     * (Kadane's algorithm), so that a tail of teasers or sign-up prompts inside the container is left out while a
     * link-heavy line inside the article is bridged by the prose after it.
     */
    private static int[] densestRun(List<TextBlock> blocks, boolean[] boilerplate, Element container) {
        double best = Double.NEGATIVE_INFINITY;
        double run = 0;
        int runStart = -1;
        int[] span = {0, blocks.size() - 1};
        for (TextBlock b : blocks) {
            if (!isInside(b.owner(), container)) {
                continue;
            }
            double v = value(b, boilerplate[b.index()]);
            if (v == 0 && !isProse(b)) {
                v = -SHORT_PENALTY;
            }
            if (runStart < 0 || run <= 0) {
                run = v;
                runStart = b.index();
            } else {
                run += v;
            }
            if (run > best) {
                best = run;
                span = new int[] {runStart, b.index()};
            }
        }
        return span;
    }

    private static boolean isInside(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    private static void dropRepeatedHeadline(List<String> paragraphs, String headline) {
        if (headline == null || paragraphs.isEmpty()) {
            return;
        }
        String h = normalize(headline);
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            if (normalize(paragraphs.get(i)).equals(h)) {
                paragraphs.remove(i);
                return;
            }
        }
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
