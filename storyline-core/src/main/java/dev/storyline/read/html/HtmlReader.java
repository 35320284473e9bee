package dev.storyline.read.html;

import dev.storyline.extract.ExtractedPage;
import dev.storyline.extract.HtmlCharset;
import dev.storyline.extract.ItemTimeoutException;
import dev.storyline.extract.PageMetadata;
import dev.storyline.model.Source;
import dev.storyline.read.ArticleReader;
import dev.storyline.read.Document;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;
import dev.storyline.read.SourceMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one HTML page as one article: decodes it ({@link HtmlCharset}: BOM, HTTP charset, {@code <meta>} charset,
 * detection), extracts its main text without boilerplate ({@link dev.storyline.extract.MainTextExtractor}) and its
 * metadata ({@link PageMetadata}: JSON-LD, Open Graph and {@code article:} tags, {@code <time>}, {@code <html lang>},
 * canonical link). The text keeps the page's paragraphs, separated by blank lines, so the wire grammar can find a
 * dateline at the start of the first and a sign-off at the end of the last; the headline lives in the metadata.
 *
 * <p>Pages larger than {@link Limits#maxItemBytes()}, nested deeper than {@link Limits#maxNestingDepth()}, slower
 * to parse than {@link Limits#maxItemTime()}, empty or binary yield a {@link ReadError}, never an exception.
 */
public final class HtmlReader implements ArticleReader {

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        String path = hints.name();
        if (content.length == 0) {
            return ReadResult.failed(new ReadError(path, null, "empty file; expected an HTML page"));
        }
        if (content.length > limits.maxItemBytes()) {
            return ReadResult.failed(new ReadError(path, null, "HTML page of " + content.length
                    + " bytes exceeds the per-item limit of " + limits.maxItemBytes() + " bytes (maxItemBytes)"));
        }
        try {
            HtmlCharset.Decoded decoded = HtmlCharset.decode(content, hints.contentType());
            if (looksBinary(decoded.text())) {
                return ReadResult.failed(new ReadError(path, null,
                        "binary content (control characters); expected an HTML page"));
            }
            ExtractedPage page = ExtractedPage.extract(decoded.text(), null, limits.maxNestingDepth(),
                    limits.maxItemTime());
            if (page.depth() > limits.maxNestingDepth()) {
                return ReadResult.failed(new ReadError(path, null, "elements nested deeper than "
                        + limits.maxNestingDepth() + " levels (maxNestingDepth); expected a page of normal structure"));
            }
            List<String> warnings = new ArrayList<>();
            if (page.mainText().paragraphs().isEmpty()) {
                warnings.add("no main text found in the page");
            }
            return ReadResult.of(List.of(new Document(page.mainText().text(), false,
                    sourceMetadata(page.metadata()), new Source(path, Format.HTML.id(), null), warnings)));
        } catch (ItemTimeoutException e) {
            return ReadResult.failed(new ReadError(path, null, "HTML page " + e.getMessage()
                    + " to parse (maxItemTime); abandoned, as hostile markup such as deeply nested tables would be"));
        } catch (RuntimeException e) { // the contract: bad input is a ReadError, whatever jsoup or Jackson met
            return ReadResult.failed(new ReadError(path, null, "could not read the HTML page: " + e));
        }
    }

    /** The reader's metadata fields from a page's metadata. */
    public static SourceMetadata sourceMetadata(PageMetadata m) {
        return SourceMetadata.builder()
                .headline(m.headline())
                .byline(m.authors())
                .published(m.published())
                .url(m.url())
                .sourceId(m.url())
                .language(m.language())
                .labels(m.section() == null ? null : Map.of("section", List.of(m.section())))
                .build();
    }

    /** Text with NULs or many other C0 controls in its first 4 KB is not an HTML page. */
    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 4096);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls > n / 20;
    }
}
