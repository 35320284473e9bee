package dev.storyline.enrich.entities;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Learns {@link WordClusters} from unlabelled tokenised sentences: each frequent word is described by how often
 * each of the most frequent words stands just before and just after it (square-rooted counts, unit length), and
 * spherical k-means groups the descriptions twice, into fine and coarse classes. Seeded, so reproducible.
 *
 * <pre>
 * ClusterInducer inducer = new ClusterInducer(5, 300, 256, 48, 12, 17L);
 * sentences.forEach(inducer::add);
 * inducer.write(out, System.err);
 * </pre>
 */
public final class ClusterInducer {

    private final int minCount;
    private final int contextWords;
    private final int fineClasses;
    private final int coarseClasses;
    private final int iterations;
    private final long seed;
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String[]> sentences = new ArrayList<>();

    /**
     * @param minCount      the fewest occurrences a word needs to get a class
     * @param contextWords  how many of the most frequent words describe a word's neighbours
     * @param fineClasses   the number of fine classes
     * @param coarseClasses the number of coarse classes
     * @param iterations    k-means iterations
     * @param seed          the seed of the initial centres
     */
    public ClusterInducer(int minCount, int contextWords, int fineClasses, int coarseClasses, int iterations,
            long seed) {
        this.minCount = minCount;
        this.contextWords = contextWords;
        this.fineClasses = fineClasses;
        this.coarseClasses = coarseClasses;
        this.iterations = iterations;
        this.seed = seed;
    }

    /** Adds one sentence of tokens. */
    public void add(String[] words) {
        sentences.add(words);
        for (String w : words) {
            counts.merge(w, 1, Integer::sum);
        }
    }

    /** Learns the classes and writes them as gzip-ready lines {@code word TAB fine TAB coarse}. */
    public void write(OutputStream out, PrintStream log) throws IOException {
        List<String> vocabulary = new ArrayList<>();
        counts.forEach((w, c) -> {
            if (c >= minCount) {
                vocabulary.add(w);
            }
        });
        vocabulary.sort((a, b) -> counts.get(b).equals(counts.get(a)) ? a.compareTo(b)
                : Integer.compare(counts.get(b), counts.get(a)));
        Map<String, Integer> index = new HashMap<>();
        for (String w : vocabulary) {
            index.put(w, index.size());
        }
        int dims = 2 * contextWords + 2;
        Map<Integer, Map<Integer, Integer>> context = new HashMap<>();
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                Integer wi = index.get(s[i]);
                if (wi == null) {
                    continue;
                }
                Map<Integer, Integer> row = context.computeIfAbsent(wi, k -> new HashMap<>());
                row.merge(contextDim(index, i > 0 ? s[i - 1] : null, 0), 1, Integer::sum);
                row.merge(contextDim(index, i + 1 < s.length ? s[i + 1] : null, contextWords + 1), 1,
                        Integer::sum);
            }
        }
        int n = vocabulary.size();
        int[][] dim = new int[n][];
        float[][] val = new float[n][];
        for (int w = 0; w < n; w++) {
            Map<Integer, Integer> row = context.getOrDefault(w, Map.of());
            dim[w] = new int[row.size()];
            val[w] = new float[row.size()];
            int k = 0;
            double norm = 0;
            for (Map.Entry<Integer, Integer> e : row.entrySet()) {
                dim[w][k] = e.getKey();
                val[w][k] = (float) Math.sqrt(e.getValue());
                norm += val[w][k] * val[w][k];
                k++;
            }
            for (int j = 0; j < k; j++) {
                val[w][j] /= (float) Math.sqrt(norm);
            }
        }
        log.printf("clusters: %d words, %d context dimensions%n", n, dims);
        int[] fine = kMeans(dim, val, dims, fineClasses, new Random(seed), log);
        int[] coarse = kMeans(dim, val, dims, coarseClasses, new Random(seed + 1), log);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (int w = 0; w < n; w++) {
            writer.write(vocabulary.get(w) + "\t" + fine[w] + "\t" + coarse[w] + "\n");
        }
        writer.flush();
    }

    /** The dimension of a neighbour: one of the most frequent words, "other", or the sentence edge. */
    private int contextDim(Map<String, Integer> index, String neighbour, int offset) {
        if (neighbour == null) {
            return offset + contextWords;
        }
        Integer i = index.get(neighbour);
        return offset + (i != null && i < contextWords ? i : contextWords);
    }

    private int[] kMeans(int[][] dim, float[][] val, int dims, int k, Random random, PrintStream log) {
        int n = dim.length;
        float[][] centres = new float[k][dims];
        int[] assign = new int[n];
        // start from k distinct words drawn from the frequent part of the vocabulary
        int pool = Math.min(n, Math.max(k * 20, 2000));
        int[] order = new int[pool];
        for (int i = 0; i < pool; i++) {
            order[i] = i;
        }
        for (int i = pool - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int c = 0; c < k; c++) {
            int w = order[c % pool];
            for (int j = 0; j < dim[w].length; j++) {
                centres[c][dim[w][j]] = val[w][j];
            }
        }
        for (int it = 0; it < iterations; it++) {
            int moved = 0;
            for (int w = 0; w < n; w++) {
                int best = 0;
                float top = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    float dot = 0;
                    float[] centre = centres[c];
                    for (int j = 0; j < dim[w].length; j++) {
                        dot += centre[dim[w][j]] * val[w][j];
                    }
                    if (dot > top) {
                        top = dot;
                        best = c;
                    }
                }
                if (assign[w] != best || it == 0) {
                    moved++;
                }
                assign[w] = best;
            }
            for (float[] centre : centres) {
                Arrays.fill(centre, 0);
            }
            for (int w = 0; w < n; w++) {
                float[] centre = centres[assign[w]];
                for (int j = 0; j < dim[w].length; j++) {
                    centre[dim[w][j]] += val[w][j];
                }
            }
            for (float[] centre : centres) {
                double norm = 0;
                for (float x : centre) {
                    norm += x * x;
                }
                if (norm > 0) {
                    float inv = (float) (1 / Math.sqrt(norm));
                    for (int j = 0; j < dims; j++) {
                        centre[j] *= inv;
                    }
                }
            }
            log.printf("k-means k=%d iteration %d: %d words moved%n", k, it + 1, moved);
        }
        return assign;
    }
}
