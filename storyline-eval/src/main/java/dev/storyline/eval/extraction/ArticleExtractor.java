package dev.storyline.eval.extraction;

/**
 * An article-body extractor measured on the benchmark: Storyline's own, or a library's, so that all are measured
 * in the same run on the same pages.
 */
public interface ArticleExtractor {

    /** The name shown in the table. */
    String name();

    /**
     * The article body of a page.
     *
     * @param html the page's raw bytes
     * @param url  the page's address, or {@code null}
     * @return the body text; empty when nothing was found
     */
    String extract(byte[] html, String url);
}
