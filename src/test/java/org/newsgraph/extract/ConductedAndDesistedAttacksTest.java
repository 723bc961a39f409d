package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;
import static org.newsgraph.extract.ExtractorChecks.values;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Attacks told by a light verb and an attack noun ("X carried out airstrikes on Y"), with an unnamed target at a named
 * place ("strikes against targets in Y": the place is the target), and attacks that a request to stop them presupposes
 * ("urged X to stop its strikes on Y"), each with the threats, refusals and other senses that must stay without one.
 */
class ConductedAndDesistedAttacksTest {
    @Nested
    class LightVerbs {
        @Test
        void aNationalityOnCraftOrAForceThatCarriesOutStrikesNamesTheAttackingState() {
            Event bombers = one(article().sentence("Russian bombers carried out airstrikes on Kharkiv on Monday, the "
                    + "regional governor said.").mention("Russian", "NORP").mention("Kharkiv", "LOC", "Q42308"),
                    "Attack");
            assertEquals("Q159", qid(bombers, "attacker"));
            assertEquals("Kharkiv", value(bombers, "attackTarget"));
            Event aircraft = one(article().sentence("Turkish aircraft conducted two strikes on Kobani overnight.")
                    .mention("Turkish", "NORP").mention("Kobani", "LOC", "Q200606"), "Attack");
            assertEquals("Q43", qid(aircraft, "attacker"));
            assertEquals("Kobani", value(aircraft, "attackTarget"));
            Event army = one(article().sentence("The Iraqi army staged a wave of airstrikes on Fallujah last week.")
                    .mention("Iraqi", "NORP").mention("Fallujah", "LOC", "Q190458"), "Attack");
            assertEquals("Q796", qid(army, "attacker"));
            assertEquals("Fallujah", value(army, "attackTarget"));
        }

        @Test
        void aNamedStateThatMountsStrikesAttacks() {
            Event mounted = one(article().sentence("Iran mounted a series of drone strikes on Erbil on Sunday.")
                    .mention("Iran", "LOC", "Q794").mention("Erbil", "LOC", "Q133161"), "Attack");
            assertEquals("Q794", qid(mounted, "attacker"));
            assertEquals("Erbil", value(mounted, "attackTarget"));
        }

        @Test
        void hackersPlayersAndHeartsAttackNoOne() {
            none(article().sentence("Chinese hackers carried out a cyber attack on networks in Taipei, officials "
                    + "said.").mention("Chinese", "NORP").mention("Taipei", "LOC", "Q1867"), "Attack");
            none(article().sentence("The French minister suffered a heart attack in Paris on Monday.")
                    .mention("French", "NORP").mention("Paris", "LOC", "Q90"), "Attack");
            none(article().sentence("Chinese warships conducted drills near Taipei on Thursday.")
                    .mention("Chinese", "NORP").mention("Taipei", "LOC", "Q1867"), "Attack");
            none(article().sentence("The Italian midfielders mounted an attack on the French goal in the match.")
                    .mention("Italian", "NORP").mention("French", "NORP"), "Attack");
        }
    }

    @Nested
    class UnnamedTargets {
        @Test
        void thePlaceOfUnnamedTargetsIsTheTarget() {
            Event targets = one(article().sentence("Ukrainian aircraft carried out strikes against targets in Donetsk "
                    + "overnight, the air force said.").mention("Ukrainian", "NORP").mention("Donetsk", "LOC"),
                    "Attack");
            assertEquals("Q212", qid(targets, "attacker"));
            assertEquals("Donetsk", value(targets, "attackTarget"));
            Event positions = one(article().sentence("Syrian jets launched airstrikes against insurgent positions in "
                    + "Homs province on Wednesday.").mention("Syrian", "NORP").mention("Homs", "LOC"), "Attack");
            assertEquals("Q858", qid(positions, "attacker"));
            assertEquals("Homs", value(positions, "attackTarget"));
            List<Event> civilians = events(article().sentence("Turkey conducted strikes on fighters and civilians in "
                    + "Kobani and Manbij.").mention("Turkey", "LOC", "Q43").mention("Kobani", "LOC", "Q200606")
                    .mention("Manbij", "LOC", "Q1017212"), "Attack");
            assertEquals(Set.of("Q200606", "Q1017212"),
                    Set.copyOf(civilians.stream().map(e -> values(e, "attackTarget").iterator().next()).toList()));
            civilians.forEach(e -> assertEquals("Q43", qid(e, "attacker")));
            // Manbij was not hit in Kobani
            civilians.forEach(e -> assertEquals(null, value(e, "location")));
        }

        @Test
        void aWeaponThatStrikesUnnamedTargetsAtAPlaceAttacksThePlace() {
            Event jets = one(article().sentence("Russian jets struck rebel positions near Daraa on Friday.")
                    .mention("Russian", "NORP").mention("Daraa", "LOC", "Q238970"), "Attack");
            assertEquals("Q159", qid(jets, "attacker"));
            assertEquals("Q238970", qid(jets, "attackTarget"));
            assertEquals("Q238970", qid(jets, "location"));
            Event refinery = one(article().sentence("Ukrainian drones struck an oil depot in Belgorod.")
                    .mention("Ukrainian", "NORP").mention("Belgorod", "LOC", "Q3141"), "Attack");
            assertEquals("Q3141", qid(refinery, "location"));
            assertEquals(null, value(refinery, "attackTarget"));
        }

        @Test
        void aCountryWhereUnnamedTargetsWereStruckIsNoTarget() {
            none(article().sentence("Russian aircraft carried out strikes against targets in Syria on Monday.")
                    .mention("Russian", "NORP").mention("Syria", "LOC", "Q858"), "Attack");
        }

        @Test
        void aNationalityOnTheForceFoughtIsTheTargetWithThePlaceAsLocation() {
            Event owned = one(article().sentence("Turkish jets carried out airstrikes on Syrian positions in Afrin "
                    + "on Thursday.").mention("Turkish", "NORP").mention("Syrian", "NORP")
                    .mention("Afrin", "LOC", "Q272016"), "Attack");
            assertEquals("Q43", qid(owned, "attacker"));
            assertEquals("Q858", qid(owned, "attackTarget"));
            assertEquals("Q272016", qid(owned, "location"));
        }

        @Test
        void aNamedGroupStaysTheTargetWithThePlaceAsLocation() {
            Event group = one(article().sentence("Iraqi jets carried out airstrikes against Islamic State positions "
                    + "in Mosul on Friday.").mention("Iraqi", "NORP").mention("Islamic State", "ORG", "Q2429253")
                    .mention("Mosul", "LOC", "Q2094"), "Attack");
            assertEquals("Q796", qid(group, "attacker"));
            assertEquals("Q2429253", qid(group, "attackTarget"));
            assertEquals("Q2094", qid(group, "location"));
        }

        @Test
        void unnamedTargetsWithNoAttackerOrNoWeaponGiveNothing() {
            none(article().sentence("Attacks against civilians in Aleppo have risen, the report said.")
                    .mention("Aleppo", "LOC", "Q41183"), "Attack");
            none(article().sentence("Russian hackers carried out attacks on networks in Kyiv.")
                    .mention("Russian", "NORP").mention("Kyiv", "LOC", "Q1899"), "Attack");
        }
    }

    @Nested
    class RequestsToStop {
        @Test
        void aRequestToStopItsStrikesPresupposesTheAttacksOfTheOneAsked() {
            Event stop = one(article().sentence("Germany urged Russia to stop its strikes on Kharkiv.")
                    .mention("Germany", "LOC", "Q183").mention("Russia", "LOC", "Q159")
                    .mention("Kharkiv", "LOC", "Q42308"), "Attack");
            assertEquals("Q159", qid(stop, "attacker"));
            assertEquals("Kharkiv", value(stop, "attackTarget"));
            Event cease = one(article().sentence("The envoy pressed Turkey to cease immediately its airstrikes "
                    + "against civilians in Kobani.").mention("Turkey", "LOC", "Q43")
                    .mention("Kobani", "LOC", "Q200606"), "Attack");
            assertEquals("Q43", qid(cease, "attacker"));
            assertEquals("Kobani", value(cease, "attackTarget"));
            Event halt = one(article().sentence("France called on Iran to halt at once its attacks against "
                    + "positions in Erbil.").mention("France", "LOC", "Q142").mention("Iran", "LOC", "Q794")
                    .mention("Erbil", "LOC", "Q133161"), "Attack");
            assertEquals("Q794", qid(halt, "attacker"));
            assertEquals("Erbil", value(halt, "attackTarget"));
        }

        @Test
        void aCallForAnEndToAStatesAttacksPresupposesThem() {
            Event end = one(article().sentence("Poland called for an end to Russia's attacks on Odesa.")
                    .mention("Poland", "LOC", "Q36").mention("Russia", "LOC", "Q159").mention("Odesa", "LOC", "Q1874"),
                    "Attack");
            assertEquals("Q159", qid(end, "attacker"));
            assertEquals("Odesa", value(end, "attackTarget"));
        }

        @Test
        void aDemandThatTheOneAskedStopItsAttacksPresupposesThem() {
            Event that = one(article().sentence("Ukraine demanded that Russia halt its drone attacks on Odesa.")
                    .mention("Ukraine", "LOC", "Q212").mention("Russia", "LOC", "Q159")
                    .mention("Odesa", "LOC", "Q1874"), "Attack");
            assertEquals("Q159", qid(that, "attacker"));
            assertEquals("Odesa", value(that, "attackTarget"));
            none(article().sentence("Ukraine demanded that Russia not launch attacks on Odesa.")
                    .mention("Ukraine", "LOC", "Q212").mention("Russia", "LOC", "Q159")
                    .mention("Odesa", "LOC", "Q1874"), "Attack");
            none(article().sentence("Ukraine said that Russia would halt its attacks on Odesa.")
                    .mention("Ukraine", "LOC", "Q212").mention("Russia", "LOC", "Q159")
                    .mention("Odesa", "LOC", "Q1874"), "Attack");
        }

        @Test
        void aBombardmentIsAnAttackButABombardmentOfQuestionsIsNone() {
            Event end = one(article().sentence("Germany urged Russia to end its bombardment of Kharkiv.")
                    .mention("Germany", "LOC", "Q183").mention("Russia", "LOC", "Q159")
                    .mention("Kharkiv", "LOC", "Q42308"), "Attack");
            assertEquals("Q159", qid(end, "attacker"));
            assertEquals("Kharkiv", value(end, "attackTarget"));
            Event civilians = one(article().sentence("Germany urged Russia to end its bombardment of civilians in "
                    + "Kharkiv.").mention("Germany", "LOC", "Q183").mention("Russia", "LOC", "Q159")
                    .mention("Kharkiv", "LOC", "Q42308"), "Attack");
            assertEquals("Q159", qid(civilians, "attacker"));
            assertEquals("Kharkiv", value(civilians, "attackTarget"));
            none(article().sentence("The French minister faced a bombardment of questions in Paris.")
                    .mention("French", "NORP").mention("Paris", "LOC", "Q90"), "Attack");
        }

        @Test
        void whoeverIsAskedToPassTheRequestOnIsNoAttacker() {
            List<Event> passed = events(article().sentence("France urged Lavrov to press the rebels to stop their "
                    + "bombardment of Homs.").mention("France", "LOC", "Q142").mention("Lavrov", "PER", "Q80137")
                    .mention("Homs", "LOC", "Q173576"), "Attack");
            passed.forEach(e -> assertEquals(null, value(e, "attacker")));
        }

        @Test
        void threatsWarningsAndRequestsNotToAttackGiveNothing() {
            none(article().sentence("France urged Russia not to attack Kharkiv.").mention("France", "LOC", "Q142")
                    .mention("Russia", "LOC", "Q159").mention("Kharkiv", "LOC", "Q42308"), "Attack");
            none(article().sentence("Iran warned it could strike targets in Erbil.").mention("Iran", "LOC", "Q794")
                    .mention("Erbil", "LOC", "Q133161"), "Attack");
            none(article().sentence("Germany urged Russia to refrain from strikes on Kharkiv.")
                    .mention("Germany", "LOC", "Q183").mention("Russia", "LOC", "Q159")
                    .mention("Kharkiv", "LOC", "Q42308"), "Attack");
            none(article().sentence("Poland urged Russia to stop threatening Odesa.").mention("Poland", "LOC", "Q36")
                    .mention("Russia", "LOC", "Q159").mention("Odesa", "LOC", "Q1874"), "Attack");
            none(article().sentence("Germany urged Russia to stop any strikes on Kharkiv.")
                    .mention("Germany", "LOC", "Q183").mention("Russia", "LOC", "Q159")
                    .mention("Kharkiv", "LOC", "Q42308"), "Attack");
        }

        @Test
        void aTeamAskedToStopItsAttacksIsPlay() {
            none(article().sentence("The coach urged his strikers to stop their attacks on the Italian goal.")
                    .mention("Italian", "NORP"), "Attack");
        }
    }
}
