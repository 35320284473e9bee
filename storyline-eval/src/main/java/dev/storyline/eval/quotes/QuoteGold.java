package dev.storyline.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.json.Json;
import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hand-annotated story ({@code NAME.gold.json} beside its text {@code NAME.txt}, as in {@code shared/data/seed})
 * and its gold quotations. The article is built from the text directly (headline, "By" byline, the
 * {@code body_paragraphs} lines after it with the dateline cut from the first), so the evaluation does not
 * depend on the wire grammar.
 *
 * <pre>
 * "quotes": [ {"starts": "We all share the need", "speaker": "a ministry official well-versed in the issue"} ]
 * </pre>
 *
 * @param name    the gold file's name
 * @param article the story
 * @param quotes  the gold quotations
 */
public record QuoteGold(String name, Article article, List<Expected> quotes) {

    private static final Pattern DATELINE = Pattern.compile("^([A-Z][A-Za-z .'-]{1,40}),[^(\\n]{0,30}\\(([^)]{1,40})\\)"
            + "\\s*(?:--|\u2014|\u2013|-)\\s*");

    public QuoteGold {
        quotes = List.copyOf(quotes);
    }

    /**
     * One gold quotation.
     *
     * @param starts  the first words of the quoted text
     * @param speaker the speaker's name or the story's description of them
     */
    public record Expected(String starts, String speaker) {
    }

    /** The gold story of {@code goldJson}, whose text is the sibling {@code .txt} file. */
    public static QuoteGold read(Path goldJson) throws IOException {
        JsonNode gold = Json.mapper().readTree(goldJson.toFile());
        String base = goldJson.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
        Path textFile = goldJson.resolveSibling(base + ".txt");
        List<String> lines = Files.readAllLines(textFile, StandardCharsets.UTF_8);
        int at = 0;
        String headline = lines.isEmpty() ? "" : lines.get(at++);
        List<String> byline = new ArrayList<>();
        if (at < lines.size() && lines.get(at).startsWith("By ")) {
            byline.add(lines.get(at++).substring(3).strip());
        }
        int count = gold.path("body_paragraphs").asInt(lines.size() - at);
        List<String> paragraphs = new ArrayList<>(lines.subList(at, Math.min(lines.size(), at + count)));
        Dateline dateline = null;
        if (!paragraphs.isEmpty()) {
            Matcher m = DATELINE.matcher(paragraphs.get(0));
            if (m.find()) {
                String date = gold.path("dateline").path("date").asText(null);
                dateline = new Dateline(m.group(1), date == null ? null : PartialDate.parse(date), m.group(2),
                        m.group().strip(), null);
                paragraphs.set(0, paragraphs.get(0).substring(m.end()));
            }
        }
        List<Expected> expected = new ArrayList<>();
        for (JsonNode q : gold.path("quotes")) {
            expected.add(new Expected(q.path("starts").asText(), q.path("speaker").asText()));
        }
        Article article = new Article(base, headline, List.of(), 1, null, byline, dateline, paragraphs, List.of(),
                List.of(), null, List.of(), "en", null, null, null, null, List.of());
        return new QuoteGold(goldJson.getFileName().toString(), article, expected);
    }
}
