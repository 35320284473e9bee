package dev.storyline.cli;

import dev.storyline.index.IndexUnavailableException;
import dev.storyline.index.StoredArticle;
import dev.storyline.json.Json;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.write.NinjsWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline show ID [--format native|ninjs]}: prints one stored article. */
@Command(name = "show", description = "Print one stored article as native JSON or ninjs.")
public final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The article id (as search prints it).")
    String id;

    @Mixin
    DataFolderOption data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "native",
            description = "native (the article as Storyline stores it) or ninjs (IPTC ninjs 3.1).")
    String format;

    @Option(names = "--versions", description = "List every version of the article's story with what changed.")
    boolean versions;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("native") && !format.equals("ninjs")) {
            System.err.println("storyline show: --format must be native or ninjs, got '" + format + "'");
            return 2;
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.openReadOnly(data.folder())) {
            Optional<StoredArticle> found = index.get(id);
            if (found.isEmpty()) {
                System.err.println("storyline show: no article with id " + id + " in " + index.dataFolder());
                return 1;
            }
            if (versions) {
                ShowVersions.print(dev.storyline.relate.VersionChain.of(index, found.get()));
                return 0;
            }
            Object value = format.equals("ninjs") ? NinjsWriter.toNinjs(found.get().article()) : found.get().article();
            System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
            return 0;
        } catch (IndexUnavailableException e) {
            System.err.println("storyline show: " + e.getMessage());
            return 2;
        }
    }
}
