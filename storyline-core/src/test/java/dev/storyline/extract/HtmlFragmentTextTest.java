package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlFragmentTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `<p>One <b>bold</b> line.</p><p>Two.</p>`                  | `One bold line.||Two.`
        `First<br>Second<br/><br/>Third`                           | `First||Second||Third`
        `<div>Outer <div>inner</div> tail</div>`                   | `Outer||inner||tail`
        `<ul><li>a</li><li>b</li></ul>`                            | `a||b`
        `<p>Keep</p><script>var x = "<p>no</p>";</script><style>p{}</style><p>this</p>` | `Keep||this`
        `<p>  spaced\n\t out &amp; &eacute;tude&nbsp;here </p>`    | `spaced out & étude here`
        `plain text only`                                          | `plain text only`
        """)
    void blockElementsBecomeParagraphs(String html, String expected) {
        assertThat(String.join("||", HtmlFragmentText.paragraphs(html.replace("\\n", "\n").replace("\\t", "\t"))))
                .isEqualTo(expected);
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String html = "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000);
        assertThat(HtmlFragmentText.paragraphs(html)).containsExactly("deep");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        <p>x</p>        | true
        a &amp; b       | true
        AT&T and R&D    | false
        5 < 6 and 7 > 3 | false
        """)
    void markupIsToldFromPlainText(String s, boolean html) {
        assertThat(HtmlFragmentText.looksLikeHtml(s)).isEqualTo(html);
    }
}
