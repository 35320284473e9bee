package dev.storyline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option every command that touches the index takes. The default is {@code $STORYLINE_DATA}
 * when set, else {@code ./storyline-data}.
 */
public final class DataFolderOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder holding the index (default: $STORYLINE_DATA, else ./storyline-data).")
    Path data;

    /** The data folder to use. */
    public Path folder() {
        if (data != null) {
            return data;
        }
        String env = System.getenv("STORYLINE_DATA");
        return Path.of(env != null && !env.isBlank() ? env : "storyline-data");
    }
}
