package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * An event that the side said to have done it denies in the very next sentence ("X said Y attacked Z. Y denied the
 * claim.") is not asserted, a summit named by its body and hosted by a state meets nobody in the passive either ("the
 * NATO summit was hosted by X"), and a Markdown heading's mark is no part of what was said.
 */
class DeniedNextTest {
    @Test
    void anEventItsAgentDeniesInTheNextSentenceIsNone() {
        none(article().sentence("A Kremlin spokesman said Ukraine had attacked the Kremlin with drones.")
                .mention("Kremlin", "ORG").mention("Ukraine", "LOC", "Q212").mention("Kremlin", "ORG")
                .sentence("Kyiv denied the claim.").mention("Kyiv", "LOC", "Q1899"), "Attack");
        none(article().sentence("Officials said Iran sent ballistic missiles to Russia in April.")
                .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159")
                .sentence("Tehran has denied sending missiles.").mention("Tehran", "LOC", "Q3616"), "Supply");
        none(article().sentence("North Korea sent 3,000 troops to Russia, according to reports.")
                .mention("North Korea", "LOC", "Q423").mention("Russia", "LOC", "Q159")
                .sentence("Pyongyang denied it.").mention("Pyongyang", "LOC", "Q18808"), "Deployment");
        // the denial is another side's, or says something else
        one(article().sentence("Iran sent drones to Russia in April.").mention("Iran", "LOC", "Q794")
                .mention("Russia", "LOC", "Q159").sentence("Ukraine denied the report.")
                .mention("Ukraine", "LOC", "Q212"), "Supply");
        one(article().sentence("A hospital in Kyiv was hit by a Russian missile on Monday.").mention("Kyiv", "LOC",
                "Q1899").mention("Russian", "NORP", "Q159").sentence("Russia denied targeting civilians.")
                .mention("Russia", "LOC", "Q159"), "Attack");
        one(article().sentence("Russia moved 90,000 troops to the border with Ukraine in November.")
                .mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212")
                .sentence("Moscow denied any plans to invade.").mention("Moscow", "LOC", "Q649"), "Deployment");
        none(article().sentence("Officials said Iran sent drones to Russia in April.").mention("Iran", "LOC", "Q794")
                .mention("Russia", "LOC", "Q159").sentence("Tehran denied any involvement.")
                .mention("Tehran", "LOC", "Q3616"), "Supply");
        one(article().sentence("Iran sent drones to Russia in April.").mention("Iran", "LOC", "Q794")
                .mention("Russia", "LOC", "Q159").sentence("Tehran confirmed the delivery.")
                .mention("Tehran", "LOC", "Q3616"), "Supply");
    }

    @Test
    void aSummitHostedByAStateInThePassiveMeetsNobody() {
        none(article().sentence("The NATO summit was hosted by the United States in Washington.")
                .mention("NATO", "ORG", "Q7184").mention("United States", "LOC", "Q30")
                .mention("Washington", "LOC", "Q61"), "Meeting");
        one(article().sentence("Volodymyr Zelensky was hosted by Joe Biden in Washington.")
                .mention("Volodymyr Zelensky", "PER").mention("Joe Biden", "PER")
                .mention("Washington", "LOC", "Q61"), "Meeting");
    }

    @Test
    void aHeadingMarkIsNoPartOfWhatWasSaid() {
        Event said = one(article().sentence("# Russia sent troops to Belarus, according to Kyiv")
                .mention("Russia", "LOC", "Q159").mention("Belarus", "LOC", "Q184").mention("Kyiv", "LOC", "Q1899"),
                "Statement");
        assertTrue(value(said, "content").startsWith("Russia"), value(said, "content"));
    }
}
