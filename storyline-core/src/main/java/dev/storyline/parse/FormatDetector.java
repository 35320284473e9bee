package dev.storyline.parse;

import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.SafeJson;
import dev.storyline.read.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Decides the format of some bytes from their content first, then from the name's extension and the content type
 * as tie-breakers, and recognises binary content so that it is refused with one clear error rather than read as
 * garbage text.
 *
 * <pre>
 * content starts with / holds                         format
 * gzip magic, inflating to WARC/1.                    warc
 * WARC/1.                                             warc
 * &lt;REUTERS (after an optional DOCTYPE)               reuters-sgml
 * root element rss, rdf:RDF, feed                     feed
 * root element newsItem, newsMessage                  newsml
 * &lt;!DOCTYPE html, &lt;html, &lt;head, &lt;body             html
 * several lines, each a JSON object                   jsonl
 * one JSON object or array with ninjs keys            ninjs   (uri, headlines, bodies, headline, body_text, ...)
 * one JSON object with "text" or "html"               jsonl
 * other JSON; XML of another vocabulary               refused, unless the name says otherwise
 * NUL bytes, mostly control bytes, zip/pdf/image magic  binary (no format)
 * anything else                                       by extension / content type, else wire
 * </pre>
 */
public final class FormatDetector {

    /** How many leading bytes are examined. */
    private static final int HEAD = 8192;
    private static final Pattern FIRST_ELEMENT = Pattern.compile(
            "<(?![?!/])([A-Za-z_][\\w.\\-]*:)?([A-Za-z_][\\w.\\-]*)");
    private static final Pattern NINJS_KEYS = Pattern.compile(
            "\"(uri|headlines|bodies|headline|body_text|body_html|versioncreated|versionCreated|contentCreated)\"\\s*:");
    private static final Pattern HTML_TAG_AT_LINE_START = Pattern.compile("(?m)^\\s*<(html|head|body)[\\s>]");
    private static final Pattern JSONL_KEYS = Pattern.compile("\"(text|html)\"\\s*:");

    private FormatDetector() {
    }

    /**
     * What the bytes are.
     *
     * @param format   the format to read them as; {@code null} when they are binary or an unsupported format
     * @param evidence why, for a human; for {@code null} formats, the error to report
     *                 (e.g. {@code binary content, not a supported format (NUL bytes)})
     */
    public record Detection(Format format, String evidence) {

        /** {@code true} when no reader should be tried. */
        public boolean refused() {
            return format == null;
        }
    }

    /** The format of {@code content}; {@link Format#WIRE} when nothing more specific matches or it is binary. */
    public static Format detect(byte[] content, Hints hints) {
        Detection d = examine(content, hints);
        return d.refused() ? Format.WIRE : d.format();
    }

    /** Examines {@code content} (and the hints) and says what it is, or why it cannot be read. */
    public static Detection examine(byte[] content, Hints hints) {
        Hints h = hints == null ? Hints.none() : hints;
        if (h.format() != null) {
            return new Detection(h.format(), "forced");
        }
        if (content == null || content.length == 0) {
            return new Detection(Format.WIRE, "empty");
        }
        if (isGzip(content)) {
            return gunzippedStartsWithWarc(content) ? new Detection(Format.WARC, "gzip holding WARC/1.")
                    : new Detection(null, "binary content, not a supported format (gzip-compressed, but not a WARC)");
        }
        if (startsWith(content, 'W', 'A', 'R', 'C', '/', '1', '.')) {
            return new Detection(Format.WARC, "WARC/1. header"); // before the binary test: payloads may be binary
        }
        String binary = binaryKind(content);
        if (binary != null) {
            return new Detection(null, "binary content, not a supported format (" + binary + ")");
        }
        String head = TextDecoder.decode(content, 0, Math.min(content.length, HEAD), h.contentType()).text();
        String text = head.stripLeading();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("<reuters")) {
            return new Detection(Format.REUTERS_SGML, "<REUTERS> record");
        }
        if (text.startsWith("<")) {
            Detection markup = markup(text, lower, h);
            if (markup != null) {
                return markup;
            }
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return json(content, text, h);
        }
        if (HTML_TAG_AT_LINE_START.matcher(lower).find()) {
            return new Detection(Format.HTML, "an <html> or <body> tag");
        }
        return byNameOrType(h, new Detection(Format.WIRE, "plain text"));
    }

    private static Detection markup(String text, String lower, Hints h) {
        if (lower.startsWith("<!doctype html")) {
            return new Detection(Format.HTML, "<!DOCTYPE html>");
        }
        Matcher m = FIRST_ELEMENT.matcher(text);
        if (!m.find()) {
            return null;
        }
        String root = m.group(2);
        switch (root) {
            case "rss", "RDF", "feed":
                return new Detection(Format.FEED, "root element <" + root + ">");
            case "newsItem", "newsMessage":
                return new Detection(Format.NEWSML_G2, "root element <" + root + ">");
            default:
                break;
        }
        String r = root.toLowerCase(Locale.ROOT);
        if (r.equals("html") || r.equals("head") || r.equals("body") || r.equals("meta") || r.equals("div")
                || r.equals("p") || r.equals("article") || r.equals("title")) {
            return new Detection(Format.HTML, "root element <" + root + ">");
        }
        if (text.startsWith("<?xml")) {
            Detection byName = byNameOrType(h, null);
            return byName != null ? byName : new Detection(null, "XML with root element <" + root
                    + ">, not a supported format (expected rss, rdf:RDF, feed, newsItem or newsMessage)");
        }
        return null;
    }

    private static Detection json(byte[] content, String text, Hints h) {
        int newline = text.indexOf('\n');
        String firstLine = (newline < 0 ? text : text.substring(0, newline)).strip();
        boolean moreLines = newline >= 0 && !text.substring(newline).isBlank()
                || newline >= 0 && content.length > HEAD;
        boolean firstLineIsObject = firstLine.startsWith("{") && firstLine.endsWith("}") && isJsonObject(firstLine);
        if (firstLineIsObject && moreLines) {
            return new Detection(Format.JSONL, "several lines, each a JSON object");
        }
        if (NINJS_KEYS.matcher(text).find()) {
            return new Detection(Format.NINJS, "JSON with ninjs keys");
        }
        if (JSONL_KEYS.matcher(text).find()) {
            return new Detection(Format.JSONL, "a JSON object with \"text\" or \"html\"");
        }
        return byNameOrType(h, new Detection(null, "JSON without ninjs fields (uri, headlines, bodies, headline,"
                + " body_text, ...) or JSON Lines fields (text, html): not a supported format"));
    }

    private static boolean isJsonObject(String line) {
        try {
            return SafeJson.mapper(Limits.defaults()).readTree(line).isObject();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The format the name's extension or the content type suggests, else {@code fallback}. */
    private static Detection byNameOrType(Hints h, Detection fallback) {
        String name = h.name() == null ? "" : h.name().toLowerCase(Locale.ROOT);
        String type = h.contentType() == null ? "" : h.contentType().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || type.contains("html")) {
            return new Detection(Format.HTML, "name or content type");
        }
        if (name.endsWith(".rss") || name.endsWith(".atom") || type.contains("rss") || type.contains("atom")) {
            return new Detection(Format.FEED, "name or content type");
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || type.contains("ndjson") || type.contains("jsonl")) {
            return new Detection(Format.JSONL, "name or content type");
        }
        if (name.endsWith(".sgm") || name.endsWith(".sgml")) {
            return new Detection(Format.REUTERS_SGML, "name");
        }
        if (name.endsWith(".warc")) {
            return new Detection(Format.WARC, "name");
        }
        return fallback;
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B && b[2] == 8;
    }

    private static boolean gunzippedStartsWithWarc(byte[] content) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
            byte[] head = in.readNBytes(7);
            return new String(head, StandardCharsets.ISO_8859_1).equals("WARC/1.");
        } catch (IOException e) {
            return false;
        }
    }

    /** Why the bytes are binary ({@code NUL bytes}, {@code a zip archive}, ...), or {@code null} when they are text. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "a zip archive";
        }
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return "a PDF document";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47) || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 0x47, 0x49, 0x46)) {
            return "an image";
        }
        boolean utf16 = startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE);
        if (utf16) {
            return null; // UTF-16 text has NULs in every other byte
        }
        int n = Math.min(b.length, HEAD);
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                nul++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B && c != 0x03) {
                control++;
            }
        }
        // a stray NUL in a saved page is tolerated; text never holds them by the percent
        if (nul * 100 > n) {
            return "NUL bytes";
        }
        return (control + nul) * 10 > n ? "mostly control bytes" : null;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
