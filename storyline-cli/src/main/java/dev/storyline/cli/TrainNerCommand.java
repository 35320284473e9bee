package dev.storyline.cli;

import dev.storyline.enrich.entities.ConllCorpus;
import dev.storyline.enrich.entities.NameTagger;
import dev.storyline.enrich.entities.PerceptronTrainer;
import dev.storyline.eval.ner.NerEvaluation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline train ner --conll eng.train --out ner.model.gz}: trains the name tagger. The shipped model
 * {@code storyline-core/src/main/resources/dev/storyline/enrich/entities/ner-conll2003.model.gz} is made with the defaults.
 */
@Command(name = "ner", description = "Train the named-entity tagger (averaged perceptron) on a CoNLL-format file.")
public final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "training data, e.g. eng.train")
    Path conll;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "where to write the model (gzip)")
    Path out;

    @Option(names = "--epochs", defaultValue = "12", description = "passes over the data (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--min-count", defaultValue = "2",
            description = "drop features seen fewer times (default ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--seed", defaultValue = "17", description = "seed of the document order (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--dev", paramLabel = "FILE", description = "a CoNLL file to score the result on (never trained on)")
    Path dev;

    @Override
    public Integer call() throws Exception {
        ConllCorpus corpus = ConllCorpus.read(conll);
        NameTagger tagger = new PerceptronTrainer(epochs, minCount, seed).train(corpus, System.err);
        tagger.write(out);
        System.out.println("wrote " + out + " (" + tagger.featureCount() + " features)");
        if (dev != null) {
            System.out.print(new NerEvaluation(tagger).score(ConllCorpus.read(dev)).report());
        }
        return 0;
    }
}
