package dev.storyline;

import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.parse.Enrichers;
import dev.storyline.model.Article;
import dev.storyline.parse.ArticleIds;
import dev.storyline.read.Document;
import dev.storyline.parse.FormatDetector;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;
import dev.storyline.parse.Readers;
import dev.storyline.grammar.WireGrammar;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The library's front door. The common case is one line:
 *
 * <pre>{@code
 * ParseResult r = Storyline.parse(Files.readAllBytes(path), Hints.named(path.toString()));
 * }</pre>
 *
 * The format is detected from the content (or forced with {@link Hints#format()}), the format's reader extracts
 * documents, the wire grammar turns each into an {@link Article}, and the standard enrichers
 * ({@link Enrichers#standard()}: entities, times, quotes) add what they find. Bad input never throws: each bad item
 * becomes one {@link ReadError}, and the other items are still returned.
 */
public final class Storyline {

    private static final WireGrammar GRAMMAR = new WireGrammar();
    private static final ExecutorService WATCHDOG = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "storyline-parse");
        t.setDaemon(true);
        return t;
    });

    private Storyline() {
    }

    /** Parses and enriches {@code content} with {@link Limits#defaults()}. */
    public static ParseResult parse(byte[] content, Hints hints) {
        return parse(content, hints, Limits.defaults());
    }

    /** Parses and enriches {@code content} with the standard enrichers, enforcing {@code limits}. */
    public static ParseResult parse(byte[] content, Hints hints, Limits limits) {
        return parse(content, hints, limits, Enrichers.standard());
    }

    /**
     * Parses {@code content}, then runs {@code enrichment} on each article ({@link EnrichmentPipeline#empty()} for
     * the wire structure alone), enforcing {@code limits}: one input is abandoned after
     * {@link Limits#maxItemTime()} per started megabyte.
     */
    public static ParseResult parse(byte[] content, Hints hints, Limits limits, EnrichmentPipeline enrichment) {
        Hints h = hints == null ? Hints.none() : hints;
        if (content == null || content.length == 0) {
            return new ParseResult(List.of(), List.of(new ReadError(h.name(), null, "empty input: nothing to read")));
        }
        if (content.length > limits.maxFileBytes()) {
            return new ParseResult(List.of(), List.of(new ReadError(h.name(), null, "input of " + content.length
                    + " bytes exceeds the limit of " + limits.maxFileBytes() + " bytes (raise it with --max-file-size)")));
        }
        Future<ParseResult> future = WATCHDOG.submit(() -> enrich(parseNow(content, h, limits), enrichment));
        // a file may hold many items; allow the per-item time for every started MB, at least once
        long budgetMillis = limits.maxItemTime().toMillis() * ((content.length + (1L << 20) - 1) >> 20);
        try {
            return future.get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new ParseResult(List.of(), List.of(new ReadError(h.name(), null,
                    "gave up after " + budgetMillis + " ms (raise the limit with --max-item-time)")));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new ParseResult(List.of(), List.of(new ReadError(h.name(), null, "interrupted")));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof OutOfMemoryError ? "ran out of memory (lower the input size or raise -Xmx)"
                    : cause instanceof StackOverflowError ? "nested too deeply to read (stack overflow)"
                    : "internal error: " + cause;
            return new ParseResult(List.of(), List.of(new ReadError(h.name(), null, why)));
        }
    }

    /** Parses in the calling thread, without the time guard. */
    static ParseResult parseNow(byte[] content, Hints hints, Limits limits) {
        FormatDetector.Detection detection = FormatDetector.examine(content, hints);
        if (detection.refused()) {
            return new ParseResult(List.of(), List.of(new ReadError(hints.name(), null, detection.evidence())));
        }
        ReadResult read = Readers.forFormat(detection.format()).read(content, hints, limits);
        return toArticles(read);
    }

    /** Runs {@code enrichment} on every article; an enricher that fails costs that article's enrichment only. */
    static ParseResult enrich(ParseResult parsed, EnrichmentPipeline enrichment) {
        if (enrichment.stages().isEmpty()) {
            return parsed;
        }
        List<Article> out = new ArrayList<>(parsed.articles().size());
        List<ReadError> errors = new ArrayList<>(parsed.errors());
        for (Article a : parsed.articles()) {
            try {
                out.add(enrichment.apply(a));
            } catch (RuntimeException | StackOverflowError e) {
                out.add(a);
                errors.add(new ReadError(a.source() == null ? null : a.source().path(),
                        a.source() == null ? null : a.source().record(),
                        "enrichment failed, the article is kept without it: " + e));
            }
        }
        return new ParseResult(out, errors);
    }

    /** Applies the wire grammar (and no enricher) to every document a reader returned. */
    public static ParseResult toArticles(ReadResult read) {
        List<Article> articles = new ArrayList<>(read.documents().size());
        List<ReadError> errors = new ArrayList<>(read.errors());
        for (Document d : read.documents()) {
            try {
                articles.add(GRAMMAR.parse(d, ArticleIds.idFor(d)));
            } catch (RuntimeException | StackOverflowError e) {
                errors.add(new ReadError(d.source() == null ? null : d.source().path(),
                        d.source() == null ? null : d.source().record(), "wire grammar failed: " + e));
            }
        }
        return new ParseResult(articles, errors);
    }
}
