package dev.storyline.eval.related;

import dev.storyline.eval.reuters.ReutersCorpus;
import dev.storyline.eval.reuters.ReutersStory;
import dev.storyline.model.Article;
import dev.storyline.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The labelled document sets of the related-articles evaluation. */
public final class RelatedCorpora {

    private static final Pattern TOKEN = Pattern.compile("<token[^>]*sentence=\"(\\d+)\"[^>]*>(.*?)</token>");
    private static final Pattern ECB_FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml(\\.gz)?");

    private RelatedCorpora() {
    }

    /**
     * Reuters-21578: every story with a body is indexed (19,043); the queries are the LEWISSPLIT="TEST" stories with
     * at least one TOPICS label (2,745). Related = sharing a TOPICS label.
     */
    public static List<EvalDoc> reuters(Path dir) throws IOException {
        List<EvalDoc> out = new ArrayList<>();
        for (ReutersStory s : ReutersCorpus.read(dir)) {
            if (s.hasBody()) {
                out.add(new EvalDoc(s.toArticle(), new HashSet<>(s.topics()), null,
                        "TEST".equals(s.split()) && !s.topics().isEmpty()));
            }
        }
        return out;
    }

    /**
     * ECB+ topics 1-35 (tokenised XML, text rebuilt by joining tokens, one paragraph per sentence): every document is
     * indexed and is a query. Related = same topic; same event = same topic and same half (ecb or ecbplus).
     */
    public static List<EvalDoc> ecbPlus(Path dir) throws IOException {
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
            out.add(new EvalDoc(a, Set.of(topic), topic + "-" + half, true));
        }
        return out;
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
