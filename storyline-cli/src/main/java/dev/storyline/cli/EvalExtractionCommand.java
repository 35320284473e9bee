package dev.storyline.cli;

import dev.storyline.eval.extraction.ArticleExtractor;
import dev.storyline.eval.extraction.ExtractionBenchmark;
import dev.storyline.eval.extraction.ExtractionEvaluation;
import dev.storyline.eval.extraction.PageScore;
import dev.storyline.eval.extraction.Readability4jExtractor;
import dev.storyline.eval.extraction.StorylineExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storyline eval extraction DIR}: article-body extraction on the article-extraction-benchmark in {@code DIR}
 * (e.g. {@code ../shared/data/article-extraction-benchmark}): the published systems' outputs and the extractors run
 * here, scored alike, in one table.
 */
@Command(name = "extraction",
        description = "Article-body extraction F1 on the article-extraction-benchmark (DIR holds ground-truth.json, "
                + "html/, output/), beside the published systems and Java extractors run in the same process.")
public final class EvalExtractionCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the benchmark folder")
    Path dir;

    @Option(names = "--worst", paramLabel = "N", description = "also list Storyline's N worst pages")
    int worst;

    @Option(names = "--no-libraries", description = "run only Storyline's extractor, not the Java libraries")
    boolean noLibraries;

    @Override
    public Integer call() throws Exception {
        ExtractionBenchmark benchmark = ExtractionBenchmark.open(dir);
        List<ArticleExtractor> extractors = new ArrayList<>();
        extractors.add(new StorylineExtractor());
        if (!noLibraries) {
            extractors.add(new Readability4jExtractor());
        }
        System.out.println("Article extraction, " + benchmark.ids().size() + " pages of " + dir);
        System.out.println("(word 4-gram shingles; precision and recall averaged over pages; F1 of the averages)");
        System.out.print(ExtractionEvaluation.format(ExtractionEvaluation.run(benchmark, extractors)));
        System.out.println("F1 0-7 / 8-f: the two halves of the pages by id, to check that a tuned value holds on both.");
        System.out.println("Java boilerpipe 1.2.2 is measured beside these in storyline-eval's JavaExtractorsComparisonTest;"
                + " it is kept off this class path because its xercesImpl would replace the JDK's XML parsers.");
        if (worst > 0) {
            Map<String, PageScore> pages = benchmark.pageScores(
                    ExtractionEvaluation.predictions(benchmark, new StorylineExtractor()));
            System.out.println("\nStoryline's worst pages (precision, recall, id, url):");
            pages.entrySet().stream()
                    .sorted(Comparator.comparingDouble(e -> e.getValue().precision() + e.getValue().recall()))
                    .limit(worst)
                    .forEach(e -> System.out.printf("  %.2f %.2f %s %s%n", e.getValue().precision(),
                            e.getValue().recall(), e.getKey(), benchmark.url(e.getKey())));
        }
        return 0;
    }
}
