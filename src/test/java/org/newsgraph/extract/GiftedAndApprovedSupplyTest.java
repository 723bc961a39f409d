package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Supplies told as gifts ("X gifted tanks to Y"), found missed by probing the full pipeline with sentences of our own,
 * and sales that were only approved or discussed ("X approved the sale of jets to Y"), which are no delivery yet.
 */
class GiftedAndApprovedSupplyTest {
    @Test
    void goodsGiftedToANamedSideAreASupply() {
        Event gift = one(article().sentence("Norway gifted two air defence systems to Ukraine in March.")
                .mention("Norway", "LOC", "Q20").mention("Ukraine", "LOC", "Q212"), "Supply");
        assertEquals("Q20", qid(gift, "supplier"));
        assertEquals("Q212", qid(gift, "recipient"));
        assertNull(value(gift, "announced"));
    }

    @Test
    void aSaleOnlyApprovedOrDiscussedIsNoDelivery() {
        // an approved sale is kept only as announced (see ApprovedSaleTest)
        List<Event> sale = events(article().sentence("The United States approved the sale of F-16 jets to Turkey "
                + "on Friday.").mention("United States", "LOC", "Q30").mention("Turkey", "LOC", "Q43"), "Supply");
        sale.forEach(e -> assertEquals("true", value(e, "announced"), e.toString()));
        none(article().sentence("The United States discussed the sale of F-16 jets to Turkey on Friday.")
                .mention("United States", "LOC", "Q30").mention("Turkey", "LOC", "Q43"), "Supply");
        none(article().sentence("Greece gifted its support to the plan of Cyprus.")
                .mention("Greece", "LOC", "Q41").mention("Cyprus", "LOC", "Q229"), "Supply");
    }
}
