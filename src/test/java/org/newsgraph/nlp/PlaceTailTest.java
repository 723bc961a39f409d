package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place name that the name finder cut at its particle, the rest taken for a person ("Mocimboa" + PER "da
 * Praia"), is one place again; after a listed place the person stays ("In Paris" + "de Villepin"). The mentions
 * are given, as the name finder might return them, so the rule is tested apart from the model.
 */
class PlaceTailTest {
    private final NameParticles particles = new NameParticles(Gazetteer.standard());

    /** The sentence's tokens split at spaces (its words carry no punctuation). */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(i, i + w.length(), w, "X"));
            i += w.length() + 1;
        }
        return new Sentence(0, 0, text.length(), text, tokens);
    }

    private List<String> joined(String text, String place, String person) {
        List<Mention> mentions = new ArrayList<>();
        int p = text.indexOf(place);
        mentions.add(new Mention(p, p + place.length(), "LOC", place, 0, 0.9));
        int q = text.indexOf(person);
        mentions.add(new Mention(q, q + person.length(), "PER", person, 0, 0.9));
        return particles.join(text, List.of(sentence(text)), mentions).stream()
                .map(m -> m.type() + " " + m.text()).toList();
    }

    @Test
    void anUnlistedPlaceTakesBackItsTail() {
        assertEquals(List.of("LOC Mocimboa da Praia"),
                joined("Rebels held Mocimboa da Praia for a year", "Mocimboa", "da Praia"));
        assertEquals(List.of("LOC Porto de Galinhas"),
                joined("Tourists left Porto de Galinhas on Monday", "Porto", "de Galinhas"));
    }

    @Test
    void aListedPlaceOrAPersonsOwnParticleKeepsThePerson() {
        assertEquals(List.of("LOC Paris", "PER de Villepin"),
                joined("In Paris de Villepin said the vote was lost", "Paris", "de Villepin"));
        // "von" joins a person's names, never a place's
        assertEquals(List.of("LOC Havel", "PER von Mark"),
                joined("The boats on the Havel von Mark said", "Havel", "von Mark"));
    }
}
