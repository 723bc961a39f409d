package org.newsgraph.extract;

import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;

import org.junit.jupiter.api.Test;

/**
 * An event that a side opposes, refrains from or doubts is not asserted: "X opposed sending weapons to Y", "X refrained
 * from sending troops", "analysts doubt that X supplied drones to Y". The plain report beside each still gives its
 * event.
 */
class StanceWordingsTest {
    @Test
    void anOpposedOrAvoidedEventIsNone() {
        none(article().sentence("Hungary opposed sending weapons to Ukraine.").mention("Hungary", "LOC", "Q28")
                .mention("Ukraine", "LOC", "Q212"), "Supply");
        none(article().sentence("Italy objected to deploying troops to Libya.").mention("Italy", "LOC", "Q38")
                .mention("Libya", "LOC", "Q1016"), "Deployment");
        none(article().sentence("Germany has refrained from sending tanks to Ukraine.")
                .mention("Germany", "LOC", "Q183").mention("Ukraine", "LOC", "Q212"), "Supply");
        one(article().sentence("Hungary sent weapons to Ukraine.").mention("Hungary", "LOC", "Q28")
                .mention("Ukraine", "LOC", "Q212"), "Supply");
    }

    @Test
    void aDoubtedReportIsNone() {
        none(article().sentence("Analysts doubt that China supplied drones to Russia.")
                .mention("China", "LOC", "Q148").mention("Russia", "LOC", "Q159"), "Supply");
        none(article().sentence("Officials doubted whether Iran had sent missiles to Russia.")
                .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159"), "Supply");
        none(article().sentence("Experts are sceptical that Belarus deployed troops to Ukraine's border.")
                .mention("Belarus", "LOC", "Q184").mention("Ukraine", "LOC", "Q212"), "Deployment");
        one(article().sentence("Analysts say that China supplied drones to Russia.")
                .mention("China", "LOC", "Q148").mention("Russia", "LOC", "Q159"), "Supply");
    }
}
