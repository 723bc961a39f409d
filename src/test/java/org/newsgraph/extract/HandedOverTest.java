package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * Arms handed over to a named side are a supply ("Britain handed over 14 tanks to Ukraine"); handing over a base,
 * prisoners or a suspect, or weapons to no one named (a surrender of arms), is none.
 */
class HandedOverTest {
    @Test
    void goodsHandedOverToANamedSideAreASupply() {
        Event tanks = one(article().sentence("Britain handed over 14 Challenger 2 tanks to Ukraine in March.")
                .mention("Britain", "LOC", "Q145").mention("Ukraine", "LOC", "Q212"), "Supply");
        assertEquals("Q145", qid(tanks, "supplier"));
        assertEquals("Q212", qid(tanks, "recipient"));
        Event jets = one(article().sentence("The first F-16 jets were handed over to Ukraine by Denmark in June.")
                .mention("Ukraine", "LOC", "Q212").mention("Denmark", "LOC", "Q35"), "Supply");
        assertEquals("Q35", qid(jets, "supplier"));
        assertEquals("Q212", qid(jets, "recipient"));
        Event howitzers = one(article().sentence("France is handing Ukraine six Caesar howitzers.")
                .mention("France", "LOC", "Q142").mention("Ukraine", "LOC", "Q212"), "Supply");
        assertEquals("Q212", qid(howitzers, "recipient"));
        assertEquals("howitzers", value(howitzers, "item").replace("Caesar ", "").toLowerCase());
    }

    @Test
    void handingOverPeopleOrPlacesOrSurrenderingArmsIsNone() {
        none(article().sentence("US forces handed over Bagram air base to the Afghan army.")
                .mention("US", "LOC", "Q30").mention("Bagram", "LOC").mention("Afghan", "NORP"), "Supply");
        none(article().sentence("Russia handed over 50 prisoners to Ukraine on Sunday.")
                .mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212"), "Supply");
        none(article().sentence("The rebels handed over their weapons on Friday."), "Supply");
        none(article().sentence("Hamas handed over its weapons in Gaza.").mention("Hamas", "ORG", "Q38799")
                .mention("Gaza", "LOC"), "Supply");
    }
}
