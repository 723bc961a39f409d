package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * What ends, is only suspected, or was held before is not asserted as a current or happening fact: a sanction that
 * expired ("the embargo on X expired on Sunday" is no sanction imposed on Sunday), a supply a side is suspected of,
 * forces moved out of a place (a withdrawal, not a deployment), a post written "then-President X", and forces stationed
 * somewhere that "were withdrawn in September" (September is the withdrawal's time, not the stationing's), and talks
 * in an "after" phrase dated by the main clause ("agreed a ceasefire on Tuesday after talks").
 */
class EndsAndSuspicionsTest {
    @Test
    void anExpiredOrLapsedSanctionIsNone() {
        none(article().sentence("A UN arms embargo on Iran expired on Sunday.").mention("UN", "ORG", "Q1065")
                .mention("Iran", "LOC", "Q794"), "Sanction");
        none(article().sentence("The EU sanctions on Belarus lapsed in March.").mention("EU", "ORG", "Q458")
                .mention("Belarus", "LOC", "Q184"), "Sanction");
        none(article().sentence("US sanctions against Iraq have expired.").mention("US", "LOC", "Q30")
                .mention("Iraq", "LOC", "Q796"), "Sanction");
        one(article().sentence("The EU imposed sanctions on Belarus in March.").mention("EU", "ORG", "Q458")
                .mention("Belarus", "LOC", "Q184"), "Sanction");
    }

    @Test
    void aSuspectedSupplyIsNone() {
        none(article().sentence("North Korea is suspected of supplying missiles to Russia.")
                .mention("North Korea", "LOC", "Q423").mention("Russia", "LOC", "Q159"), "Supply");
        none(article().sentence("Iran was suspected of sending drones to Russia.")
                .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159"), "Supply");
        none(article().sentence("Officials suspect that Belarus sent troops to Russia.")
                .mention("Belarus", "LOC", "Q184").mention("Russia", "LOC", "Q159"), "Deployment");
    }

    @Test
    void forcesMovedOutOfAPlaceAreNoDeployment() {
        none(article().sentence("Russia moved its troops out of Kherson on Wednesday.")
                .mention("Russia", "LOC", "Q159").mention("Kherson", "LOC", "Q2045"), "Deployment");
        none(article().sentence("France moved 500 soldiers away from the border with Belarus.")
                .mention("France", "LOC", "Q142").mention("Belarus", "LOC", "Q184"), "Deployment");
        none(article().sentence("Britain sent its troops home from Iraq in 2009.")
                .mention("Britain", "LOC", "Q145").mention("Iraq", "LOC", "Q796"), "Deployment");
        Event moved = one(article().sentence("Russia moved its troops out of Kherson to Crimea on Wednesday.")
                .mention("Russia", "LOC", "Q159").mention("Kherson", "LOC", "Q2045")
                .mention("Crimea", "LOC", "Q7835"), "Deployment");
        assertEquals("Crimea", value(moved, "location"));
    }

    @Test
    void aThenHyphenatedPostIsAPastOne() {
        Event trump = one(article().sentence("Then-President Donald Trump met Kim Jong Un in Singapore.")
                .mention("Donald Trump", "PER").mention("Kim Jong Un", "PER").mention("Singapore", "LOC"), "Role");
        assertTrue(value(trump, "position").toLowerCase().startsWith("then-"), value(trump, "position"));
        Event wallace = one(article().sentence("The plan was approved by then-defence minister Ben Wallace.")
                .mention("Ben Wallace", "PER"), "Role");
        assertTrue(value(wallace, "position").toLowerCase().startsWith("then-"), value(wallace, "position"));
    }

    @Test
    void aTimeOfTheMainVerbDoesNotDateAParticipleBeforeIt() {
        Event stationed = one(article().sentence("US troops stationed in Niger were withdrawn in September.")
                .mention("US", "LOC", "Q30").mention("Niger", "LOC", "Q1032"), "Deployment");
        assertNull(value(stationed, "date"));
        Event based = one(article().sentence("The last French troops based in Niger left on Friday.")
                .mention("French", "NORP", "Q142").mention("Niger", "LOC", "Q1032"), "Deployment");
        assertNull(value(based, "date"));
        Event deployed = one(article().sentence("Russian troops deployed to Belarus were pulled out in June.")
                .mention("Russian", "NORP", "Q159").mention("Belarus", "LOC", "Q184"), "Deployment");
        assertNull(value(deployed, "date"));
        Event dated = one(article().sentence("US troops stationed in Niger in March left in September.")
                .mention("US", "LOC", "Q30").mention("Niger", "LOC", "Q1032"), "Deployment");
        assertEquals("2025-03", value(dated, "date"));
        Event main = one(article().sentence("Russia deployed troops to Belarus in March.")
                .mention("Russia", "LOC", "Q159").mention("Belarus", "LOC", "Q184"), "Deployment");
        assertEquals("2025-03", value(main, "date"));
    }

    @Test
    void aTimeOutsideAnAfterPhraseDoesNotDateTheEventInIt() {
        for (Event talks : ExtractorChecks.events(article().sentence("Israel and Hezbollah agreed a ceasefire on "
                + "Tuesday after talks brokered by the United States.").mention("Israel", "LOC", "Q801")
                .mention("Hezbollah", "ORG", "Q41053").mention("United States", "LOC", "Q30"), "Meeting")) {
            assertNull(value(talks, "date"));   // Tuesday is the agreement's; the talks came before it
        }
        Event after = one(article().sentence("Russia attacked Kherson on Friday after talks with Ukraine in March.")
                .mention("Russia", "LOC", "Q159").mention("Kherson", "LOC", "Q2045")
                .mention("Ukraine", "LOC", "Q212"), "Meeting");
        assertEquals("2025-03", value(after, "date"));
    }
}
