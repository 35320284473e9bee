package dev.storyline.eval.reuters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the 22 {@code reut2-NNN.sgm} files of Reuters-21578 into {@link ReutersStory} records, for the evaluations
 * only: a small record splitter, not the product's SGML reader. Files are decoded as ISO-8859-1 (one has a Latin-1
 * byte).
 */
public final class ReutersCorpus {

    private static final Pattern RECORD = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern D = Pattern.compile("<D>(.*?)</D>", Pattern.DOTALL);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ROOT);

    private ReutersCorpus() {
    }

    /** Every record of every {@code reut2-*.sgm} under {@code dir}, in file and record order. */
    public static List<ReutersStory> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no reut2-NNN.sgm files in " + dir);
        }
        List<ReutersStory> out = new ArrayList<>();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            Matcher m = RECORD.matcher(text);
            while (m.find()) {
                out.add(parse(m.group(1), m.group(2)));
            }
        }
        return out;
    }

    private static ReutersStory parse(String attrs, String rec) {
        int newId = -1;
        String split = null;
        Matcher a = ATTR.matcher(attrs);
        while (a.find()) {
            if (a.group(1).equals("NEWID")) {
                newId = Integer.parseInt(a.group(2));
            } else if (a.group(1).equals("LEWISSPLIT")) {
                split = a.group(2);
            }
        }
        List<String> topics = new ArrayList<>();
        String topicsEl = element(rec, "TOPICS");
        if (topicsEl != null) {
            Matcher d = D.matcher(topicsEl);
            while (d.find()) {
                topics.add(d.group(1).strip());
            }
        }
        LocalDate date = null;
        String rawDate = element(rec, "DATE");
        if (rawDate != null) {
            try {
                date = LocalDate.parse(rawDate.strip().split(" ")[0], DATE);
            } catch (RuntimeException e) {
                date = null; // a few dates are malformed: the story is simply undated
            }
        }
        String title = decode(element(rec, "TITLE"));
        String dateline = decode(element(rec, "DATELINE"));
        String place = dateline == null ? null : dateline.strip().split(",")[0].strip();
        String body = decode(element(rec, "BODY"));
        return new ReutersStory(newId, split, date, title == null ? null : title.strip(),
                place == null || place.isEmpty() ? null : place, body, topics);
    }

    private static String element(String rec, String name) {
        int s = rec.indexOf("<" + name + ">");
        if (s < 0) {
            return null;
        }
        int e = rec.indexOf("</" + name + ">", s);
        return e < 0 ? null : rec.substring(s + name.length() + 2, e);
    }

    /** Decodes the character references the corpus uses; control characters ({@code &#3;}) are dropped. */
    static String decode(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = Pattern.compile("&#(\\d+);").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int c = Integer.parseInt(m.group(1));
            m.appendReplacement(b, c < 32 && c != 10 && c != 9 ? "" : Matcher.quoteReplacement(String.valueOf((char) c)));
        }
        m.appendTail(b);
        return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
