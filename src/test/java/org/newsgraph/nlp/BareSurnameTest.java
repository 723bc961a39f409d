package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.ingest.Article;

/**
 * Issue #4: a person named by a surname alone, in a text that never gives the full name, as the subject before
 * "met"/"signed", the object after a verb or "with", or one half of "X and Y"; and common words that are also
 * surnames ("May", "Jordan", "Rice", "Major") stay what they are. Each sentence is a one-sentence article, so nothing
 * elsewhere in the text can help. The sentences are written for this test and are not in the training corpus.
 */
class BareSurnameTest {
    private static final Set<String> NAME_TYPES = Set.of("PER", "ORG", "LOC", "NORP");
    private static OpenNlpAnnotator nlp;

    @BeforeAll
    static void open() {
        nlp = new OpenNlpAnnotator();
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    /** Name text to type, for the PER, ORG, LOC and NORP mentions of a one-sentence article. */
    static Map<String, String> names(OpenNlpAnnotator nlp, String sentence) {
        Map<String, String> out = new TreeMap<>();
        for (Mention m : nlp.annotate(new Article("t", null, null, null, "en", sentence, "test")).mentions()) {
            if (NAME_TYPES.contains(m.type())) out.put(m.text(), m.type());
        }
        return out;
    }

    private static Map<String, String> names(String sentence) {
        return names(nlp, sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Putin met Kim in Vladivostok on Tuesday.           | Putin | Kim",
        "Erdogan met Putin in Sochi.                        | Erdogan | Putin",
        "Xi and Putin signed a joint statement.             | Xi | Putin",
        "Macron met Scholz in Berlin on Monday.             | Macron | Scholz",
        "Modi signed the deal with Albanese.                | Modi | Albanese",
        "Zelensky thanked Biden for the aid.                | Zelensky | Biden",
        "Orban criticised Tusk over the vote.               | Orban | Tusk",
        "Lula hosted Ramaphosa in Brasilia.                 | Lula | Ramaphosa",
        "Sikorski and Lammy signed a joint declaration.     | Sikorski | Lammy",
        "Ruto called Museveni on Sunday about the pipeline. | Ruto | Museveni",
    })
    void aListedSurnameAloneIsAPersonInEveryPosition(String sentence, String first, String second) {
        Map<String, String> names = names(sentence);
        assertEquals("PER", names.get(first), sentence + " -> " + names);
        assertEquals("PER", names.get(second), sentence + " -> " + names);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jordan and Egypt signed a water deal.",
        "Blinken flew to Jordan on Monday.",
        "King Abdullah of Jordan met Biden in Amman.",
        "Egypt signed a gas agreement with Jordan.",
    })
    void aCountryThatIsAlsoASurnameStaysAPlace(String sentence) {
        Map<String, String> names = names(sentence);
        assertEquals("LOC", names.get("Jordan"), sentence + " -> " + names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The talks will resume in May.                      | May",
        "Sunak met Macron in May to discuss migration.      | May",
        "Rice prices rose sharply in Asia.                  | Rice",
        "Major General Smith visited the base.              | Major",
    })
    void aCommonWordThatIsAlsoASurnameIsNoPerson(String sentence, String word) {
        Map<String, String> names = names(sentence);
        assertFalse("PER".equals(names.get(word)), sentence + " -> " + names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rights groups documented the Assad regime's use of barrel bombs.  | Assad",
        "Exiles in Turkey called for an end to the Asad dictatorship.      | Asad",
        "Critics of the Maduro government were arrested in Caracas.        | Maduro",
        "Officials said the Erdogan administration denied the report.      | Erdogan",
    })
    void aFamilyNameBetweenTheAndARulingWordIsTheLeader(String sentence, String name) {
        Map<String, String> names = names(sentence);
        assertEquals("PER", names.get(name), sentence + " -> " + names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Protesters marched against the Jordan government's fuel prices.   | Jordan | LOC",
        "Investors praised the Wagner group's new contracts in Mali.       | Wagner | ORG",
    })
    void aPlaceOrOrganisationBeforeARulingWordKeepsItsType(String sentence, String name, String type) {
        Map<String, String> names = names(sentence);
        assertEquals(type, names.get(name), sentence + " -> " + names);
    }
}
