package dev.storyline.eval.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.index.IndexEntry;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Source;
import dev.storyline.model.Timestamp;
import dev.storyline.relate.RelatedArticle;
import dev.storyline.relate.RelatedArticles;
import dev.storyline.relate.RelatedList;
import dev.storyline.relate.StoryKeys;
import dev.storyline.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's related list, with the project's fixture stories ingested beside it: no two versions of one story,
 * nothing off-topic, background before later news (skipped when the seed is absent).
 */
class SeedRelatedTest {

    @TempDir
    Path dir;

    @Test
    void seedListsEachStoryOnceAndNothingOffTopic() throws Exception {
        Path seedFile = SharedData.require("seed").resolve("yonhap-2019-05-21-defense-talks.txt");
        Article seed = seedArticle(Files.readString(seedFile));
        RelatedList list;
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.put(new IndexEntry(seed, StoryKeys.keyFor(seed), null, null));
            for (Article a : DefenseTalksFixtures.all()) {
                String versionOf = a.version() > 1 ? DefenseTalksFixtures.JEONG_TRIP_V1 : null;
                index.put(new IndexEntry(a, StoryKeys.keyFor(a), versionOf, null));
            }
            index.commit();
            list = new RelatedArticles(index, null, RelatedArticles.Options.defaults()).related(seed.id(), 10)
                    .orElseThrow();
        }
        List<String> ids = list.items().stream().map(RelatedArticle::id).toList();
        assertThat(ids).doesNotContain(DefenseTalksFixtures.POP_ALBUM, DefenseTalksFixtures.JEONG_TRIP_V1);
        assertThat(ids).contains(DefenseTalksFixtures.JEONG_TRIP_V2, DefenseTalksFixtures.SHANGRI_LA_PREVIEW);
        assertThat(list.items().stream().map(i -> i.stored().storyKey()).distinct()).hasSameSizeAs(ids);
        RelatedArticle head = list.items().get(ids.indexOf(DefenseTalksFixtures.JEONG_TRIP_V2));
        assertThat(head.earlierVersions()).isEqualTo(1);
        for (RelatedArticle item : list.items()) {
            assertThat(item.reasons().sharedTerms()).as(item.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(item.reasons().daysApart()).as(item.id()).isNotNull();
        }
        if (ids.contains(DefenseTalksFixtures.LATER_MEETING)) {
            assertThat(ids.indexOf(DefenseTalksFixtures.LATER_MEETING))
                    .isGreaterThan(ids.indexOf(DefenseTalksFixtures.SHANGRI_LA_PREVIEW));
        }
    }

    /**
     * The seed as the wire grammar reads it (headline, byline, dateline, body up to {@code (END)}, the site's rail
     * set aside), built here so that this test does not depend on the state of the readers.
     */
    private static Article seedArticle(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> body = new ArrayList<>();
        for (String p : lines.subList(2, lines.size())) {
            if (p.equals("(END)")) {
                break;
            }
            if (!p.contains("@")) {
                body.add(p.replaceFirst("^SEOUL, May 21 \\(Yonhap\\) -- ", ""));
            }
        }
        return new Article("seed-defense-talks", lines.get(0), List.of(), 1, null,
                List.of(lines.get(1).replaceFirst("^By ", "")),
                new Dateline("SEOUL", PartialDate.parse("2019-05-21"), "Yonhap", "SEOUL, May 21 (Yonhap) --", null), body,
                List.of(), List.of(), "(END)", List.of(), "en", null, Timestamp.parse("2019-05-21"), Map.of(),
                new Source("seed/yonhap-2019-05-21-defense-talks.txt", "wire", null), List.of());
    }
}
