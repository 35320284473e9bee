package dev.storyline.relate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionLinksTest {

    private static final List<String> BODY = List.of(
            "South Korea is trying to set up defense ministers' talks with Japan and China next month, officials said.",
            "Discussions are underway to organize one-on-one talks on the sidelines of the Shangri-La Dialogue.",
            "Defense ties with Japan have been strained by a radar row since December last year.");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "LEAD of the same story          | 2 | Yonhap | SEOUL | Oh Seok-min  | 2019-05-21 | true",
        "same version number             | 1 | Yonhap | SEOUL | Oh Seok-min  | 2019-05-21 | false",
        "another agency                  | 2 | AFP    | SEOUL | Oh Seok-min  | 2019-05-21 | false",
        "another place                   | 2 | Yonhap | TOKYO | Oh Seok-min  | 2019-05-21 | false",
        "another reporter                | 2 | Yonhap | SEOUL | Kim Eun-jung | 2019-05-21 | false",
        "a week later                    | 2 | Yonhap | SEOUL | Oh Seok-min  | 2019-05-28 | false",
    })
    void laterVersionNeedsSameAgencyPlaceBylineAndDayAndAHigherVersion(String name, int version, String agency,
            String place, String byline, String date, boolean expected) {
        Article first = article(1, "Yonhap", "SEOUL", "Oh Seok-min", "2019-05-21", BODY);
        List<String> lead = new ArrayList<>(BODY);
        lead.set(0, "South Korea will hold defense talks with Japan in Singapore, officials said Tuesday.");
        lead.add("Japan's defense minister said he wants to meet his South Korean counterpart.");
        Article later = article(version, agency, place, byline, date, lead);
        assertThat(VersionLinks.isLaterVersion(first, later)).isEqualTo(expected);
    }

    private static Article article(int version, String agency, String place, String byline, String date,
            List<String> paragraphs) {
        return new Article("v" + version + agency + place + byline + date, "Defense talks", List.of(), version, null,
                List.of(byline), new Dateline(place, date == null ? null : PartialDate.parse(date), agency, place, null),
                paragraphs, List.of(), List.of(),
                null, List.of(), "en", null, null, Map.of(), null, List.of());
    }
}
