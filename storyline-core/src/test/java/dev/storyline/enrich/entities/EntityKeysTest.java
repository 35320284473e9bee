package dev.storyline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityKeysTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PERSON       | Jeong Kyeong-doo     | person:jeong-kyeong-doo
            PLACE        | South Korea          | place:south-korea
            PLACE        | São Tomé             | place:sao-tome
            ORGANIZATION | Shangri-La Dialogue  | organization:shangri-la-dialogue
            OTHER        | U.S.-made F-35       | other:u-s-made-f-35
            PERSON       | O'Brien              | person:obrien
            ORGANIZATION | Sealy Inc.           | organization:sealy
            ORGANIZATION | Ohio Mattress Co Ltd | organization:ohio-mattress
            ORGANIZATION | Co                   | organization:co
            PERSON       | Kim Co               | person:kim-co
            OTHER        | ...                  | other:unnamed
            """)
    void keyIsTypeAndFoldedName(EntityType type, String name, String key) {
        assertThat(EntityKeys.key(type, name)).isEqualTo(key);
    }
}
