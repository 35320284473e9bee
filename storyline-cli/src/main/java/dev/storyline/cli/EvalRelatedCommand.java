package dev.storyline.cli;

import dev.storyline.embed.Embedder;
import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.parse.Enrichers;
import dev.storyline.embed.minilm.MiniLmEmbedder;
import dev.storyline.eval.related.EvalDoc;
import dev.storyline.eval.related.RelatedCorpora;
import dev.storyline.eval.related.RelatedEval;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
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

    @Option(names = "--no-enrich", description = "Index the documents without the enrichers (no entities or "
            + "times), to see what they add.")
    boolean noEnrich;

    @Option(names = "--reuters-queries", paramLabel = "SPLIT", defaultValue = "TEST",
            description = "LEWISSPLIT of the Reuters queries (stories with a topic): TEST (reported, default) or "
                    + "TRAIN (for choosing weights).")
    String reutersQueries;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "" + Integer.MAX_VALUE,
            description = "At most N queries per corpus, a seeded sample (default: all).")
    int sample;

    @Override
    public Integer call() throws Exception {
        if (reuters == null && ecbplus == null) {
            System.err.println("storyline eval related: give --reuters DIR and/or --ecbplus DIR");
            return 2;
        }
        Embedder embedder = noDense ? null : new MiniLmEmbedder();
        EnrichmentPipeline enrichment = noEnrich ? EnrichmentPipeline.empty() : Enrichers.standard();
        if (ecbplus != null) {
            print("ECB+", RelatedCorpora.ecbPlus(ecbplus, enrichment), EvalDoc::query, embedder);
        }
        if (reuters != null) {
            String split = reutersQueries.toUpperCase(java.util.Locale.ROOT);
            print("Reuters-21578 (" + split + " queries)", RelatedCorpora.reuters(reuters, enrichment),
                    d -> split.equals(d.part()) && !d.topics().isEmpty(), embedder);
        }
        return 0;
    }

    private void print(String name, List<EvalDoc> docs, Predicate<EvalDoc> isQuery, Embedder embedder)
            throws Exception {
        RelatedEval.Report r = RelatedEval.run(docs, isQuery, embedder, chunks, sample,
                line -> System.err.println("  " + line));
        System.out.printf("%n%s: %d documents, %d queries%s%n", name, r.documents(), r.queries(),
                r.dense() ? String.format(", embedded in %.0f s (%.1f articles per second)", r.embedSeconds(),
                        r.documents() / Math.max(1e-9, r.embedSeconds())) : ", no embedding");
        System.out.printf("  %-60s %6s %6s %7s %9s%n", "system", "P@5", "MAP", "listed", "ms/query");
        for (RelatedEval.Row row : r.rows()) {
            System.out.printf("  %-60s %6.3f %6s %7.2f %9.1f%n", row.system(), row.precisionAt5(),
                    Double.isNaN(row.map()) ? "-" : String.format("%.3f", row.map()), row.meanListed(),
                    row.msPerQuery());
        }
        if (r.parts().size() > 1) {
            List<String> parts = List.copyOf(r.parts().keySet());
            System.out.printf("  by part (%s):%n  %-60s", String.join(", ", parts), "system");
            parts.forEach(p -> System.out.printf(" %13s", p + " P@5/MAP"));
            System.out.println();
            for (int i = 0; i < r.rows().size(); i++) {
                System.out.printf("  %-60s", r.rows().get(i).system());
                for (String p : parts) {
                    RelatedEval.Row row = r.parts().get(p).get(i);
                    System.out.printf("   %5.3f/%5s", row.precisionAt5(),
                            Double.isNaN(row.map()) ? "-" : String.format("%.3f", row.map()));
                }
                System.out.println();
            }
        }
    }
}
