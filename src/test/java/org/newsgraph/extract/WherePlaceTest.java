package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;

import org.junit.jupiter.api.Test;

/**
 * A deployment told in a "where" clause after a place ("..., in X, where Y deployed troops") is in that place; a
 * place named in the clause itself wins, and a "where" that opens no clause of the trigger names no place.
 */
class WherePlaceTest {
    @Test
    void aWhereClauseDeploysInThePlaceBeforeIt() {
        Event e = one(article().sentence("Protests spread in Syria, where Iran deployed 2,000 troops last month.")
                .mention("Syria", "LOC", "Q858").mention("Iran", "LOC", "Q794"), "Deployment");
        assertEquals("Q794", qid(e, "forceOf"));
        assertEquals("Q858", qid(e, "location"));
        Event sent = one(article().sentence("Tension is high in Lithuania, where Germany has sent a brigade.")
                .mention("Lithuania", "LOC", "Q37").mention("Germany", "LOC", "Q183"), "Deployment");
        assertEquals("Q37", qid(sent, "location"));
        Event noComma = one(article().sentence("Fighting went on in Iraq where Turkey deployed 500 soldiers.")
                .mention("Iraq", "LOC", "Q796").mention("Turkey", "LOC", "Q43"), "Deployment");
        assertEquals("Q796", qid(noComma, "location"));
    }

    @Test
    void aPlaceInTheClauseOrNoneBeforeWhereDecides() {
        Event own = one(article().sentence("Unrest grew in Syria, where Iran deployed troops to Aleppo.")
                .mention("Syria", "LOC", "Q858").mention("Iran", "LOC", "Q794").mention("Aleppo", "LOC", "Q41183"),
                "Deployment");
        assertEquals("Q41183", qid(own, "location"));
        Event other = one(article().sentence("Unrest grew in Syria, where talks ended and Iran deployed 2,000 troops.")
                .mention("Syria", "LOC", "Q858").mention("Iran", "LOC", "Q794"), "Deployment");
        assertNull(qid(other, "location"));
        Event notPlace = one(article().sentence("It was a case where Iran deployed 2,000 troops quickly.")
                .mention("Iran", "LOC", "Q794"), "Deployment");
        assertNull(qid(notPlace, "location"));
    }
}
