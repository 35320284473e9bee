package dev.storyline.eval.extraction;

import dev.storyline.extract.ExtractedPage;
import dev.storyline.extract.HtmlCharset;

/** Storyline's own extractor ({@link dev.storyline.extract.MainTextExtractor}) as the HTML reader runs it. */
public final class StorylineExtractor implements ArticleExtractor {

    @Override
    public String name() {
        return "storyline";
    }

    @Override
    public String extract(byte[] html, String url) {
        // The benchmark's pages are UTF-8 (its README), as an HTTP header would say.
        String text = HtmlCharset.decode(html, "text/html; charset=utf-8").text();
        return ExtractedPage.extract(text, url).mainText().text();
    }
}
