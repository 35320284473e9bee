package dev.storyline.eval.extraction;

import java.nio.charset.StandardCharsets;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Readability4J (Apache-2.0, a Kotlin port of Mozilla's Readability.js) from Maven Central, for comparison. */
public final class Readability4jExtractor implements ArticleExtractor {

    @Override
    public String name() {
        return "readability4j (Java)";
    }

    @Override
    public String extract(byte[] html, String url) {
        Article article = new Readability4J(url == null ? "" : url, new String(html, StandardCharsets.UTF_8)).parse();
        String text = article.getTextContent();
        return text == null ? "" : text;
    }
}
