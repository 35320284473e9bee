package dev.storyline.extract;

import java.time.Duration;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML page reduced to what a news engine needs: its metadata and its main text. The entry point for every
 * reader that meets HTML (pages, feed items, WARC records, JSON Lines with {@code html}):
 * <pre>{@code
 * ExtractedPage page = ExtractedPage.extract(html, "https://example.org/news/1");
 * page.metadata().headline();   // from JSON-LD, og:title, <h1> or <title>
 * page.mainText().text();       // paragraphs separated by blank lines, boilerplate removed
 * }</pre>
 *
 * @param metadata the page's metadata
 * @param mainText the page's main text
 * @param depth    how deep the page's elements nest (for the caller's nesting limit)
 */
public record ExtractedPage(PageMetadata metadata, MainText mainText, int depth) {

    /** Parses {@code html} (already decoded) and extracts it; {@code baseUri} may be {@code null}. */
    public static ExtractedPage extract(String html, String baseUri) {
        return extract(html, baseUri, Integer.MAX_VALUE, Duration.ofDays(1));
    }

    /**
     * As {@link #extract(String, String)}, within limits: a page nested deeper than {@code maxDepth} is only
     * measured, not extracted (its metadata and text are left empty and its {@link #depth()} tells why), and a page
     * that takes longer than {@code maxTime} is abandoned.
     *
     * @throws ItemTimeoutException when the page takes longer than {@code maxTime}
     */
    public static ExtractedPage extract(String html, String baseUri, int maxDepth, Duration maxTime) {
        long deadline = System.nanoTime() + Math.min(maxTime.toNanos(), Long.MAX_VALUE / 4);
        Document page = Parser.htmlParser().parseInput(new DeadlineReader(html, deadline, maxTime),
                baseUri == null ? "" : baseUri);
        DeadlineReader.checkDeadline(deadline, maxTime);
        int depth = depth(page);
        if (depth > maxDepth) {
            return new ExtractedPage(new PageMetadata(null, null, null, null, null, null, null, null, null, null),
                    new MainText(java.util.List.of()), depth);
        }
        PageMetadata metadata = PageMetadata.of(page);
        DeadlineReader.checkDeadline(deadline, maxTime);
        MainText text = new MainTextExtractor().extract(page, metadata.headline());
        if (text.paragraphs().isEmpty() && metadata.articleBody() != null) {
            // Nothing in the markup reads as an article (a page that builds its body with scripts), but the page
            // states its body in JSON-LD: take the publisher's word for it.
            text = new MainText(java.util.Arrays.stream(metadata.articleBody().split("\\R"))
                    .map(String::strip).filter(p -> !p.isEmpty()).toList());
        }
        return new ExtractedPage(metadata, text, depth);
    }

    /** The deepest nesting of the page, measured without recursion. */
    private static int depth(Document page) {
        int[] max = {0};
        NodeTraversor.traverse((node, d) -> max[0] = Math.max(max[0], d), page);
        return max[0];
    }
}
