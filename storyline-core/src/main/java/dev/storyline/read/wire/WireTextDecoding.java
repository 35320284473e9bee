package dev.storyline.read.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a plain-text file: a byte-order mark wins, then a charset named in the content type, then
 * UTF-8 when the bytes are valid UTF-8, else windows-1252 (a superset of ISO-8859-1 for text) with a warning.
 * It also tells binary content apart, by the share of control bytes.
 */
public final class WireTextDecoding {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:\\-]+)");
    private static final int SNIFF_BYTES = 8192;

    /**
     * @param text              the decoded text, without a byte-order mark
     * @param warnings          what was guessed
     * @param binary            {@code true} when the bytes are not text
     * @param firstBinaryOffset where the first control byte is, when binary
     */
    public record Decoded(String text, List<String> warnings, boolean binary, int firstBinaryOffset) {
    }

    private WireTextDecoding() {
    }

    /** Decodes {@code content}; {@code contentType} may be {@code null}. */
    public static Decoded decode(byte[] content, String contentType) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return text(new String(content, 3, content.length - 3, StandardCharsets.UTF_8), List.of());
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return text(new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE), List.of());
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return text(new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE), List.of());
        }
        int binaryAt = firstBinaryOffset(content);
        if (binaryAt >= 0) {
            return new Decoded("", List.of(), true, binaryAt);
        }
        Charset declared = declared(contentType);
        if (declared != null) {
            return text(new String(content, declared), List.of());
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text(s, List.of());
        } catch (CharacterCodingException e) {
            return text(new String(content, Charset.forName("windows-1252")),
                    List.of("not valid UTF-8: decoded as windows-1252"));
        }
    }

    private static Decoded text(String s, List<String> warnings) {
        return new Decoded(s, warnings, false, -1);
    }

    private static Charset declared(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null; // an unknown charset name: fall back to detection
        }
    }

    /** The offset of the first NUL or other non-text control byte when they are more than 1% of the sniffed bytes. */
    private static int firstBinaryOffset(byte[] content) {
        int n = Math.min(content.length, SNIFF_BYTES);
        int controls = 0;
        int first = -1;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        return controls > 0 && (controls * 100 > n || content[first] == 0) ? first : -1;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
