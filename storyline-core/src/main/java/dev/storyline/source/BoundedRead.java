package dev.storyline.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream into memory, but never more than a limit: past it the read stops with {@link TooLarge}, so a
 * hostile or mislabelled input costs at most the limit, never an out-of-memory error.
 */
final class BoundedRead {

    private BoundedRead() {
    }

    /** Thrown when a stream holds more bytes than allowed; the message says which limit and how to raise it. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /**
     * All bytes of {@code in}, at most {@code max}.
     *
     * @param expected a size hint (e.g. the file size) to allocate once; 0 when unknown
     * @param what     how to name the limit in the error, e.g. {@code the limit of 268435456 bytes (--max-file-size)}
     */
    static byte[] readAll(InputStream in, long max, long expected, String what) throws IOException {
        long ceiling = Math.min(max, Integer.MAX_VALUE - 16);
        byte[] buf = new byte[(int) Math.min(expected > 0 ? expected : 8192, ceiling)];
        int len = 0;
        while (true) {
            if (len == buf.length) {
                // full: a one-byte probe tells the end of the stream from more data, without copying
                int b = in.read();
                if (b < 0) {
                    return buf;
                }
                if (len >= ceiling) {
                    throw new TooLarge("larger than " + what);
                }
                buf = Arrays.copyOf(buf, (int) Math.min(Math.max(2L * buf.length, 8192), ceiling));
                buf[len++] = (byte) b;
                continue;
            }
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                return Arrays.copyOf(buf, len);
            }
            len += n;
        }
    }

    /** Up to {@code n} first bytes of {@code in} (fewer at its end). */
    static byte[] readHead(InputStream in, int n) throws IOException {
        return in.readNBytes(n);
    }
}
