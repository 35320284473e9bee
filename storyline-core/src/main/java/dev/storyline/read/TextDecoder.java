package dev.storyline.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text format into a {@code String}, choosing the character set the way a browser would:
 * a byte-order mark first, then the charset the source declares (an HTTP {@code Content-Type}, an XML
 * declaration, an HTML {@code <meta charset>}), then the bytes themselves: valid UTF-8 is UTF-8, a confident
 * ICU4J detection of a non-Latin charset is taken, and anything else is read as windows-1252 (the superset of
 * Latin-1 that old wire archives such as Reuters-21578 use). Invalid bytes become U+FFFD; decoding never throws.
 *
 * <pre>{@code
 * TextDecoder.Decoded d = TextDecoder.decode(bytes, "text/html; charset=Shift_JIS");
 * d.text();     // the characters
 * d.charset();  // Shift_JIS
 * d.evidence(); // "content type"
 * }</pre>
 */
public final class TextDecoder {

    private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._\\-]+)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    /** How many leading bytes are searched for a declaration; declarations must come early to count. */
    private static final int DECLARATION_WINDOW = 2048;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Labels that in practice mean windows-1252, as the WHATWG Encoding Standard rules. */
    private static final Set<String> LATIN1_LABELS = Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii",
            "ascii", "cp819", "ibm819", "iso_8859-1", "windows-1252", "cp1252", "x-cp1252");
    /** ICU guesses that are taken; Latin guesses are not, since windows-1252 reads them all well enough. */
    private static final Set<String> TRUSTED_DETECTIONS = Set.of("Shift_JIS", "EUC-JP", "ISO-2022-JP", "GB18030",
            "EUC-KR", "ISO-2022-KR", "ISO-2022-CN", "Big5", "windows-1251", "KOI8-R", "ISO-8859-5", "windows-1256",
            "ISO-8859-6", "ISO-8859-7", "windows-1253", "ISO-8859-8", "windows-1255");
    private static final int MIN_DETECTION_CONFIDENCE = 30; // ICU rates a clear short Cyrillic text about 40

    private TextDecoder() {
    }

    /**
     * Decoded text and how its charset was chosen.
     *
     * @param text     the characters, never {@code null}
     * @param charset  the charset used
     * @param evidence why: {@code byte-order mark}, {@code content type}, {@code xml declaration},
     *                 {@code meta charset}, {@code valid utf-8}, {@code detected (confidence N)}, {@code fallback}
     */
    public record Decoded(String text, Charset charset, String evidence) {
    }

    /** Decodes {@code bytes}; {@code contentType} (may be {@code null}) may name a charset. */
    public static Decoded decode(byte[] bytes, String contentType) {
        return decode(bytes, 0, bytes.length, contentType);
    }

    /** Decodes {@code length} bytes of {@code bytes} from {@code offset}. */
    public static Decoded decode(byte[] bytes, int offset, int length, String contentType) {
        Decoded bom = decodeWithBom(bytes, offset, length);
        if (bom != null) {
            return bom;
        }
        Charset declared = charsetOf(contentType);
        if (declared != null) {
            return new Decoded(new String(bytes, offset, length, declared), declared, "content type");
        }
        String head = new String(bytes, offset, Math.min(length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Charset xml = matchCharset(XML_ENCODING, head.stripLeading());
        if (xml != null) {
            return new Decoded(new String(bytes, offset, length, xml), xml, "xml declaration");
        }
        Charset meta = matchCharset(META_CHARSET, head);
        if (meta != null) {
            return new Decoded(new String(bytes, offset, length, meta), meta, "meta charset");
        }
        return sniff(bytes, offset, length);
    }

    /** The charset named by a {@code charset=} parameter of {@code contentType}, or {@code null}. */
    public static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        return matchCharset(CHARSET_PARAM, contentType);
    }

    /** The Java charset for a declared label, or {@code null} when the label is unknown. */
    public static Charset forLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (LATIN1_LABELS.contains(l)) {
            return WINDOWS_1252;
        }
        if (l.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(l);
        } catch (IllegalArgumentException unknownOrIllegal) {
            return null; // an unknown label is no evidence; fall back to sniffing
        }
    }

    /**
     * {@code true} when the bytes are well-formed UTF-8 (pure ASCII included): no overlong forms, no surrogates,
     * nothing above U+10FFFF. Checked in place, without decoding, so that valid input is decoded only once.
     */
    public static boolean isValidUtf8(byte[] bytes, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xFF;
            int need;
            int min2;
            int max2;
            if (lead >= 0xC2 && lead <= 0xDF) {
                need = 1; min2 = 0x80; max2 = 0xBF;
            } else if (lead == 0xE0) {
                need = 2; min2 = 0xA0; max2 = 0xBF; // no overlong 3-byte forms
            } else if (lead == 0xED) {
                need = 2; min2 = 0x80; max2 = 0x9F; // no UTF-16 surrogates
            } else if (lead >= 0xE1 && lead <= 0xEF) {
                need = 2; min2 = 0x80; max2 = 0xBF;
            } else if (lead == 0xF0) {
                need = 3; min2 = 0x90; max2 = 0xBF; // no overlong 4-byte forms
            } else if (lead >= 0xF1 && lead <= 0xF3) {
                need = 3; min2 = 0x80; max2 = 0xBF;
            } else if (lead == 0xF4) {
                need = 3; min2 = 0x80; max2 = 0x8F; // nothing above U+10FFFF
            } else {
                return false;
            }
            if (i + need >= end) {
                return false; // the sequence is cut off by the end of the input
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < min2 || second > max2) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                int c = bytes[i + k] & 0xFF;
                if (c < 0x80 || c > 0xBF) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }

    private static Charset matchCharset(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? forLabel(m.group(1)) : null;
    }

    private static Decoded decodeWithBom(byte[] b, int off, int len) {
        if (len >= 3 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB && (b[off + 2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, off + 3, len - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    "byte-order mark");
        }
        if (len >= 2 && (b[off] & 0xFF) == 0xFE && (b[off + 1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, off + 2, len - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE,
                    "byte-order mark");
        }
        if (len >= 2 && (b[off] & 0xFF) == 0xFF && (b[off + 1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, off + 2, len - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE,
                    "byte-order mark");
        }
        return null;
    }

    private static Decoded sniff(byte[] b, int off, int len) {
        if (isValidUtf8(b, off, len)) {
            return new Decoded(new String(b, off, len, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "valid utf-8");
        }
        try {
            CharsetDetector detector = new CharsetDetector();
            // ICU copies the input; a bounded sample keeps detection cheap on large files
            int sample = Math.min(len, 64 * 1024);
            byte[] head = new byte[sample];
            System.arraycopy(b, off, head, 0, sample);
            detector.setText(head);
            CharsetMatch match = detector.detect();
            if (match != null && match.getConfidence() >= MIN_DETECTION_CONFIDENCE
                    && TRUSTED_DETECTIONS.contains(match.getName())) {
                Charset cs = forLabel(match.getName());
                if (cs != null) {
                    return new Decoded(new String(b, off, len, cs), cs,
                            "detected (confidence " + match.getConfidence() + ")");
                }
            }
        } catch (RuntimeException detectorFailure) {
            // the detector is a heuristic; if it fails, the fallback below still reads the bytes
        }
        return new Decoded(new String(b, off, len, WINDOWS_1252), WINDOWS_1252, "fallback");
    }
}
