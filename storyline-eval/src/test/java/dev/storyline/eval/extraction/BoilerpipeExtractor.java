package dev.storyline.eval.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.charset.StandardCharsets;

/**
 * Boilerpipe's {@code ArticleExtractor} (Apache-2.0, {@code com.syncthemall:boilerpipe} from Maven Central), for
 * comparison. Test scope only: its xercesImpl dependency would take over the JDK's XML parser factories.
 */
final class BoilerpipeExtractor implements dev.storyline.eval.extraction.ArticleExtractor {

    @Override
    public String name() {
        return "boilerpipe 1.2.2 (Java)";
    }

    @Override
    public String extract(byte[] html, String url) {
        try {
            return ArticleExtractor.INSTANCE.getText(new String(html, StandardCharsets.UTF_8));
        } catch (BoilerpipeProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
