package dev.storyline.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL-format NER file read into documents of sentences: one token per line with the NER tag in the last
 * column, a blank line between sentences, {@code -DOCSTART-} lines between documents. Lines with a single column
 * are read as untagged tokens (tag {@code O}).
 *
 * <pre>
 * -DOCSTART- -X- O O
 *
 * West NNP I-NP I-MISC
 * Indian NNP I-NP I-MISC
 * </pre>
 *
 * @param documents the documents in file order
 */
public record ConllCorpus(List<Document> documents) {

    /** One tagged sentence. */
    public record Sentence(List<String> words, List<String> tags) {
    }

    /** The sentences of one document (between two {@code -DOCSTART-} lines). */
    public record Document(List<Sentence> sentences) {
    }

    /** Reads {@code file} (UTF-8; Latin-1 bytes are read as such when the file is not valid UTF-8). */
    public static ConllCorpus read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        }
        return parse(lines);
    }

    /** Parses the lines of a CoNLL file. */
    public static ConllCorpus parse(List<String> lines) {
        List<Document> docs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("-DOCSTART-")) {
                flush(words, tags, sentences);
                if (!sentences.isEmpty()) {
                    docs.add(new Document(List.copyOf(sentences)));
                    sentences.clear();
                }
                continue;
            }
            if (line.isEmpty()) {
                flush(words, tags, sentences);
                continue;
            }
            String[] cols = line.split("\\s+");
            words.add(cols[0]);
            tags.add(cols.length > 1 ? cols[cols.length - 1] : "O");
        }
        flush(words, tags, sentences);
        if (!sentences.isEmpty()) {
            docs.add(new Document(List.copyOf(sentences)));
        }
        return new ConllCorpus(List.copyOf(docs));
    }

    private static void flush(List<String> words, List<String> tags, List<Sentence> sentences) {
        if (!words.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(words), List.copyOf(tags)));
            words.clear();
            tags.clear();
        }
    }

    /** The number of tokens in all documents. */
    public int tokenCount() {
        int n = 0;
        for (Document d : documents) {
            for (Sentence s : d.sentences()) {
                n += s.words().size();
            }
        }
        return n;
    }
}
