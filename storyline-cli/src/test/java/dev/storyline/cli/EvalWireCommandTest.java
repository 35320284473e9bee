package dev.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalWireCommandTest {

    @Test
    void printsPerFieldAccuracyForTheSeed() {
        Path seed = SharedData.require("seed");
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = StorylineCli.run("eval", "wire", "--seed", seed.toString());
        } finally {
            System.setOut(original);
        }
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Seed stories against their gold annotation")
                .containsPattern("dateline date\\s+1 / 1\\s+100.000%");
    }

    @Test
    void withoutAnyDataFolderItExplainsAndFails() {
        assertThat(StorylineCli.run("eval", "wire")).isEqualTo(2);
        assertThat(StorylineCli.run("eval", "wire", "--seed", "/no/such/folder")).isEqualTo(2);
    }
}
