package dev.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.testing.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalTimesAndQuotesCommandTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new StorylineCli());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int code = cl.execute(args);
        return code + "\n" + out;
    }

    @Test
    void evalTimesPrintsExtractionAndValueScoresAndSpeed() {
        Path dir = SharedData.require("tempeval3/TBAQ-cleaned");

        String out = run("eval", "times", dir.toString());

        assertThat(out).startsWith("0\n").contains("value F1", "relaxed F1", "strict F1", "TimeBank", "AQUAINT",
                "expressions/s", "articles/s");
    }

    @Test
    void evalQuotesPrintsRecallSpeakersAndSpeed() {
        Path seed = SharedData.require("seed");

        String out = run("eval", "quotes", seed.toString(), "--repeat", "4");

        assertThat(out).startsWith("0\n").contains("recall 1.000", "speaker accuracy 1.000", "quotes/s", "articles/s");
    }

    @Test
    void evalTimesOnAFolderWithoutTimeMlFailsWithAMessage(@TempDir Path empty) {
        assertThat(run("eval", "times", empty.toString())).startsWith("2\n").contains("no TimeML documents");
    }
}
