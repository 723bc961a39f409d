package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;

/**
 * A class or model name joined to its noun by a hyphen ("Halifax-class submarines") is one item: the supplied goods
 * keep the whole compound or leave the class out, never its tail ("class submarines"). Articles written for this
 * test, through the whole pipeline (its tokeniser splits such compounds at the name).
 */
class HyphenatedClassItemTest extends WholePipeline {
    private static List<Event> supplies(String text) {
        return events(text, LocalDate.of(2024, 5, 14), "Supply");
    }

    @Test
    void theTailOfAHyphenatedClassIsNoItem() {
        String[] texts = {
            "Canada will buy Halifax-class submarines from the United States, officials in Ottawa said. The deal was"
                    + " signed on Tuesday.",
            "Britain will also supply Astute-class submarines to Australia. The first boat is due in 2030.",
            "Germany delivered Leopard-type tanks to Ukraine in March, the ministry in Berlin said. More will follow.",
            "France sent two Rubis-class submarines to Poland in May. The navy in Warsaw welcomed them.",
        };
        int items = 0;
        for (String text : texts) {
            for (Event e : supplies(text)) {
                String item = e.first("item").map(Argument::value).orElse(null);
                if (item == null) continue;
                items++;
                assertFalse(item.startsWith("class ") || item.startsWith("type ") || item.startsWith("-"),
                        text + " -> item " + item);
            }
        }
        assertTrue(items >= 2, "the supplies keep their items");
    }
}
