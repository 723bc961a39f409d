package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;

/**
 * A post written with hyphens ("commander-in-chief", "Secretary-General"), which the tokenizer splits, is kept as
 * written, whole, before or after the name. An article
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

    @Test
    void aHyphenatedTitleBeforeANameIsTheWholeTitle() {
        List<Event> roles = events("NATO Secretary-General Jonas Lindqvist met Polish President Marek Zielinski in "
                + "Warsaw on Monday. Attorney-General Sara Holm said the decree was lawful.", LocalDate.of(2024, 6, 10),
                "Role");
        Event nato = roles.stream().filter(r -> r.first("person").map(Argument::value).orElse("")
                .equals("Jonas Lindqvist")).findFirst().orElseThrow(() -> new AssertionError(roles.toString()));
        assertEquals("Secretary-General", nato.first("position").map(Argument::value).orElse(null));
        assertEquals("NATO", nato.first("affiliation").map(Argument::value).orElse(null));
        Event attorney = roles.stream().filter(r -> r.first("person").map(Argument::value).orElse("")
                .equals("Sara Holm")).findFirst().orElseThrow(() -> new AssertionError(roles.toString()));
        assertEquals("Attorney-General", attorney.first("position").map(Argument::value).orElse(null));
        List<Event> apposed = events("The Attorney-General of Norway, Sara Holm, said the decree was lawful.",
                LocalDate.of(2024, 6, 10), "Role");
        assertEquals(List.of("Attorney-General"), apposed.stream()
                .map(r -> r.first("position").map(Argument::value).orElse("")).toList());
        assertEquals("Norway", apposed.get(0).first("affiliation").map(Argument::value).orElse(null));
    }
}
