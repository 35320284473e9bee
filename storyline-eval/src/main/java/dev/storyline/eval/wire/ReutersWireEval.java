package dev.storyline.eval.wire;

import dev.storyline.Storyline;
import dev.storyline.model.Article;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadResult;
import dev.storyline.read.sgml.ReutersSgmlReader;
import dev.storyline.read.wire.WireTextReader;
import dev.storyline.grammar.DatelineParser;
import dev.storyline.grammar.MonthNames;
import dev.storyline.grammar.ParsedDateline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;

/**
 * Evaluates the wire grammar on Reuters-21578, whose SGML fields are the gold:
 * <ol>
 *   <li>each story with a TITLE, DATELINE and BODY is rebuilt as plain wire text (title line, then dateline and
 *       body as printed) and parsed by the wire-text reader; headline, dateline place and the dateline's month and
 *       day must agree with the SGML fields. A year is counted only where the parser gives one (from the text);
 *       it is checked against {@code <DATE>}.</li>
 *   <li>every file is read directly by the SGML reader: every record must become an article, with its labels.</li>
 * </ol>
 * The gold is taken from the SGML with simple patterns of this class, independent of the parser under test.
 */
public final class ReutersWireEval {

    private static final Pattern RECORD = Pattern.compile("<REUTERS[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b(" + MonthNames.PATTERN
            + ")\\.?\\s*(\\d{1,2})(?!\\d)|\\b(\\d{1,2})\\s+(" + MonthNames.PATTERN + ")\\b");
    private static final Pattern PLACE_BEFORE_DATE = Pattern.compile("^(.*?)\\s*,?\\s*(?:-\\s*)?(?:(?i:"
            + MonthNames.PATTERN + ")\\.?\\s*\\d|\\d{1,2}\\s+(?i:" + MonthNames.PATTERN + ")\\b)");
    private static final Pattern PLACE_BEFORE_DASH = Pattern.compile("^(.*?)(?:\\s+-+|-+\\s|-+$)");
    private static final Pattern DATE_YEAR = Pattern.compile("\\d{1,2}-[A-Za-z]{3}-(\\d{4})");

    private final DatelineParser datelines = new DatelineParser();

    /** Rebuilds and parses every titled, datelined story in {@code dir}; see the class comment. */
    public FieldTally rebuiltStories(Path dir, int maxFailures) {
        FieldTally t = new FieldTally("Reuters-21578 rebuilt as plain wire text, parsed by the wire-text reader",
                maxFailures);
        WireTextReader reader = new WireTextReader();
        int yearsGiven = 0;
        int yearsRight = 0;
        for (Path file : sgmlFiles(dir)) {
            Matcher m = RECORD.matcher(decode(file));
            while (m.find()) {
                String r = m.group(0);
                String title = raw(r, "TITLE");
                String dateline = raw(r, "DATELINE");
                String body = raw(r, "BODY");
                if (title == null || dateline == null || body == null) {
                    continue;
                }
                String item = file.getFileName() + " " + attribute(r, "NEWID");
                String goldTitle = collapse(unescape(title));
                String goldDateline = collapse(unescape(dateline)).replaceFirst("^[^\\p{L}]+", "");
                String goldPlace = goldPlace(goldDateline);
                MonthDay goldMonthDay = monthDay(goldDateline);

                String wire = unescape(title).strip() + "\n" + unescape(dateline) + unescape(body);
                ReadResult read = reader.read(wire.getBytes(StandardCharsets.UTF_8), Hints.named(item),
                        Limits.defaults());
                List<Article> articles = Storyline.toArticles(read).articles();
                t.check("stories read (exactly one)", item, 1, articles.size());
                if (articles.isEmpty()) {
                    continue;
                }
                Article a = articles.get(0);
                boolean headline = t.check("headline", item, goldTitle, headlineAsPrinted(a, goldTitle));
                String place = a.dateline() == null ? null : a.dateline().place();
                boolean placeOk = t.check("dateline place", item, goldPlace, place);
                MonthDay md = a.dateline() == null || a.dateline().text() == null ? null
                        : datelines.parse(a.dateline().text()).map(ParsedDateline::monthDay).orElse(null);
                boolean mdOk = t.check("dateline month and day", item, goldMonthDay, md);
                t.count("all three agree", headline && placeOk && mdOk);
                t.count("sign-off recognised", a.endMarker() != null);
                if (a.date() != null) {
                    yearsGiven++;
                    Matcher y = DATE_YEAR.matcher(String.valueOf(raw(r, "DATE")));
                    String goldYear = y.find() ? y.group(1) : null;
                    if (t.check("year (where the text fixes one)", item, goldYear, String.valueOf(a.date().getYear()))) {
                        yearsRight++;
                    }
                }
            }
        }
        t.note("year: the rebuilt text has no source date; the parser gave a full date for " + yearsGiven
                + " stories (from weekday and cited past years), " + yearsRight + " with the right year (<DATE>)");
        return t;
    }

    /** Reads every file in {@code dir} with the SGML reader and checks records, ids and labels. */
    public FieldTally sgmlRecords(Path dir, int maxFailures) {
        FieldTally t = new FieldTally("Reuters-21578 read directly by the SGML reader", maxFailures);
        ReutersSgmlReader reader = new ReutersSgmlReader();
        int records = 0;
        int articles = 0;
        for (Path file : sgmlFiles(dir)) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String text = decode(file);
            List<String[]> gold = new ArrayList<>();
            Matcher m = RECORD.matcher(text);
            while (m.find()) {
                gold.add(new String[] {attribute(m.group(0), "NEWID"), values(raw(m.group(0), "TOPICS")),
                        values(raw(m.group(0), "PLACES"))});
            }
            records += gold.size();
            List<Article> read = Storyline.toArticles(reader.read(bytes, Hints.named(file.getFileName().toString()),
                    Limits.defaults())).articles();
            articles += read.size();
            t.check("records read per file", file.getFileName().toString(), gold.size(), read.size());
            for (int i = 0; i < Math.min(gold.size(), read.size()); i++) {
                Article a = read.get(i);
                String item = file.getFileName() + " NEWID=" + gold.get(i)[0];
                t.check("record id", item, "NEWID=" + gold.get(i)[0], a.source().record());
                if (a.dateline() != null && a.date() != null && a.published() != null) {
                    // the dateline's day with the year of <DATE>: within days of it (time zones, late filing)
                    long days = java.time.temporal.ChronoUnit.DAYS.between(a.date(), a.published().date());
                    t.check("dated datelines within 3 days of <DATE>", item, a.published().date(),
                            Math.abs(days) <= 3 ? a.published().date() : a.date());
                }
                t.check("topics labels", item, gold.get(i)[1], String.join(",", a.labels().getOrDefault("topics",
                        List.of())));
                t.check("places labels", item, gold.get(i)[2], String.join(",", a.labels().getOrDefault("places",
                        List.of())));
            }
        }
        t.note("records in the files: " + records + "; articles read: " + articles);
        return t;
    }

    /** Gives the headline back its printed tags when the SGML title carried them ({@code (CORRECTED) - ...}). */
    private static String headlineAsPrinted(Article a, String goldTitle) {
        String h = a.headline() == null ? null : collapse(a.headline());
        if (h != null && !a.tags().isEmpty() && !h.equals(goldTitle) && goldTitle.endsWith(h)) {
            String prefix = goldTitle.substring(0, goldTitle.length() - h.length());
            if (a.tags().stream().allMatch(prefix::contains)) {
                return goldTitle;
            }
        }
        return h;
    }

    static String goldPlace(String dateline) {
        Matcher m = PLACE_BEFORE_DATE.matcher(dateline);
        String place = m.find() ? m.group(1) : null;
        if (place == null) {
            Matcher d = PLACE_BEFORE_DASH.matcher(dateline);
            place = d.find() ? d.group(1) : dateline;
        }
        place = place.replaceAll("[\\s,]+$", "").strip();
        return place.isEmpty() ? null : place;
    }

    static MonthDay monthDay(String text) {
        Matcher m = MONTH_DAY.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return m.group(1) != null ? MonthDay.of(MonthNames.monthOf(m.group(1)), Integer.parseInt(m.group(2)))
                    : MonthDay.of(MonthNames.monthOf(m.group(4)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static List<Path> sgmlFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".sgm")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String raw(String record, String element) {
        Matcher m = Pattern.compile("<" + element + "(?:\\s[^>]*)?>(.*?)</" + element + ">", Pattern.DOTALL)
                .matcher(record);
        return m.find() ? m.group(1) : null;
    }

    private static String attribute(String record, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(record);
        return m.find() ? m.group(1) : "";
    }

    private static String values(String element) {
        List<String> out = new ArrayList<>();
        if (element != null) {
            Matcher m = Pattern.compile("<D>(.*?)</D>").matcher(element);
            while (m.find()) {
                out.add(m.group(1).strip());
            }
        }
        return String.join(",", out);
    }

    private static String unescape(String s) {
        return Parser.unescapeEntities(s, false).replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
