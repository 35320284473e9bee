package dev.storyline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BilouLabelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I-PER I-PER O I-LOC B-LOC        | B-PER L-PER O U-LOC U-LOC
            B-ORG I-ORG I-ORG O              | B-ORG I-ORG L-ORG O
            I-MISC I-PER                     | U-MISC U-PER
            O O                              | O O
            """)
    void iobBecomesBilouAndBack(String iob, String bilou) {
        List<String> tags = Arrays.asList(iob.split(" "));
        List<Chunk> chunks = BilouLabels.chunksFromIob(tags);
        String[] encoded = BilouLabels.encode(chunks, tags.size());
        assertThat(encoded).containsExactly(bilou.split(" "));
        assertThat(BilouLabels.decode(encoded)).isEqualTo(chunks);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            B-PER O              | 0 1 PER
            I-LOC L-LOC          | 0 2 LOC
            """)
    void malformedRunsAreClosedWhereTheyBreak(String bilou, String expected) {
        String[] e = expected.split(" ");
        assertThat(BilouLabels.decode(bilou.split(" "))).first()
                .isEqualTo(new Chunk(Integer.parseInt(e[0]), Integer.parseInt(e[1]), e[2]));
    }
}
