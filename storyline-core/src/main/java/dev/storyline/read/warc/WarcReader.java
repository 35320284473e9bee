package dev.storyline.read.warc;

import dev.storyline.model.Source;
import dev.storyline.read.ArticleReader;
import dev.storyline.read.Document;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.MetadataOverlay;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;
import dev.storyline.read.html.HtmlReader;
import dev.storyline.read.SourceMetadata;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC and WARC.gz archives (as Common Crawl's CC-NEWS publishes them) with jwarc: each {@code response}
 * record whose HTTP payload is an HTML page with a 2xx status is handed to the {@link Format#HTML} reader, with
 * the record's target URI as name, the HTTP {@code Content-Type} (and so its charset) and the WARC date as the
 * source date. Other records (warcinfo, request, metadata, images) are skipped.
 *
 * <p>Each document names its record by offset ({@code offset 81920}: the byte offset of the record, or of its
 * gzip member, in the file). A corrupt record yields one {@link ReadError} with its offset; the reader then
 * searches forward for the next record ({@code WARC/1.} at a line start, or the next gzip member) and goes on,
 * or stops with the error when there is none.
 */
public final class WarcReader implements ArticleReader {

    private static final ArticleReader STANDARD_HTML = new HtmlReader();

    private static final byte[] WARC_MAGIC = {'W', 'A', 'R', 'C', '/', '1', '.'};
    private final Supplier<ArticleReader> htmlReader;

    /** A reader that hands pages to the registered {@link Format#HTML} reader. */
    public WarcReader() {
        this(() -> STANDARD_HTML);
    }

    /** A reader that hands pages to {@code htmlReader} (looked up at read time). */
    public WarcReader(Supplier<ArticleReader> htmlReader) {
        this.htmlReader = htmlReader;
    }

    @Override
    public Format format() {
        return Format.WARC;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        boolean gzip = content.length >= 2 && (content[0] & 0xFF) == 0x1F && (content[1] & 0xFF) == 0x8B;
        List<Document> documents = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        int records = 0;
        long base = 0;
        // a failure after some good records is first only suspected: the next candidate record start tells
        // whether the corrupt record begins there (then its offset is exact) or the bytes before it are garbage
        String suspected = null;
        long suspectedAfter = -1;
        while (base >= 0 && base < content.length) {
            long resumeAt = -1;
            boolean first = true;
            try (org.netpreserve.jwarc.WarcReader warc = new org.netpreserve.jwarc.WarcReader(
                    new ByteArrayInputStream(content, (int) base, content.length - (int) base))) {
                long lastStart = 0;
                while (true) {
                    Optional<WarcRecord> next;
                    try {
                        next = warc.next();
                    } catch (IOException | RuntimeException e) {
                        if (first) {
                            errors.add(new ReadError(hints.name(), "offset " + base, describe(e)));
                            suspected = null;
                            resumeAt = nextRecordStart(content, (int) base + 1, gzip);
                        } else {
                            suspected = describe(e);
                            suspectedAfter = base + lastStart;
                            resumeAt = nextRecordStart(content, (int) suspectedAfter + 1, gzip);
                        }
                        break;
                    }
                    if (next.isEmpty()) {
                        break;
                    }
                    if (first && suspected != null) {
                        errors.add(new ReadError(hints.name(), "offset " + suspectedAfter, "unreadable bytes after"
                                + " the record at this offset, skipped up to offset " + base + ": " + suspected));
                        suspected = null;
                    }
                    first = false;
                    records++;
                    lastStart = warc.position();
                    readRecord(next.get(), base + lastStart, hints, limits, documents, errors);
                }
            } catch (IOException | RuntimeException e) {
                errors.add(new ReadError(hints.name(), "offset " + base, describe(e)));
                resumeAt = nextRecordStart(content, (int) base + 1, gzip);
            }
            if (resumeAt < 0 && suspected != null) {
                errors.add(new ReadError(hints.name(), "offset " + suspectedAfter, "unreadable bytes after the record"
                        + " at this offset, up to the end of the file: " + suspected));
                suspected = null;
            }
            base = resumeAt;
        }
        if (records == 0 && errors.isEmpty()) {
            errors.add(new ReadError(hints.name(), null, "no WARC records found (expected 'WARC/1.0' or gzip members)"));
        }
        return new ReadResult(documents, onePerOffset(errors));
    }

    /**
     * One error per bad record: a record cut short fails both when its payload is read and when the next record is
     * looked for, at the same offset; the first reason (the payload's) is the one a human needs.
     */
    private static List<ReadError> onePerOffset(List<ReadError> errors) {
        java.util.Map<String, ReadError> byLocation = new java.util.LinkedHashMap<>();
        for (ReadError e : errors) {
            byLocation.putIfAbsent(String.valueOf(e.location()), e);
        }
        return new ArrayList<>(byLocation.values());
    }

    private void readRecord(WarcRecord record, long offset, Hints hints, Limits limits, List<Document> out,
            List<ReadError> errors) {
        if (!(record instanceof WarcResponse response)) {
            return;
        }
        String where = "offset " + offset;
        try {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                return;
            }
            String contentType = http.headers().first("Content-Type").orElse(null);
            byte[] payload = readPayload(http, limits);
            if (payload == null) {
                errors.add(new ReadError(hints.name(), where, "payload exceeds the item limit of "
                        + limits.maxItemBytes() + " bytes"));
                return;
            }
            if (!isHtml(contentType, payload)) {
                return;
            }
            String target = response.target();
            String date = record.date() == null ? null : record.date().toString();
            Hints pageHints = new Hints(target, contentType, Format.HTML, date);
            ReadResult page = htmlReader.get().read(payload, pageHints, limits);
            SourceMetadata fromRecord = SourceMetadata.builder().url(target).sourceId(target).build();
            for (Document d : page.documents()) {
                out.add(new Document(d.text(), d.startsWithHeadline(), MetadataOverlay.overlay(d.metadata(), fromRecord),
                        new Source(hints.name(), Format.WARC.id(), where), d.warnings()));
            }
            for (ReadError e : page.errors()) {
                errors.add(new ReadError(hints.name(), where, target + ": " + e.reason()));
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new ReadError(hints.name(), where, "bad HTTP response in the record: " + describe(e)));
        }
    }

    /** The decoded payload, or {@code null} when it is larger than the item limit. */
    private static byte[] readPayload(HttpResponse http, Limits limits) throws IOException {
        MessageBody body;
        try {
            body = http.bodyDecoded(); // undoes Content-Encoding: gzip, deflate, br
        } catch (IOException | RuntimeException unsupportedEncoding) {
            body = http.body();
        }
        int max = (int) Math.min(Integer.MAX_VALUE - 16, limits.maxItemBytes());
        try (InputStream in = body.stream()) {
            byte[] bytes = in.readNBytes(max + 1);
            return bytes.length > max ? null : bytes;
        }
    }

    private static boolean isHtml(String contentType, byte[] payload) {
        if (contentType != null) {
            String ct = contentType.toLowerCase(Locale.ROOT);
            return ct.contains("html");
        }
        String head = new String(payload, 0, Math.min(payload.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** Where the next record may start after {@code from}: a gzip member, or {@code WARC/1.} at a line start. */
    static long nextRecordStart(byte[] content, int from, boolean gzip) {
        for (int i = Math.max(from, 0); i < content.length - 2; i++) {
            if (gzip) {
                if ((content[i] & 0xFF) == 0x1F && (content[i + 1] & 0xFF) == 0x8B && content[i + 2] == 8) {
                    return i;
                }
            } else if ((i == 0 || content[i - 1] == '\n') && startsWith(content, i, WARC_MAGIC)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] content, int at, byte[] magic) {
        if (at + magic.length > content.length) {
            return false;
        }
        for (int k = 0; k < magic.length; k++) {
            if (content[at + k] != magic[k]) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Throwable e) {
        if (e instanceof EOFException) {
            return "truncated record: the file ends inside it";
        }
        String m = e.getMessage();
        if (e instanceof NumberFormatException) {
            return "corrupt record: a header that must be a number is not (" + m + ")";
        }
        return "corrupt record: " + (m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m));
    }
}
