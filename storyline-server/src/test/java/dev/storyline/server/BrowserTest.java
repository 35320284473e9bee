package dev.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.index.SearchRequest;
import dev.storyline.json.Json;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pages in a real headless Chromium: the seed's article page with its related rail, search, a facet, a story,
 * an entity; and articles carrying XSS payloads, posted through the API, whose scripts must never run. Screenshots of
 * each page go to {@code target/screenshots/}. Skipped when Chromium or chromedriver is not installed.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    static TestServer t;
    static WebDriver browser;
    static List<String> xssIds = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: needs /usr/bin/chromium and /usr/bin/chromedriver (Debian packages chromium, chromium-driver;"
                        + " .ci/run installs them)");
        t = TestServer.start(data);
        try (Stream<Path> files = Files.list(TestServer.resource("xss"))) {
            for (Path f : files.sorted().toList()) {
                String type = f.toString().endsWith(".html") ? "text/html" : f.toString().endsWith(".json")
                        ? "application/json" : "text/plain";
                HttpResponse<String> r = t.post("/api/articles?name=" + f.getFileName(), Files.readAllBytes(f), type,
                        TestServer.TOKEN);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                Json.mapper().readTree(r.body()).get("ids").forEach(id -> xssIds.add(id.asText()));
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1500");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (t != null) {
            t.close();
        }
    }

    static void open(String path) {
        browser.get(t.url(path));
    }

    static void screenshot(String name) throws Exception {
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The seed article (or, without ../shared, the fixture story on the same subject). */
    static String seedId() {
        String q = TestServer.seedStory() != null ? "headline:(pushing defense ministers talks)"
                : "headline:(defense chiefs singapore)";
        return t.index.search(SearchRequest.of(q)).hits().get(0).id();
    }

    @Test
    void seedArticlePageShowsTheStoryAndARelatedRailThatSaysWhy() throws Exception {
        open("/articles/" + seedId());
        screenshot("article-seed");
        assertThat(browser.findElement(By.tagName("h1")).getText()).containsIgnoringCase("defense");
        assertThat(browser.findElements(By.cssSelector(".story .body p")).size()).isGreaterThan(2);
        assertThat(browser.findElement(By.cssSelector(".dateline")).getText()).contains("SEOUL");
        List<WebElement> related = browser.findElements(By.cssSelector("aside.rail .related li.related-item"));
        assertThat(related).isNotEmpty();
        for (WebElement item : related) {
            assertThat(item.findElement(By.tagName("a")).getText()).isNotBlank();
            assertThat(item.findElement(By.cssSelector(".why")).getText()).startsWith("Why: ").hasSizeGreaterThan(8);
        }
        assertThat(related.stream().map(WebElement::getText)).anyMatch(s -> s.contains("Singapore")
                || s.contains("China, S. Korea"));
        WebElement entity = browser.findElement(By.cssSelector("section.entities a[href^='/entities/']"));
        String name = entity.getText();
        entity.click();
        screenshot("entity");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(browser.findElements(By.cssSelector("ul.hits li"))).isNotEmpty();
    }

    @Test
    void searchFromTheHomePageShowsSnippetsAndAFacetNarrowsIt() throws Exception {
        open("/");
        screenshot("home");
        assertThat(browser.findElements(By.cssSelector("ul.hits li"))).hasSizeGreaterThanOrEqualTo(5);
        WebElement box = browser.findElement(By.cssSelector("header.site input[name=q]"));
        box.sendKeys("defense");
        box.submit();
        screenshot("search");
        long before = total();
        assertThat(before).isGreaterThanOrEqualTo(2);
        assertThat(browser.findElements(By.cssSelector(".snippet b"))).isNotEmpty();
        WebElement facet = browser.findElement(By.cssSelector("section.facet[data-dimension=place] li a"));
        String place = facet.getText();
        facet.click();
        screenshot("search-facet");
        assertThat(browser.findElement(By.cssSelector(".results .meta")).getText()).contains("place: " + place);
        assertThat(total()).isLessThanOrEqualTo(before).isGreaterThan(0);
        for (WebElement meta : browser.findElements(By.cssSelector("ol.hits li .meta"))) {
            assertThat(meta.getText()).containsIgnoringCase(place);
        }
    }

    @Test
    void aLaterVersionLinksItsOtherVersionsAndItsStoryTimeline() throws Exception {
        String lead = t.index.search(SearchRequest.of("tag:LEAD AND headline:dock")).hits().get(0).id();
        open("/articles/" + lead);
        screenshot("article-lead");
        assertThat(browser.findElements(By.cssSelector("aside.rail .versions li"))).hasSize(1);
        browser.findElement(By.linkText("timeline")).click();
        screenshot("story");
        List<WebElement> events = browser.findElements(By.cssSelector("ol.timeline li"));
        assertThat(events).hasSize(2);
        assertThat(events.get(0).getText()).containsIgnoringCase("v1");
        assertThat(events.get(1).getText()).containsIgnoringCase("v2").contains("LEAD");
    }

    @Test
    void scriptsInPostedArticlesNeverRun() throws Exception {
        assertThat(xssIds).hasSizeGreaterThanOrEqualTo(3);
        List<String> pages = new ArrayList<>();
        xssIds.forEach(id -> pages.add("/articles/" + id));
        pages.add("/search?q=harborview+OR+harbor+OR+ferry");
        pages.add("/");
        int n = 0;
        for (String page : pages) {
            open(page);
            screenshot("xss-" + n++);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            assertThat(js.executeScript("return typeof window.__pwned")).as(page).isEqualTo("undefined");
            // the payloads set the title to exactly PWNED; the escaped headline may show the word as text
            assertThat(browser.getTitle()).as(page).isNotEqualTo("PWNED").endsWith("· Storyline");
            assertThat(browser.findElements(By.tagName("script"))).as(page).isEmpty();
            assertThat(browser.findElements(By.tagName("iframe"))).as(page).isEmpty();
            assertThat(browser.findElements(By.tagName("svg"))).as(page).isEmpty();
            assertThat(js.executeScript("return document.querySelectorAll('[onload],[onerror],[onmouseover]').length"))
                    .as(page).isEqualTo(0L);
            assertThat(js.executeScript("return document.querySelectorAll('a[href^=\"javascript:\" i]').length"))
                    .as(page).isEqualTo(0L);
        }
        // escaped, not dropped: the wire story's payload reads as text on its page
        open("/articles/" + xssIds.stream().filter(id -> t.index.get(id).orElseThrow().article().headline()
                .contains("<script>")).findFirst().orElseThrow());
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("<script>window.__pwned");
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    }

    private static long total() {
        String meta = browser.findElement(By.cssSelector(".results .meta")).getText();
        return Long.parseLong(meta.replaceAll("^(\\d+).*$", "$1"));
    }
}
