package dev.storyline.enrich.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * The tag set of the tagger: for each entity type, B (begin), I (inside), L (last) and U (unit, a one-token name),
 * plus O (outside). BILOU tells the tagger more about a name's shape than IOB does, which measurably helps on
 * CoNLL (Ratinov and Roth 2009). Converts from the IOB1/IOB2 tags of CoNLL files and back to {@link Chunk}s.
 *
 * <pre>
 * IOB1:  I-PER  I-PER  O  I-LOC  B-LOC
 * BILOU: B-PER  L-PER  O  U-LOC  U-LOC
 * </pre>
 */
public final class BilouLabels {

    private BilouLabels() {
    }

    /** The chunks spelled by IOB1 or IOB2 tags ({@code B-X} starts a chunk; {@code I-X} continues one of type X). */
    public static List<Chunk> chunksFromIob(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = tag.length() > 2 ? tag.substring(2) : null;
            boolean begins = tag.startsWith("B-") || tag.startsWith("I-") && !t.equals(type);
            boolean continues = tag.startsWith("I-") && t.equals(type);
            if (type != null && !continues) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if (begins) {
                start = i;
                type = t;
            }
        }
        return out;
    }

    /** BILOU labels of a sentence of {@code length} tokens holding {@code chunks}. */
    public static String[] encode(List<Chunk> chunks, int length) {
        String[] out = new String[length];
        java.util.Arrays.fill(out, "O");
        for (Chunk c : chunks) {
            if (c.to() - c.from() == 1) {
                out[c.from()] = "U-" + c.type();
                continue;
            }
            out[c.from()] = "B-" + c.type();
            for (int i = c.from() + 1; i < c.to() - 1; i++) {
                out[i] = "I-" + c.type();
            }
            out[c.to() - 1] = "L-" + c.type();
        }
        return out;
    }

    /** The chunks of BILOU labels; a malformed run is closed where it breaks. */
    public static List<Chunk> decode(String[] labels) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i < labels.length; i++) {
            String l = labels[i];
            char p = l.charAt(0);
            String t = l.length() > 2 ? l.substring(2) : null;
            if (type != null && (p == 'I' || p == 'L') && t.equals(type)) {
                if (p == 'L') {
                    out.add(new Chunk(start, i + 1, type));
                    type = null;
                }
                continue;
            }
            if (type != null) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if (p == 'U') {
                out.add(new Chunk(i, i + 1, t));
            } else if (p == 'B' || p == 'I' || p == 'L') {
                start = i;
                type = t;
                if (p == 'L') {
                    out.add(new Chunk(i, i + 1, t));
                    type = null;
                }
            }
        }
        if (type != null) {
            out.add(new Chunk(start, labels.length, type));
        }
        return out;
    }
}
