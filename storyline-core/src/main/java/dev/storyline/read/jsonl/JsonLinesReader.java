package dev.storyline.read.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.model.Source;
import dev.storyline.read.ArticleReader;
import dev.storyline.read.Document;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.MetadataOverlay;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;
import dev.storyline.read.html.HtmlReader;
import dev.storyline.read.SafeJson;
import dev.storyline.read.SourceDates;
import dev.storyline.read.SourceMetadata;
import dev.storyline.read.SourceNames;
import dev.storyline.read.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads JSON Lines: one JSON object a line, each one item, as crawlers and data sets export articles.
 *
 * <pre>{@code
 * {"id": "a1", "title": "Talks resume", "url": "https://example.org/a1", "date": "2019-05-21", "text": "SEOUL..."}
 * {"url": "https://example.org/a2", "html": "<html>...</html>"}
 * }</pre>
 *
 * <p>A line with {@code text} is read as plain text (its headline from {@code title} or {@code headline}); a line
 * with {@code html} is handed to the {@link Format#HTML} reader, whose result is overlaid with the line's own
 * fields. Optional fields: {@code url} (or {@code link}), {@code date} (or {@code published}), {@code id},
 * {@code author}/{@code byline}, {@code language}/{@code lang}. A bad line yields one error naming its line number;
 * the other lines are still read.
 */
public final class JsonLinesReader implements ArticleReader {

    private static final ArticleReader STANDARD_HTML = new HtmlReader();

    private final Supplier<ArticleReader> htmlReader;

    /** A reader that hands HTML to the standard {@link HtmlReader}. */
    public JsonLinesReader() {
        this(() -> STANDARD_HTML);
    }

    /** A reader that hands HTML to {@code htmlReader} (looked up at read time). */
    public JsonLinesReader(Supplier<ArticleReader> htmlReader) {
        this.htmlReader = htmlReader;
    }

    @Override
    public Format format() {
        return Format.JSONL;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        String text = TextDecoder.decode(content, hints.contentType()).text();
        ObjectMapper mapper = SafeJson.mapper(limits);
        List<Document> documents = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        int lineNumber = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            String record = "line " + lineNumber;
            int length = end - start;
            if (length > limits.maxItemBytes()) {
                // checked before copying the line, so a 100 MB line costs no second copy
                errors.add(new ReadError(hints.name(), record, "line of " + length
                        + " characters exceeds the item limit of " + limits.maxItemBytes()));
                start = end + 1;
                continue;
            }
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(line);
            } catch (JsonProcessingException e) {
                errors.add(new ReadError(hints.name(), record, SafeJson.reason(e)));
                continue;
            }
            if (node == null || !node.isObject()) {
                errors.add(new ReadError(hints.name(), record, "expected a JSON object with \"text\" or \"html\", found "
                        + (node == null ? "nothing" : node.getNodeType())));
                continue;
            }
            readLine(node, record, hints, limits, documents, errors);
        }
        return new ReadResult(documents, errors);
    }

    private void readLine(JsonNode n, String record, Hints hints, Limits limits, List<Document> out,
            List<ReadError> errors) {
        String date = first(string(n, "date"), string(n, "published"), string(n, "datePublished"));
        String isoDate = SourceDates.toIso(date);
        SourceMetadata own = SourceMetadata.builder()
                .headline(first(string(n, "title"), string(n, "headline")))
                .url(first(string(n, "url"), string(n, "link")))
                .sourceId(string(n, "id"))
                .published(first(isoDate, SourceDates.toIso(hints.sourceDate())))
                .byline(SourceNames.persons(first(string(n, "author"), string(n, "byline"))))
                .language(SourceNames.languageCode(first(string(n, "language"), string(n, "lang"))))
                .build();
        List<String> warnings = new ArrayList<>();
        if (date != null && isoDate == null) {
            warnings.add("date '" + date + "' is not a date this reader knows; ignored");
        }
        Source source = new Source(hints.name(), Format.JSONL.id(), record);
        String text = string(n, "text");
        String html = string(n, "html");
        if (text != null) {
            out.add(new Document(text.strip(), false, own, source, warnings));
        } else if (html != null) {
            Hints pageHints = new Hints(first(own.url(), hints.name()), "text/html; charset=utf-8", Format.HTML,
                    first(isoDate, hints.sourceDate()));
            ReadResult page = htmlReader.get().read(html.getBytes(StandardCharsets.UTF_8), pageHints, limits);
            for (Document d : page.documents()) {
                List<String> w = new ArrayList<>(warnings);
                w.addAll(d.warnings());
                out.add(new Document(d.text(), d.startsWithHeadline(), MetadataOverlay.overlay(own, d.metadata()),
                        source, w));
            }
            for (ReadError e : page.errors()) {
                errors.add(new ReadError(hints.name(), record, "html: " + e.reason()));
            }
        } else {
            errors.add(new ReadError(hints.name(), record, "the object has neither \"text\" nor \"html\" (a string)"));
        }
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String first(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }
}
