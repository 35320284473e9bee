package dev.storyline.read;

import java.util.Locale;

/**
 * Decides the format of some bytes from their content first, then from the name and content type.
 * (Skeleton: a first cut, to be refined by the format readers' work.)
 */
public final class FormatDetector {

    private FormatDetector() {
    }

    /** The format of {@code content}; {@link Format#WIRE} when nothing more specific matches. */
    public static Format detect(byte[] content, Hints hints) {
        if (hints.format() != null) {
            return hints.format();
        }
        String head = new String(content, 0, Math.min(content.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("warc/")) {
            return Format.WARC;
        }
        if (head.contains("<reuters")) {
            return Format.REUTERS_SGML;
        }
        if (head.contains("<rss") || head.contains("<feed")) {
            return Format.FEED;
        }
        if (head.contains("<newsitem") || head.contains("<newsmessage")) {
            return Format.NEWSML_G2;
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")) {
            return Format.HTML;
        }
        return Format.WIRE;
    }
}
