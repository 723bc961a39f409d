package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;

/**
 * "The Asad regime's attacks on X": a leader's family name before a ruling word names the leader (in either
 * transliteration the knowledge base knows), and the phrase stands for the leader's state when the article names
 * it. Articles written for this test, through the whole pipeline.
 */
class LeaderRegimeTest extends WholePipeline {
    private static List<Event> attacks(String text) {
        return events(text, LocalDate.of(2019, 3, 2), "Attack");
    }

    @Test
    void theRegimeOfALeaderAttacksAsHisState() {
        for (String name : List.of("Asad", "Assad")) {
            List<Event> found = attacks("Aid workers in Syria described the night of shelling. The envoy condemned the "
                    + name + " regime's renewed attacks on Idlib and Hama on Saturday.");
            assertEquals(2, found.size(), name + ": " + found);
            for (Event e : found) {
                assertEquals("Q858", e.first("attacker").map(Argument::qid).orElse(null), name + ": " + e);
            }
        }
    }

    @Test
    void withoutItsStateNamedTheRegimeStandsForNobody() {
        List<Event> found = attacks("The envoy condemned the Asad regime's renewed attacks on Idlib on Saturday. Aid"
                + " groups said thousands had fled.");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).first("attacker").isEmpty(), found.toString());
    }
}
