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
 * Attacks told by what a weapon destroyed ("a bridge in X was destroyed by a Russian missile") or by weapons fired or
 * launched at a side ("X fired missiles at Y"), found missed by probing the full pipeline with sentences of our own;
 * destruction by no weapon or force, and firing or launching anything else, stay without an attack.
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

    @Test
    void weaponsFiredOrLaunchedAtASideAttackIt() {
        Event fired = one(article().sentence("Russia fired dozens of cruise missiles at Ukraine on Thursday.")
                .mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212"), "Attack");
        assertEquals("Q159", qid(fired, "attacker"));
        assertEquals("Q212", qid(fired, "attackTarget"));
        Event launched = one(article().sentence("Hezbollah launched rockets at Israel late on Tuesday.")
                .mention("Hezbollah", "ORG", "Q131559").mention("Israel", "LOC", "Q801"), "Attack");
        assertEquals("Q131559", qid(launched, "attacker"));
        assertEquals("Q801", qid(launched, "attackTarget"));
        Event drones = one(article().sentence("Iran launched 40 drones towards Israel, the army said.")
                .mention("Iran", "LOC", "Q794").mention("Israel", "LOC", "Q801"), "Attack");
        assertEquals("Q794", qid(drones, "attacker"));
        assertEquals("Q801", qid(drones, "attackTarget"));
    }

    @Test
    void firingOrLaunchingAnythingButWeaponsAtASideIsNoAttack() {
        none(article().sentence("Germany launched a campaign against Russia's disinformation last year.")
                .mention("Germany", "LOC", "Q183").mention("Russia", "LOC", "Q159"), "Attack");
        none(article().sentence("Japan launched a satellite for Canada on Friday.")
                .mention("Japan", "LOC", "Q17").mention("Canada", "LOC", "Q16"), "Attack");
        none(article().sentence("Boris Johnson fired his adviser at Downing Street in 2020.")
                .mention("Boris Johnson", "PER", "Q180589").mention("Downing Street", "LOC"), "Attack");
        none(article().sentence("Russia denied that it fired missiles at Ukraine.")
                .mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212"), "Attack");
        none(article().sentence("Iran is expected to launch drones at Israel, analysts said.")
                .mention("Iran", "LOC", "Q794").mention("Israel", "LOC", "Q801"), "Attack");
    }

    @Test
    void aPlaceThatCameUnderFireOrAttackFromAStateOrItsWeaponsIsItsTarget() {
        Event fire = one(article().sentence("Ukraine came under fire from Russia along the whole front on Tuesday.")
                .mention("Ukraine", "LOC", "Q212").mention("Russia", "LOC", "Q159"), "Attack");
        assertEquals("Q159", qid(fire, "attacker"));
        assertEquals("Q212", qid(fire, "attackTarget"));
        Event attack = one(article().sentence("Israel came under attack from Iran overnight.")
                .mention("Israel", "LOC", "Q801").mention("Iran", "LOC", "Q794"), "Attack");
        assertEquals("Q794", qid(attack, "attacker"));
        assertEquals("Q801", qid(attack, "attackTarget"));
        Event weapons = one(article().sentence("Kharkiv came under fire from Russian artillery again.")
                .mention("Kharkiv", "LOC", "Q42308").mention("Russian", "NORP"), "Attack");
        assertEquals("Q159", qid(weapons, "attacker"));
        assertEquals("Q42308", qid(weapons, "attackTarget"));
    }

    @Test
    void criticismUnderFireOrAttackIsNoAttack() {
        none(article().sentence("The coach came under fire from fans after the defeat in London.")
                .mention("London", "LOC", "Q84"), "Attack");
        none(article().sentence("Hungary came under fire from Germany over its veto.")
                .mention("Hungary", "LOC", "Q28").mention("Germany", "LOC", "Q183"), "Attack");
        none(article().sentence("Olaf Scholz came under attack from France for his stance.")
                .mention("Olaf Scholz", "PER", "Q61053").mention("France", "LOC", "Q142"), "Attack");
        none(article().sentence("The plan came under attack from the European Commission on Monday.")
                .mention("European Commission", "ORG", "Q8880"), "Attack");
        none(article().sentence("A large fire in Lyon destroyed a warehouse, officials in France said.")
                .mention("Lyon", "LOC", "Q456").mention("France", "LOC", "Q142"), "Attack");
    }

    @Test
    void aNamedSideThatAmbushedAConvoyNearAPlaceAttacksThere() {
        Event ambush = one(article().sentence("Al-Shabaab ambushed a military convoy near Mogadishu on Sunday.")
                .mention("Al-Shabaab", "ORG", "Q294926").mention("Mogadishu", "LOC", "Q2449"), "Attack");
        assertEquals("Q294926", qid(ambush, "attacker"));
        assertEquals("Q2449", qid(ambush, "location"));
        none(article().sentence("Reporters ambushed Boris Johnson outside Downing Street.")
                .mention("Boris Johnson", "PER", "Q180589").mention("Downing Street", "LOC"), "Attack");
    }
}
