package dev.storyline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.index.Facet;
import dev.storyline.index.FacetValue;
import dev.storyline.index.Filters;
import dev.storyline.index.Hit;
import dev.storyline.index.IndexUnavailableException;
import dev.storyline.index.QuerySyntaxException;
import dev.storyline.index.SearchRequest;
import dev.storyline.index.SearchResult;
import dev.storyline.index.SortOrder;
import dev.storyline.json.Json;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.model.Article;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storyline search QUERY}: finds stored articles. Human output lists hits with highlighted snippets and the
 * facets of all matches; {@code --json} prints one JSON object for machines.
 */
@Command(name = "search", description = "Search the stored articles.",
        footer = {"", "Query syntax: terms (all must match), \"phrases\", AND OR NOT, +must -not, (groups), wild*,",
                "field prefixes headline: body: place: agency: person: organization: location: entity: tag: topic: format:",
                "when: (dates the story talks about, e.g. when:2019-06 for events in June 2019)",
                "e.g.  storyline search 'wheat AND place:chicago' --from 1987-03-01 --sort date"})
public final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "0..1", defaultValue = "", description = "The query (blank: everything).")
    String query;

    @Mixin
    DataFolderOption data;

    @Option(names = "--from", paramLabel = "DATE", description = "Earliest story date (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Latest story date (YYYY-MM-DD).")
    String to;

    @Option(names = "--place", paramLabel = "PLACE", split = ",", description = "Only these dateline places.")
    List<String> places = List.of();

    @Option(names = "--agency", paramLabel = "AGENCY", split = ",", description = "Only these agencies.")
    List<String> agencies = List.of();

    @Option(names = "--tag", paramLabel = "TAG", split = ",", description = "Only these wire tags or topic labels.")
    List<String> tags = List.of();

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance", description = "relevance or date.")
    String sort;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page number, from 1.")
    int page;

    @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Hits per page (1..1000).")
    int size;

    @Option(names = "--json", description = "Print JSON for machines.")
    boolean json;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        SearchRequest request;
        try {
            Filters filters = new Filters(date(from, "--from"), date(to, "--to"), places, agencies, tags);
            SortOrder order = SortOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
            request = SearchRequest.of(query).withFilters(filters).withSort(order).withPage(page, size);
        } catch (IllegalArgumentException e) {
            err.println("storyline search: " + (e.getMessage().startsWith("No enum constant")
                    ? "--sort must be relevance or date, got '" + sort + "'" : e.getMessage()));
            return 2;
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.openReadOnly(data.folder())) {
            SearchResult r = index.search(request);
            if (json) {
                out.println(Json.write(toJson(r)));
            } else {
                printHuman(out, r, request);
            }
            return 0;
        } catch (QuerySyntaxException | IndexUnavailableException e) {
            err.println("storyline search: " + e.getMessage());
            return 2;
        }
    }

    private static LocalDate date(String s, String option) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 1987-03-01, got '" + s + "'");
        }
    }

    private ObjectNode toJson(SearchResult r) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("query", query);
        root.put("total", r.total());
        root.put("page", r.page());
        root.put("size", r.size());
        ArrayNode hits = root.putArray("hits");
        for (Hit h : r.hits()) {
            ObjectNode o = hits.addObject();
            o.put("id", h.id());
            if (!Float.isNaN(h.score())) {
                o.put("score", h.score());
            }
            o.put("storyKey", h.stored().storyKey());
            o.put("head", h.stored().head());
            o.put("earlierVersions", h.earlierVersions());
            if (h.stored().versionOf() != null) {
                o.put("versionOf", h.stored().versionOf());
            }
            o.set("highlights", Json.mapper().valueToTree(h.highlights()));
            o.set("article", Json.mapper().valueToTree(h.stored().article()));
        }
        ObjectNode facets = root.putObject("facets");
        for (Facet f : r.facets()) {
            ArrayNode values = facets.putArray(f.dimension());
            for (FacetValue v : f.values()) {
                values.addObject().put("value", v.value()).put("count", v.count());
            }
        }
        return root;
    }

    private static void printHuman(PrintStream out, SearchResult r, SearchRequest request) {
        long pages = (r.total() + r.size() - 1) / r.size();
        out.printf(Locale.ROOT, "%,d articles match (page %d of %d, by %s)%n", r.total(), r.page(), Math.max(1, pages),
                request.sort().name().toLowerCase(Locale.ROOT));
        int n = (r.page() - 1) * r.size();
        for (Hit h : r.hits()) {
            Article a = h.stored().article();
            out.println();
            String headline = h.highlights().containsKey("headline") ? h.highlights().get("headline").get(0)
                    : String.valueOf(a.headline());
            out.printf(Locale.ROOT, "%3d. %s%n", ++n, emphasis(headline));
            String where = List.of(a.dateline() == null ? "" : nz(a.dateline().place()),
                            a.dateline() == null ? "" : nz(a.dateline().agency()), nz(java.util.Objects.toString(a.date() != null ? a.date() : a.published(), null)))
                    .stream().filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
            out.printf("     %sid %s%s%n", where.isEmpty() ? "" : where + " · ", a.id(),
                    h.earlierVersions() == 0 ? ""
                            : " (" + h.earlierVersions() + " earlier version" + (h.earlierVersions() == 1 ? "" : "s") + ")");
            for (String snippet : h.highlights().getOrDefault("body", List.of())) {
                out.println("     " + emphasis(shorten(snippet, 320)));
            }
        }
        if (!r.facets().isEmpty()) {
            out.println();
            for (Facet f : r.facets()) {
                if (f.values().isEmpty()) {
                    continue;
                }
                out.printf("%-7s %s%n", f.dimension() + ":", f.values().stream()
                        .map(v -> v.value() + " (" + v.count() + ")").collect(Collectors.joining(", ")));
            }
        }
    }

    /** Highlighted words in bold on a terminal, in *stars* otherwise. */
    private static String emphasis(String html) {
        boolean terminal = System.console() != null;
        return html.replace("<b>", terminal ? "\u001b[1m" : "*").replace("</b>", terminal ? "\u001b[0m" : "*");
    }

    /** At most about {@code max} characters, cut at a space, keeping the first highlighted word in view. */
    private static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int mark = Math.max(0, s.indexOf("<b>"));
        int start = mark < max / 2 ? 0 : s.lastIndexOf(' ', mark - max / 4) + 1;
        int end = s.indexOf(' ', Math.min(s.length(), start + max));
        String cut = s.substring(start, end < 0 ? s.length() : end);
        if (cut.lastIndexOf("<b>") > cut.lastIndexOf("</b>")) {
            cut = cut + "</b>";
        }
        return (start > 0 ? "... " : "") + cut + (end < 0 ? "" : " ...");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
