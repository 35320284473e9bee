package dev.storyline.extract;

import java.util.List;

/**
 * Finds teaser cards: the small boxes that point to other articles, with a linked title, perhaps a date and an
 * excerpt ({@code <article><h3><a>Other story</a></h3><p>Its first lines...</p></article>}). A card is the largest
 * element around a heading that is entirely a link while it holds at most {@value #MAX_WORDS} words and no other
 * heading. An article's own headline and subheadings are not links to elsewhere, and its body is larger. When
 * there is no article text outside the cards, they are left alone: then they are the content (a list of linked
 * items, each in its own box).
 */
final class TeaserCards {

    static final int MAX_WORDS = 120;
    private static final double LINKED_HEADING = 0.9;
    /** Less text than this outside the cards is no article beside them. */
    private static final int MIN_ARTICLE_WORDS = 50;

    private TeaserCards() {
    }

    /** Sets {@code boilerplate[i]} for every block inside a teaser card; the tree's root is never a card. */
    static void mark(List<TextBlock> blocks, ElementTree tree, boolean[] boilerplate) {
        int n = tree.size();
        double[] words = new double[n];
        double[] headings = new double[n];
        int[] owner = new int[blocks.size()];
        for (TextBlock b : blocks) {
            int i = tree.indexOf(b.owner());
            owner[b.index()] = i;
            if (i >= 0) {
                words[i] += b.words();
                headings[i] += b.kind() == TextBlock.Kind.HEADING ? 1 : 0;
            }
        }
        words = tree.subtreeSums(words);
        headings = tree.subtreeSums(headings);
        boolean[] card = new boolean[n];
        boolean any = false;
        for (TextBlock b : blocks) {
            if (b.kind() != TextBlock.Kind.HEADING || b.linkDensity() < LINKED_HEADING || owner[b.index()] < 0) {
                continue;
            }
            int top = -1;
            for (int e = owner[b.index()]; e > 0 && words[e] <= MAX_WORDS && headings[e] <= 1; e = tree.parent(e)) {
                top = e;
            }
            if (top > 0) {
                card[top] = true;
                any = true;
            }
        }
        if (!any) {
            return;
        }
        boolean[] inCard = tree.inherited(0, card);
        double inCards = 0;
        double all = 0;
        for (TextBlock b : blocks) {
            if (!boilerplate[b.index()] && b.kind() != TextBlock.Kind.HEADING) {
                all += b.words();
                inCards += inCard[owner[b.index()]] ? b.words() : 0;
            }
        }
        if (all - inCards < MIN_ARTICLE_WORDS) {
            return; // no article outside the cards: they are the page's content (a list of linked items), not teasers
        }
        for (TextBlock b : blocks) {
            if (inCard[owner[b.index()]]) {
                boilerplate[b.index()] = true;
            }
        }
    }
}
