package dev.storyline.cli;

import dev.storyline.enrich.entities.ClusterInducer;
import dev.storyline.enrich.entities.ConllCorpus;
import dev.storyline.nlp.SentenceSplitter;
import dev.storyline.nlp.Token;
import dev.storyline.nlp.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline train clusters --text DIR --conll FILE --out word-clusters.tsv.gz}: learns the word classes
 * the name tagger uses from unlabelled news. Text files (also {@code .gz}, SGML or XML, whose tags are dropped) are
 * tokenised like articles; CoNLL files contribute their tokens only, never their tags.
 */
@Command(name = "clusters", description = "Learn word classes for the name tagger from unlabelled news text.")
public final class TrainClustersCommand implements Callable<Integer> {

    @Option(names = "--text", paramLabel = "PATH", description = "text, SGML or XML files or folders (.gz too)")
    List<Path> text = new ArrayList<>();

    @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL files whose tokens (not tags) are used")
    List<Path> conll = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the classes (gzip)")
    Path out;

    @Option(names = "--fine", defaultValue = "256", description = "fine classes (default ${DEFAULT-VALUE})")
    int fine;

    @Option(names = "--coarse", defaultValue = "48", description = "coarse classes (default ${DEFAULT-VALUE})")
    int coarse;

    @Option(names = "--min-count", defaultValue = "5", description = "fewest occurrences (default ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--seed", defaultValue = "17", description = "seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException {
        ClusterInducer inducer = new ClusterInducer(minCount, 300, fine, coarse, 12, seed);
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        int files = 0;
        for (Path root : text) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path p : paths) {
                String content = read(p).replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&amp;", "&").replaceAll("&#?\\w+;", " ");
                for (String paragraph : content.split("\\n\\s*\\n|\\n {2,}|\\t")) {
                    List<Token> tokens = tokenizer.tokenize(paragraph);
                    for (SentenceSplitter.Sentence s : splitter.split(tokens)) {
                        inducer.add(tokens.subList(s.from(), s.to()).stream().map(Token::text)
                                .toArray(String[]::new));
                    }
                }
                files++;
            }
        }
        for (Path p : conll) {
            for (ConllCorpus.Document d : ConllCorpus.read(p).documents()) {
                for (ConllCorpus.Sentence s : d.sentences()) {
                    inducer.add(s.words().toArray(String[]::new));
                }
            }
        }
        System.err.println("read " + files + " text files and " + conll.size() + " CoNLL files");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
            inducer.write(o, System.err);
        }
        System.out.println("wrote " + out);
        return 0;
    }

    private static String read(Path p) throws IOException {
        try (InputStream in = p.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
            // Latin-1 reads every byte; the corpora used here are ASCII or Latin-1 apart from rare bytes
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
