package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.value;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a pronoun ("he", "she", "his") stands for: only what the article makes clear, one person in view; otherwise
 * nothing. Each wording was found wrong by probing the full pipeline with short articles of our own.
 */
class ReferentsTest {
    @Test
    void aPronounAfterTwoPersonsIsLeftUnresolved() {
        // the nearest person before "She" is Kowalski, but either could have spoken: no speaker is made up
        none(article().sentence("Anna Lindqvist met Polish Foreign Minister Jan Kowalski in Warsaw.")
                .mention("Anna Lindqvist", "PER").mention("Polish", "NORP", "Q36").mention("Jan Kowalski", "PER")
                .mention("Warsaw", "LOC", "Q270")
                .sentence("She said the talks were useful."), "Statement");
        none(article().sentence("Emmanuel Macron met Olaf Scholz in Berlin on Monday.")
                .mention("Emmanuel Macron", "PER").mention("Olaf Scholz", "PER").mention("Berlin", "LOC", "Q64")
                .sentence("He said Europe must rearm.").mention("Europe", "LOC", "Q46"), "Statement");
    }

    @Test
    void aPronounAfterOnePersonStandsForThatPerson() {
        Event said = one(article().sentence("Jan Kowalski arrived in Kyiv on Tuesday.")
                .mention("Jan Kowalski", "PER").mention("Kyiv", "LOC", "Q1899")
                .sentence("He said Ukraine needed more air defence.").mention("Ukraine", "LOC", "Q212"), "Statement");
        assertEquals("Jan Kowalski", value(said, "speaker"));
        // the same person named twice is still one person in view
        Event again = one(article().sentence("Mark Rutte met Olaf Scholz in Berlin.").mention("Mark Rutte", "PER")
                .mention("Olaf Scholz", "PER").mention("Berlin", "LOC", "Q64")
                .sentence("Rutte said he would visit Kyiv next week.").mention("Rutte", "PER")
                .mention("Kyiv", "LOC", "Q1899"), "Statement");
        assertEquals("Mark Rutte", value(again, "speaker"));
        // a later sentence without a person keeps the last sentence that named one
        Event later = one(article().sentence("Jan Kowalski arrived in Kyiv on Tuesday.")
                .mention("Jan Kowalski", "PER").mention("Kyiv", "LOC", "Q1899")
                .sentence("The talks lasted three hours.")
                .sentence("He said Ukraine needed more air defence.").mention("Ukraine", "LOC", "Q212"), "Statement");
        assertEquals("Jan Kowalski", value(later, "speaker"));
    }
}
