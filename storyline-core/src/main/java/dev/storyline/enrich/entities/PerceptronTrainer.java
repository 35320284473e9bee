package dev.storyline.enrich.entities;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains a {@link NameTagger} on a CoNLL corpus with the averaged structured perceptron (Collins 2002): tag each
 * sentence with the current weights, and where the best sequence differs from the gold one, add the gold
 * sequence's features and subtract the predicted one's; the final weights are the average over all steps, which
 * generalises much better than the last ones. Documents are visited in an order shuffled by a seeded
 * {@link Random}, so a run is reproducible. Features seen fewer than {@code minCount} times are dropped.
 *
 * <pre>
 * NameTagger tagger = new PerceptronTrainer(12, 2, 17L).train(ConllCorpus.read(Path.of("eng.train")), System.err);
 * </pre>
 */
public final class PerceptronTrainer {

    private final int epochs;
    private final int minCount;
    private final long seed;

    /**
     * @param epochs   passes over the training data, at least 1
     * @param minCount the fewest occurrences a feature needs to be kept, at least 1
     * @param seed     the seed of the document order
     */
    public PerceptronTrainer(int epochs, int minCount, long seed) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
        }
        this.epochs = epochs;
        this.minCount = minCount;
        this.seed = seed;
    }

    /** One training document: its sentences' words, static feature ids and gold labels. */
    private record Doc(List<String[]> words, List<int[][]> features, List<int[]> gold) {
    }

    /** A tagger trained on {@code corpus}; progress lines go to {@code log}. */
    public NameTagger train(ConllCorpus corpus, PrintStream log) {
        Gazetteer gazetteer = Gazetteer.standard();
        WordClusters clusters = WordClusters.standard();
        NerFeatures nf = new NerFeatures(gazetteer, clusters);
        String[] labels = SequenceModel.bilouLabels(Arrays.asList(DocumentMemory.TYPES));
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int l = 0; l < labels.length; l++) {
            labelIndex.put(labels[l], l);
        }
        Map<String, Integer> counts = new HashMap<>();
        List<String> scratch = new ArrayList<>(64);
        for (ConllCorpus.Document d : corpus.documents()) {
            for (ConllCorpus.Sentence s : d.sentences()) {
                NerFeatures.SentenceView view = nf.view(s.words().toArray(String[]::new));
                for (int i = 0; i < view.length(); i++) {
                    scratch.clear();
                    nf.staticFeatures(view, i, scratch);
                    for (String f : scratch) {
                        counts.merge(f, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        counts.forEach((f, c) -> {
            if (c >= minCount) {
                ids.put(f, ids.size());
            }
        });
        for (String f : documentFeatureNames()) {
            ids.putIfAbsent(f, ids.size());
        }
        log.printf("features: %d kept of %d%n", ids.size(), counts.size());
        counts.clear();

        List<Doc> docs = new ArrayList<>();
        for (ConllCorpus.Document d : corpus.documents()) {
            List<String[]> words = new ArrayList<>();
            List<int[][]> feats = new ArrayList<>();
            List<int[]> gold = new ArrayList<>();
            for (ConllCorpus.Sentence s : d.sentences()) {
                String[] w = s.words().toArray(String[]::new);
                NerFeatures.SentenceView view = nf.view(w);
                int[][] f = new int[w.length][];
                for (int i = 0; i < w.length; i++) {
                    scratch.clear();
                    nf.staticFeatures(view, i, scratch);
                    f[i] = scratch.stream().map(ids::get).filter(x -> x != null).mapToInt(Integer::intValue)
                            .toArray();
                }
                String[] bilou = BilouLabels.encode(BilouLabels.chunksFromIob(s.tags()), w.length);
                int[] g = new int[w.length];
                for (int i = 0; i < w.length; i++) {
                    Integer l = labelIndex.get(bilou[i]);
                    g[i] = l == null ? 0 : l; // a type outside PER/ORG/LOC/MISC is read as O
                }
                words.add(w);
                feats.add(f);
                gold.add(g);
            }
            docs.add(new Doc(words, feats, gold));
        }

        int lc = labels.length;
        float[] weights = new float[ids.size() * lc];
        float[] transitions = new float[(lc + 1) * lc];
        double[] weightSums = new double[weights.length];
        double[] transitionSums = new double[transitions.length];
        SequenceModel model = new SequenceModel(labels, ids, weights, transitions);
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            List<Doc> order = new ArrayList<>(docs);
            java.util.Collections.shuffle(order, random);
            int wrong = 0;
            int sentences = 0;
            for (Doc d : order) {
                DocumentMemory memory = new DocumentMemory(d.words());
                for (int k = 0; k < d.words().size(); k++) {
                    String[] w = d.words().get(k);
                    int[][] f = withDocumentFeatures(nf, w, d.features().get(k), memory, ids, scratch);
                    int[] pred = model.decode(f);
                    int[] gold = d.gold().get(k);
                    if (!Arrays.equals(pred, gold)) {
                        wrong++;
                        update(f, gold, pred, lc, weights, weightSums, transitions, transitionSums, step);
                    }
                    String[] predLabels = new String[pred.length];
                    for (int i = 0; i < pred.length; i++) {
                        predLabels[i] = labels[pred[i]];
                    }
                    memory.remember(w, BilouLabels.decode(predLabels));
                    sentences++;
                    step++;
                }
            }
            log.printf("epoch %d: %d of %d sentences mistagged%n", epoch, wrong, sentences);
        }
        for (int k = 0; k < weights.length; k++) {
            weights[k] -= (float) (weightSums[k] / step);
        }
        for (int k = 0; k < transitions.length; k++) {
            transitions[k] -= (float) (transitionSums[k] / step);
        }
        return new NameTagger(model, gazetteer, clusters);
    }

    private static Set<String> documentFeatureNames() {
        Set<String> names = new HashSet<>(List.of("dcap", "dcap0", "dlow", "dlow0"));
        for (String t : DocumentMemory.TYPES) {
            names.add("h=" + t);
            names.add("hm=" + t + "U");
            names.add("hm=" + t + "m");
        }
        return names;
    }

    private static int[][] withDocumentFeatures(NerFeatures nf, String[] w, int[][] staticIds,
            DocumentMemory memory, Map<String, Integer> ids, List<String> scratch) {
        NerFeatures.SentenceView view = nf.view(w);
        int[][] out = new int[w.length][];
        for (int i = 0; i < w.length; i++) {
            scratch.clear();
            nf.documentFeatures(view, i, memory, scratch);
            int[] all = Arrays.copyOf(staticIds[i], staticIds[i].length + scratch.size());
            for (int k = 0; k < scratch.size(); k++) {
                all[staticIds[i].length + k] = ids.get(scratch.get(k));
            }
            out[i] = all;
        }
        return out;
    }

    /** The perceptron step, keeping step-weighted sums for the average (w_avg = w - sum / steps). */
    private static void update(int[][] f, int[] gold, int[] pred, int lc, float[] weights, double[] weightSums,
            float[] transitions, double[] transitionSums, long step) {
        for (int i = 0; i < gold.length; i++) {
            int prevGold = i == 0 ? lc : gold[i - 1];
            int prevPred = i == 0 ? lc : pred[i - 1];
            if (gold[i] == pred[i] && prevGold == prevPred) {
                continue;
            }
            if (gold[i] != pred[i]) {
                for (int id : f[i]) {
                    weights[id * lc + gold[i]] += 1;
                    weightSums[id * lc + gold[i]] += step;
                    weights[id * lc + pred[i]] -= 1;
                    weightSums[id * lc + pred[i]] -= step;
                }
            }
            transitions[prevGold * lc + gold[i]] += 1;
            transitionSums[prevGold * lc + gold[i]] += step;
            transitions[prevPred * lc + pred[i]] -= 1;
            transitionSums[prevPred * lc + pred[i]] -= step;
        }
    }
}
