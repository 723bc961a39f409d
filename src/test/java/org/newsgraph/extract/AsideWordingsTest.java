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
 * A relative clause set off by commas between a subject and its verb ("X, which has denied Y, attacked Z") belongs to
 * the subject: what it says does not cancel the main verb, and it does not hide an armed subject; and an attack by a
 * named side on a vessel, convoy or base the text leaves unnamed happened where it names. Found probing the pipeline
 * with sentences of our own.
 */
class AsideWordingsTest {
    @Nested
    class CuesInAnAside {
        @Test
        void aDenialInsideARelativeAsideDoesNotCancelTheMainVerb() {
            Event e = one(article().sentence("Russia, which has denied targeting civilians, attacked Kyiv on Monday.")
                    .mention("Russia", "LOC", "Q159").mention("Kyiv", "LOC", "Q1899"), "Attack");
            assertEquals("Q159", qid(e, "attacker"));
            assertEquals("Q1899", qid(e, "attackTarget"));
            Event s = one(article().sentence("Iran, which has denied arming Russia, sent missiles to Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159").mention("Syria", "LOC", "Q858"),
                    "Supply");
            assertEquals("Q794", qid(s, "supplier"));
            assertEquals("Q858", qid(s, "recipient"));
        }

        @Test
        void aDenialStillCancelsWhatItGoverns() {
            none(article().sentence("Russia, which denied attacking Kyiv, sent troops to Belarus.")
                    .mention("Russia", "LOC", "Q159").mention("Kyiv", "LOC", "Q1899")
                    .mention("Belarus", "LOC", "Q184"), "Attack");
            none(article().sentence("Russia denied that its forces attacked Kyiv.")
                    .mention("Russia", "LOC", "Q159").mention("Kyiv", "LOC", "Q1899"), "Attack");
            none(article().sentence("Iran, which has denied sending drones to Russia, said it wants peace.")
                    .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159"), "Supply");
        }
    }

    @Nested
    class StatementsInAnAside {
        @Test
        void aStanceInAWhoseClauseSaysNothingOfTheMainClause() {
            Event e = one(article().sentence("Russian troops, whose presence Poland long denied, fought in Kyiv.")
                    .mention("Russian", "NORP", "Q159").mention("Poland", "LOC", "Q36")
                    .mention("Kyiv", "LOC", "Q1899"), "Statement");
            assertEquals("Q36", qid(e, "speaker"));
            org.junit.jupiter.api.Assertions.assertNull(value(e, "content"));
        }
    }

    @Nested
    class ArmedSubjects {
        @Test
        void aForceBeforeARelativeAsideIsTheAttacker() {
            Event e = one(article().sentence("Russian soldiers, who crossed the border overnight, attacked Kyiv.")
                    .mention("Russian", "NORP", "Q159").mention("Kyiv", "LOC", "Q1899"), "Attack");
            assertEquals("Q159", qid(e, "attacker"));
            assertEquals("Q1899", qid(e, "attackTarget"));
        }
    }

    @Nested
    class UnnamedTargets {
        @Test
        void aNamedSideStrikingAVesselOrBaseSomewhereIsAnAttackThere() {
            Event e = one(article().sentence("The Houthis, who control much of Yemen, attacked a tanker in the Gulf "
                    + "of Aden.").mention("Houthis", "ORG").mention("Yemen", "LOC", "Q805")
                    .mention("Gulf of Aden", "LOC", "Q41703"), "Attack");
            assertEquals("Houthis", value(e, "attacker"));
            assertEquals("Q41703", qid(e, "location"));
            Event base = one(article().sentence("Iran struck a military base in Iraq on Sunday.")
                    .mention("Iran", "LOC", "Q794").mention("Iraq", "LOC", "Q796"), "Attack");
            assertEquals("Q794", qid(base, "attacker"));
            assertEquals("Q796", qid(base, "location"));
        }

        @Test
        void wordsAndPlansAttackedSomewhereAreNoAttack() {
            none(article().sentence("Germany attacked the plan in Brussels on Monday.")
                    .mention("Germany", "LOC", "Q183").mention("Brussels", "LOC", "Q239"), "Attack");
            none(article().sentence("The Houthis attacked the agreement in a speech in Sanaa.")
                    .mention("Houthis", "ORG").mention("Sanaa", "LOC", "Q2471"), "Attack");
        }
    }

    @Nested
    class Appositions {
        @Test
        void aPersonBeforeAnAppositionNamingHisPostIsTheSubject() {
            Event visit = one(article().sentence("Marco Rossi, the NATO secretary general, visited Kyiv on Tuesday.")
                    .mention("Marco Rossi", "PER").mention("NATO", "ORG", "Q7184").mention("Kyiv", "LOC", "Q1899"),
                    "Visit");
            assertEquals("Marco Rossi", value(visit, "visitor"));
            Event travel = one(article().sentence("Anna Berg, a senior EU diplomat, travelled to Minsk on Friday.")
                    .mention("Anna Berg", "PER").mention("EU", "ORG", "Q458").mention("Minsk", "LOC", "Q2280"),
                    "Visit");
            assertEquals("Anna Berg", value(travel, "visitor"));
            Event met = one(article().sentence("Marco Rossi, the NATO secretary general, met Anna Kowalski in "
                    + "Warsaw.").mention("Marco Rossi", "PER").mention("NATO", "ORG", "Q7184")
                    .mention("Anna Kowalski", "PER").mention("Warsaw", "LOC", "Q270"), "Meeting");
            assertEquals(java.util.Set.of("Marco Rossi", "Anna Kowalski"), ExtractorChecks.values(met, "participant"));
        }

        @Test
        void aPlaceBeforeAnOpeningPhraseOrAListIsNoSubject() {
            Event met = one(article().sentence("In Warsaw, the Polish capital, Marco Rossi met Anna Kowalski.")
                    .mention("Warsaw", "LOC", "Q270").mention("Polish", "NORP", "Q36").mention("Marco Rossi", "PER")
                    .mention("Anna Kowalski", "PER"), "Meeting");
            assertEquals(java.util.Set.of("Marco Rossi", "Anna Kowalski"), ExtractorChecks.values(met, "participant"));
            none(article().sentence("In Warsaw, the Polish capital, visited by thousands, nothing changed.")
                    .mention("Warsaw", "LOC", "Q270").mention("Polish", "NORP", "Q36"), "Visit");
        }
    }
}
