package dev.storyline.cli;

import dev.storyline.read.Limits;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The safety limits as command-line options, shared by every command that reads input. Sizes take a unit
 * ({@code 256m}, {@code 2g}, {@code 512k}, or bytes), times too ({@code 10s}, {@code 500ms}, {@code 2m}).
 * Unset options keep {@link Limits#defaults()}.
 */
public final class LimitOptions {

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Largest file (or archive entry, once decompressed) read at all (default: 256m).")
    Long maxFileBytes;

    @Option(names = "--max-item-size", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Largest single item (one article's text or HTML) parsed (default: 16m).")
    Long maxItemBytes;

    @Option(names = "--max-item-time", paramLabel = "TIME", converter = TimeSpan.class,
            description = "Time allowed per item before it is abandoned with an error (default: 10s).")
    Duration maxItemTime;

    @Option(names = "--max-archive-size", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Most bytes expanded from one archive, a zip-bomb guard (default: 2g).")
    Long maxArchiveBytes;

    /** The limits these options describe. */
    public Limits limits() {
        Limits l = Limits.defaults();
        if (maxFileBytes != null) {
            l = l.withMaxFileBytes(maxFileBytes);
        }
        if (maxItemBytes != null) {
            l = l.withMaxItemBytes(maxItemBytes);
        }
        if (maxItemTime != null) {
            l = l.withMaxItemTime(maxItemTime);
        }
        if (maxArchiveBytes != null) {
            l = l.withMaxArchiveBytes(maxArchiveBytes);
        }
        return l;
    }

    /** {@code 256m} to 268435456: a positive count of bytes with an optional k, m or g (powers of 1024). */
    public static final class ByteSize implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)b?");

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size; expected e.g. 256m, 2g, 512k or 1000");
            }
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is too large");
            }
            int shift = switch (m.group(2)) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
                throw new TypeConversionException("'" + value + "' must be a positive size");
            }
            return n << shift;
        }
    }

    /** {@code 10s} to ten seconds: a positive number with a unit ms, s, m or h (seconds when none). */
    public static final class TimeSpan implements ITypeConverter<Duration> {
        private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            Matcher m = TIME.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a time; expected e.g. 10s, 500ms or 2m");
            }
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is too large");
            }
            String unit = m.group(2) == null ? "s" : m.group(2);
            Duration d = switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
            if (d.isZero()) {
                throw new TypeConversionException("'" + value + "' must be a positive time");
            }
            return d;
        }
    }
}
