package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qids;
import static org.newsgraph.extract.ExtractorChecks.value;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a pronoun ("he", "she", "his") or a phrase such as "the two countries" stands for: only what the article makes
 * clear, one person in view for a pronoun and one pair of states for "the two countries"; otherwise nothing. Each
 * wording was found wrong by probing the full pipeline with short articles of our own.
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

    @Test
    void aVerbAfterAndSharesTheSubjectOfTheVerbBeforeIt() {
        // "A met B and said": A said it, not B, the name nearest before "said"
        Event said = one(article().sentence("Antony Blinken met Wang Yi in Beijing and said the talks were candid.")
                .mention("Antony Blinken", "PER").mention("Wang Yi", "PER").mention("Beijing", "LOC", "Q956"),
                "Statement");
        assertEquals("Antony Blinken", value(said, "speaker"));
        Event backed = one(article().sentence("Ursula von der Leyen met Volodymyr Zelensky and pledged support for "
                + "Ukraine.").mention("Ursula von der Leyen", "PER").mention("Volodymyr Zelensky", "PER")
                .mention("Ukraine", "LOC", "Q212"), "Support");
        assertEquals("Ursula von der Leyen", value(backed, "supporter"));
        // a place visited is no one who meets: "A visited Kyiv and met B" is A's meeting, not Ukraine's
        Event met = one(article().sentence("Mark Rutte visited Kyiv and met Volodymyr Zelensky.")
                .mention("Mark Rutte", "PER").mention("Kyiv", "LOC", "Q1899").mention("Volodymyr Zelensky", "PER"),
                "Meeting");
        assertEquals(Set.of("Mark Rutte", "Volodymyr Zelensky"), ExtractorChecks.values(met, "participant"));
        // through a pronoun too: "He met B and said" is the one person of the sentence before
        Event his = one(article().sentence("Emmanuel Macron arrived in Berlin on Monday.")
                .mention("Emmanuel Macron", "PER").mention("Berlin", "LOC", "Q64")
                .sentence("He met Olaf Scholz and said the talks went well.").mention("Olaf Scholz", "PER"),
                "Statement");
        assertEquals("Emmanuel Macron", value(his, "speaker"));
        // a clause with a subject of its own keeps it
        Event own = one(article().sentence("Antony Blinken met Wang Yi in Beijing, and Wang Yi said the talks were "
                + "candid.").mention("Antony Blinken", "PER").mention("Wang Yi", "PER").mention("Beijing", "LOC", "Q956")
                .mention("Wang Yi", "PER"), "Statement");
        assertEquals("Wang Yi", value(own, "speaker"));
    }

    @Test
    void twoCountriesAreTheStatesTheArticleNamesAsAPair() {
        // "India protested to Beijing" names two states next to "the two countries", but Vietnam and China were the
        // pair before it: the phrase is left unread
        none(article().sentence("Vietnam and China clashed at sea.").mention("Vietnam", "LOC", "Q881")
                .mention("China", "LOC", "Q148")
                .sentence("India protested to Beijing.").mention("India", "LOC", "Q668").mention("Beijing", "LOC", "Q956")
                .sentence("The two countries later signed a border agreement."), "Treaty");
        // a pair written "A and B" is clear even with a third state in its sentence
        Event pact = one(article().sentence("Poland and Lithuania share a border with Belarus.")
                .mention("Poland", "LOC", "Q36").mention("Lithuania", "LOC", "Q37").mention("Belarus", "LOC", "Q184")
                .sentence("The two countries signed a defence pact on Tuesday."), "Treaty");
        assertEquals(Set.of("Q36", "Q37"), qids(pact, "party"));
        // and still the nearest pair wins when it is the only one in view
        Event drills = one(article().sentence("Japan hosted talks with the Philippines.")
                .mention("Japan", "LOC", "Q17").mention("Philippines", "LOC", "Q928")
                .sentence("The two countries signed a defence agreement in Tokyo.").mention("Tokyo", "LOC", "Q1490"),
                "Treaty");
        assertEquals(Set.of("Q17", "Q928"), qids(drills, "party"));
    }
}
