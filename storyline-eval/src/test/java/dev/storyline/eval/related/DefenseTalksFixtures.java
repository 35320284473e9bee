package dev.storyline.eval.related;

import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Source;
import dev.storyline.model.Timestamp;
import java.util.List;
import java.util.Map;

/**
 * Stories written for this project (not taken from any source) around the seed's subject, South Korea's defence
 * talks with Japan and China in May 2019: background from before it, two versions of one story, a later story and
 * an off-topic item.
 */
final class DefenseTalksFixtures {

    static final String RADAR_ROW = "fixture-radar-row";
    static final String SHANGRI_LA_PREVIEW = "fixture-shangri-la-preview";
    static final String JEONG_TRIP_V1 = "fixture-jeong-trip-1";
    static final String JEONG_TRIP_V2 = "fixture-jeong-trip-2";
    static final String THAAD_TIES = "fixture-thaad-ties";
    static final String POP_ALBUM = "fixture-pop-album";
    static final String LATER_MEETING = "fixture-later-meeting";

    private DefenseTalksFixtures() {
    }

    static List<Article> all() {
        return List.of(
                story(RADAR_ROW, "S. Korea, Japan defense ties sour over radar row", 1, "2019-01-24",
                        "Oh Seok-min",
                        "South Korea's defense ministry on Thursday rejected Japan's claim that a South Korean warship "
                                + "locked its fire-control radar on a Japanese maritime patrol aircraft, deepening a "
                                + "row that has chilled defense ties between Seoul and Tokyo.",
                        "The ministry said the patrol aircraft flew dangerously low over the destroyer in the East "
                                + "Sea, and called on Japan to stop distorting the facts about the December incident.",
                        "Defense officials said talks between the defense ministers of South Korea and Japan are "
                                + "unlikely to take place soon while the radar dispute continues."),
                story(THAAD_TIES, "S. Korea, China seek to mend defense ties strained by THAAD", 1, "2018-10-19",
                        "Kim Eun-jung",
                        "South Korean Defense Minister Jeong Kyeong-doo met his Chinese counterpart Wei Fenghe in "
                                + "Singapore on Friday, the first defense ministers' talks between the two countries "
                                + "since the THAAD missile defense battery was deployed in South Korea.",
                        "China has protested the deployment of the Terminal High Altitude Area Defense system, "
                                + "saying its radar could be used to look into Chinese territory.",
                        "The ministers agreed to restore defense exchanges and to set up a hotline between the "
                                + "militaries, the defense ministry said."),
                story(SHANGRI_LA_PREVIEW, "Defense chiefs to gather in Singapore for Shangri-La Dialogue", 1,
                        "2019-05-14", "Oh Seok-min",
                        "Defense ministers from across the Asia-Pacific region will gather in Singapore for the "
                                + "annual Shangri-La Dialogue security forum from May 31 to June 2, the organizer said.",
                        "South Korean Defense Minister Jeong Kyeong-doo is expected to attend, and officials said "
                                + "Seoul hopes to hold bilateral defense talks with Japan and China on the sidelines.",
                        "Chinese Defense Minister Wei Fenghe will deliver a speech at the forum, the first by a "
                                + "Chinese defense minister since 2011."),
                story(JEONG_TRIP_V1, "Defense minister Jeong to attend Shangri-La security forum", 1, "2019-05-20",
                        "Oh Seok-min",
                        "Defense Minister Jeong Kyeong-doo will attend the Shangri-La Dialogue in Singapore later "
                                + "this month, where he is expected to meet his Japanese and Chinese counterparts, "
                                + "the defense ministry said Monday.",
                        "The ministry said Jeong will discuss regional security and ways to restore defense ties "
                                + "strained by the radar row with Japan and the THAAD dispute with China."),
                story(JEONG_TRIP_V2, "Defense minister Jeong to attend Shangri-La security forum", 2, "2019-05-20",
                        "Oh Seok-min",
                        "Defense Minister Jeong Kyeong-doo will attend the Shangri-La Dialogue in Singapore later "
                                + "this month, where he is expected to meet his Japanese and Chinese counterparts, "
                                + "the defense ministry said Monday.",
                        "The ministry said Jeong will discuss regional security and ways to restore defense ties "
                                + "strained by the radar row with Japan and the THAAD dispute with China.",
                        "Japanese Defense Minister Takeshi Iwaya has said he wants to meet Jeong in Singapore to "
                                + "return defense relations with Seoul to normal, according to Japanese media."),
                story(POP_ALBUM, "K-pop singer to release first solo album in June", 1, "2019-05-19", "Lee Hyo-jin",
                        "A member of a popular K-pop boy band will release his first solo album next month, his "
                                + "management agency said Sunday.",
                        "The album will include six songs written by the singer, and a music video was filmed in "
                                + "Los Angeles, the agency said.",
                        "Fans lined up outside record stores in Seoul after the announcement."),
                story(LATER_MEETING, "S. Korea, Japan defense chiefs hold talks in Singapore", 1, "2019-06-01",
                        "Oh Seok-min",
                        "Defense Minister Jeong Kyeong-doo met his Japanese counterpart Takeshi Iwaya on the "
                                + "sidelines of the Shangri-La Dialogue in Singapore on Saturday, their first talks "
                                + "since the radar row strained defense ties between Seoul and Tokyo.",
                        "The two ministers agreed on the need to restore defense cooperation, the ministry said."));
    }

    private static Article story(String id, String headline, int version, String date, String byline,
            String... paragraphs) {
        return new Article(id, headline, version > 1 ? List.of("LEAD") : List.of(), version, null, List.of(byline),
                new Dateline("SEOUL", PartialDate.parse(date), "Yonhap", "SEOUL, (Yonhap) --", null), List.of(paragraphs),
                List.of(), List.of(), "(END)", List.of(), "en", null, Timestamp.parse(date), Map.of(),
                new Source("fixtures/defense-talks", "wire", id), List.of());
    }
}
