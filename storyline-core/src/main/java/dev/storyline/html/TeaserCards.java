package dev.storyline.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds teaser cards: the small boxes that point to other articles, with a linked title, perhaps a date and an
 * excerpt ({@code <article><h3><a>Other story</a></h3><p>Its first lines...</p></article>}). A card is the largest
 * element around a heading that is entirely a link while it holds at most {@value #MAX_WORDS} words and no other
 * heading. An article's own headline and subheadings are not links to elsewhere, and its body is larger.
 */
final class TeaserCards {

    static final int MAX_WORDS = 120;
    private static final double LINKED_HEADING = 0.9;

    private TeaserCards() {
    }

    /** Sets {@code boilerplate[i]} for every block inside a teaser card. */
    static void mark(List<TextBlock> blocks, Element body, boolean[] boilerplate) {
        Map<Element, int[]> totals = new IdentityHashMap<>(); // per element: words, headings
        for (TextBlock b : blocks) {
            int heading = b.kind() == TextBlock.Kind.HEADING ? 1 : 0;
            for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
                int[] t = totals.computeIfAbsent(e, x -> new int[2]);
                t[0] += b.words();
                t[1] += heading;
            }
        }
        Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TextBlock b : blocks) {
            if (b.kind() != TextBlock.Kind.HEADING || b.linkDensity() < LINKED_HEADING) {
                continue;
            }
            Element card = null;
            for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
                int[] t = totals.get(e);
                if (t[0] > MAX_WORDS || t[1] > 1) {
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
        for (TextBlock b : blocks) {
            for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
                if (cards.contains(e)) {
                    boilerplate[b.index()] = true;
                    break;
                }
            }
        }
    }
}
