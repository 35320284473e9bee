package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTextExtractorTest {

    private static List<String> paragraphs(String html) {
        return ExtractedPage.extract(html, null).mainText().paragraphs();
    }

    @Test
    void keepsTheArticleParagraphsInOrder() {
        List<String> p = paragraphs(HtmlFixtures.text("harbour-article.html"));

        assertThat(p).containsExactly(
                "PORT ARDEN, March 2 (Ledger) - The ferry between Port Arden and Skellig Quay sailed again on Saturday,"
                        + " six weeks after a winter storm tore away part of its landing ramp.",
                "Engineers worked through February to rebuild the ramp, the harbour board said, and the first crossing"
                        + " left on time with forty passengers and a van of post on board.",
                "Timetable back to normal",
                "The board said the full winter timetable, with four crossings a day, would run from Monday, and that"
                        + " season tickets bought before the storm would be extended by six weeks.",
                "\"We are grateful to islanders for their patience,\" the harbour master, Owen Pryce, told reporters on"
                        + " the quay, adding that the new ramp was built to withstand stronger storms.",
                "Reporting by Mira Tallis; Editing by Jon Aske");
    }

    @ParameterizedTest
    @ValueSource(strings = {"News", "Share on social", "Storm damage closes harbour", "The ferry leaving the slipway",
            "Great news for everyone", "Lifeboat crew honoured", "All rights reserved", "By Mira Tallis",
            "Harbour ferry returns after storm repairs"})
    void dropsBoilerplateAndTheRepeatedHeadline(String boilerplate) {
        String text = ExtractedPage.extract(HtmlFixtures.text("harbour-article.html"), null).mainText().text();

        assertThat(text).doesNotContain(boilerplate);
    }

    @Test
    void separatesParagraphsWithBlankLinesSoTheDatelineStartsTheText() {
        String text = ExtractedPage.extract(HtmlFixtures.text("harbour-article.html"), null).mainText().text();

        assertThat(text).startsWith("PORT ARDEN, March 2 (Ledger) - The ferry").contains("board.\n\nTimetable");
    }

    @Test
    void commentsOfABlogPostAreLeftOut() {
        List<String> p = paragraphs(HtmlFixtures.text("blog-with-comments.html"));

        assertThat(p).hasSize(3);
        assertThat(p.get(0)).startsWith("Last autumn a neighbour gave me");
        assertThat(String.join(" ", p)).doesNotContain("Lovely work", "What paint", "Posted on", "Posted in");
    }

    @Test
    void teaserCardsAfterTheArticleAreLeftOut() {
        List<String> p = paragraphs(HtmlFixtures.text("teasers-after-article.html"));

        assertThat(p).hasSize(3);
        assertThat(String.join(" ", p)).doesNotContain("stone bridge", "Traders voted", "More from Local");
    }

    @Test
    void linkedItemsAreKeptWhenTheyAreThePageContent() {
        StringBuilder html = new StringBuilder("<html><body><div class='guide'>");
        for (String item : List.of("Lighthouse walk", "Harbour museum", "Seal colony boat trip")) {
            html.append("<div class='item'><h2><a href='https://example.org/").append(item.length()).append("'>")
                    .append(item).append("</a></h2><p>One of the best ways to spend a morning by the sea, with views of")
                    .append(" the whole bay, a cafe at the end and room for children to run about safely.</p></div>");
        }
        html.append("</div></body></html>");

        List<String> p = paragraphs(html.toString());

        assertThat(p).filteredOn(x -> x.startsWith("One of the best ways")).hasSize(3);
    }

    @Test
    void oldTableLayoutWithLineBreaksKeepsItsParagraphs() {
        List<String> p = paragraphs(HtmlFixtures.text("table-layout.html"));

        assertThat(p).contains("Next year's fete will be held on the second Saturday of July, as usual.");
        assertThat(p).anySatisfy(x -> assertThat(x).startsWith("The summer fete on the green raised"));
        assertThat(String.join(" ", p)).doesNotContain("Contact");
    }

    @Test
    void quotationsInsideTheArticleAreKeptWhateverTheirWrapperIsCalled() {
        List<String> p = paragraphs(HtmlFixtures.text("embedded-post.html"));

        assertThat(p).hasSize(4).element(2).asString().startsWith("The weekend strike is off.");
    }

    @Test
    void headlineRepeatedAtTheTopOfTheBodyIsDroppedEvenWithoutTheSiteName() {
        String html = "<html><body><div><h2>Ferry returns after repairs</h2>"
                + "<p>The ferry sailed again on Saturday, six weeks after a storm damaged its landing ramp at the quay.</p>"
                + "<p>Engineers rebuilt the ramp during February, the harbour board said in a statement on Friday.</p>"
                + "</div></body></html>";

        List<String> p = new MainTextExtractor().extract(Jsoup.parse(html), "Ferry returns after repairs | The Ledger")
                .paragraphs();

        assertThat(p).hasSize(2).first().asString().startsWith("The ferry sailed again");
    }

    @Test
    void doubleLineBreaksSeparateParagraphs() {
        String html = "<html><body><div class='entry'>The first paragraph of the story is long enough to count as"
                + " prose for the extractor.<br><br>The second paragraph follows after two line breaks, as on many"
                + " older sites.</div></body></html>";

        assertThat(paragraphs(html)).hasSize(2).last().asString().startsWith("The second paragraph");
    }

    @Test
    void dataTablesBecomeOneLinePerRow() {
        String html = "<html><body><div><p>The standings after the final round of the season are as follows, with"
                + " points for each team.</p><table><tr><td>1</td><td>Harbour Rovers</td><td>61</td></tr>"
                + "<tr><td>2</td><td>Quay United</td><td>58</td></tr></table></div></body></html>";

        assertThat(paragraphs(html)).contains("1 Harbour Rovers 61", "2 Quay United 58");
    }

    @Test
    void unspacedScriptsCountAsProse() {
        String sentence = "先日、港のフェリーが嵐の修理を終えて運航を再開したというニュースを耳にしました。";
        String html = "<html><body><ul class='menu'><li><a href='/a'>ニュース</a></li><li><a href='/b'>スポーツ</a></li></ul>"
                + "<div><p>" + sentence + "</p><p>" + sentence + "</p></div></body></html>";

        assertThat(paragraphs(html)).containsExactly(sentence, sentence);
    }

    @Test
    void pageThatBuildsItsBodyWithScriptsFallsBackToTheJsonLdArticleBody() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"H\","
                + " \"articleBody\": \"First paragraph.\\n\\nSecond paragraph.\"}</script></head>"
                + "<body><div id='app'></div><script>render()</script></body></html>";

        assertThat(paragraphs(html)).containsExactly("First paragraph.", "Second paragraph.");
    }

    @Test
    void pageWithoutBodyTextYieldsNoParagraphs() {
        assertThat(paragraphs("<html><head><title>Empty</title></head><body></body></html>")).isEmpty();
    }

    @Test
    void deepNestingCostsNoStack() {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(100_000));
        html.append("<p>The innermost paragraph, hidden under a hundred thousand divisions, still reads fine.</p>");

        ExtractedPage page = ExtractedPage.extract(html.toString(), null);

        assertThat(page.depth()).isGreaterThan(500);
    }

    @Test
    void extractorLeavesPagesWithoutBodyAlone() {
        assertThat(new MainTextExtractor().extract(Jsoup.parse(""), null).paragraphs()).isEmpty();
    }
}
