package dev.storyline.enrich.times;

import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import dev.storyline.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed story of {@code ../shared/data/seed} as an {@link Article}, built by hand (headline, byline, dated
 * dateline, the ten body lines) so that enricher tests do not depend on the wire grammar. Skips the calling test
 * when the seed is absent.
 */
public final class SeedArticle {

    public static final String NAME = "seed/yonhap-2019-05-21-defense-talks";
    private static final String DATELINE = "SEOUL, May 21 (Yonhap) --";

    private SeedArticle() {
    }

    public static Article load() throws IOException {
        Path text = SharedData.require(NAME + ".txt");
        List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
        List<String> paragraphs = new ArrayList<>(lines.subList(2, 12));
        String first = paragraphs.get(0);
        if (first.startsWith(DATELINE)) {
            paragraphs.set(0, first.substring(DATELINE.length()).strip());
        }
        Dateline dateline = new Dateline("SEOUL", PartialDate.parse("2019-05-21"), "Yonhap", DATELINE, null);
        return new Article("seed", lines.get(0), List.of(), 1, null, List.of(lines.get(1).replaceFirst("^By ", "")),
                dateline, paragraphs, List.of(), List.of(), "(END)", List.of(), "en", null, null, null, null,
                List.of());
    }

    /** The gold annotation file of the seed. */
    public static Path gold() {
        return SharedData.require(NAME + ".gold.json");
    }
}
