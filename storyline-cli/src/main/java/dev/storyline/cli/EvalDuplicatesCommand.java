package dev.storyline.cli;

import dev.storyline.eval.duplicates.ExactDuplicateEval;
import dev.storyline.eval.duplicates.NearDuplicateEval;
import dev.storyline.eval.reuters.ReutersCorpus;
import dev.storyline.eval.reuters.ReutersStory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline eval duplicates --reuters DIR}: exact and near-duplicate detection on Reuters-21578. */
@Command(name = "duplicates", description = "Exact and near duplicates on Reuters-21578 (reut2-*.sgm).")
public final class EvalDuplicatesCommand implements Callable<Integer> {

    @Option(names = "--reuters", paramLabel = "DIR", required = true, description = "Folder holding reut2-*.sgm.")
    Path reuters;

    @Option(names = "--pairs", paramLabel = "N", defaultValue = "1000",
            description = "Generated edited pairs and hard negative pairs (default: ${DEFAULT-VALUE} each).")
    int pairs;

    @Override
    public Integer call() throws Exception {
        List<ReutersStory> corpus = ReutersCorpus.read(reuters);
        ExactDuplicateEval.Result e = ExactDuplicateEval.run(corpus);
        System.out.println("Exact duplicates, Reuters-21578 (" + e.stories() + " stories with a body)");
        System.out.printf("  gold groups (whitespace collapsed, sign-off set aside)  %d groups, %d stories%n",
                e.goldGroups(), e.goldStories());
        System.out.printf("  gold groups if the sign-off's case is kept             %d%n", e.caseKeptGroups());
        System.out.printf("  Storyline groups                                       %d%n", e.storylineGroups());
        System.out.printf("  gold groups found exactly                              %d / %d%n", e.foundGroups(),
                e.goldGroups());
        System.out.printf("  false merges                                           %d%n", e.falseMerges());
        NearDuplicateEval.Result n = NearDuplicateEval.run(corpus, pairs);
        System.out.println();
        System.out.println("Near duplicates, generated from Reuters-21578 (seed " + NearDuplicateEval.SEED + ")");
        System.out.printf("  edited pairs %d, hard negatives %d (same topic and dateline place)%n", n.positives(),
                n.negatives());
        System.out.printf("  precision %.4f  recall %.4f  (found %d, false %d, missed by LSH %d)%n", n.precision(),
                n.recall(), n.truePositives(), n.falsePositives(), n.missedByLsh());
        return 0;
    }
}
