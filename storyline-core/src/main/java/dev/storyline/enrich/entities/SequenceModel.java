package dev.storyline.enrich.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear sequence model over BILOU labels: a weight per (feature, label) and per (label, next label), decoded
 * with Viterbi under the BILOU constraints (an {@code I-X} or {@code L-X} only after {@code B-X} or {@code I-X}).
 * Trained by {@link PerceptronTrainer}; read-only after construction, so thread-safe for tagging.
 *
 * <p>Stored format (gzip it): {@code "SLNER1"}, label count and labels, the transition matrix with a start row,
 * then the features, each as its name, its number of non-zero weights and (label, weight) pairs with weights
 * quantised to 16 bits against a stored scale.
 */
final class SequenceModel {

    private static final String MAGIC = "SLNER1";

    final String[] labels;
    final int labelCount;
    final Map<String, Integer> featureIds;
    float[] weights;
    /** {@code (labelCount + 1) x labelCount}: row {@code labelCount} scores the first label of a sentence. */
    final float[] transitions;
    private final boolean[] allowed;

    SequenceModel(String[] labels, Map<String, Integer> featureIds, float[] weights, float[] transitions) {
        this.labels = labels;
        this.labelCount = labels.length;
        this.featureIds = featureIds;
        this.weights = weights;
        this.transitions = transitions;
        this.allowed = constraints(labels);
    }

    /** BILOU labels for {@code types}, {@code O} first. */
    static String[] bilouLabels(List<String> types) {
        String[] out = new String[1 + 4 * types.size()];
        out[0] = "O";
        int k = 1;
        for (String t : types) {
            for (String p : new String[] {"B-", "I-", "L-", "U-"}) {
                out[k++] = p + t;
            }
        }
        return out;
    }

    private static boolean[] constraints(String[] labels) {
        int n = labels.length;
        boolean[] ok = new boolean[(n + 1) * n];
        for (int prev = 0; prev <= n; prev++) {
            String p = prev == n ? "O" : labels[prev];
            boolean open = p.startsWith("B-") || p.startsWith("I-");
            for (int cur = 0; cur < n; cur++) {
                String c = labels[cur];
                boolean continues = c.startsWith("I-") || c.startsWith("L-");
                ok[prev * n + cur] = open
                        ? continues && c.substring(2).equals(p.substring(2))
                        : !continues;
            }
        }
        return ok;
    }

    /** Whether the last label of a sentence may be {@code label}. */
    private boolean canEnd(int label) {
        String l = labels[label];
        return !l.startsWith("B-") && !l.startsWith("I-");
    }

    /** Emission scores, {@code n x labelCount}, of tokens with these feature ids (-1 = unknown, skipped). */
    float[] emissions(int[][] features) {
        int n = features.length;
        int lc = labelCount;
        float[] e = new float[n * lc];
        for (int i = 0; i < n; i++) {
            int base = i * lc;
            for (int f : features[i]) {
                if (f < 0) {
                    continue;
                }
                int w = f * lc;
                for (int l = 0; l < lc; l++) {
                    e[base + l] += weights[w + l];
                }
            }
        }
        return e;
    }

    /** The best-scoring allowed label sequence, as label indices. */
    int[] decode(int[][] features) {
        int n = features.length;
        int lc = labelCount;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[] e = emissions(features);
        float[] score = new float[n * lc];
        int[] back = new int[n * lc];
        float neg = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < lc; l++) {
            score[l] = allowed[lc * lc + l] ? e[l] + transitions[lc * lc + l] : neg;
        }
        for (int i = 1; i < n; i++) {
            for (int cur = 0; cur < lc; cur++) {
                float top = neg;
                int arg = 0;
                for (int prev = 0; prev < lc; prev++) {
                    float s = score[(i - 1) * lc + prev];
                    if (s == neg || !allowed[prev * lc + cur]) {
                        continue;
                    }
                    s += transitions[prev * lc + cur];
                    if (s > top) {
                        top = s;
                        arg = prev;
                    }
                }
                score[i * lc + cur] = top == neg ? neg : top + e[i * lc + cur];
                back[i * lc + cur] = arg;
            }
        }
        float top = neg;
        int arg = 0;
        for (int l = 0; l < lc; l++) {
            float s = score[(n - 1) * lc + l];
            if (canEnd(l) && s > top) {
                top = s;
                arg = l;
            }
        }
        best[n - 1] = arg;
        for (int i = n - 1; i > 0; i--) {
            best[i - 1] = back[i * lc + best[i]];
        }
        return best;
    }

    /** Writes the model, dropping features whose weights are all (nearly) zero. */
    void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeUTF(MAGIC);
        d.writeInt(labelCount);
        for (String l : labels) {
            d.writeUTF(l);
        }
        for (float t : transitions) {
            d.writeFloat(t);
        }
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        d.writeFloat(scale);
        int kept = 0;
        String[] names = new String[featureIds.size()];
        for (Map.Entry<String, Integer> e : featureIds.entrySet()) {
            names[e.getValue()] = e.getKey();
        }
        short[] q = new short[labelCount];
        for (int f = 0; f < names.length; f++) {
            if (quantise(f, scale, q) > 0) {
                kept++;
            }
        }
        d.writeInt(kept);
        for (int f = 0; f < names.length; f++) {
            int nonZero = quantise(f, scale, q);
            if (nonZero == 0) {
                continue;
            }
            d.writeUTF(names[f]);
            d.writeByte(nonZero);
            for (int l = 0; l < labelCount; l++) {
                if (q[l] != 0) {
                    d.writeByte(l);
                    d.writeShort(q[l]);
                }
            }
        }
        d.flush();
    }

    private int quantise(int f, float scale, short[] q) {
        int nonZero = 0;
        for (int l = 0; l < labelCount; l++) {
            q[l] = (short) Math.round(weights[f * labelCount + l] / scale);
            if (q[l] != 0) {
                nonZero++;
            }
        }
        return nonZero;
    }

    /** Reads a model written by {@link #write}. */
    static SequenceModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        String magic = d.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a Storyline NER model: expected header " + MAGIC + ", found " + magic);
        }
        int lc = d.readInt();
        String[] labels = new String[lc];
        for (int l = 0; l < lc; l++) {
            labels[l] = d.readUTF();
        }
        float[] transitions = new float[(lc + 1) * lc];
        for (int k = 0; k < transitions.length; k++) {
            transitions[k] = d.readFloat();
        }
        float scale = d.readFloat();
        int features = d.readInt();
        Map<String, Integer> ids = new HashMap<>(features * 2);
        float[] weights = new float[features * lc];
        for (int f = 0; f < features; f++) {
            ids.put(d.readUTF(), f);
            int nonZero = d.readUnsignedByte();
            for (int k = 0; k < nonZero; k++) {
                int l = d.readUnsignedByte();
                weights[f * lc + l] = d.readShort() * scale;
            }
        }
        return new SequenceModel(labels, ids, weights, transitions);
    }
}
