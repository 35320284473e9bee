package dev.storyline.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineTagsTest {

    private final HeadlineTags headlineTags = new HeadlineTags();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Port city opens new ferry line                      | Port city opens new ferry line        |                    | 1
            (LEAD) Port city opens new ferry line               | Port city opens new ferry line        | LEAD               | 2
            (2nd LD) Flood toll rises to 12                     | Flood toll rises to 12                | 2nd LD             | 3
            (3rd LD) Flood toll rises to 14                     | Flood toll rises to 14                | 3rd LD             | 4
            (11th LD) Talks drag on                             | Talks drag on                         | 11th LD            | 12
            (URGENT) Quake strikes off coast                    | Quake strikes off coast               | URGENT             | 1
            (URGENT) (LEAD) Quake strikes off coast             | Quake strikes off coast               | URGENT;LEAD        | 2
            (News Focus) Farmers turn to drones                 | Farmers turn to drones                | News Focus         | 1
            (2nd LD-ALL) Storm makes landfall                   | Storm makes landfall                  | 2nd LD-ALL         | 3
            UPDATE 2-Copper slips on demand worries             | Copper slips on demand worries        | UPDATE 2           | 3
            UPDATE 1-Copper slips                               | Copper slips                          | UPDATE 1           | 2
            RPT-UPDATE 3-Copper slips                           | Copper slips                          | RPT;UPDATE 3       | 4
            CORRECTED-Bank names new chief                      | Bank names new chief                  | CORRECTED          | 1
            (CORRECTED) - BANK NAMES NEW CHIEF                  | BANK NAMES NEW CHIEF                  | CORRECTED          | 1
            Roundup: Rains ease drought in south                | Rains ease drought in south           | Roundup            | 1
            ALLIED-SIGNAL UNIT WINS CONTRACT                    | ALLIED-SIGNAL UNIT WINS CONTRACT      |                    | 1
            Update on the bridge repairs                        | Update on the bridge repairs          |                    | 1
            (Un)happy returns for the fleet                     | (Un)happy returns for the fleet       |                    | 1
            (LEAD)(URGENT) Quake strikes                        | Quake strikes                         | LEAD;URGENT        | 2
            """)
    void splitsTagsFromHeadlines(String printed, String headline, String tags, int version) {
        TaggedHeadline h = headlineTags.parse(printed);
        assertThat(h.headline()).isEqualTo(headline);
        assertThat(h.tags()).isEqualTo(tags == null ? List.of() : Arrays.asList(tags.split(";")));
        assertThat(h.version()).isEqualTo(version);
    }
}
