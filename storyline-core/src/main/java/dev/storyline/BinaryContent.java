package dev.storyline;

import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import java.util.Locale;

/**
 * Tells binary bytes (images, executables, random data) from text before any reader sees them, so a stray binary
 * file yields one clear error instead of an article of garbage. Text in any 8-bit encoding or UTF-8 holds almost no
 * control bytes; binary data holds about one in ten. Gzip data (a WARC.gz), WARC files (whose records may carry
 * binary payloads) and UTF-16/32 text (recognised by its byte-order mark) are left to their readers.
 */
final class BinaryContent {

    /** How much of the input is sampled. */
    static final int SAMPLE = 8192;
    /** Share of control bytes above which the sample is binary; text has none, random bytes about 11%. */
    static final double MAX_CONTROL_SHARE = 0.05;

    private BinaryContent() {
    }

    /** Why {@code content} is binary, or {@code null} when it may be text. */
    static String whyBinary(byte[] content, Hints hints) {
        if (hints.format() == Format.WARC || isExempt(content)) {
            return null;
        }
        int n = Math.min(content.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xff;
            boolean control = (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) || b == 0x7f;
            if (control) {
                controls++;
            }
        }
        double share = (double) controls / n;
        if (share <= MAX_CONTROL_SHARE) {
            return null;
        }
        return String.format(Locale.ROOT, "binary content, not text: %.0f%% control bytes in the first %d bytes "
                + "(expected text, HTML, XML, JSON or WARC)", share * 100, n);
    }

    private static boolean isExempt(byte[] c) {
        int b0 = c.length > 0 ? c[0] & 0xff : -1;
        int b1 = c.length > 1 ? c[1] & 0xff : -1;
        boolean gzip = b0 == 0x1f && b1 == 0x8b;
        boolean utf16 = (b0 == 0xfe && b1 == 0xff) || (b0 == 0xff && b1 == 0xfe);
        boolean utf32be = c.length > 3 && b0 == 0 && b1 == 0 && (c[2] & 0xff) == 0xfe && (c[3] & 0xff) == 0xff;
        boolean warc = c.length >= 5 && c[0] == 'W' && c[1] == 'A' && c[2] == 'R' && c[3] == 'C' && c[4] == '/';
        return gzip || utf16 || utf32be || warc;
    }
}
