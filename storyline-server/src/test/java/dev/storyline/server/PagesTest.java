package dev.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rates <b>rise</b> again                        | rates <b>rise</b> again",
        "<b>wheat</b><script>alert(1)</script>          | <b>wheat</b>",
        "<b onclick=\"x()\">corn</b>                    | <b>corn</b>",
        "<img src=x onerror=alert(1)><b>oil</b>         | <b>oil</b>",
        "<a href=\"javascript:alert(1)\">click</a> here | click here",
        "5 &lt; 6 <svg onload=alert(1)></svg>           | 5 &lt; 6",
    })
    void snippetsKeepOnlyTheHighlightMarkup(String highlighted, String expected) {
        assertThat(Pages.snippet(highlighted.strip())).isEqualTo(expected.strip());
    }

    @Test
    void relatedReasonsReadAsASentence() {
        Map<String, Object> reasons = new LinkedHashMap<>();
        reasons.put("sharedTerms", List.of("thaad", "defense"));
        reasons.put("sharedEntities", List.of("South Korea"));
        reasons.put("samePlace", "SEOUL");
        assertThat(ArticlePage.why(reasons))
                .isEqualTo("Why: shares the words thaad, defense · names South Korea · same place SEOUL");
    }

    @Test
    void errorPagesEscapeWhatTheyEcho() {
        assertThat(Pages.errorPage(404, "nothing at /<script>alert(1)</script>"))
                .startsWith("<!DOCTYPE html>")
                .doesNotContain("<script>")
                .contains("&lt;script&gt;");
    }
}
