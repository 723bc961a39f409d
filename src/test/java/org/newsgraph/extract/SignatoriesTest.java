package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qids;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A treaty signed by people: the parties are the states for which they hold a state office that the sentence gives
 * them ("Italian President X"), as the annotation conventions have it (parties are states or organisations, not the
 * people who signed). A signatory the sentence gives no such office is no party, and with one party left there is
 * no treaty.
 */
class SignatoriesTest {
    @Test
    void titledLeadersSignForTheirStates() {
        Event e = one(article().sentence("Polish Prime Minister Jan Kowalczyk and Italian President Marco Bellini signed"
                + " a border treaty in Rome on Tuesday.").mention("Polish", "NORP", "Q36")
                .mention("Jan Kowalczyk", "PER").mention("Italian", "NORP", "Q38").mention("Marco Bellini", "PER")
                .mention("Rome", "LOC", "Q220"), "Treaty");
        assertEquals(Set.of("Q36", "Q38"), qids(e, "party"));
    }

    @Test
    void aStateAndATitledLeaderOfAnotherSign() {
        Event e = one(article().sentence("Canada and Italian President Marco Bellini signed a maritime agreement.")
                .mention("Canada", "LOC", "Q16").mention("Italian", "NORP", "Q38")
                .mention("Marco Bellini", "PER"), "Treaty");
        assertEquals(Set.of("Q16", "Q38"), qids(e, "party"));
    }

    @Test
    void aMinisterSignsForTheStateWhoseMinistryTheTitleNames() {
        Event e = one(article().sentence("German Foreign Minister Lena Vogel signed a fisheries agreement with"
                + " Canada.").mention("German", "NORP", "Q183").mention("Lena Vogel", "PER")
                .mention("Canada", "LOC", "Q16"), "Treaty");
        assertEquals(Set.of("Q183", "Q16"), qids(e, "party"));
    }

    @Test
    void aSignatoryWithoutAStateOfficeIsNoParty() {
        none(article().sentence("Novelist Jan Kowalczyk and Italian President Marco Bellini signed an agreement.")
                .mention("Jan Kowalczyk", "PER").mention("Italian", "NORP", "Q38").mention("Marco Bellini", "PER"),
                "Treaty");
        none(article().sentence("Jan Kowalczyk and Marco Bellini signed an agreement in Rome.")
                .mention("Jan Kowalczyk", "PER").mention("Marco Bellini", "PER").mention("Rome", "LOC", "Q220"), "Treaty");
        // two office holders of one state are one party
        none(article().sentence("Italian President Marco Bellini and Italian Prime Minister Anna Ricci signed an"
                + " agreement.").mention("Italian", "NORP", "Q38").mention("Marco Bellini", "PER")
                .mention("Italian", "NORP", "Q38").mention("Anna Ricci", "PER"), "Treaty");
    }

    @Test
    void aPastOrFutureOfficeSignsForNoState() {
        none(article().sentence("Former Italian President Marco Bellini and Polish Prime Minister Jan Kowalczyk signed"
                + " an agreement.").mention("Italian", "NORP", "Q38").mention("Marco Bellini", "PER")
                .mention("Polish", "NORP", "Q36").mention("Jan Kowalczyk", "PER"), "Treaty");
    }

    /**
     * The ministers' signing told after the treaty's is the same treaty when it names it by its noun alone ("the
     * pact"); a treaty of another name between the same states is another.
     */
    @Test
    void theSigningByMinistersOfATreatyAlreadyToldIsThatTreaty() {
        Event e = one(article().sentence("Poland and Italy signed a defence cooperation agreement on Monday.")
                .mention("Poland", "LOC", "Q36").mention("Italy", "LOC", "Q38")
                .sentence("Polish Foreign Minister Jan Kowalczyk and Italian Defence Minister Anna Ricci signed the"
                        + " pact in Rome.").mention("Polish", "NORP", "Q36").mention("Jan Kowalczyk", "PER")
                .mention("Italian", "NORP", "Q38").mention("Anna Ricci", "PER").mention("Rome", "LOC", "Q220"),
                "Treaty");
        assertEquals(Set.of("Q36", "Q38"), qids(e, "party"));
        assertEquals("defence cooperation agreement", ExtractorChecks.value(e, "treatyName"));
        assertEquals(2, ExtractorChecks.events(article().sentence("Poland and Italy signed a defence cooperation"
                + " agreement on Monday.").mention("Poland", "LOC", "Q36").mention("Italy", "LOC", "Q38")
                .sentence("Polish Foreign Minister Jan Kowalczyk and Italian Defence Minister Anna Ricci also signed a"
                        + " fisheries treaty.").mention("Polish", "NORP", "Q36").mention("Jan Kowalczyk", "PER")
                .mention("Italian", "NORP", "Q38").mention("Anna Ricci", "PER"), "Treaty").size());
    }
}
