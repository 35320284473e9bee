package dev.storyline.eval.wire;

import dev.storyline.Storyline;
import dev.storyline.model.Article;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.wire.WireTextReader;
import dev.storyline.grammar.DatelineParser;
import dev.storyline.grammar.MonthNames;
import dev.storyline.grammar.ParsedDateline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.parser.Parser;

/**
 * Evaluates the wire grammar on TE3-Silver (AFP and Xinhua TimeML stories). Each file keeps its dateline in
 * {@code <DCT>} (e.g. {@code BAGHDAD, Oct. 31 , 2005 (Xinhua)}, the TimeML tooling having written the year into
 * it) and the true document date in {@code <DCT><TIMEX3 value=...>}; the story is in {@code <TITLE>} and
 * {@code <TEXT>}. Each story is rebuilt as plain wire text: the title line, then the dateline as printed in DCT
 * followed by the agency's dash ({@code --} for Xinhua, {@code -} for AFP) and the text's paragraphs (a byline
 * paragraph opening the text goes before the dateline, as on the wire). The parser
 * gets no source date: the date must come from the dateline or the text.
 *
 * <p>Two runs: (a) the dateline as printed in the file, year included; (b) the year removed from the dateline,
 * as agencies print it ({@code BAGHDAD, Oct. 31 (Xinhua) --}): month and day must agree with DCT, and a full date
 * is then only given when the text fixes the year (weekday in the lead and cited past years), counted separately.
 */
public final class Te3WireEval {

    private static final Pattern DCT = Pattern.compile("<DCT>(.*?)</DCT>", Pattern.DOTALL);
    private static final Pattern DCT_VALUE = Pattern.compile("value=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern AGENCY = Pattern.compile("\\(([^()]+)\\)\\s*$");
    private static final Pattern PLACE = Pattern.compile("^(.*?)\\s*,?\\s*(?i:" + MonthNames.PATTERN + ")\\.?\\s*\\d");
    private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+\\S.{0,80}");
    private static final Pattern YEARS = Pattern.compile("\\s*,\\s*(?:19|20)\\d{2}\\b");

    private final DatelineParser datelines = new DatelineParser();

    /** Runs both variants over every {@code .tml} or {@code .tml.gz} file of {@code dir}. */
    public List<FieldTally> evaluate(Path dir, int maxFailures) {
        FieldTally printed = new FieldTally("TE3-Silver (a): dateline as printed in DCT (year included)", maxFailures);
        FieldTally yearless = new FieldTally("TE3-Silver (b): dateline without its year, as agencies print it",
                maxFailures);
        WireTextReader reader = new WireTextReader();
        int withAgency = 0;
        int files = 0;
        for (Path file : files(dir)) {
            String xml = read(file);
            Matcher dct = DCT.matcher(xml);
            Matcher text = TEXT.matcher(xml);
            if (!dct.find() || !text.find()) {
                printed.check("file has DCT and TEXT", file.getFileName().toString(), true, false);
                continue;
            }
            files++;
            Matcher v = DCT_VALUE.matcher(dct.group(1));
            String goldDate = v.find() ? v.group(1) : null;
            String dateline = collapse(unescape(TAG.matcher(dct.group(1)).replaceAll(""))).replaceFirst("\\s*-+$", "");
            Matcher ag = AGENCY.matcher(dateline);
            String goldAgency = ag.find() ? ag.group(1).strip() : null;
            if (goldAgency != null) {
                withAgency++;
            }
            Matcher pl = PLACE.matcher(dateline);
            String goldPlace = pl.find() ? pl.group(1).replaceAll("[\\s,]+$", "") : null;
            goldPlace = goldPlace == null || goldPlace.isEmpty() ? null : goldPlace;
            Matcher ti = TITLE.matcher(xml);
            String title = ti.find() ? collapse(unescape(TAG.matcher(ti.group(1)).replaceAll(""))) : "";
            List<String> paragraphs = paragraphs(unescape(TAG.matcher(text.group(1)).replaceAll("")));
            String dash = file.getFileName().toString().startsWith("XIN") ? "--" : "-";
            String item = file.getFileName().toString();

            Article a = parse(reader, item, title, dateline, dash, paragraphs);
            if (!title.isEmpty()) {
                printed.check("headline = TITLE (tags set aside)", item, title, headlineAsPrinted(a, title));
            }
            check(printed, item, a, goldPlace, goldAgency);
            printed.check("date = DCT", item, goldDate, a == null || a.date() == null ? null : a.date().toString());

            String noYear = YEARS.matcher(dateline).replaceAll("");
            Article b = parse(reader, item, title, noYear, dash, paragraphs);
            check(yearless, item, b, goldPlace, goldAgency);
            MonthDay goldMd = goldDate == null ? null : MonthDay.parse("--" + goldDate.substring(5));
            MonthDay md = b == null || b.dateline() == null ? null
                    : datelines.parse(b.dateline().text()).map(ParsedDateline::monthDay).orElse(null);
            yearless.check("month and day = DCT", item, goldMd, md);
            String date = b == null || b.date() == null ? null : b.date().toString();
            yearless.count("full date given (from the text)", date != null);
            if (date != null) {
                yearless.check("full date, where given, = DCT", item, goldDate, date);
            }
        }
        printed.note(files + " stories; " + withAgency + " DCT datelines print an agency, the others none "
                + "(their expected agency is null)");
        yearless.note("the full date is given only when the lead names a weekday and the text cites a past year;"
                + " otherwise it stays unknown, never guessed");
        return List.of(printed, yearless);
    }

    private void check(FieldTally t, String item, Article a, String goldPlace, String goldAgency) {
        t.check("dateline found", item, true, a != null && a.dateline() != null);
        t.check("dateline place", item, goldPlace, a == null || a.dateline() == null ? null : a.dateline().place());
        t.check("dateline agency", item, goldAgency, a == null || a.dateline() == null ? null : a.dateline().agency());
    }

    /** The parsed headline, or the title itself when the title is the headline with its kind tag ({@code Roundup: ...}). */
    private static String headlineAsPrinted(Article a, String title) {
        if (a == null || a.headline() == null) {
            return null;
        }
        String h = collapse(a.headline());
        if (!a.tags().isEmpty() && title.endsWith(h)
                && a.tags().stream().allMatch(title.substring(0, title.length() - h.length())::contains)) {
            return title;
        }
        return h;
    }

    private static Article parse(WireTextReader reader, String item, String title, String dateline, String dash,
            List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        if (!title.isEmpty()) {
            sb.append(title).append('\n');
        }
        List<String> body = paragraphs;
        if (!body.isEmpty() && BYLINE.matcher(body.get(0)).matches()) {
            sb.append(body.get(0)).append('\n'); // a byline goes between headline and dateline, as on the wire
            body = body.subList(1, body.size());
        }
        sb.append(dateline).append(' ').append(dash).append(' ');
        sb.append(String.join("\n\n", body));
        List<Article> articles = Storyline.toArticles(reader.read(sb.toString().getBytes(StandardCharsets.UTF_8),
                Hints.named(item), Limits.defaults())).articles();
        // a news summary holds several datelined stories: the first is the one the DCT dateline opens
        return articles.isEmpty() ? null : articles.get(0);
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            String p = collapse(block);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".tml") || p.toString().endsWith(".tml.gz")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String unescape(String s) {
        return Parser.unescapeEntities(s, false);
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
