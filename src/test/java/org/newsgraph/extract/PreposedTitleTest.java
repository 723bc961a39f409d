package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * A post written before the name and set off by commas: "Poland's ambassador to Canada, Anna Nowak, said ...",
 * "X met Germany's chancellor, Lena Vogel, on Monday". Only an apposition closed by a second comma counts: in
 * "Speaking to the ambassador, Anna Nowak said" the name is the next clause's subject, not the ambassador.
 */
class PreposedTitleTest {
    @Test
    void aPostBeforeTheNameBetweenCommasIsHeld() {
        Event e = one(article().sentence("Poland's ambassador to Canada, Anna Nowak, welcomed the decision.")
                .mention("Poland", "LOC", "Q36").mention("Canada", "LOC", "Q16").mention("Anna Nowak", "PER"),
                "Role");
        assertEquals("Anna Nowak", value(e, "person"));
        assertEquals("ambassador to Canada", value(e, "position"));
        assertEquals("Q36", qid(e, "affiliation"));
        Event object = one(article().sentence("Marco Rossi met Germany's chancellor, Lena Vogel, on Monday.")
                .mention("Marco Rossi", "PER").mention("Germany", "LOC", "Q183").mention("Lena Vogel", "PER"),
                "Role");
        assertEquals("Lena Vogel", value(object, "person"));
        assertEquals("chancellor", value(object, "position"));
        assertEquals("Q183", qid(object, "affiliation"));
        java.util.List<Event> both = ExtractorChecks.events(article().sentence("Marco Rossi thanked Poland's president,"
                + " Anna Nowak, and Germany's chancellor, Lena Vogel, for their help.").mention("Marco Rossi", "PER")
                .mention("Poland", "LOC", "Q36").mention("Anna Nowak", "PER").mention("Germany", "LOC", "Q183")
                .mention("Lena Vogel", "PER"), "Role");
        assertEquals(java.util.Set.of("Anna Nowak", "Lena Vogel"), both.stream().map(r -> value(r, "person"))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aNameThatOpensTheNextClauseHoldsNoPost() {
        none(article().sentence("Speaking to the ambassador, Anna Nowak said the talks were useful.")
                .mention("Anna Nowak", "PER"), "Role");
        none(article().sentence("After meeting the president, Anna Nowak flew to Rome.")
                .mention("Anna Nowak", "PER").mention("Rome", "LOC", "Q220"), "Role");
    }

    @Test
    void aPostThatEndsOrEndedIsNotHeld() {
        none(article().sentence("Poland's former ambassador to Canada, Anna Nowak, welcomed the decision.")
                .mention("Poland", "LOC", "Q36").mention("Canada", "LOC", "Q16").mention("Anna Nowak", "PER"),
                "Role");
        none(article().sentence("Germany's defence minister, Lena Vogel, resigned on Monday.")
                .mention("Germany", "LOC", "Q183").mention("Lena Vogel", "PER"), "Role");
    }
}
