package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NameTrieTest {
    @Test
    void findsTheLongestListedNameAtAPosition() {
        NameTrie trie = new NameTrie();
        trie.add(new String[] {"Gulf"});
        trie.add(new String[] {"Gulf", "of", "Aden"});
        trie.add(new String[] {"Gulf", "Cooperation", "Council"});
        String[] toks = {"ships", "in", "the", "Gulf", "of", "Aden", "and", "the", "Gulf", "of", "Oman"};
        assertEquals(3, trie.longest(toks, 3));
        assertEquals(1, trie.longest(toks, 8), "a prefix that is no name falls back to the shorter name");
        assertEquals(0, trie.longest(toks, 0));
    }

    @Test
    void matchesStopAtTheEndOfTheSentence() {
        NameTrie trie = new NameTrie();
        trie.add(new String[] {"New", "York", "City"});
        assertEquals(0, trie.longest(new String[] {"in", "New", "York"}, 1));
    }

    @Test
    void anEmptyNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NameTrie().add(new String[0]));
    }
}
