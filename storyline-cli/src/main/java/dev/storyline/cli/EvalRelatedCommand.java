package dev.storyline.cli;

import dev.storyline.embed.Embedder;
import dev.storyline.embed.minilm.MiniLmEmbedder;
import dev.storyline.eval.related.EvalDoc;
import dev.storyline.eval.related.RelatedCorpora;
import dev.storyline.eval.related.RelatedEval;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline eval related --reuters DIR --ecbplus DIR}: related-article quality against MoreLikeThis, with the
 * ablation table.
 */
@Command(name = "related", description = "Related articles on Reuters-21578 (P@5 same topic) and ECB+ (P@5 same "
        + "topic, MAP same event), Storyline modes beside plain Lucene MoreLikeThis.")
public final class EvalRelatedCommand implements Callable<Integer> {

    @Option(names = "--reuters", paramLabel = "DIR", description = "Folder holding reut2-*.sgm.")
    Path reuters;

    @Option(names = "--ecbplus", paramLabel = "DIR", description = "The ECB+ folder (topics 1-35).")
    Path ecbplus;

    @Option(names = "--no-dense", description = "Skip the embedding model (lexical modes only).")
    boolean noDense;

    @Option(names = "--chunks", paramLabel = "N", defaultValue = "2",
            description = "Chunks of ~90 words embedded per article (default: ${DEFAULT-VALUE}).")
    int chunks;

    @Override
    public Integer call() throws Exception {
        if (reuters == null && ecbplus == null) {
            System.err.println("storyline eval related: give --reuters DIR and/or --ecbplus DIR");
            return 2;
        }
        Embedder embedder = noDense ? null : new MiniLmEmbedder();
        if (ecbplus != null) {
            print("ECB+", RelatedCorpora.ecbPlus(ecbplus), embedder);
        }
        if (reuters != null) {
            print("Reuters-21578", RelatedCorpora.reuters(reuters), embedder);
        }
        return 0;
    }

    private void print(String name, List<EvalDoc> docs, Embedder embedder) throws Exception {
        RelatedEval.Report r = RelatedEval.run(docs, embedder, chunks, line -> System.err.println("  " + line));
        System.out.printf("%n%s: %d documents, %d queries%s%n", name, r.documents(), r.queries(),
                r.dense() ? String.format(", embedded in %.0f s (%.1f articles per second)", r.embedSeconds(),
                        r.documents() / Math.max(1e-9, r.embedSeconds())) : ", no embedding");
        System.out.printf("  %-60s %6s %6s %7s %9s%n", "system", "P@5", "MAP", "listed", "ms/query");
        for (RelatedEval.Row row : r.rows()) {
            System.out.printf("  %-60s %6.3f %6s %7.2f %9.1f%n", row.system(), row.precisionAt5(),
                    Double.isNaN(row.map()) ? "-" : String.format("%.3f", row.map()), row.meanListed(),
                    row.msPerQuery());
        }
    }
}
