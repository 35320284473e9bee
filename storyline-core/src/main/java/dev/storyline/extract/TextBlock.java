package dev.storyline.extract;

import org.jsoup.nodes.Element;

/**
 * One run of text between block-level boundaries of a page (a paragraph, a heading, a list item, a table cell, a
 * link in a menu...), with what the extractor needs to judge it.
 *
 * @param text      the text, whitespace collapsed
 * @param owner     the innermost block-level element holding the text
 * @param kind      what sort of block it is, from its tag and its ancestors
 * @param words     number of words
 * @param linkWords number of those words inside links
 * @param index     position among the page's blocks
 */
record TextBlock(String text, Element owner, Kind kind, int words, int linkWords, int index) {

    /** What sort of block, as far as the markup says. */
    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PREFORMATTED, CELL, CAPTION, OTHER }

    double linkDensity() {
        return words == 0 ? 0 : (double) linkWords / words;
    }

    /** Whether the text reads like prose: ends like a sentence or holds a comma or a full stop. */
    boolean hasSentencePunctuation() {
        return text.indexOf('.') >= 0 || text.indexOf(',') >= 0 || text.indexOf('!') >= 0 || text.indexOf('?') >= 0
                || text.indexOf('。') >= 0 || text.indexOf('،') >= 0 || text.indexOf('、') >= 0;
    }
}
