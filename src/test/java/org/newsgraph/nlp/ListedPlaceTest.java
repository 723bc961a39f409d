package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A one-word listed city or region after a preposition of place ("flew to Baku", "talks in Doha") is a place even
 * where the name finder misses it and the tagger does not call it a proper noun; a capitalised word after such a
 * preposition that is no listed place, or a listed place that starts a longer name, is left alone. Each sentence is a
 * one-sentence article written for this test, so nothing elsewhere in the text can help.
 */
class ListedPlaceTest {
    private static OpenNlpAnnotator nlp;

    @BeforeAll
    static void open() {
        nlp = new OpenNlpAnnotator();
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    private static Map<String, String> names(String sentence) {
        return BareSurnameTest.names(nlp, sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Erdogan flew to Baku on Friday.|Baku",
        "Lula heads to Beijing next week.|Beijing",
        "The envoy arrived in Doha late on Sunday.|Doha",
        "Aid convoys left from Aden at dawn.|Aden",
    })
    void aListedPlaceAfterAPrepositionOfPlaceIsAPlace(String sentence, String place) {
        assertEquals("LOC", names(sentence).get(place), names(sentence).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The minister wrote to Washington Post editors.|Washington",
        "Reading the report, she frowned.|Reading",
    })
    void aListedPlaceThatStartsALongerNameOrASentenceIsNotForcedToBeAPlace(String sentence, String word) {
        assertFalse("LOC".equals(names(sentence).get(word)), names(sentence).toString());
    }
}
