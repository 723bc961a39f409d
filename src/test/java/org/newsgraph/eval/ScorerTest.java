package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static GoldDocument doc(List<GoldEntity> entities, GoldRelation... relations) {
        return new GoldDocument("d", "2025-07-12", null, null, entities, List.of(relations));
    }

    private static GoldEntity e(String type, int start, int end, String qid) {
        return new GoldEntity("x".repeat(end - start), type, start, end, qid);
    }

    @Test
    void entityScoresAreWorkedOutPerTypeExactAndLenient() {
        // gold: PER 0-5, LOC 10-16 (Q1), LOC 20-25 (Q2), NORP 30-37
        GoldDocument gold = doc(List.of(e("PER", 0, 5, null), e("LOC", 10, 16, "Q1"), e("LOC", 20, 25, "Q2"),
                e("NORP", 30, 37, "Q1")));
        // predicted: PER 0-5 exact; LOC 10-16 exact linked right; LOC 19-25 overlaps only; ORG 40-44 spurious;
        // NORP 30-37 exact linked wrong
        GoldDocument pred = doc(List.of(e("PER", 0, 5, null), e("LOC", 10, 16, "Q1"), e("LOC", 19, 25, "Q2"),
                e("ORG", 40, 44, null), e("NORP", 30, 37, "Q9")));
        Scores s = Scorer.score(List.of(gold), List.of(pred));
        assertEquals(new Prf(1, 0, 0), s.entitiesExact().get("PER"));
        assertEquals(new Prf(1, 1, 1), s.entitiesExact().get("LOC"));
        assertEquals(new Prf(0, 1, 0), s.entitiesExact().get("ORG"));
        assertEquals(new Prf(2, 2, 1), s.entitiesExact().get("PER/ORG/LOC"));
        assertEquals(new Prf(3, 2, 1), s.entitiesExact().get("micro"));
        assertEquals(new Prf(2, 0, 0), s.entitiesLenient().get("LOC"));
        // P = 2/4, R = 2/3, F1 = 2PR/(P+R) = 4/7
        assertEquals(4.0 / 7, s.entitiesExact().get("PER/ORG/LOC").f1(), 1e-9);
        // recognised gold-linked mentions: LOC 10-16 and NORP 30-37; one linked right, one wrong
        assertEquals(2, s.linkEvaluable());
        assertEquals(1, s.linkCorrect());
        assertEquals(0.5, s.linkAccuracy(), 1e-9);
        assertEquals(0.5, s.linkPrecision(), 1e-9);
    }

    @Test
    void aRelationCountsWhenEveryGoldArgumentMatches() {
        GoldRelation gold = new GoldRelation("Supply",
                Map.of("supplier", "North Korea", "recipient", "Russia", "item", "ammunition", "share", 0.4),
                Map.of("supplier", "Q423", "recipient", "Q159"), null);
        GoldRelation right = new GoldRelation("Supply",
                Map.of("supplier", "DPRK", "recipient", "Russia", "item", "Ammunition", "share", "0.40"),
                Map.of("supplier", "Q423", "recipient", "Q159"), null);
        GoldRelation wrongShare = new GoldRelation("Supply",
                Map.of("supplier", "North Korea", "recipient", "Russia", "item", "ammunition", "share", 0.3),
                Map.of("supplier", "Q423", "recipient", "Q159"), null);
        GoldRelation wrongQid = new GoldRelation("Supply",
                Map.of("supplier", "North Korea", "recipient", "Russia", "item", "ammunition", "share", 0.4),
                Map.of("supplier", "Q884", "recipient", "Q159"), null);
        assertTrue(Scorer.matches(gold, right));
        assertFalse(Scorer.matches(gold, wrongShare));
        assertFalse(Scorer.matches(gold, wrongQid));
    }

    @Test
    void coreMatchingIgnoresFreeTextLiteralsButNotEntitiesOrNumbers() {
        GoldRelation gold = new GoldRelation("Deployment", Map.of("force_of", "North Korea", "size", 6000L,
                "force_type", "military workers and deminers"), Map.of("force_of", "Q423"), null);
        GoldRelation otherWording = new GoldRelation("Deployment", Map.of("force_of", "North Korea", "size", 6000L,
                "force_type", "personnel"), Map.of("force_of", "Q423"), null);
        GoldRelation otherSize = new GoldRelation("Deployment", Map.of("force_of", "North Korea", "size", 5000L,
                "force_type", "military workers and deminers"), Map.of("force_of", "Q423"), null);
        assertFalse(Scorer.matches(gold, otherWording));
        assertTrue(Scorer.matches(gold, otherWording, Scorer.Literals.IGNORED));
        assertFalse(Scorer.matches(gold, otherSize, Scorer.Literals.IGNORED));
        Scores s = Scorer.score(List.of(doc(List.of(), gold)), List.of(doc(List.of(), otherWording)));
        assertEquals(new Prf(0, 1, 1), s.relations().get("Deployment"));
        assertEquals(new Prf(1, 0, 0), s.relationsCore().get("Deployment"));
    }

    @Test
    void overlapMatchingComparesPhrasesByContentWordsAndValuesExactly() {
        assertEquals(2.0 / 3, Scorer.contentOverlap("one day (4 April)", "one-day"), 1e-9);
        assertEquals(1.0 / 3, Scorer.contentOverlap("interim agreement on federal budget allocations", "agreement"),
                1e-9);
        assertEquals(0, Scorer.contentOverlap("the visit", "of the"), 1e-9);
        GoldRelation gold = new GoldRelation("Visit", Map.of("visitor", "Ana Ruiz", "destination", "Chile",
                "duration", "two days (5-6 May)", "date", "2016-05"), Map.of("visitor", "Q1", "destination", "Q2"),
                null);
        GoldRelation close = new GoldRelation("Visit", Map.of("visitor", "Ana Ruiz", "destination", "Chile",
                "duration", "two-day", "date", "2016-05"), Map.of("visitor", "Q1", "destination", "Q2"), null);
        GoldRelation vagueDate = new GoldRelation("Visit", Map.of("visitor", "Ana Ruiz", "destination", "Chile",
                "duration", "two-day", "date", "2016"), Map.of("visitor", "Q1", "destination", "Q2"), null);
        GoldRelation unrelated = new GoldRelation("Visit", Map.of("visitor", "Ana Ruiz", "destination", "Chile",
                "duration", "a week", "date", "2016-05"), Map.of("visitor", "Q1", "destination", "Q2"), null);
        assertFalse(Scorer.matches(gold, close));
        assertTrue(Scorer.matches(gold, close, Scorer.Literals.OVERLAP));
        assertFalse(Scorer.matches(gold, vagueDate, Scorer.Literals.OVERLAP));
        assertFalse(Scorer.matches(gold, unrelated, Scorer.Literals.OVERLAP));
        assertTrue(Scorer.matches(gold, unrelated, Scorer.Literals.IGNORED));
        Scores s = Scorer.score(List.of(doc(List.of(), gold)), List.of(doc(List.of(), close)));
        assertEquals(new Prf(0, 1, 1), s.relations().get("Visit"));
        assertEquals(new Prf(1, 0, 0), s.relationsOverlap().get("Visit"));
    }

    @Test
    void anUnlinkedRegionMatchesWithOrWithoutItsAdministrativeWord() {
        GoldRelation gold = new GoldRelation("Deployment", Map.of("force_of", "A", "location", "Kursk"),
                Map.of("force_of", "Q1"), null);
        GoldRelation oblast = new GoldRelation("Deployment", Map.of("force_of", "A", "location", "Kursk Oblast"),
                Map.of("force_of", "Q1", "location", "Q2"), null);
        GoldRelation other = new GoldRelation("Deployment", Map.of("force_of", "A", "location", "Kharkiv Oblast"),
                Map.of("force_of", "Q1", "location", "Q3"), null);
        assertTrue(Scorer.matches(gold, oblast));
        assertFalse(Scorer.matches(gold, other));
    }

    @Test
    void anUnlinkedPersonMatchesAnotherTransliterationOrAShortGivenName() {
        assertTrue(Scorer.sameName("Yuri Petrov", "Yury Petrov"));
        assertTrue(Scorer.sameName("Ben Miller", "Benjamin Miller"));
        assertFalse(Scorer.sameName("Ivan Petrov", "Igor Petrov"));
        assertFalse(Scorer.sameName("Ben Miller", "Benjamin Millar"));
        assertFalse(Scorer.sameName("Petrov", "Yuri Petrov"));
        GoldRelation meeting = new GoldRelation("Meeting", Map.of("participants", List.of("Dmitri Volkov", "A")),
                Map.of("participants", Arrays.asList(null, null)), null);
        GoldRelation spelt = new GoldRelation("Meeting", Map.of("participants", List.of("A", "Dmitry Volkov")),
                Map.of("participants", Arrays.asList(null, "Q7")), null);
        assertTrue(Scorer.matches(meeting, spelt));
        GoldRelation linked = new GoldRelation("Meeting", Map.of("participants", List.of("A", "Dmitry Volkov")),
                Map.of("participants", Arrays.asList(null, "Q8")), null);
        GoldRelation linkedGold = new GoldRelation("Meeting", Map.of("participants", List.of("Dmitri Volkov", "A")),
                Map.of("participants", Arrays.asList("Q7", null)), null);
        assertFalse(Scorer.matches(linkedGold, linked), "two different QIDs never match by name");
    }

    @Test
    void listRolesMatchAsSetsAndUnlinkedNamesByNormalisedText() {
        GoldRelation gold = new GoldRelation("Treaty", Map.of("parties", List.of("Russia", "North Korea")),
                Map.of("parties", Arrays.asList("Q159", null)), null);
        GoldRelation swapped = new GoldRelation("Treaty", Map.of("parties", List.of("the North Korea", "Russia")),
                Map.of("parties", Arrays.asList(null, "Q159")), null);
        GoldRelation extraParty = new GoldRelation("Treaty",
                Map.of("parties", List.of("Russia", "North Korea", "China")), Map.of(), null);
        assertTrue(Scorer.matches(gold, swapped));
        assertFalse(Scorer.matches(gold, extraParty));
    }

    @Test
    void relationScoresCountEachGoldRelationOnce() {
        GoldRelation visit = new GoldRelation("Visit", Map.of("visitor", "A", "destination", "B"), Map.of(), null);
        GoldRelation role = new GoldRelation("Role", Map.of("person", "A", "position", "minister"), Map.of(), null);
        GoldDocument gold = doc(List.of(), visit, role);
        // the visit predicted twice (one right, one duplicate), a meeting that gold lacks, the role missed
        GoldRelation meeting = new GoldRelation("Meeting", Map.of("participants", List.of("A", "C")), Map.of(), null);
        GoldDocument pred = doc(List.of(), visit, visit, meeting);
        Scores s = Scorer.score(List.of(gold), List.of(pred));
        assertEquals(new Prf(1, 1, 0), s.relations().get("Visit"));
        assertEquals(new Prf(0, 0, 1), s.relations().get("Role"));
        assertEquals(new Prf(0, 1, 0), s.relations().get("Meeting"));
        assertEquals(new Prf(1, 2, 1), s.relations().get("micro"));
    }

    @Test
    void goldJsonRoundTrips() {
        GoldDocument d = doc(List.of(e("LOC", 3, 9, "Q1")), new GoldRelation("Treaty",
                Map.of("parties", List.of("A", "B"), "date", "2024"), Map.of("parties", Arrays.asList("Q1", null)),
                "A and B signed."));
        GoldDocument back = GoldJson.parse(readTree(GoldJson.toJson(d)));
        assertEquals(d.entities(), back.entities());
        assertEquals(d.relations().get(0).args(), back.relations().get(0).args());
        assertEquals(d.relations().get(0).qidArgs(), back.relations().get(0).qidArgs());
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void unmatchedListsTheMissedGoldAndTheExtraPredictionsOfOneDocument() {
        GoldRelation visit = new GoldRelation("Visit", Map.of("visitor", "A", "destination", "B"), Map.of(), null);
        GoldRelation role = new GoldRelation("Role", Map.of("person", "A", "position", "foreign minister"), Map.of(),
                null);
        GoldRelation closeRole = new GoldRelation("Role", Map.of("person", "A", "position", "minister"), Map.of(),
                null);
        GoldRelation meeting = new GoldRelation("Meeting", Map.of("participants", List.of("A", "C")), Map.of(), null);
        GoldDocument gold = doc(List.of(), visit, role);
        GoldDocument pred = doc(List.of(), visit, visit, closeRole, meeting);
        Scorer.Unmatched strict = Scorer.unmatched(gold, pred, Scorer.Literals.EXACT);
        assertEquals(List.of(role), strict.missed());
        assertEquals(List.of(visit, closeRole, meeting), strict.extra());
        // "minister" shares one of two content words with "foreign minister": F1 0.67, a match by overlap
        Scorer.Unmatched overlap = Scorer.unmatched(gold, pred, Scorer.Literals.OVERLAP);
        assertEquals(List.of(), overlap.missed());
        assertEquals(List.of(visit, meeting), overlap.extra());
        Scores s = Scorer.score(List.of(gold), List.of(pred));
        assertEquals(new Prf(1, 3, 1), s.relations().get("micro"));
        assertEquals(new Prf(2, 2, 0), s.relationsOverlap().get("micro"));
    }
}
