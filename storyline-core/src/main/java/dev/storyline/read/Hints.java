package dev.storyline.read;

/**
 * What is known about some bytes besides the bytes themselves. All components are optional.
 *
 * @param name        the file or entry name, e.g. {@code reut2-000.sgm} (used to name the source and as a format hint)
 * @param contentType a MIME type, possibly with a charset, e.g. {@code text/html; charset=windows-1252}
 * @param format      when not {@code null}, the format to read as, overriding detection
 * @param sourceDate  an ISO date or date-time the source attaches to the content (e.g. an HTTP or feed date);
 *                    used for datelines that print no year
 */
public record Hints(String name, String contentType, Format format, String sourceDate) {

    /** No hints: the format is detected from the content alone. */
    public static Hints none() {
        return new Hints(null, null, null, null);
    }

    public static Hints named(String name) {
        return new Hints(name, null, null, null);
    }

    public Hints withFormat(Format f) {
        return new Hints(name, contentType, f, sourceDate);
    }

    public Hints withName(String n) {
        return new Hints(n, contentType, format, sourceDate);
    }

    public Hints withContentType(String ct) {
        return new Hints(name, ct, format, sourceDate);
    }

    public Hints withSourceDate(String d) {
        return new Hints(name, contentType, format, d);
    }
}
