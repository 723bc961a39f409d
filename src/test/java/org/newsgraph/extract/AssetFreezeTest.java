package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.values;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Freezing a named side's assets, funds or accounts is a sanction on that side by whoever froze them. Freezing
 * anything else ("froze hiring", "the talks were frozen", "froze its aid"), an unnamed holder ("the assets of three
 * banks"), and a freeze denied, lifted or only possible give none.
 */
class AssetFreezeTest {
    @Test
    void theHolderNamedAfterOfOrAsPossessorIsTheTarget() {
        Event of = one(article().sentence("Switzerland froze the assets of Ivan Petrov on Monday.")
                .mention("Switzerland", "LOC", "Q39").mention("Ivan Petrov", "PER"), "Sanction");
        assertEquals("Q39", qid(of, "imposer"));
        assertEquals(Set.of("Ivan Petrov"), values(of, "sanctionTarget"));
        Event possessor = one(article().sentence("Canada has frozen Ivan Petrov's bank accounts.")
                .mention("Canada", "LOC", "Q16").mention("Ivan Petrov", "PER"), "Sanction");
        assertEquals("Q16", qid(possessor, "imposer"));
        assertEquals(Set.of("Ivan Petrov"), values(possessor, "sanctionTarget"));
    }

    @Test
    void coordinatedHoldersAreEachATarget() {
        List<Event> found = events(article().sentence("The European Union froze the funds of Rostek Energy and"
                + " Volga Shipping.").mention("European Union", "ORG", "Q458").mention("Rostek Energy", "ORG")
                .mention("Volga Shipping", "ORG"), "Sanction");
        assertEquals(2, found.size(), found.toString());
        found.forEach(e -> assertEquals("Q458", qid(e, "imposer")));
    }

    @Test
    void aPassiveFreezeNamesItsImposerAfterBy() {
        Event e = one(article().sentence("The assets of Ivan Petrov were frozen by Canada last year.")
                .mention("Ivan Petrov", "PER").mention("Canada", "LOC", "Q16"), "Sanction");
        assertEquals("Q16", qid(e, "imposer"));
        assertEquals(Set.of("Ivan Petrov"), values(e, "sanctionTarget"));
    }

    @Test
    void freezingSomethingOtherThanHoldingsIsNoSanction() {
        none(article().sentence("Poland froze hiring at the Ministry of Finance.").mention("Poland", "LOC", "Q36")
                .mention("Ministry of Finance", "ORG"), "Sanction");
        none(article().sentence("Canada froze its aid to Haiti.").mention("Canada", "LOC", "Q16")
                .mention("Haiti", "LOC"), "Sanction");
        none(article().sentence("Talks between Canada and Haiti were frozen in March.")
                .mention("Canada", "LOC", "Q16").mention("Haiti", "LOC"), "Sanction");
        // the holder is named by no name
        none(article().sentence("Britain froze the assets of three Russian banks.").mention("Britain", "LOC", "Q145")
                .mention("Russian", "NORP", "Q159"), "Sanction");
    }

    @Test
    void aDeniedLiftedOrPossibleFreezeIsNoSanction() {
        none(article().sentence("Switzerland did not freeze the assets of Ivan Petrov.")
                .mention("Switzerland", "LOC", "Q39").mention("Ivan Petrov", "PER"), "Sanction");
        none(article().sentence("Switzerland may freeze the assets of Ivan Petrov.")
                .mention("Switzerland", "LOC", "Q39").mention("Ivan Petrov", "PER"), "Sanction");
        none(article().sentence("Switzerland unfroze the assets of Ivan Petrov.")
                .mention("Switzerland", "LOC", "Q39").mention("Ivan Petrov", "PER"), "Sanction");
    }
}
