package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.ingest.Article;

/**
 * A person's name that holds lower-case particles ("von der", "bin", "da", "dos") or opens with one ("de Gaulle",
 * "Von der Leyen") is one person mention, whole: not cut to the family name's last word, not split at the particle
 * into two people. A title before the name ("Sheikh", "Crown Prince", "Sir") stays outside it. The same words in
 * ordinary prose ("de facto", "La Paz", "Le Monde", "Van province") make no person. The sentences are written for
 * this test and are not in the training corpus.
 */
class NameParticlesTest {
    private static OpenNlpAnnotator nlp;

    @BeforeAll
    static void open() {
        nlp = new OpenNlpAnnotator();
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    /** The person mentions of an article, in text order. */
    private static List<String> persons(String text) {
        List<String> out = new ArrayList<>();
        for (Mention m : nlp.annotate(new Article("t", null, null, null, "en", text, "test")).mentions()) {
            if (m.type().equals("PER")) out.add(m.text());
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "European Commission President Ursula von der Leyen flew to Kyiv on Friday.     | Ursula von der Leyen",
        "Sheikh Tamim bin Hamad Al Thani, the emir, arrived in Rome on Monday.          | Tamim bin Hamad Al Thani",
        "Crown Prince Mohammed bin Salman received the delegation in Jeddah.            | Mohammed bin Salman",
        "The former coach Mark van Bommel joined the board of the club.                 | Mark van Bommel",
        "Dutch Finance Minister Anouk van der Wiel presented the budget on Tuesday.     | Anouk van der Wiel",
        "The court in Lisbon heard Maria dos Santos on Wednesday.                       | Maria dos Santos",
        "Egyptian President Abdel Fattah el-Sisi opened the canal extension.            | Abdel Fattah el-Sisi",
        "President Luiz Inacio Lula da Silva spoke to reporters in Brasilia.           | Luiz Inacio Lula da Silva",
        "Jordanian Prince Hassan bin Talal opened the conference in Amman.              | Hassan bin Talal",
        "Turkish President Recep Tayyip Erdogan arrived in Baku on Monday.              | Recep Tayyip Erdogan",
        "The ambassador thanked Sir Tobias van den Heuvel for his work.                 | Tobias van den Heuvel",
    })
    void aNameWithParticlesIsOnePersonWithoutItsTitle(String sentence, String name) {
        assertEquals(List.of(name), persons(sentence), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Von der Leyen said the package would be ready in June. Officials agreed.       | Von der Leyen",
        "Officials in Paris said de Gaulle had changed the army for ever.               | de Gaulle",
        "Reporters asked whether von der Leyen would stand again. She did not answer.   | von der Leyen",
        "The crowd cheered when bin Salman arrived at the stadium in Riyadh.            | bin Salman",
        "Later bin Salman flew to Jeddah for talks with the envoys.                    | bin Salman",
        "Then von der Leyen spoke to the farmers outside the building.                  | von der Leyen",
    })
    void aFamilyNameThatOpensWithAParticleKeepsIt(String text, String name) {
        assertEquals(List.of(name), persons(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ursula von der Leyen met the prime minister in Brussels. Von der Leyen said the talks went well.",
        "Charles de Gaulle led France after the war. Historians say de Gaulle distrusted the parties.",
    })
    void aLaterMentionKeepsTheParticlesOfTheFullName(String text) {
        List<String> persons = persons(text);
        assertEquals(2, persons.size(), text + " -> " + persons);
        String full = persons.get(0);
        String later = persons.get(1);
        assertEquals(full.substring(full.indexOf(' ') + 1).toLowerCase(), later.toLowerCase(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The de facto leader of the region signed the decree on Monday.",
        "Ministers held talks in La Paz on Tuesday about the lithium deal.",
        "Le Monde reported that the minister had resigned.",
        "The governor visited Van province after the earthquake.",
        "A van carrying aid crossed the border on Sunday.",
        "Protesters gathered outside the Palacio de la Moneda in Santiago.",
    })
    void particlesInOrdinaryProseMakeNoPerson(String text) {
        assertEquals(List.of(), persons(text), text);
    }

    /** The mentions of one type in an article, in text order. */
    private static List<String> mentions(String text, String type) {
        List<String> out = new ArrayList<>();
        for (Mention m : nlp.annotate(new Article("t", null, null, null, "en", text, "test")).mentions()) {
            if (m.type().equals(type)) out.add(m.text());
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Insurgents attacked the port town of Mocimboa da Praia on Sunday. | Mocimboa da Praia",
    })
    void aPlaceWithAParticleIsOnePlace(String text, String place) {
        assertEquals(List.of(place), mentions(text, "LOC"), text);
    }

    @org.junit.jupiter.api.Test
    void aPlaceBeforeAPersonsParticleStaysAPlace() {
        String text = "Charles de Gaulle returned to France in 1944. In Paris de Gaulle was greeted by crowds.";
        assertEquals(List.of("Charles de Gaulle", "de Gaulle"), persons(text), text);
        assertEquals(List.of("France", "Paris"), mentions(text, "LOC"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Putin met Kim in Vladivostok on Tuesday. | Putin | Kim",
        "Macron met Al Gore in Paris on Monday.   | Macron | Al Gore",
    })
    void twoPeopleSideBySideStayTwo(String text, String first, String second) {
        List<String> persons = persons(text);
        assertEquals(List.of(first, second), persons, text);
        assertFalse(persons.stream().anyMatch(p -> p.contains(first) && p.contains(second)), text);
    }
}
