package dev.storyline.testing.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Fresh directories for the servers a test starts: under the module's {@code target/test-servers/} when the build
 * runs the tests (so {@code mvn clean} removes what a killed run left, and the logs stay there to read), else under
 * the system's temporary directory.
 */
public final class ScratchDirectories {

    private ScratchDirectories() {}

    /** A new, empty directory whose name starts with {@code prefix}. */
    public static Path create(String prefix) {
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Path parent = Files.createDirectories(target.resolve("test-servers"));
                return Files.createTempDirectory(parent, prefix).toAbsolutePath();
            }
            return Files.createTempDirectory(prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory " + prefix + "*", e);
        }
    }

    /** Deletes {@code dir} and everything under it; a missing directory is already deleted. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
