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
 * The forms of "be" that every rule reads the same way (Grammar.BE): progressive passives ("is being supplied"), a
 * contracted "'s" before "been" or "being" ("X's been sanctioned"), and what they must not accept: an "'s" before a
 * participle is a possessive ("X's sanctioned banks", "X's dismissed aide").
 */
class AuxiliaryWordingsTest {
    @Nested
    class Passives {
        @Test
        void theSubjectOfAPassiveSuppliedWithItemsIsTheRecipient() {
            for (String aux : new String[] {"is being", "has been", "was", "'s been"}) {
                String sep = aux.startsWith("'") ? "" : " ";
                Event e = one(article().sentence("Ukraine" + sep + aux + " supplied with missiles by Germany.")
                        .mention("Ukraine", "LOC", "Q212").mention("Germany", "LOC", "Q183"), "Supply");
                assertEquals("Q183", qid(e, "supplier"), aux);
                assertEquals("Q212", qid(e, "recipient"), aux);
                assertEquals("missiles", value(e, "item"), aux);
            }
            // the goods as the passive's subject: the recipient is the one after "to"
            Event to = one(article().sentence("Shells are being supplied to Ukraine by Germany.")
                    .mention("Ukraine", "LOC", "Q212").mention("Germany", "LOC", "Q183"), "Supply");
            assertEquals("Q212", qid(to, "recipient"));
        }

        @Test
        void aContractedHasBeenBeforeAPassiveKeepsItsSubject() {
            Event e = one(article().sentence("Iran's been sanctioned by the United States.")
                    .mention("Iran", "LOC", "Q794").mention("United States", "LOC", "Q30"), "Sanction");
            assertEquals("Q30", qid(e, "imposer"));
            assertEquals("Q794", qid(e, "sanctionTarget"));
            Event brigade = one(article().sentence("The 3rd Armored Brigade's been deployed to Poland.")
                    .mention("3rd Armored Brigade", "ORG").mention("Poland", "LOC", "Q36"), "Deployment");
            assertEquals("3rd Armored Brigade", value(brigade, "forceOf"));
            assertEquals("Q36", qid(brigade, "location"));
        }

        @Test
        void aPossessiveBeforeAParticipleMakesNoPassive() {
            none(article().sentence("Russia's sanctioned banks were named by the United States.")
                    .mention("Russia", "LOC", "Q159").mention("United States", "LOC", "Q30"), "Sanction");
        }
    }

    @Nested
    class Hedges {
        @Test
        void aTalkOrAttackBeingPlannedOrExpectedHasNotHappened() {
            none(article().sentence("Further talks between Russia and Ukraine are being planned.")
                    .mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212"), "Meeting");
            none(article().sentence("An attack on Ukraine by Russia is being expected.")
                    .mention("Ukraine", "LOC", "Q212").mention("Russia", "LOC", "Q159"), "Attack");
            one(article().sentence("Talks between Russia and Ukraine were held in Turkey.")
                    .mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212")
                    .mention("Turkey", "LOC", "Q43"), "Meeting");
        }
    }

    @Nested
    class Posts {
        @Test
        void aMinisterWhoIsBeingOrHasBeenSackedHoldsNoCurrentPost() {
            none(article().sentence("Defence Minister Ivan Petrov's been sacked.").mention("Ivan Petrov", "PER"),
                    "Role");
            none(article().sentence("Defence Minister Ivan Petrov is being sacked.").mention("Ivan Petrov", "PER"),
                    "Role");
        }

        @Test
        void aPossessiveBeforeARemovingParticipleLeavesThePost() {
            Event e = one(article().sentence("Defence Minister Ivan Petrov's dismissed aide spoke to reporters.")
                    .mention("Ivan Petrov", "PER"), "Role");
            assertEquals("Defence Minister", value(e, "position"));
        }
    }
}
