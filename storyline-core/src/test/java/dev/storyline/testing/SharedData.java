package dev.storyline.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the public data sets of {@code ../shared/data} for tests and evaluations. Tests that need a data set call
 * {@link #require(String)}, which skips the test with a clear message when the data is absent, so the project
 * builds and tests on a machine without it.
 *
 * <p>The location is the system property {@code storyline.shared} (set by the build to
 * {@code <project root>/../shared}), else {@code ../shared} searched upwards from the working directory.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The {@code shared} folder, or {@code null} when it cannot be found. */
    public static Path root() {
        String prop = System.getProperty("storyline.shared");
        if (prop != null && Files.isDirectory(Paths.get(prop))) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        Path dir = Paths.get("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared");
            if (Files.isDirectory(candidate.resolve("data"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** {@code shared/data/<relative>} if it exists, else {@code null}. */
    public static Path find(String relative) {
        Path root = root();
        if (root == null) {
            return null;
        }
        Path p = root.resolve("data").resolve(relative);
        return Files.exists(p) ? p : null;
    }

    /** {@code shared/<relative>} (e.g. {@code specs/ninjs-schema_3.1.json}) if it exists, else {@code null}. */
    public static Path findShared(String relative) {
        Path root = root();
        if (root == null) {
            return null;
        }
        Path p = root.resolve(relative);
        return Files.exists(p) ? p : null;
    }

    /** {@code shared/data/<relative>}; skips the calling test with a clear message when it is absent. */
    public static Path require(String relative) {
        Path p = find(relative);
        assumeTrue(p != null, () -> "skipped: the data set ../shared/data/" + relative
                + " is absent (set -Dstoryline.shared=DIR to point at a copy)");
        return p;
    }

    /** {@code shared/<relative>}; skips the calling test with a clear message when it is absent. */
    public static Path requireShared(String relative) {
        Path p = findShared(relative);
        assumeTrue(p != null, () -> "skipped: ../shared/" + relative
                + " is absent (set -Dstoryline.shared=DIR to point at a copy)");
        return p;
    }
}
