package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * Deliveries taken up again ("X resumed military aid to Y", "resumed arms deliveries to Y", "resumed deliveries of
 * tanks to Y") are a supply from the subject to the named recipient; resuming what one buys or imports, talks, or
 * goods handed to no one named is none.
 */
class ResumedSupplyTest {
    @Test
    void goodsOrTheirDeliveriesResumedToANamedSideAreASupply() {
        Event aid = one(article().sentence("The United States resumed military aid to Ukraine on Friday.")
                .mention("United States", "LOC", "Q30").mention("Ukraine", "LOC", "Q212"), "Supply");
        assertEquals("Q30", qid(aid, "supplier"));
        assertEquals("Q212", qid(aid, "recipient"));
        assertEquals("military aid", value(aid, "item"));
        assertNull(value(aid, "announced"));
        Event arms = one(article().sentence("Germany resumed arms deliveries to Poland last week.")
                .mention("Germany", "LOC", "Q183").mention("Poland", "LOC", "Q36"), "Supply");
        assertEquals("Q183", qid(arms, "supplier"));
        assertEquals("Q36", qid(arms, "recipient"));
        assertEquals("arms", value(arms, "item"));
        Event tanks = one(article().sentence("Germany has resumed its deliveries of tanks to Poland.")
                .mention("Germany", "LOC", "Q183").mention("Poland", "LOC", "Q36"), "Supply");
        assertEquals("tanks", value(tanks, "item"));
        assertEquals("Q36", qid(tanks, "recipient"));
    }

    @Test
    void aResumptionNotMadeOnlyPossibleOrAllegedIsNoSupplyAndOneToComeIsAnnounced() {
        none(article().sentence("Germany has not resumed arms deliveries to Poland.")
                .mention("Germany", "LOC", "Q183").mention("Poland", "LOC", "Q36"), "Supply");
        none(article().sentence("Germany could resume military aid to Poland.")
                .mention("Germany", "LOC", "Q183").mention("Poland", "LOC", "Q36"), "Supply");
        none(article().sentence("Russia accused Germany of resuming arms deliveries to Poland.")
                .mention("Russia", "LOC", "Q159").mention("Germany", "LOC", "Q183").mention("Poland", "LOC", "Q36"),
                "Supply");
        Event later = one(article().sentence("Germany will resume military aid to Poland next month.")
                .mention("Germany", "LOC", "Q183").mention("Poland", "LOC", "Q36"), "Supply");
        assertEquals("true", value(later, "announced"));
    }

    @Test
    void resumingPurchasesImportsOrTalksIsNoSupply() {
        none(article().sentence("China resumed imports from Japan in May.")
                .mention("China", "LOC", "Q148").mention("Japan", "LOC", "Q17"), "Supply");
        none(article().sentence("China resumed oil imports from Iran in May.")
                .mention("China", "LOC", "Q148").mention("Iran", "LOC", "Q794"), "Supply");
        none(article().sentence("India resumed arms purchases from Russia.")
                .mention("India", "LOC", "Q668").mention("Russia", "LOC", "Q159"), "Supply");
        none(article().sentence("Germany resumed military aid talks with Poland.")
                .mention("Germany", "LOC", "Q183").mention("Poland", "LOC", "Q36"), "Supply");
        none(article().sentence("Serbia and Kosovo resumed talks in Brussels.").mention("Serbia", "LOC")
                .mention("Kosovo", "LOC").mention("Brussels", "LOC"), "Supply");
        // no one named gets them
        none(article().sentence("Germany resumed arms deliveries last week.").mention("Germany", "LOC", "Q183"),
                "Supply");
    }
}
