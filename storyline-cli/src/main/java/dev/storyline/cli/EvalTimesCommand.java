package dev.storyline.cli;

import dev.storyline.eval.times.TimeMlDocument;
import dev.storyline.eval.times.TimeMlReader;
import dev.storyline.eval.times.TimesEvaluation;
import dev.storyline.eval.times.TimesScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code storyline eval times DIR}: time-expression extraction and normalisation against gold TimeML, TempEval-3
 * style (e.g. {@code ../shared/data/tempeval3/TBAQ-cleaned}).
 */
@Command(name = "times",
        description = "Time expressions against gold TimeML: extraction F1 (strict, relaxed) and value F1, "
                + "each document anchored to its creation time.")
public final class EvalTimesCommand implements Callable<Integer> {

    @CommandLine.Parameters(paramLabel = "DIR", description = "a folder of TimeML (.tml) documents, searched recursively")
    Path dir;

    @CommandLine.Option(names = "--errors", paramLabel = "FILE",
            description = "write every missed, extra and wrongly valued expression to FILE (tab-separated)")
    Path errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("not a folder: " + dir);
            return 2;
        }
        TimeMlReader reader = new TimeMlReader();
        List<TimeMlDocument> docs = reader.readAll(dir);
        reader.errors().forEach(e -> spec.commandLine().getErr().println("skipped " + e));
        if (docs.isEmpty()) {
            spec.commandLine().getErr().println("no TimeML documents under " + dir);
            return 2;
        }
        TimesEvaluation eval = new TimesEvaluation();
        eval.evaluate(docs.subList(0, Math.min(20, docs.size())));
        eval = new TimesEvaluation();
        TimesScore total = eval.evaluate(docs);
        var out = spec.commandLine().getOut();
        out.println("time expressions on " + dir);
        out.println("  all       " + total.summary());
        for (Map.Entry<String, TimesScore> g : new java.util.TreeMap<>(eval.byGroup()).entrySet()) {
            out.printf("  %-9s %s%n", g.getKey(), g.getValue().summary());
        }
        out.printf("  speed     %.0f expressions/s, %.1f articles/s (one thread, after warm-up)%n",
                total.expressionsPerSecond(), total.documentsPerSecond());
        if (errors != null) {
            Files.write(errors, eval.mismatches());
            out.println("  mismatches written to " + errors);
        }
        return 0;
    }
}
