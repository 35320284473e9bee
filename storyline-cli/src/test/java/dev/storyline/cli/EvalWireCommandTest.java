package dev.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.testing.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalWireCommandTest {

    @Test
    void printsPerFieldAccuracyForTheSeed() {
        Path seed = SharedData.require("seed");
        CliRun ran = CliRun.of("eval", "wire", "--seed", seed.toString());
        assertThat(ran.exitCode()).isZero();
        assertThat(ran.out()).contains("Seed stories against their gold annotation")
                .containsPattern("dateline date\\s+1 / 1\\s+100.000%");
    }

    @Test
    void withoutAnyDataFolderItExplainsAndFails() {
        assertThat(StorylineCli.run("eval", "wire")).isEqualTo(2);
        assertThat(StorylineCli.run("eval", "wire", "--seed", "/no/such/folder")).isEqualTo(2);
    }
}
