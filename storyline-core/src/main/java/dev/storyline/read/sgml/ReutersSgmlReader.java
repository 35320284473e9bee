package dev.storyline.read.sgml;

import dev.storyline.model.Source;
import dev.storyline.read.ArticleReader;
import dev.storyline.read.Document;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;
import dev.storyline.read.SourceMetadata;
import dev.storyline.read.wire.WrappedParagraphs;
import dev.storyline.grammar.BylineParser;
import dev.storyline.grammar.DatelineParser;
import dev.storyline.grammar.ParsedDateline;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Reuters-21578 SGML: every {@code <REUTERS>} record becomes a document, including those without a body
 * ({@code <TEXT TYPE="BRIEF">}: headline only; {@code TYPE="UNPROC"}: the raw text).
 *
 * <pre>
 * &lt;REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1"&gt;
 * &lt;DATE&gt;26-FEB-1987 15:01:01.79&lt;/DATE&gt;                 → published 1987-02-26T15:01:01.790
 * &lt;TOPICS&gt;&lt;D&gt;cocoa&lt;/D&gt;&lt;/TOPICS&gt;                   → labels topics [cocoa] (also places, people, orgs,
 * &lt;TEXT&gt;&lt;TITLE&gt;BAHIA COCOA REVIEW&lt;/TITLE&gt;              exchanges, companies, lewissplit, cgisplit, oldid)
 * &lt;DATELINE&gt;    SALVADOR, Feb 26 - &lt;/DATELINE&gt;         → the text: dateline + body, so the wire grammar
 * &lt;BODY&gt;Showers continued ... Reuter &amp;#3;&lt;/BODY&gt;       finds place, date and sign-off
 * </pre>
 *
 * The record's id is {@code reuters21578:NEWID=1}. Bytes that are not valid UTF-8 are decoded as ISO-8859-1 (one
 * file of the corpus has a Latin-1 byte). Entities are unescaped; no DTD is read or processed.
 */
public final class ReutersSgmlReader implements ArticleReader {

    private static final String[] LABEL_ELEMENTS = {"TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES"};

    private final DatelineParser datelines = new DatelineParser();
    private final BylineParser bylines = new BylineParser();

    @Override
    public Format format() {
        return Format.REUTERS_SGML;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        Hints h = hints == null ? Hints.none() : hints;
        Limits l = limits == null ? Limits.defaults() : limits;
        if (content == null || content.length == 0) {
            return ReadResult.failed(new ReadError(h.name(), null, "empty input: expected Reuters-21578 SGML"));
        }
        List<String> fileWarnings = new ArrayList<>();
        String text = decode(content, fileWarnings);
        List<Document> documents = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        int from = 0;
        int count = 0;
        while (true) {
            int open = text.indexOf("<REUTERS", from);
            if (open < 0) {
                break;
            }
            count++;
            int close = text.indexOf("</REUTERS>", open);
            int nextOpen = text.indexOf("<REUTERS", open + 8);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                errors.add(new ReadError(h.name(), "record " + count + ", offset " + open,
                        "record not closed: expected </REUTERS> before the next record or the end of the file"));
                from = nextOpen < 0 ? text.length() : nextOpen;
                continue;
            }
            String record = text.substring(open, close);
            from = close + "</REUTERS>".length();
            if (record.length() > l.maxItemBytes()) {
                errors.add(new ReadError(h.name(), "record " + count + ", offset " + open, "record of "
                        + record.length() + " characters exceeds the item limit of " + l.maxItemBytes()));
                continue;
            }
            documents.add(toDocument(record, h, fileWarnings));
        }
        if (count == 0) {
            errors.add(new ReadError(h.name(), null, "no <REUTERS> record found: expected Reuters-21578 SGML"));
        }
        return new ReadResult(documents, errors);
    }

    private Document toDocument(String record, Hints hints, List<String> fileWarnings) {
        List<String> warnings = new ArrayList<>(fileWarnings);
        int tagEnd = record.indexOf('>');
        Map<String, String> attributes = SgmlFields.attributes(record.substring(0, tagEnd < 0 ? record.length() : tagEnd));
        String newId = attributes.getOrDefault("NEWID", "");
        String recordName = "NEWID=" + newId;

        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (String element : LABEL_ELEMENTS) {
            List<String> values = SgmlFields.values(SgmlFields.element(record, element));
            if (!values.isEmpty()) {
                labels.put(element.toLowerCase(java.util.Locale.ROOT), values);
            }
        }
        for (String attribute : new String[] {"LEWISSPLIT", "CGISPLIT", "OLDID"}) {
            String v = attributes.get(attribute);
            if (v != null && !v.isBlank()) {
                labels.put(attribute.toLowerCase(java.util.Locale.ROOT), List.of(v));
            }
        }

        String published = SgmlFields.isoDate(SgmlFields.element(record, "DATE"));
        if (published == null) {
            warnings.add("DATE missing or not of the form 26-FEB-1987 15:01:01.79");
        }
        String textElement = SgmlFields.element(record, "TEXT");
        String textType = SgmlFields.textType(record);
        String title = SgmlFields.clean(SgmlFields.element(textElement, "TITLE"));
        String dateline = SgmlFields.unescape(SgmlFields.element(textElement, "DATELINE"));
        String body = SgmlFields.unescape(SgmlFields.element(textElement, "BODY"));
        String author = SgmlFields.clean(SgmlFields.element(textElement, "AUTHOR"));

        String place = null;
        if (dateline != null) {
            place = datelines.parse(dateline.strip()).map(ParsedDateline::place)
                    .orElse(dateline.strip().replaceAll("[\\s,\\-]+$", ""));
        }
        boolean startsWithHeadline = false;
        String text;
        if (body != null) {
            text = (dateline == null ? "" : dateline) + body;
        } else if ("UNPROC".equals(textType)) {
            text = SgmlFields.unescape(textElement);
            startsWithHeadline = title == null;
        } else {
            text = ""; // BRIEF: the headline is the whole story; the text element holds only a placeholder
        }
        List<String> paragraphs = WrappedParagraphs.ofWrapped(WrappedParagraphs.lines(text), startsWithHeadline);

        SourceMetadata meta = SourceMetadata.builder()
                .headline(title)
                .byline(author == null ? null : bylines.parse(author).orElse(null))
                .published(published)
                .place(place)
                .agency("Reuters")
                .sourceId("reuters21578:" + recordName)
                .language("en")
                .labels(labels)
                .build();
        return new Document(String.join("\n", paragraphs), startsWithHeadline, meta,
                new Source(hints.name(), Format.REUTERS_SGML.id(), recordName), warnings);
    }

    private static String decode(byte[] content, List<String> warnings) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            warnings.add("not valid UTF-8: decoded as ISO-8859-1");
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }
}
