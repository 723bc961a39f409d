package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;

import org.junit.jupiter.api.Test;

/**
 * "X's commitment to support Y": the one who owns the undertaking (cues.txt group "undertaking") supports. Another
 * noun before "to support" ("X's refusal to support Y", "X's request to support Y") says nothing of X's support.
 */
class UndertakingSupportTest {
    @Test
    void theOwnerOfACommitmentToSupportSupports() {
        Event e = one(article().sentence("The pact reflects Japan's enduring commitment to support the Philippines.")
                .mention("Japan", "LOC", "Q17").mention("Philippines", "LOC", "Q928"), "Support");
        assertEquals("Q17", qid(e, "supporter"));
        assertEquals("Q928", qid(e, "supported"));
        Event p = one(article().sentence("Norway's pledge to support Sudan was welcomed in Khartoum.")
                .mention("Norway", "LOC", "Q20").mention("Sudan", "LOC", "Q1049").mention("Khartoum", "LOC", "Q1963"),
                "Support");
        assertEquals("Q20", qid(p, "supporter"));
    }

    @Test
    void anotherNounBeforeToSupportMakesNoSupporter() {
        none(article().sentence("The talks stalled over Japan's refusal to support the Philippines.")
                .mention("Japan", "LOC", "Q17").mention("Philippines", "LOC", "Q928"), "Support");
        none(article().sentence("Officials discussed Manila's request to support the Philippines' coast guard.")
                .mention("Manila", "LOC", "Q1461").mention("Philippines", "LOC", "Q928"), "Support");
    }
}
