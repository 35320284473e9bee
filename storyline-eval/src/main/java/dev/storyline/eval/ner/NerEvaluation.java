package dev.storyline.eval.ner;

import dev.storyline.enrich.entities.BilouLabels;
import dev.storyline.enrich.entities.Chunk;
import dev.storyline.enrich.entities.ConllCorpus;
import dev.storyline.enrich.entities.NameTagger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a {@link NameTagger} on a CoNLL-format file by the conlleval rules: gold names are read from the file's
 * IOB tags, the tagger tags the file's own tokens document by document, and a name counts only when its span and
 * type match exactly. Storyline's types map to CoNLL's as PERSON -> PER, ORGANIZATION -> ORG, PLACE -> LOC,
 * OTHER -> MISC (the tagger works in the CoNLL labels, so the mapping is the identity here).
 *
 * <pre>
 * NerScores s = new NerEvaluation(NameTagger.standard()).score(ConllCorpus.read(Path.of("eng.testa")));
 * System.out.print(s.report());
 * </pre>
 */
public final class NerEvaluation {

    private final NameTagger tagger;

    public NerEvaluation(NameTagger tagger) {
        this.tagger = tagger;
    }

    /** The scores of the tagger on {@code corpus}. */
    public NerScores score(ConllCorpus corpus) {
        Map<String, long[]> counts = new HashMap<>();
        long tokens = 0;
        long nanos = 0;
        long cpuNanos = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (ConllCorpus.Document doc : corpus.documents()) {
            List<String[]> words = new ArrayList<>();
            for (ConllCorpus.Sentence s : doc.sentences()) {
                words.add(s.words().toArray(String[]::new));
                tokens += s.words().size();
            }
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            List<List<Chunk>> predicted = tagger.tagDocument(words);
            cpuNanos += threads.getCurrentThreadCpuTime() - c0;
            nanos += System.nanoTime() - t0;
            for (int k = 0; k < words.size(); k++) {
                count(BilouLabels.chunksFromIob(doc.sentences().get(k).tags()), predicted.get(k), counts);
            }
        }
        return new NerScores(counts, tokens, nanos / 1e9, cpuNanos / 1e9);
    }

    /**
     * Adds one sentence's names to {@code counts} (per type: matched, predicted, gold): a predicted name matches
     * only a gold name with the same span and type.
     */
    static void count(List<Chunk> gold, List<Chunk> predicted, Map<String, long[]> counts) {
        Set<Chunk> goldSet = new HashSet<>(gold);
        for (Chunk g : gold) {
            counts.computeIfAbsent(g.type(), x -> new long[3])[2]++;
        }
        for (Chunk p : predicted) {
            long[] c = counts.computeIfAbsent(p.type(), x -> new long[3]);
            c[1]++;
            if (goldSet.contains(p)) {
                c[0]++;
            }
        }
    }
}
