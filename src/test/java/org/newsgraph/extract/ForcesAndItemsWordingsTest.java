package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Military goods and forces the lexicons did not know, found by probing the pipeline with sentences of our own: arms
 * beyond the common words (batteries, launchers, interceptors) and police sent abroad, with what must stay no event.
 */
class ForcesAndItemsWordingsTest {
    @Nested
    class MilitaryGoods {
        @Test
        void batteriesLaunchersAndInterceptorsAreSupplied() {
            Event batteries = one(article().sentence("Poland received two Patriot batteries from the United States.")
                    .mention("Poland", "LOC", "Q36").mention("United States", "LOC", "Q30"), "Supply");
            assertEquals("Q30", qid(batteries, "supplier"));
            assertEquals("Q36", qid(batteries, "recipient"));
            assertEquals("batteries", value(batteries, "item"));
            assertEquals("2", value(batteries, "quantity"));
            Event launchers = one(article().sentence("Germany delivered 12 rocket launchers to Ukraine in May.")
                    .mention("Germany", "LOC", "Q183").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("rocket launchers", value(launchers, "item"));
            assertEquals("Q212", qid(launchers, "recipient"));
            Event interceptors = one(article().sentence("France sent interceptors and radars to Poland.")
                    .mention("France", "LOC", "Q142").mention("Poland", "LOC", "Q36"), "Supply");
            assertEquals("interceptors", value(interceptors, "item"));
        }

        @Test
        void aPersonnelCarrierIsGoodsNotAForce() {
            Event e = one(article().sentence("Canada sent 40 armoured personnel carriers to Ukraine.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("armoured personnel carriers", value(e, "item"));
            none(article().sentence("Canada sent 40 armoured personnel carriers to Ukraine.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Deployment");
        }
    }
}
