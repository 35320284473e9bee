package dev.storyline.server;

import dev.storyline.index.Filters;
import dev.storyline.index.SearchRequest;
import dev.storyline.index.SortOrder;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads a search from query parameters, the same for the API and the search page:
 * {@code q}, {@code place}, {@code agency}, {@code tag} (each repeatable), {@code from}, {@code to} (ISO dates),
 * {@code year}, {@code sort} ({@code relevance} or {@code date}), {@code page}, {@code size} (1..100), {@code facets}.
 */
final class SearchParameters {

    static final int MAX_SIZE = 100;

    private SearchParameters() {
    }

    static SearchRequest from(Context ctx, int defaultSize) {
        String q = ctx.queryParam("q");
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        String year = ctx.queryParam("year");
        if (year != null && !year.isBlank()) {
            try {
                int y = Integer.parseInt(year.strip());
                from = LocalDate.of(y, 1, 1);
                to = LocalDate.of(y, 12, 31);
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new IllegalArgumentException("year must be a year such as 1987, got '" + year + "'");
            }
        }
        Filters filters = new Filters(from, to, values(ctx, "place"), values(ctx, "agency"), values(ctx, "tag"));
        String sortText = ctx.queryParam("sort");
        SortOrder sort = SortOrder.RELEVANCE;
        if (sortText != null && !sortText.isBlank()) {
            try {
                sort = SortOrder.valueOf(sortText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sort must be relevance or date, got '" + sortText + "'");
            }
        }
        int page = number(ctx, "page", 1, 1, 10_000);
        int size = number(ctx, "size", defaultSize, 1, MAX_SIZE);
        int facets = number(ctx, "facets", 10, 0, 100);
        return new SearchRequest(q, filters, sort, page, size, facets, true);
    }

    private static List<String> values(Context ctx, String name) {
        return ctx.queryParams(name).stream().filter(v -> !v.isBlank()).toList();
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO date such as 1987-03-02, got '" + v + "'");
        }
    }

    private static int number(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be within " + min + ".." + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + v + "'");
        }
    }
}
