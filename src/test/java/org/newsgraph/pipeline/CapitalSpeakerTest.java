package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;

/**
 * "Officials in Hanoi said ...": officials in a state's capital speak for the state, which needs the capital in the
 * knowledge base. Articles written for this test, through the whole pipeline.
 */
class CapitalSpeakerTest extends WholePipeline {
    @Test
    void officialsInTheCapitalSpeakForTheState() {
        List<Event> statements = events("Officials in Hanoi said the shipment of rice had reached the port on Monday."
                + " It was the first shipment this year, and more are expected in the coming months.",
                LocalDate.of(2024, 5, 10), "Statement");
        assertEquals(1, statements.size(), statements.toString());
        assertEquals("Q881", statements.get(0).first("speaker").map(Argument::qid).orElse(null),
                statements.toString());
        List<Event> mali = events("Officials in Bamako denied on Sunday that foreign troops had entered the north. The"
                + " government said talks with the rebels would resume next month.", LocalDate.of(2024, 5, 10),
                "Statement");
        assertEquals("Q912", mali.get(0).first("speaker").map(Argument::qid).orElse(null), mali.toString());
    }
}
