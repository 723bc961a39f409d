package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * Events that have not happened: named with a word that puts them ahead ("his planned visit", "the upcoming
 * summit": planned gives no event, as "plans to" does; upcoming or forthcoming is announced, as "will" is), due or
 * scheduled in the past ("was due to meet"), or held back by reluctance ("is reluctant to deliver"). Found probing
 * the pipeline with sentences of our own.
 */
class ProspectWordingsTest {
    @Test
    void aPlannedVisitOrMeetingIsNoEventEvenWhenCancelledOrConfirmed() {
        none(article().sentence("Marco Rossi cancelled his planned visit to Poland.")
                .mention("Marco Rossi", "PER").mention("Poland", "LOC", "Q36"), "Visit");
        none(article().sentence("The planned meeting between Marco Rossi and Anna Kowalski in Warsaw was confirmed.")
                .mention("Marco Rossi", "PER").mention("Anna Kowalski", "PER").mention("Warsaw", "LOC", "Q270"),
                "Meeting");
        // what was planned and then done is told by its own verb
        Event done = one(article().sentence("Marco Rossi visited Poland on Monday, as planned.")
                .mention("Marco Rossi", "PER").mention("Poland", "LOC", "Q36"), "Visit");
        assertEquals("Q36", qid(done, "destination"));
    }

    @Test
    void anUpcomingOrForthcomingEventIsAnnounced() {
        Event visit = one(article().sentence("Marco Rossi spoke to reporters ahead of his upcoming visit to Poland.")
                .mention("Marco Rossi", "PER").mention("Poland", "LOC", "Q36"), "Visit");
        assertEquals("true", value(visit, "announced"));
        Event summit = one(article().sentence("The forthcoming summit between Italy and France in Rome drew "
                + "attention.").mention("Italy", "LOC", "Q38").mention("France", "LOC", "Q142")
                .mention("Rome", "LOC", "Q220"), "Meeting");
        assertEquals("true", value(summit, "announced"));
    }

    @Test
    void aSideReluctantOrUnwillingToActHasNotActed() {
        none(article().sentence("Germany is reluctant to deliver missiles to Ukraine.")
                .mention("Germany", "LOC", "Q183").mention("Ukraine", "LOC", "Q212"), "Supply");
        none(article().sentence("Italy remains unwilling to send troops to Poland.")
                .mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36"), "Deployment");
        none(article().sentence("France was hesitant to impose sanctions on Iran.")
                .mention("France", "LOC", "Q142").mention("Iran", "LOC", "Q794"), "Sanction");
        Event e = one(article().sentence("After months of reluctance, Germany delivered missiles to Ukraine.")
                .mention("Germany", "LOC", "Q183").mention("Ukraine", "LOC", "Q212"), "Supply");
        assertEquals("Q212", qid(e, "recipient"));
    }

    @Test
    void whatWasDueOrScheduledInThePastIsNoEvent() {
        none(article().sentence("Marco Rossi was due to meet Anna Kowalski in Warsaw, but the trip was cancelled.")
                .mention("Marco Rossi", "PER").mention("Anna Kowalski", "PER").mention("Warsaw", "LOC", "Q270"),
                "Meeting");
        none(article().sentence("Marco Rossi was scheduled to visit Poland in May.")
                .mention("Marco Rossi", "PER").mention("Poland", "LOC", "Q36"), "Visit");
        none(article().sentence("Italy and France were due to sign the accord in Rome.")
                .mention("Italy", "LOC", "Q38").mention("France", "LOC", "Q142").mention("Rome", "LOC", "Q220"),
                "Treaty");
        // still to come, it is announced
        Event visit = one(article().sentence("Marco Rossi is scheduled to visit Poland in May.")
                .mention("Marco Rossi", "PER").mention("Poland", "LOC", "Q36"), "Visit");
        assertEquals("true", value(visit, "announced"));
    }
}
