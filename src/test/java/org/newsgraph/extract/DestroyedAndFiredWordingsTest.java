package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * Attacks told by what a weapon destroyed ("a bridge in X was destroyed by a Russian missile"), found missed by probing
 * the full pipeline with sentences of our own; destruction by no weapon or force stays without an attack.
 */
class DestroyedAndFiredWordingsTest {
    @Test
    void aWeaponThatDestroyedSomethingNamesItsAttackerAndThePlace() {
        Event bridge = one(article().sentence("A railway bridge in Kharkiv was destroyed by a Russian missile on "
                + "Monday.").mention("Kharkiv", "LOC", "Q42308").mention("Russian", "NORP"), "Attack");
        assertEquals("Q159", qid(bridge, "attacker"));
        assertEquals("Q42308", qid(bridge, "location"));
        assertNull(value(bridge, "attackTarget"));
        Event depot = one(article().sentence("Ukrainian drones destroyed a fuel depot in Crimea overnight.")
                .mention("Ukrainian", "NORP").mention("Crimea", "LOC", "Q7835"), "Attack");
        assertEquals("Q212", qid(depot, "attacker"));
        assertEquals("Q7835", qid(depot, "location"));
    }

    @Test
    void destructionByNoWeaponOrForceIsNoAttack() {
        none(article().sentence("Hundreds of homes in Valencia were destroyed by floods last week.")
                .mention("Valencia", "LOC", "Q8818"), "Attack");
        none(article().sentence("The fire destroyed a warehouse in Lyon on Sunday.")
                .mention("Lyon", "LOC", "Q456"), "Attack");
        none(article().sentence("Germany destroyed Brazil 7-1 in the semi-final.")
                .mention("Germany", "LOC", "Q183").mention("Brazil", "LOC", "Q155"), "Attack");
        none(article().sentence("Russia denied that its missiles destroyed a hospital in Kyiv.")
                .mention("Russia", "LOC", "Q159").mention("Kyiv", "LOC", "Q1899"), "Attack");
    }
}
