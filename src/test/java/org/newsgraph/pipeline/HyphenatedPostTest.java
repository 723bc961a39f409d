package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;

/**
 * A post written with hyphens ("commander-in-chief"), which the tokenizer splits, is kept as written. An article
 * written for this test, through the whole pipeline.
 */
class HyphenatedPostTest extends WholePipeline {
    @Test
    void aHyphenatedPostKeepsItsHyphens() {
        List<Event> roles = events("President Volodymyr Zelensky appointed Oleksandr Syrskyi as commander-in-chief of"
                + " the armed forces on Thursday. Syrskyi replaces a general who led the army for two years.",
                LocalDate.of(2024, 2, 9), "Role");
        assertTrue(roles.stream().anyMatch(r -> r.first("position").map(Argument::value).orElse("")
                .equals("commander-in-chief of the armed forces")), roles.toString());
        assertEquals(0, roles.stream().filter(r -> r.first("position").map(Argument::value).orElse("")
                .contains(" - ")).count(), roles.toString());
    }
}
