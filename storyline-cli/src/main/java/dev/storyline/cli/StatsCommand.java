package dev.storyline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.index.IndexStats;
import dev.storyline.index.IndexUnavailableException;
import dev.storyline.json.Json;
import dev.storyline.lucene.LuceneArticleIndex;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline stats [--json]}: what the data folder holds. */
@Command(name = "stats", description = "Counts, index size, date range, counts by format and agency.")
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption data;

    @Option(names = "--json", description = "Print JSON for machines ({\"articles\": N, ...}).")
    boolean json;

    @Override
    public Integer call() {
        try (LuceneArticleIndex index = LuceneArticleIndex.openReadOnly(data.folder())) {
            IndexStats s = index.stats();
            if (json) {
                ObjectNode o = Json.mapper().createObjectNode();
                o.put("dataFolder", index.dataFolder().toString());
                o.put("articles", s.articles());
                o.put("stories", s.stories());
                o.put("indexBytes", s.sizeBytes());
                o.put("firstDate", s.firstDate());
                o.put("lastDate", s.lastDate());
                o.set("byFormat", Json.mapper().valueToTree(s.byFormat()));
                o.set("byAgency", Json.mapper().valueToTree(s.byAgency()));
                System.out.println(Json.write(o));
            } else {
                System.out.printf(Locale.ROOT, "data folder  %s%n", index.dataFolder());
                System.out.printf(Locale.ROOT, "articles     %,d (%,d stories)%n", s.articles(), s.stories());
                System.out.printf(Locale.ROOT, "index size   %s%n", IngestProgress.size(s.sizeBytes()));
                System.out.printf(Locale.ROOT, "dates        %s .. %s%n", s.firstDate() == null ? "-" : s.firstDate(),
                        s.lastDate() == null ? "-" : s.lastDate());
                System.out.printf(Locale.ROOT, "by format    %s%n", counts(s.byFormat()));
                System.out.printf(Locale.ROOT, "by agency    %s%n", counts(s.byAgency()));
            }
            return 0;
        } catch (IndexUnavailableException e) {
            System.err.println("storyline stats: " + e.getMessage());
            return 2;
        }
    }

    private static String counts(Map<String, Long> m) {
        return m.isEmpty() ? "-" : m.entrySet().stream().map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d",
                e.getValue())).collect(Collectors.joining(", "));
    }
}
