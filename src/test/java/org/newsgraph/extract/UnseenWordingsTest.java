package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Role, Statement, Support and Sanction on news wordings the rules were not first written for, each found wrong or
 * missed by probing the full pipeline with sentences of our own, with a stated variant that must still give the event.
 */
class UnseenWordingsTest {
    @Nested
    class SanctionStances {
        @Test
        void aSideThatOpposesSupportsOrCallsForSanctionsDoesNotImposeThem() {
            none(article().sentence("Hungary opposed the new sanctions against Iran.")
                    .mention("Hungary", "LOC", "Q28").mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("Finland supports the sanctions against Iran, its foreign minister said.")
                    .mention("Finland", "LOC", "Q33").mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("Germany called for sanctions on Belarus.")
                    .mention("Germany", "LOC", "Q183").mention("Belarus", "LOC", "Q184"), "Sanction");
            Event imposed = one(article().sentence("Hungary imposed new sanctions against Iran.")
                    .mention("Hungary", "LOC", "Q28").mention("Iran", "LOC", "Q794"), "Sanction");
            assertEquals("Q28", qid(imposed, "imposer"));
            Event extended = one(article().sentence("The EU extended its sanctions against Iran for six months.")
                    .mention("EU", "ORG", "Q458").mention("Iran", "LOC", "Q794"), "Sanction");
            assertEquals("Q458", qid(extended, "imposer"));
        }

        @Test
        void sanctionsImposedByASideAreThatSidesNotTheCritics() {
            Event e = one(article().sentence("Sweden condemned the sanctions imposed on Iran by the United States.")
                    .mention("Sweden", "LOC", "Q34").mention("Iran", "LOC", "Q794")
                    .mention("United States", "LOC", "Q30"), "Sanction");
            assertEquals("Q30", qid(e, "imposer"));
            assertEquals("Q794", qid(e, "sanctionTarget"));
            Event owned = one(article().sentence("China criticised the Canadian sanctions against Iran.")
                    .mention("China", "LOC", "Q148").mention("Canadian", "NORP", "Q16").mention("Iran", "LOC", "Q794"),
                    "Sanction");
            assertEquals("Q794", qid(owned, "sanctionTarget"));
            assertEquals("Q16", qid(owned, "imposer"));
        }
    }
}
