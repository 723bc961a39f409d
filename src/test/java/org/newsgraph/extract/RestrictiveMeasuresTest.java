package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;

import org.junit.jupiter.api.Test;

/**
 * Visa restrictions, travel bans and export controls imposed on a named side are sanctions on it by whoever imposed
 * them. A ban or restriction of no such kind ("a smoking ban"), one only called for or lifted, or one no one imposes
 * in the sentence gives none. A time after the target ("on Iran last week") leaves it the target.
 */
class RestrictiveMeasuresTest {
    @Test
    void aKindOfRestrictiveMeasureImposedOnASideIsASanction() {
        Event travel = one(article().sentence("Canada imposed a travel ban on five Russian officials.")
                .mention("Canada", "LOC", "Q16").mention("Russian", "NORP", "Q159"), "Sanction");
        assertEquals("Q16", qid(travel, "imposer"));
        assertEquals("Q159", qid(travel, "sanctionTarget"));
        Event visa = one(article().sentence("Japan imposed visa restrictions on Iranian officials on Monday.")
                .mention("Japan", "LOC", "Q17").mention("Iranian", "NORP", "Q794"), "Sanction");
        assertEquals("Q17", qid(visa, "imposer"));
        assertEquals("Q794", qid(visa, "sanctionTarget"));
        Event export = one(article().sentence("France slapped new export controls on Iran last week.")
                .mention("France", "LOC", "Q142").mention("Iran", "LOC", "Q794"), "Sanction");
        assertEquals("Q142", qid(export, "imposer"));
        assertEquals("Q794", qid(export, "sanctionTarget"));
    }

    @Test
    void aTimeAfterTheTargetIsNoNounItModifies() {
        Event e = one(article().sentence("The European Union imposed sanctions on Iran last week.")
                .mention("European Union", "ORG", "Q458").mention("Iran", "LOC", "Q794"), "Sanction");
        assertEquals("Q794", qid(e, "sanctionTarget"));
        none(article().sentence("The European Union imposed sanctions on Iranian arms makers.")
                .mention("European Union", "ORG", "Q458").mention("Iranian", "NORP", "Q794"), "Sanction");
    }

    @Test
    void otherBansAndMeasuresNotImposedAreNone() {
        none(article().sentence("Italy imposed a smoking ban on restaurants in Rome.")
                .mention("Italy", "LOC", "Q38").mention("Rome", "LOC", "Q220"), "Sanction");
        none(article().sentence("Poland lifted the travel ban on Ukraine.")
                .mention("Poland", "LOC", "Q36").mention("Ukraine", "LOC", "Q212"), "Sanction");
        none(article().sentence("Germany called for a travel ban on Russian officials.")
                .mention("Germany", "LOC", "Q183").mention("Russian", "NORP", "Q159"), "Sanction");
        none(article().sentence("Germany discussed export controls with Japan.")
                .mention("Germany", "LOC", "Q183").mention("Japan", "LOC", "Q17"), "Sanction");
        none(article().sentence("France has strict export controls on arms.")
                .mention("France", "LOC", "Q142"), "Sanction");
    }
}
