package dev.storyline.cli;

import dev.storyline.enrich.entities.ConllCorpus;
import dev.storyline.enrich.entities.NameTagger;
import dev.storyline.eval.ner.NerEvaluation;
import dev.storyline.eval.ner.NerScores;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline eval ner FILE}: named-entity span F1 (conlleval rules) on a CoNLL-format file. */
@Command(name = "ner",
        description = "Named-entity span F1 (conlleval rules: exact span and type, PER/ORG/LOC/MISC) on a "
                + "CoNLL-format file, e.g. ../shared/data/conll2003/eng.testa; prints per-type P/R/F1 and tokens/s.")
public final class EvalNerCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a CoNLL-format file (token ... tag per line)")
    Path file;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "a model written by 'storyline train ner' (default: the one shipped)")
    Path model;

    @Override
    public Integer call() throws Exception {
        NameTagger tagger = model == null ? NameTagger.standard() : NameTagger.read(model);
        ConllCorpus corpus = ConllCorpus.read(file);
        NerEvaluation evaluation = new NerEvaluation(tagger);
        evaluation.score(corpus); // warm-up, so the speed printed is the steady one
        NerScores scores = evaluation.score(corpus);
        System.out.println("NER on " + file + " (" + corpus.documents().size() + " documents)");
        System.out.print(scores.report());
        return 0;
    }
}
