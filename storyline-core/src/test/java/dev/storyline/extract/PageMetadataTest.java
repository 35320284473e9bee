package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMetadataTest {

    @Test
    void readsOpenGraphAndArticleMetaTags() {
        PageMetadata m = PageMetadata.of(Jsoup.parse(HtmlFixtures.text("harbour-article.html")));

        assertThat(m.headline()).isEqualTo("Harbour ferry returns after storm repairs");
        assertThat(m.authors()).as("a profile URL in article:author is not a name").containsExactly("Mira Tallis");
        assertThat(m.published()).isEqualTo("2024-03-02T08:15:00Z");
        assertThat(m.modified()).isEqualTo("2024-03-02T10:00:00Z");
        assertThat(m.url()).isEqualTo("https://ledger.example/news/harbour-ferry-returns");
        assertThat(m.siteName()).isEqualTo("The Coastal Ledger");
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.section()).isEqualTo("Local");
        assertThat(m.description()).startsWith("The ferry between Port Arden");
        assertThat(m.articleBody()).isNull();
    }

    @Test
    void jsonLdInAGraphWinsOverOtherSources() {
        PageMetadata m = PageMetadata.of(Jsoup.parse(HtmlFixtures.text("jsonld-article.html")));

        assertThat(m.headline()).isEqualTo("Orchard growers count the cost of late frost");
        assertThat(m.authors()).containsExactly("Ines Varga", "Tomas Bell");
        assertThat(m.published()).isEqualTo("2023-05-14T06:30:00+02:00");
        assertThat(m.modified()).isEqualTo("2023-05-14T09:00:00+02:00");
        assertThat(m.url()).isEqualTo("https://valley.example/frost");
        assertThat(m.siteName()).isEqualTo("Valley Post");
        assertThat(m.language()).isEqualTo("de");
        assertThat(m.articleBody()).startsWith("A late frost damaged blossom");
    }

    @Test
    void timeElementGivesTheDateWhenNothingElseDoes() {
        PageMetadata m = PageMetadata.of(Jsoup.parse("<html><body><h1>Bridge reopens</h1>"
                + "<time datetime='2022-01-01'>New year</time>"
                + "<time itemprop='datePublished' datetime='2021-12-30T18:00'>30 Dec</time></body></html>"));

        assertThat(m.published()).as("the time marked as datePublished").isEqualTo("2021-12-30T18:00");
        assertThat(m.headline()).as("the h1 when no meta tag names the headline").isEqualTo("Bridge reopens");
    }

    @Test
    void malformedJsonLdIsSkippedAndLenientJsonLdIsRead() {
        PageMetadata m = PageMetadata.of(Jsoup.parse("<html><head>"
                + "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Second\",}</script>"
                + "</head><body></body></html>"));

        assertThat(m.headline()).isEqualTo("Second");
    }

    @Test
    void authorsAsPlainStringsAreRead() {
        PageMetadata m = PageMetadata.of(Jsoup.parse("<script type='application/ld+json'>"
                + "[{\"@type\": \"Article\", \"headline\": \"H\", \"author\": \"Ana Ruiz\"}]</script>"));

        assertThat(m.authors()).containsExactly("Ana Ruiz");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Ferry returns | The Ledger; The Ledger; Ferry returns",
            "Ferry returns - The Ledger; The Ledger; Ferry returns",
            "Ferry returns — The Ledger; The Ledger; Ferry returns",
            "Ferry returns; The Ledger; Ferry returns",
            "The Ledger; The Ledger; The Ledger",
            "The Ledger reports on ferries; The Ledger; The Ledger reports on ferries",
    })
    void headlineLosesTheSiteNameTitlesAppend(String title, String site, String headline) {
        assertThat(PageMetadata.withoutSiteName(title, site)).isEqualTo(headline);
    }

    @Test
    void titleWithSiteNameBecomesACleanHeadline() {
        PageMetadata m = PageMetadata.of(Jsoup.parse("<html><head><title>Bridge reopens | Valley Post</title>"
                + "<meta property='og:site_name' content='Valley Post'></head><body></body></html>"));

        assertThat(m.headline()).isEqualTo("Bridge reopens");
        assertThat(m.siteName()).isEqualTo("Valley Post");
    }

    @ParameterizedTest
    @CsvSource({"en-US, en", "pt_BR, pt", "EN, en", "zh-Hant-TW, zh", "'', ", "english-please, "})
    void languageTagsBecomeIsoCodes(String tag, String code) {
        assertThat(PageMetadata.languageCode(tag)).isEqualTo(code);
    }
}
