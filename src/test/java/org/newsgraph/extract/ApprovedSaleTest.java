package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * A sale or delivery that a state approved ("X approved the sale of jets to Y", "approved a $2 billion arms sale to
 * Y") is a supply still to come, marked announced, with the approving state as supplier: the state itself, its
 * capital, its government, a department named with the state, or a person the sentence gives its office. A sale
 * blocked, rejected or discussed, approved by a body that is no state, or bought rather than sold, is none.
 */
class ApprovedSaleTest {
    @Test
    void aSaleApprovedByAStateIsAnAnnouncedSupplyOfThatState() {
        Event jets = one(article().sentence("The United States approved the sale of F-16 jets to Turkey on Friday.")
                .mention("United States", "LOC", "Q30").mention("Turkey", "LOC", "Q43"), "Supply");
        assertEquals("Q30", qid(jets, "supplier"));
        assertEquals("Q43", qid(jets, "recipient"));
        assertEquals("jets", value(jets, "item"));
        assertEquals("true", value(jets, "announced"));
        Event arms = one(article().sentence("France approved a $2 billion arms sale to India in June.")
                .mention("France", "LOC", "Q142").mention("India", "LOC", "Q668"), "Supply");
        assertEquals("Q142", qid(arms, "supplier"));
        assertEquals("Q668", qid(arms, "recipient"));
        assertEquals("arms", value(arms, "item"));
        assertEquals("2000000000", value(arms, "quantity"));
        assertEquals("true", value(arms, "announced"));
        Event capital = one(article().sentence("Berlin approved the delivery of tanks to Poland.")
                .mention("Berlin", "LOC", "Q64").mention("Poland", "LOC", "Q36"), "Supply");
        assertEquals("Q183", qid(capital, "supplier"));
        assertEquals("true", value(capital, "announced"));
    }

    @Test
    void aGovernmentDepartmentNamedWithItsStateOrAnOfficeHolderApprovesForTheState() {
        Event department = one(article().sentence("The US State Department approved the sale of missiles to "
                + "Japan on Tuesday.").mention("US State Department", "ORG").mention("Japan", "LOC", "Q17"),
                "Supply");
        assertEquals("Q30", qid(department, "supplier"));
        assertEquals("Q17", qid(department, "recipient"));
        assertEquals("true", value(department, "announced"));
        Event president = one(article().sentence("French President Anne Roy approved the sale of helicopters to "
                + "India.").mention("French", "NORP").mention("Anne Roy", "PER").mention("India", "LOC", "Q668"),
                "Supply");
        assertEquals("Q142", qid(president, "supplier"));
        assertEquals("true", value(president, "announced"));
    }

    @Test
    void aSaleBlockedRejectedDiscussedOrApprovedByNoStateIsNoSupply() {
        none(article().sentence("The United States blocked the sale of F-16 jets to Turkey.")
                .mention("United States", "LOC", "Q30").mention("Turkey", "LOC", "Q43"), "Supply");
        none(article().sentence("The United States has not approved the sale of F-16 jets to Turkey.")
                .mention("United States", "LOC", "Q30").mention("Turkey", "LOC", "Q43"), "Supply");
        none(article().sentence("The United States may approve the sale of F-16 jets to Turkey.")
                .mention("United States", "LOC", "Q30").mention("Turkey", "LOC", "Q43"), "Supply");
        none(article().sentence("Turkey accused the United States of approving the sale of jets to Greece.")
                .mention("Turkey", "LOC", "Q43").mention("United States", "LOC", "Q30").mention("Greece", "LOC"),
                "Supply");
        // a department or company with no state named, a legislature: who sells is not told
        none(article().sentence("The State Department approved the sale of missiles to Japan.")
                .mention("State Department", "ORG").mention("Japan", "LOC", "Q17"), "Supply");
        none(article().sentence("Rheinmetall approved the sale of its tanks to Poland.")
                .mention("Rheinmetall", "ORG").mention("Poland", "LOC", "Q36"), "Supply");
        // buying is no selling
        none(article().sentence("India approved the purchase of jets from France.")
                .mention("India", "LOC", "Q668").mention("France", "LOC", "Q142"), "Supply");
    }

    @Test
    void anApprovedAgreementStaysAsItWas() {
        Event treaty = one(article().sentence("Armenia and Azerbaijan approved the peace treaty between Armenia and "
                + "Azerbaijan.").mention("Armenia", "LOC", "Q399").mention("Azerbaijan", "LOC", "Q227")
                .mention("Armenia", "LOC", "Q399").mention("Azerbaijan", "LOC", "Q227"), "Treaty");
        assertEquals(null, value(treaty, "announced"));
    }
}
