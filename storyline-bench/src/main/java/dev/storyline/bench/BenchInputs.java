package dev.storyline.bench;

import dev.storyline.ParseResult;
import dev.storyline.Storyline;
import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.model.Article;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.source.Inputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads benchmark inputs into memory before timing starts: the Reuters-21578 SGML files, plain wire stories rebuilt
 * from them (title line, then dateline and body, as a wire service sends them), and HTML pages (gunzipped).
 */
final class BenchInputs {

    /** One input: its bytes and the hints it is parsed with. */
    record Item(byte[] bytes, Hints hints) {
    }

    private static final Pattern RECORD = Pattern.compile("<REUTERS[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern DATELINE = Pattern.compile("<DATELINE>(.*?)</DATELINE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);

    private BenchInputs() {
    }

    /** {@code true} when {@code dir} holds Reuters-21578 files ({@code reut2-*.sgm}). */
    static boolean isReuters(Path dir) throws IOException {
        return !sgmFiles(dir).isEmpty();
    }

    /** The {@code reut2-*.sgm} files of {@code dir}, in name order. */
    static List<Path> sgmFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
        }
    }

    /** As {@link #sgmFiles}, refusing a folder without any. */
    static List<Path> requireSgmFiles(Path dir) throws IOException {
        List<Path> files = sgmFiles(dir);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no reut2-*.sgm files in " + dir);
        }
        return files;
    }

    /** The articles of {@code files} as the product reads them, through {@code enrichment}; unreadable items skipped. */
    static List<Article> articles(List<Path> files, EnrichmentPipeline enrichment) {
        List<Article> articles = new ArrayList<>();
        Inputs.walk(files, Hints.none(), Limits.defaults(), item -> {
            ParseResult r = Storyline.parse(item.content(), item.hints(), Limits.defaults(), enrichment);
            articles.addAll(r.articles());
        }, error -> { });
        return articles;
    }

    /** Deletes {@code dir} and everything under it; nothing when it does not exist. */
    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Each SGML file as one item, read as Reuters SGML. */
    static List<Item> reutersSgml(Path dir) throws IOException {
        List<Item> items = new ArrayList<>();
        for (Path f : sgmFiles(dir)) {
            items.add(new Item(Files.readAllBytes(f), new Hints(f.toString(), null, Format.REUTERS_SGML, null)));
        }
        return items;
    }

    /** Every story with a TITLE, DATELINE and BODY, rebuilt as plain wire text, one item each. */
    static List<Item> wireStories(Path dir) throws IOException {
        List<Item> items = new ArrayList<>();
        for (Path f : sgmFiles(dir)) {
            String sgml = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            Matcher r = RECORD.matcher(sgml);
            int n = 0;
            while (r.find()) {
                n++;
                String rec = r.group(1);
                Matcher t = TITLE.matcher(rec);
                Matcher d = DATELINE.matcher(rec);
                Matcher b = BODY.matcher(rec);
                if (t.find() && d.find() && b.find()) {
                    String story = unescape(t.group(1)).strip() + "\n" + unescape(d.group(1)).strip() + " "
                            + unescape(b.group(1)).strip() + "\n";
                    items.add(new Item(story.getBytes(StandardCharsets.UTF_8),
                            new Hints(f.getFileName() + "#" + n, null, Format.WIRE, null)));
                }
            }
        }
        return items;
    }

    /**
     * The same stories as {@link #wireStories}, but as a wire feed's day files: all stories of one SGML file in one
     * item, separated by a blank line (each ends with its {@code Reuter} sign-off).
     */
    static List<Item> wireFiles(List<Item> stories) {
        java.util.Map<String, java.io.ByteArrayOutputStream> files = new java.util.LinkedHashMap<>();
        for (Item story : stories) {
            String file = story.hints().name().replaceAll("#\\d+$", "");
            java.io.ByteArrayOutputStream out = files.computeIfAbsent(file, f -> new java.io.ByteArrayOutputStream());
            if (out.size() > 0) {
                out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(story.bytes());
        }
        List<Item> items = new ArrayList<>();
        files.forEach((name, bytes) -> items.add(new Item(bytes.toByteArray(),
                new Hints(name.replace(".sgm", ".txt"), null, Format.WIRE, null))));
        return items;
    }

    private static String unescape(String s) {
        return s.replaceAll("&#\\d+;", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** {@code true} when {@code dir} holds {@code .html} or {@code .html.gz} files. */
    static boolean isHtml(Path dir) throws IOException {
        return !htmlFiles(dir).isEmpty();
    }

    private static List<Path> htmlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".html") || n.endsWith(".html.gz") || n.endsWith(".htm");
            }).sorted().toList();
        }
    }

    /** Each page as one item (gunzipped), read as HTML. */
    static List<Item> htmlPages(Path dir) throws IOException {
        List<Item> items = new ArrayList<>();
        for (Path f : htmlFiles(dir)) {
            byte[] bytes;
            if (f.toString().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    bytes = in.readAllBytes();
                }
            } else {
                bytes = Files.readAllBytes(f);
            }
            items.add(new Item(bytes, new Hints(f.toString(), "text/html", Format.HTML, null)));
        }
        return items;
    }
}
