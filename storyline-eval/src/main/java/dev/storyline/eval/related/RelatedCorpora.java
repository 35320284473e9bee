package dev.storyline.eval.related;

import dev.storyline.ParseResult;
import dev.storyline.Storyline;
import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.parse.Enrichers;
import dev.storyline.eval.reuters.ReutersCorpus;
import dev.storyline.eval.reuters.ReutersStory;
import dev.storyline.model.Article;
import dev.storyline.model.Source;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The labelled document sets of the related-articles evaluation, enriched as the product enriches every article
 * at ingest ({@link Enrichers#standard()}: entities, times, quotes), so the re-rank sees what it sees in use.
 */
public final class RelatedCorpora {

    private static final Pattern TOKEN = Pattern.compile("<token[^>]*sentence=\"(\\d+)\"[^>]*>(.*?)</token>");
    private static final Pattern NEWID = Pattern.compile("NEWID=(\\d+)");
    private static final Pattern ECB_FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml(\\.gz)?");

    private RelatedCorpora() {
    }

    /**
     * Reuters-21578 as the product reads and enriches it: every story with a body is indexed (19,043); the queries
     * are the LEWISSPLIT="TEST" stories with at least one TOPICS label (2,745). Related = sharing a TOPICS label.
     */
    public static List<EvalDoc> reuters(Path dir) throws IOException {
        return reuters(dir, Enrichers.standard());
    }

    /**
     * Reuters-21578: each {@code reut2-*.sgm} file read by the product ({@link Storyline#parse}: its SGML reader,
     * the wire grammar, then {@code enrichment}), files in parallel; the gold labels (TOPICS, LEWISSPLIT) come from
     * the evaluation's own record splitter ({@link ReutersCorpus}), joined on NEWID. Only stories with a body are
     * kept.
     *
     * @throws IOException when the product fails to read a record, or the join misses or repeats a story
     */
    public static List<EvalDoc> reuters(Path dir, EnrichmentPipeline enrichment) throws IOException {
        Map<Integer, ReutersStory> gold = new HashMap<>();
        for (ReutersStory s : ReutersCorpus.read(dir)) {
            if (s.hasBody()) {
                gold.put(s.newId(), s);
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
        }
        List<ParseResult> parsed = files.parallelStream().map(f -> {
            try {
                return Storyline.parse(Files.readAllBytes(f), Hints.named(f.getFileName().toString()),
                        Limits.defaults(), enrichment);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        List<EvalDoc> out = new ArrayList<>();
        Set<Integer> joined = new HashSet<>();
        for (ParseResult r : parsed) {
            if (!r.errors().isEmpty()) {
                throw new IOException("the product could not read Reuters-21578: " + r.errors().get(0));
            }
            for (Article a : r.articles()) {
                Matcher m = NEWID.matcher(a.source() == null || a.source().record() == null ? ""
                        : a.source().record());
                ReutersStory s = m.matches() ? gold.get(Integer.parseInt(m.group(1))) : null;
                if (s == null) {
                    continue; // a record without a body (or one the gold does not know): not indexed
                }
                if (!joined.add(s.newId())) {
                    throw new IOException("Reuters-21578 NEWID " + s.newId() + " read twice by the product");
                }
                out.add(new EvalDoc(a, new HashSet<>(s.topics()), null,
                        "TEST".equals(s.split()) && !s.topics().isEmpty(), s.split()));
            }
        }
        if (joined.size() != gold.size()) {
            throw new IOException("the product's Reuters-21578 articles cover " + joined.size() + " of the "
                    + gold.size() + " stories with a body");
        }
        return out;
    }

    /**
     * ECB+ topics 1-35 (tokenised XML, text rebuilt by joining tokens, one paragraph per sentence): every document is
     * indexed and is a query. Related = same topic; same event = same topic and same half (ecb or ecbplus).
     */
    public static List<EvalDoc> ecbPlus(Path dir) throws IOException {
        return ecbPlus(dir, Enrichers.standard());
    }

    /** ECB+ as {@link #ecbPlus(Path)}, each document run through {@code enrichment} (in parallel). */
    public static List<EvalDoc> ecbPlus(Path dir, EnrichmentPipeline enrichment) throws IOException {
        Path root = Files.isDirectory(dir.resolve("ECB+")) ? dir.resolve("ECB+") : dir;
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> ECB_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no ECB+ documents (N_Mecb.xml, N_Mecbplus.xml) under " + dir);
        }
        List<EvalDoc> out = new ArrayList<>();
        for (Path f : files) {
            Matcher name = ECB_FILE.matcher(f.getFileName().toString());
            name.matches();
            String topic = name.group(1);
            String half = name.group(3);
            byte[] bytes = Files.readAllBytes(f);
            if (name.group(4) != null) {
                try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    bytes = in.readAllBytes();
                }
            }
            List<String> paragraphs = sentences(new String(bytes, StandardCharsets.UTF_8));
            String id = "ecb-" + topic + "_" + name.group(2) + half;
            Article a = new Article(id, null, List.of(), 1, null, List.of(), null, paragraphs, List.of(), List.of(),
                    null, List.of(), "en", null, null, Map.of(), new Source(f.toString(), "ecbplus", null), List.of());
            out.add(new EvalDoc(a, Set.of(topic), topic + "-" + half, true,
                    Integer.parseInt(topic) % 2 == 1 ? "odd" : "even"));
        }
        return enrich(out, enrichment);
    }

    /** {@code docs} with each article run through {@code enrichment}, in parallel, in the same order. */
    static List<EvalDoc> enrich(List<EvalDoc> docs, EnrichmentPipeline enrichment) {
        if (enrichment.stages().isEmpty()) {
            return docs;
        }
        return docs.parallelStream()
                .map(d -> new EvalDoc(enrichment.apply(d.article()), d.topics(), d.event(), d.query(), d.part()))
                .toList();
    }

    private static List<String> sentences(String xml) {
        Map<String, StringBuilder> bySentence = new LinkedHashMap<>();
        Matcher m = TOKEN.matcher(xml);
        while (m.find()) {
            String token = m.group(2).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'");
            StringBuilder b = bySentence.computeIfAbsent(m.group(1), k -> new StringBuilder());
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(token);
        }
        List<String> out = new ArrayList<>();
        bySentence.values().forEach(b -> out.add(b.toString()));
        return out;
    }
}
