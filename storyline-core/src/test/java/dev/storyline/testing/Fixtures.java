package dev.storyline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the invented test articles under {@code src/test/resources/fixtures/}. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The bytes of {@code fixtures/<relative>}; fails the test when the fixture is missing. */
    public static byte[] bytes(String relative) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + relative)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture fixtures/" + relative);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
