package dev.storyline.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page, deciding the character encoding the way browsers do, in this order: a byte
 * order mark, the {@code charset} of the HTTP {@code Content-Type}, a {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type">} in the head of the page, then detection (valid UTF-8 first, then ICU's
 * statistical detector). As in the HTML standard, a declared {@code iso-8859-1} or {@code us-ascii} is read as
 * {@code windows-1252}, its superset, because pages that declare Latin-1 routinely hold curly quotes from 1252.
 */
public final class HtmlCharset {

    /** How far into the page a {@code <meta>} charset declaration is looked for. */
    private static final int META_SCAN_BYTES = 8192;
    /** How much of the page the statistical detector looks at. */
    private static final int DETECT_BYTES = 64 * 1024;
    private static final Pattern CONTENT_TYPE_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_TAG = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The decoded page and how its encoding was decided.
     *
     * @param text    the page as text, without a byte order mark
     * @param charset the encoding used
     * @param basis   where the encoding came from: {@code bom}, {@code content-type}, {@code meta}, {@code detected}
     */
    public record Decoded(String text, Charset charset, String basis) {
    }

    private HtmlCharset() {
    }

    /** Decodes {@code bytes}; {@code contentType} (for example {@code text/html; charset=utf-8}) may be {@code null}. */
    public static Decoded decode(byte[] bytes, String contentType) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
        }
        Charset declared = contentType == null ? null : charsetIn(contentType);
        if (declared != null) {
            return new Decoded(new String(bytes, declared), declared, "content-type");
        }
        Charset meta = metaCharset(bytes);
        if (meta != null) {
            return new Decoded(new String(bytes, meta), meta, "meta");
        }
        Charset detected = detect(bytes);
        return new Decoded(new String(bytes, detected), detected, "detected");
    }

    /** The charset a {@code <meta>} tag near the start of the page declares, or {@code null}. */
    static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher tags = META_TAG.matcher(head);
        while (tags.find()) {
            String tag = tags.group();
            String lower = tag.toLowerCase(Locale.ROOT);
            if (lower.contains("charset")) {
                Charset c = charsetIn(tag);
                if (c != null) {
                    // A page that is bytes-on-the-wire cannot be UTF-16 if its <meta> was readable as ASCII.
                    return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
                }
            }
        }
        return null;
    }

    private static Charset charsetIn(String text) {
        Matcher m = CONTENT_TYPE_CHARSET.matcher(text);
        return m.find() ? lookup(m.group(1)) : null;
    }

    private static Charset lookup(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252" -> {
                return WINDOWS_1252;
            }
            case "utf8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.isSupported(n) ? Charset.forName(n) : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
    }

    private static Charset detect(byte[] bytes) {
        if (isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > DETECT_BYTES ? Arrays.copyOf(bytes, DETECT_BYTES) : bytes);
        CharsetMatch match = detector.detect();
        if (match != null && match.getConfidence() >= 30) {
            Charset c = lookup(match.getName());
            if (c != null) {
                return c;
            }
        }
        return WINDOWS_1252;
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
