package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * Posts taken over from a predecessor ("X replaced Y as foreign minister", "X succeeded Y as president of Z", "X took
 * over from Y as head of Z"): the successor holds the post, the predecessor no longer does; and acting posts given by
 * appointment. Found missed by probing the full pipeline with sentences of our own.
 */
class SuccessionRolesTest {
    @Test
    void theSuccessorHoldsThePostAndThePredecessorNone() {
        Event replaced = one(article().sentence("Anna Berg replaced Lars Holm as foreign minister of Sweden.")
                .mention("Anna Berg", "PER").mention("Lars Holm", "PER").mention("Sweden", "LOC", "Q34"), "Role");
        assertEquals("Anna Berg", value(replaced, "person"));
        assertEquals("foreign minister", value(replaced, "position"));
        assertEquals("Q34", qid(replaced, "affiliation"));
        Event succeeded = one(article().sentence("Ivan Petrov succeeded Oleg Sokolov as president of Belarus.")
                .mention("Ivan Petrov", "PER").mention("Oleg Sokolov", "PER").mention("Belarus", "LOC", "Q184"),
                "Role");
        assertEquals("Ivan Petrov", value(succeeded, "person"));
        assertEquals("Q184", qid(succeeded, "affiliation"));
        Event tookOver = one(article().sentence("Marco Rossi took over from Pietro Bianchi as head of NATO.")
                .mention("Marco Rossi", "PER").mention("Pietro Bianchi", "PER").mention("NATO", "ORG", "Q7184"),
                "Role");
        assertEquals("Marco Rossi", value(tookOver, "person"));
        assertEquals("Q7184", qid(tookOver, "affiliation"));
    }

    @Test
    void aSuccessionStillToComeOrDeniedGivesNoRole() {
        none(article().sentence("Anna Berg is expected to replace Lars Holm as foreign minister of Sweden.")
                .mention("Anna Berg", "PER").mention("Lars Holm", "PER").mention("Sweden", "LOC", "Q34"), "Role");
        none(article().sentence("Anna Berg will succeed Lars Holm as foreign minister of Sweden.")
                .mention("Anna Berg", "PER").mention("Lars Holm", "PER").mention("Sweden", "LOC", "Q34"), "Role");
        none(article().sentence("Anna Berg replaced Lars Holm as captain of the team.")
                .mention("Anna Berg", "PER").mention("Lars Holm", "PER"), "Role");
    }

    @Test
    void anActingPostGivenByAppointmentIsHeld() {
        Event acting = one(article().sentence("Anna Berg was appointed acting defence minister of Sweden on Monday.")
                .mention("Anna Berg", "PER").mention("Sweden", "LOC", "Q34"), "Role");
        assertEquals("Anna Berg", value(acting, "person"));
        assertEquals("Q34", qid(acting, "affiliation"));
    }
}
