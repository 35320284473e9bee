package dev.storyline.relate;

import static dev.storyline.index.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryKeysTest {

    private static Article story(String headline, String place, String agency, String date, String lead) {
        return article(headline).headline(headline).place(place).agency(agency).date(date).body(lead).build();
    }

    @ParameterizedTest(name = "{0} / {1} -> same key {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Quake hits coast | Quake hits coast  | true
            Quake hits coast | QUAKE HITS COAST! | true
            Quake hits coast | Quake hits city   | false
            """)
    void keyIgnoresCaseAndPunctuationButNotWords(String a, String b, boolean same) {
        Article x = story(a, "TOKYO", "Kyodo", "2011-03-11", "text");
        Article y = story(b, "TOKYO", "Kyodo", "2011-03-11", "text");
        assertThat(StoryKeys.keyFor(x).equals(StoryKeys.keyFor(y))).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            same place and agency, rewritten headline, same lead | TOKYO | Kyodo | Tsunami feared    | A strong quake hit the coast on Friday. | true
            another agency                                      | TOKYO | AFP   | Strong quake hits | A strong quake hit the coast on Friday. | false
            another place                                       | OSAKA | Kyodo | Strong quake hits | A strong quake hit the coast on Friday. | false
            same agency and place, other story                  | TOKYO | Kyodo | Yen falls         | The yen fell against the dollar.        | false
            """)
    void similarNeedsSameAgencyAndPlaceAndMostlyTheSameWords(String why, String place, String agency, String headline,
            String lead, boolean similar) {
        Article first = story("Strong quake hits", "TOKYO", "Kyodo", "2011-03-11", "A strong quake hit the coast on Friday.");
        Article other = story(headline, place, agency, "2011-03-11", lead);
        assertThat(StoryKeys.similar(first, other)).as(why).isEqualTo(similar);
    }
}
