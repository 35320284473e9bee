package dev.storyline.cli;

import dev.storyline.eval.quotes.QuoteGold;
import dev.storyline.eval.quotes.QuotesEvaluation;
import dev.storyline.eval.quotes.QuotesScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code storyline eval quotes [GOLD...]}: quotations and their speakers against hand-annotated stories
 * ({@code *.gold.json} beside their {@code .txt}, e.g. {@code ../shared/data/seed}).
 */
@Command(name = "quotes",
        description = "Quotations and speakers against hand-annotated stories (NAME.gold.json beside NAME.txt).")
public final class EvalQuotesCommand implements Callable<Integer> {

    @CommandLine.Parameters(paramLabel = "GOLD", arity = "0..*",
            description = "gold files or folders holding them (default: ../shared/data/seed)")
    List<Path> gold = new ArrayList<>();

    @CommandLine.Option(names = "--repeat", defaultValue = "200",
            description = "enrich each story this many times to measure speed (default: ${DEFAULT-VALUE})")
    int repeat;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> inputs = gold.isEmpty() ? List.of(Path.of("../shared/data/seed")) : gold;
        List<QuoteGold> golds = new ArrayList<>();
        for (Path in : inputs) {
            for (Path f : goldFiles(in)) {
                try {
                    golds.add(QuoteGold.read(f));
                } catch (IOException | RuntimeException e) {
                    spec.commandLine().getErr().println("skipped " + f + ": " + e.getMessage());
                }
            }
        }
        if (golds.isEmpty()) {
            spec.commandLine().getErr().println("no *.gold.json files in " + inputs);
            return 2;
        }
        QuotesEvaluation eval = new QuotesEvaluation();
        QuotesScore score = eval.evaluate(golds);
        QuotesScore speed = QuotesScore.EMPTY;
        QuotesEvaluation timing = new QuotesEvaluation();
        int rounds = Math.max(2, repeat);
        for (int i = 0; i < rounds; i++) {
            QuotesScore round = timing.evaluate(golds);
            if (i >= rounds / 2) {
                speed = speed.plus(round);
            }
        }
        var out = spec.commandLine().getOut();
        out.println("quotes on " + inputs);
        out.println("  " + score.summary());
        out.printf("  speed %.0f quotes/s, %.0f articles/s (one thread, after warm-up)%n", speed.quotesPerSecond(),
                speed.articlesPerSecond());
        eval.mismatches().forEach(m -> out.println("  " + m));
        return 0;
    }

    private static List<Path> goldFiles(Path in) throws IOException {
        if (!Files.isDirectory(in)) {
            return List.of(in);
        }
        try (Stream<Path> s = Files.list(in)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
    }
}
