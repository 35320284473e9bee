package dev.storyline.cli;

import dev.storyline.index.IndexUnavailableException;
import dev.storyline.index.StoredArticle;
import dev.storyline.json.Json;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.relate.RelatedArticle;
import dev.storyline.relate.RelatedArticles;
import dev.storyline.relate.RelatedList;
import dev.storyline.relate.RelatedReasons;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storyline related ID [--limit N] [--json]}: the articles that belong with a stored article, each with why,
 * and the article's own duplicates and versions listed apart.
 */
@Command(name = "related", description = "List the articles related to a stored article, with their reasons.")
public final class RelatedCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The article id (as search prints it).")
    String id;

    @Mixin
    DataFolderOption data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            System.err.println("storyline related: --limit must be >= 0, got " + limit);
            return 2;
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.openReadOnly(data.folder())) {
            // articles stored with vectors are related by them too; no model is needed to read the stored ones
            Optional<RelatedList> found = new RelatedArticles(index, null, RelatedArticles.Options.defaults())
                    .related(id, limit);
            if (found.isEmpty()) {
                System.err.println("storyline related: no article with id " + id + " in " + index.dataFolder());
                return 1;
            }
            RelatedList list = found.get();
            if (json) {
                System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(list));
            } else {
                print(list);
            }
            return 0;
        } catch (IndexUnavailableException e) {
            System.err.println("storyline related: " + e.getMessage());
            return 2;
        }
    }

    private static void print(RelatedList list) {
        System.out.println("Related to " + list.article().id() + "  " + headline(list.article()));
        if (list.items().isEmpty()) {
            System.out.println("  (none: " + (list.note() == null ? "nothing passes the floor" : list.note()) + ")");
        }
        int rank = 0;
        for (RelatedArticle item : list.items()) {
            RelatedReasons r = item.reasons();
            System.out.printf("%2d. %.3f  %s  %s%s%n", ++rank, item.score(), item.id(), headline(item.stored()),
                    item.earlierVersions() > 0 ? "  (" + item.earlierVersions() + " earlier versions)" : "");
            StringBuilder why = new StringBuilder("      ");
            if (!r.sharedEntities().isEmpty()) {
                why.append("entities ").append(String.join(", ", r.sharedEntities())).append("; ");
            }
            if (!r.sharedTerms().isEmpty()) {
                why.append("terms ").append(String.join(", ", r.sharedTerms().subList(0,
                        Math.min(8, r.sharedTerms().size())))).append("; ");
            }
            why.append(String.format("text %.2f", r.textSimilarity()));
            if (r.denseSimilarity() != null) {
                why.append(String.format("; meaning %.2f", r.denseSimilarity()));
            }
            if (r.daysApart() != null) {
                why.append("; ").append(days(r.daysApart()));
            }
            System.out.println(why);
        }
        if (list.duplicates().hasDuplicates()) {
            System.out.println("Duplicates (shown as " + list.duplicates().representative().id() + "):");
            for (StoredArticle d : list.duplicates().members()) {
                System.out.println("  " + d.id() + "  " + headline(d));
            }
        }
        if (list.versions().size() > 1) {
            System.out.println("Versions of this story (oldest first):");
            for (StoredArticle v : list.versions()) {
                System.out.println("  v" + v.article().version() + "  " + v.id() + "  " + headline(v));
            }
        }
    }

    private static String days(long d) {
        return d == 0 ? "same day" : d < 0 ? (-d) + " days before" : d + " days after";
    }

    private static String headline(StoredArticle s) {
        return s.article().headline() == null ? "(no headline)" : s.article().headline();
    }
}
