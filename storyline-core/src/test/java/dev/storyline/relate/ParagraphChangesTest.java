package dev.storyline.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphChangesTest {

    @Test
    void newLeadAndAddedParagraphAreAddedAndTheOldLeadRemoved() {
        List<String> v1 = List.of("Talks are planned.", "Officials said so.", "More later.");
        List<String> v2 = List.of("Talks will be held on June 1.", "Officials  said so.", "More later.",
                "Japan agreed.");
        ParagraphChanges c = ParagraphChanges.between("v1", v1, "v2", v2);
        assertThat(c.removed()).containsExactly("Talks are planned.");
        assertThat(c.added()).containsExactly("Talks will be held on June 1.", "Japan agreed.");
    }

    @Test
    void rewrappedParagraphsAreNoChange() {
        assertThat(ParagraphChanges.between("a", List.of("One  two\nthree."), "b", List.of("One two three."))
                .isEmpty()).isTrue();
    }
}
