package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ConfigException;

class LexiconTest {
    private final Lexicon lexicon = Lexicon.standard();

    @Test
    void knowsTriggerFormsWithTheirLemmas() {
        assertTrue(lexicon.triggers("supplying").contains(new Lexicon.Trigger("Supply", "verb", "supply")));
        assertTrue(lexicon.triggers("sent").stream().anyMatch(t -> t.type().equals("Deployment")));
        assertTrue(lexicon.triggers("sent").stream().anyMatch(t -> t.type().equals("Supply")));
        assertTrue(lexicon.triggers("banana").isEmpty());
    }

    @Test
    void matchesTheLongestPhrase() {
        assertEquals(2, lexicon.forces().matchAt(List.of("military", "workers", "arrived"), 0));
        assertEquals(1, lexicon.items().matchAt(List.of("shells", "and"), 0));
        assertEquals(2, lexicon.cues("hypothetical").matchAt(List.of("plans", "to", "send"), 0));
    }

    @Test
    void knowsPositionWords() {
        assertTrue(lexicon.isPositionHead("minister"));
        assertTrue(lexicon.isPositionModifier("foreign"));
        assertTrue(lexicon.isPortfolio("treasury"));
        assertFalse(lexicon.isPortfolio("general"));
    }

    @Test
    void namesTheFileAndLineOfABadEntry() {
        ConfigException e = assertThrows(ConfigException.class, () -> new Lexicon("/extract/bad/"));
        assertTrue(e.getMessage().contains("/extract/bad/triggers.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("Treaty sign: sign signs"), e.getMessage());
    }

    @Test
    void namesAMissingResource() {
        ConfigException e = assertThrows(ConfigException.class, () -> new Lexicon("/extract/none/"));
        assertTrue(e.getMessage().contains("/extract/none/triggers.txt"), e.getMessage());
    }
}
