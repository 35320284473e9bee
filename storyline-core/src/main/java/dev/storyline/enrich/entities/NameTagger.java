package dev.storyline.enrich.entities;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Finds names in tokenised sentences and types them PER, ORG, LOC or MISC (the CoNLL-2003 classes): an averaged
 * perceptron over BILOU labels, decoded with Viterbi, whose features include what the rest of the document says
 * about each word. A document is tagged sentence by sentence in order, so later sentences know how earlier ones
 * were tagged.
 *
 * <pre>
 * NameTagger tagger = NameTagger.standard();
 * List&lt;List&lt;Chunk&gt;&gt; names = tagger.tagDocument(List.of(new String[] {"Jeong", "met", "Iwaya", "."}));
 * </pre>
 *
 * <p>The standard model is trained on CoNLL-2003 {@code eng.train} by {@code storyline train ner} and shipped as
 * the resource {@value #MODEL_RESOURCE}. Thread-safe: the model is read-only and each call keeps its own state.
 */
public final class NameTagger {

    /** Where the shipped model lives on the class path. */
    public static final String MODEL_RESOURCE = "/dev/storyline/enrich/entities/ner-conll2003.model.gz";

    private static volatile NameTagger standard;

    private final SequenceModel model;
    private final NerFeatures features;

    NameTagger(SequenceModel model, Gazetteer gazetteer, WordClusters clusters) {
        this.model = model;
        this.features = new NerFeatures(gazetteer, clusters);
    }

    /** The shipped model, loaded once. */
    public static NameTagger standard() {
        NameTagger t = standard;
        if (t == null) {
            synchronized (NameTagger.class) {
                t = standard;
                if (t == null) {
                    try (InputStream in = NameTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the NER model " + MODEL_RESOURCE
                                    + " is missing from the class path; train it with 'storyline train ner'");
                        }
                        t = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the NER model " + MODEL_RESOURCE, e);
                    }
                    standard = t;
                }
            }
        }
        return t;
    }

    /** A tagger with the model in {@code file} (as written by {@link #write}). */
    public static NameTagger read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static NameTagger read(InputStream in) throws IOException {
        return new NameTagger(SequenceModel.read(new GZIPInputStream(new BufferedInputStream(in), 1 << 16)),
                Gazetteer.standard(), WordClusters.standard());
    }

    /** Writes the model, gzipped, to {@code file}. */
    public void write(Path file) throws IOException {
        try (var out = new java.util.zip.GZIPOutputStream(
                new java.io.BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
            model.write(out);
        }
    }

    /** The names in each sentence of one document, sentence by sentence. */
    public List<List<Chunk>> tagDocument(List<String[]> sentences) {
        DocumentMemory memory = new DocumentMemory(sentences);
        List<List<Chunk>> out = new ArrayList<>(sentences.size());
        List<String> scratch = new ArrayList<>(64);
        for (String[] words : sentences) {
            NerFeatures.SentenceView view = features.view(words);
            int[][] ids = new int[words.length][];
            for (int i = 0; i < words.length; i++) {
                scratch.clear();
                features.staticFeatures(view, i, scratch);
                features.documentFeatures(view, i, memory, scratch);
                ids[i] = lookUp(scratch);
            }
            int[] best = model.decode(ids);
            String[] labels = new String[words.length];
            for (int i = 0; i < best.length; i++) {
                labels[i] = model.labels[best[i]];
            }
            List<Chunk> chunks = BilouLabels.decode(labels);
            memory.remember(words, chunks);
            out.add(chunks);
        }
        return out;
    }

    private int[] lookUp(List<String> names) {
        int[] ids = new int[names.size()];
        for (int k = 0; k < ids.length; k++) {
            Integer id = model.featureIds.get(names.get(k));
            ids[k] = id == null ? -1 : id;
        }
        return ids;
    }

    /** The number of features with a weight, for reports. */
    public int featureCount() {
        return model.featureIds.size();
    }
}
