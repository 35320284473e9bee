package dev.storyline.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            en   | The mayor said that the bridge was closed for repairs and it will open in the spring.
            fr   | Le maire a dit que le pont est fermé pour des travaux et qu'il sera ouvert dans le printemps.
            de   | Der Bürgermeister sagte, dass die Brücke für Reparaturen geschlossen ist und im Frühjahr öffnet.
            es   | El alcalde dijo que el puente está cerrado por obras y que se abrirá en la primavera con los barcos.
            null | 12345 678 90
            """)
    void guessesTheLanguageFromFunctionWords(String expected, String text) {
        assertThat(new LanguageGuess().guess(text)).isEqualTo(expected);
    }
}
