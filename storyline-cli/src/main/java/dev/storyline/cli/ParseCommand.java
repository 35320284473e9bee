package dev.storyline.cli;

import dev.storyline.ParseResult;
import dev.storyline.Storyline;
import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.parse.Enrichers;
import dev.storyline.json.Json;
import dev.storyline.model.Article;
import dev.storyline.write.NinjsWriter;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.source.InputItem;
import dev.storyline.source.Inputs;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code storyline parse PATH...}: reads files, folders (recursively), {@code .gz} and {@code .zip}, and prints one
 * JSON object per article on standard output (JSON Lines), in input order. Every bad file or item costs one line
 * on standard error, {@code error: FILE [record]: reason}, and the run goes on; a summary line ends it. The exit
 * code is 0 when nothing failed, 1 when some input failed, 2 for a usage error.
 *
 * <pre>
 * storyline parse news/ day.txt.gz feeds.zip &gt; articles.jsonl
 * curl -s https://example.org/page.html | storyline parse --format ninjs -
 * </pre>
 */
@Command(name = "parse",
        description = {
            "Read articles from files, folders (recursively), .gz and .zip; print one JSON object per article "
                + "(JSON Lines) on standard output.",
            "The format of each input is detected from its content; --as forces one. "
                + "Errors go to standard error, one line each, and the run goes on.",
            "Exit code: 0 when nothing failed, 1 when some input failed, 2 for a usage error."
        },
        mixinStandardHelpOptions = true)
public final class ParseCommand implements Callable<Integer> {

    /** The output formats: Storyline's own JSON, or IPTC ninjs 3.1. */
    enum OutputFormat { NATIVE, NINJS }

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders to read; '-' reads standard input.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "native|ninjs", converter = OutputFormatName.class,
            description = "Output: Storyline's native JSON (default) or IPTC ninjs 3.1.")
    OutputFormat format = OutputFormat.NATIVE;

    @Option(names = "--as", paramLabel = "FORMAT", converter = InputFormatName.class,
            description = "Read every input as this format instead of detecting it: "
                    + "wire, reuters-sgml, html, feed, ninjs, newsml, warc, jsonl.")
    Format as;

    @Option(names = "--threads", paramLabel = "N",
            description = "Inputs parsed at once (default: the number of cores). Output order does not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-enrich",
            description = "Only the wire structure: skip the enrichers (entities, time expressions, quotes).")
    boolean noEnrich;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    /** One input's outcome, ready to print: its output lines and its error lines. */
    private record Printed(String path, List<String> lines, List<String> errors, boolean counted, long bytes) {
    }

    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();

    @Override
    public Integer call() throws InterruptedException {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--threads must be at least 1, got " + threads);
        }
        Limits limits = limitOptions.limits();
        Hints hints = as == null ? Hints.none() : Hints.none().withFormat(as);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        // inputs in flight: enough to keep every thread busy, never more than a quarter of the heap
        long budget = Math.max(limits.maxFileBytes(), Runtime.getRuntime().maxMemory() / 4);
        OrderedPipeline<Printed> pipeline = new OrderedPipeline<>(threads, budget);
        try (ProgressLine progress = ProgressLine.start(err, ProgressLine.stderrIsTerminal(),
                () -> status(started))) {
            pipeline.run(feed -> produce(feed, hints, limits), p -> {
                for (String line : p.lines()) {
                    out.println(line);
                }
                if (p.counted()) {
                    files.incrementAndGet();
                }
                articles.addAndGet(p.lines().size());
                bytesDone.addAndGet(p.bytes());
                if (!p.errors().isEmpty()) {
                    out.flush();
                    synchronized (err) {
                        progress.clear();
                        for (String e : p.errors()) {
                            err.println("error: " + e);
                        }
                    }
                    errors.addAndGet(p.errors().size());
                }
            });
        }
        out.flush();
        boolean outputFailed = out.checkError() || System.out.checkError();
        if (outputFailed) {
            err.println("error: could not write to standard output");
        }
        err.println(articles.get() + " articles from " + files.get() + " files, " + errors.get() + " errors");
        return errors.get() == 0 && !outputFailed ? 0 : 1;
    }

    /**
     * Reads the inputs in order, feeding each item to the pipeline as a parse task the moment it is read, so an
     * archive's entries are never all in memory at once: the pipeline's byte budget holds the reading back.
     */
    private void produce(OrderedPipeline.Feed<Printed> feed, Hints hints, Limits limits) {
        Consumer<InputItem> onItem = item -> feedOrStop(() -> feed.submit(item.content().length,
                () -> parse(item, limits)));
        Consumer<ReadError> onError = e -> feedOrStop(() -> feed.emit(failed(e)));
        try {
            for (String arg : paths) {
                if (arg.equals(Inputs.STDIN)) {
                    Inputs.read(System.in, Inputs.STDIN, hints, limits, onItem, onError);
                    continue;
                }
                Path root;
                try {
                    root = Path.of(arg);
                } catch (InvalidPathException e) {
                    onError.accept(new ReadError(arg, null, "not a valid path: " + e.getReason()));
                    continue;
                }
                for (Path f : Inputs.list(List.of(root), onError)) {
                    Inputs.read(f, hints, limits, onItem, onError);
                }
            }
        } catch (Stopped e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Printed failed(ReadError e) {
        return new Printed(e.path(), List.of(), List.of(e.message()), true, 0);
    }

    /** A feeding step that may block until the pipeline has room. */
    private interface FeedStep {
        void run() throws InterruptedException;
    }

    /** Thrown through the input walker's callbacks when the pipeline stops the reading thread. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private static void feedOrStop(FeedStep step) {
        try {
            step.run();
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** Parses one item and renders its articles and errors; runs on a worker thread. */
    private Printed parse(InputItem item, Limits limits) {
        ParseResult r = Storyline.parse(item.content(), item.hints(), limits,
                noEnrich ? EnrichmentPipeline.empty() : Enrichers.standard());
        List<String> lines = new ArrayList<>(r.articles().size());
        List<String> errs = new ArrayList<>(r.errors().size());
        for (Article a : r.articles()) {
            try {
                lines.add(format == OutputFormat.NINJS ? Json.write(NinjsWriter.toNinjs(a)) : Json.write(a));
            } catch (RuntimeException e) {
                String where = a.source() == null ? null : a.source().record();
                errs.add(new ReadError(item.path(), where, "cannot write the article as " + format.name()
                        .toLowerCase(Locale.ROOT) + ": " + e).message());
            }
        }
        for (ReadError e : r.errors()) {
            // readers name the item by its hint name (day.txt for day.txt.gz); errors name the real file
            boolean sameItem = e.path() == null || e.path().equals(item.hints().name());
            errs.add((sameItem ? new ReadError(item.path(), e.location(), e.reason()) : e).message());
        }
        return new Printed(item.path(), lines, errs, true, item.content().length);
    }

    private String status(long started) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        return String.format(Locale.ROOT, "%,d files, %,d articles, %,d errors, %.1f MB/s", files.get(),
                articles.get(), errors.get(), bytesDone.get() / 1e6 / seconds);
    }

    /** {@code native} or {@code ninjs}, in any case. */
    static final class OutputFormatName implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : OutputFormat.values()) {
                if (f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("unknown output format '" + value + "'; expected native or ninjs");
        }
    }

    /** An input format by its id ({@code wire}, {@code html}, ...). */
    static final class InputFormatName implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.byId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
