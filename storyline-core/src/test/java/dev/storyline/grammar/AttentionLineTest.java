package dev.storyline.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttentionLineTest {

    private final AttentionLine attention = new AttentionLine();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (ATTN: UPDATES with details in paras 3-5; CHANGES headline) | UPDATES with details in paras 3-5; CHANGES headline
            (ATTN: ADDS photo)                                          | ADDS photo
            ATTN: Editors, corrects spelling of name in para 2          | Editors, corrects spelling of name in para 2
            (Attn - RECASTS lead)                                       | RECASTS lead
            """)
    void readsTheEditorsNoteWithoutItsWrapper(String line, String note) {
        assertThat(attention.parse(line)).contains(note);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Attention turned to the harbour.", "SEOUL, May 21 (Yonhap) -- Officials met.", ""})
    void ignoresOtherLines(String line) {
        assertThat(attention.parse(line)).isEmpty();
    }
}
