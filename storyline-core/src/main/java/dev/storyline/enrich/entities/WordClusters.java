package dev.storyline.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word classes learnt from unlabelled news by {@link ClusterInducer}: words that occur between the same
 * neighbours share a class ({@code Iwaya} with other surnames, {@code Tuesday} with the other weekdays), so the
 * tagger can generalise from names it was trained on to names it never saw. Each word has a fine and a coarse
 * class.
 *
 * <p>Stored as gzipped lines {@code word TAB fine TAB coarse}. Immutable and thread-safe.
 */
public final class WordClusters {

    /** Where the shipped classes live on the class path. */
    public static final String RESOURCE = "/dev/storyline/enrich/entities/word-clusters.tsv.gz";

    private static final WordClusters NONE = new WordClusters(Map.of());
    private static volatile WordClusters standard;

    private final Map<String, int[]> classes;

    WordClusters(Map<String, int[]> classes) {
        this.classes = classes;
    }

    /** The shipped classes, or none when the resource is absent. */
    public static WordClusters standard() {
        WordClusters w = standard;
        if (w == null) {
            synchronized (WordClusters.class) {
                w = standard;
                if (w == null) {
                    try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
                        w = in == null ? NONE : read(new GZIPInputStream(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                    standard = w;
                }
            }
        }
        return w;
    }

    /** Reads the lines {@code word TAB fine TAB coarse}. */
    public static WordClusters read(InputStream in) throws IOException {
        Map<String, int[]> map = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] cols = line.split("\t");
            if (cols.length == 3) {
                map.put(cols[0], new int[] {Integer.parseInt(cols[1]), Integer.parseInt(cols[2])});
            }
        }
        return new WordClusters(map);
    }

    /** The fine class of {@code word}, or -1 when unknown. */
    int fine(String word) {
        int[] c = classes.get(word);
        return c == null ? -1 : c[0];
    }

    /** The coarse class of {@code word}, or -1 when unknown. */
    int coarse(String word) {
        int[] c = classes.get(word);
        return c == null ? -1 : c[1];
    }

    /** How many words have a class. */
    public int size() {
        return classes.size();
    }
}
