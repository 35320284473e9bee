package dev.storyline.source;

import dev.storyline.read.ReadError;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lists the files named on a command line: a file stands for itself, a folder for every file below it, in name
 * order, depth first. Symbolic links are followed; a link that leads back to a folder being walked (a loop) is
 * reported once and skipped. Entries whose name starts with a dot ({@code .git}, {@code .DS_Store}) are skipped
 * inside folders, since they are never articles; a dot file named explicitly is read.
 */
final class FileTree {

    private FileTree() {
    }

    /** The files under {@code roots}, in order; each path that cannot be listed yields one error. */
    static List<Path> list(List<Path> roots, Consumer<ReadError> onError) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                walk(root, new ArrayDeque<>(), files, onError);
            } else if (Files.isRegularFile(root)) {
                files.add(root);
            } else if (Files.exists(root)) {
                onError.accept(new ReadError(root.toString(), null, "not a regular file or folder"));
            } else if (Files.isSymbolicLink(root)) {
                onError.accept(new ReadError(root.toString(), null, "broken symbolic link"));
            } else {
                onError.accept(new ReadError(root.toString(), null, "no such file or folder"));
            }
        }
        return files;
    }

    private static void walk(Path dir, Deque<Path> ancestors, List<Path> files, Consumer<ReadError> onError) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            onError.accept(new ReadError(dir.toString(), null, "cannot resolve the folder: " + describe(e)));
            return;
        }
        if (ancestors.contains(real)) {
            onError.accept(new ReadError(dir.toString(), null,
                    "symbolic link loop: leads back to " + real + "; skipped"));
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path child : s) {
                if (!child.getFileName().toString().startsWith(".")) {
                    children.add(child);
                }
            }
        } catch (IOException | RuntimeException e) {
            onError.accept(new ReadError(dir.toString(), null, "cannot list the folder: " + describe(e)));
            return;
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        ancestors.push(real);
        for (Path child : children) {
            if (Files.isDirectory(child)) {
                walk(child, ancestors, files, onError);
            } else if (Files.isRegularFile(child)) {
                files.add(child);
            } else if (Files.isSymbolicLink(child) && !Files.exists(child)) {
                onError.accept(new ReadError(child.toString(), null, "broken symbolic link"));
            }
            // sockets, pipes and devices inside a folder are not inputs; skip them silently
        }
        ancestors.pop();
    }

    /** A short human reason for an I/O failure. */
    static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
