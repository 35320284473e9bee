package dev.storyline.cli;

import dev.storyline.eval.wire.FieldTally;
import dev.storyline.eval.wire.ReutersWireEval;
import dev.storyline.eval.wire.SeedWireEval;
import dev.storyline.eval.wire.Te3WireEval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline eval wire}: measures the wire grammar on the seed stories, Reuters-21578 and TE3-Silver, and
 * prints per-field accuracy with the first failures.
 *
 * <pre>
 * storyline eval wire --seed ../shared/data/seed --reuters ../shared/data/reuters21578 \
 *     --te3 ../shared/data/tempeval3/TE3-Silver-data
 * </pre>
 */
@Command(name = "wire", mixinStandardHelpOptions = true,
        description = "Measure wire-grammar accuracy (headline, dateline place/date/agency, ...) against gold data.")
public final class EvalWireCommand implements Callable<Integer> {

    @Option(names = "--seed", paramLabel = "DIR", description = "folder of seed stories (NAME.txt + NAME.gold.json)")
    Path seed;

    @Option(names = "--reuters", paramLabel = "DIR", description = "folder of Reuters-21578 reut2-*.sgm files")
    Path reuters;

    @Option(names = "--te3", paramLabel = "DIR", description = "folder of TE3-Silver .tml or .tml.gz files")
    Path te3;

    @Option(names = "--failures", paramLabel = "N", defaultValue = "20",
            description = "how many failures to list per evaluation (default: ${DEFAULT-VALUE})")
    int failures;

    @Override
    public Integer call() {
        if (seed == null && reuters == null && te3 == null) {
            System.err.println("give at least one of --seed DIR, --reuters DIR, --te3 DIR");
            return 2;
        }
        List<Path> given = new ArrayList<>();
        for (Path p : new Path[] {seed, reuters, te3}) {
            if (p != null) {
                given.add(p);
            }
        }
        for (Path p : given) {
            if (!Files.isDirectory(p)) {
                System.err.println("not a folder: " + p);
                return 2;
            }
        }
        List<FieldTally> tallies = new ArrayList<>();
        if (seed != null) {
            tallies.add(new SeedWireEval().evaluate(seed, failures));
        }
        if (reuters != null) {
            ReutersWireEval eval = new ReutersWireEval();
            tallies.add(eval.rebuiltStories(reuters, failures));
            tallies.add(eval.sgmlRecords(reuters, failures));
        }
        if (te3 != null) {
            tallies.addAll(new Te3WireEval().evaluate(te3, failures));
        }
        tallies.forEach(t -> System.out.println(t.report()));
        return 0;
    }
}
