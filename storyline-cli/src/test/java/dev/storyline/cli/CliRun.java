package dev.storyline.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** One run of the {@code storyline} command in this JVM, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code args} with empty standard input. */
    static CliRun of(String... args) {
        return withInput(new byte[0], args);
    }

    /** Runs {@code args} with {@code stdin} as standard input. */
    static synchronized CliRun withInput(byte[] stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin));
            int code = StorylineCli.run(args);
            System.out.flush();
            System.err.flush();
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    /** Standard output's non-empty lines. */
    List<String> outLines() {
        return Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    /** The {@code error: ...} lines of standard error. */
    List<String> errorLines() {
        return Arrays.stream(err.split("\n")).filter(l -> l.startsWith("error: ")).toList();
    }

    /** The last line of standard error: the summary. */
    String summary() {
        String[] lines = err.strip().split("\n");
        return lines[lines.length - 1];
    }
}
