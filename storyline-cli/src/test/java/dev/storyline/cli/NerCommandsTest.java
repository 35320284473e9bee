package dev.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline train ner} and {@code storyline eval ner} on a tiny CoNLL file written for this test. */
class NerCommandsTest {

    private static final String CONLL = """
            -DOCSTART- -X- O O

            Kim NNP I-NP I-PER
            Min-ji NNP I-NP I-PER
            flew VBD I-VP O
            to TO I-PP O
            Busan NNP I-NP I-LOC
            with IN I-PP O
            Acme NNP I-NP I-ORG
            Steel NNP I-NP I-ORG
            . . O O

            Lee NNP I-NP I-PER
            visited VBD I-VP O
            Daegu NNP I-NP I-LOC
            . . O O
            """;

    @Test
    void trainsAModelAndScoresItWithPerTypeFiguresAndSpeed(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("tiny.conll");
        Files.writeString(data, CONLL);
        Path model = dir.resolve("tiny.model.gz");

        String trained = run("train", "ner", "--conll", data.toString(), "--out", model.toString(), "--epochs", "3",
                "--min-count", "1");
        assertThat(model).exists();
        assertThat(trained).contains("wrote " + model);

        String report = run("eval", "ner", data.toString(), "--model", model.toString());
        assertThat(report).contains("PER", "LOC", "ORG", "overall", "tokens/s per core");
    }

    private static String run(String... args) {
        CliRun ran = CliRun.of(args);
        assertThat(ran.exitCode()).as("exit code of %s", String.join(" ", args)).isZero();
        return ran.out();
    }
}
