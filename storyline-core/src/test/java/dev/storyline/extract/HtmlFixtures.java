package dev.storyline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the invented HTML pages of {@code src/test/resources/html}. */
final class HtmlFixtures {

    private HtmlFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = HtmlFixtures.class.getResourceAsStream("/html/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture html/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return HtmlCharset.decode(bytes(name), null).text();
    }
}
