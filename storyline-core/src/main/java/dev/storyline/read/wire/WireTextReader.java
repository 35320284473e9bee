package dev.storyline.read.wire;

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

/**
 * Reads plain wire copy: one or many stories per file, each a headline line, optional ATTN line and byline,
 * a body opening with a dateline, and a sign-off. Stories are found by {@link StorySplitter}; hard-wrapped lines
 * are joined into paragraphs by {@link WrappedParagraphs}. The wire grammar does the rest.
 *
 * <p>Bytes are decoded by {@link WireTextDecoding}; {@link Hints#sourceDate()} becomes the document's
 * {@code published} date, which fixes the year of datelines that print none.
 */
public final class WireTextReader implements ArticleReader {

    private final StorySplitter splitter = new StorySplitter();

    @Override
    public Format format() {
        return Format.WIRE;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        Hints h = hints == null ? Hints.none() : hints;
        Limits l = limits == null ? Limits.defaults() : limits;
        if (content == null || content.length == 0) {
            return ReadResult.failed(new ReadError(h.name(), null, "empty input: expected plain wire text"));
        }
        WireTextDecoding.Decoded decoded = WireTextDecoding.decode(content, h.contentType());
        if (decoded.binary()) {
            return ReadResult.failed(new ReadError(h.name(), "offset " + decoded.firstBinaryOffset(),
                    "binary content (control bytes), not plain wire text"));
        }
        List<String> lines = WrappedParagraphs.lines(decoded.text());
        List<Integer> starts = splitter.starts(lines);
        if (starts.isEmpty()) {
            return ReadResult.failed(new ReadError(h.name(), null, "no text: the input holds only white space"));
        }
        List<Document> documents = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        SourceMetadata meta = SourceMetadata.builder().published(h.sourceDate()).build();
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            String record = starts.size() > 1 ? "story " + (s + 1) + ", line " + (from + 1) : null;
            List<String> storyLines = lines.subList(from, to);
            long chars = storyLines.stream().mapToLong(String::length).sum();
            if (chars > l.maxItemBytes()) {
                errors.add(new ReadError(h.name(), record == null ? "line " + (from + 1) : record, "story of " + chars
                        + " characters exceeds the item limit of " + l.maxItemBytes() + " (raise --max-item-size)"));
                continue;
            }
            String text = String.join("\n", WrappedParagraphs.of(storyLines, true));
            documents.add(new Document(text, true, meta, new Source(h.name(), Format.WIRE.id(), record),
                    decoded.warnings()));
        }
        return new ReadResult(documents, errors);
    }
}
