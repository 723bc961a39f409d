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
 * Military goods and forces the lexicons did not know, found by probing the pipeline with sentences of our own: arms
 * beyond the common words (batteries, launchers, interceptors) and police sent abroad, with what must stay no event.
 */
class ForcesAndItemsWordingsTest {
    @Nested
    class MilitaryGoods {
        @Test
        void batteriesLaunchersAndInterceptorsAreSupplied() {
            Event batteries = one(article().sentence("Poland received two Patriot batteries from the United States.")
                    .mention("Poland", "LOC", "Q36").mention("United States", "LOC", "Q30"), "Supply");
            assertEquals("Q30", qid(batteries, "supplier"));
            assertEquals("Q36", qid(batteries, "recipient"));
            assertEquals("batteries", value(batteries, "item"));
            assertEquals("2", value(batteries, "quantity"));
            Event launchers = one(article().sentence("Germany delivered 12 rocket launchers to Ukraine in May.")
                    .mention("Germany", "LOC", "Q183").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("rocket launchers", value(launchers, "item"));
            assertEquals("Q212", qid(launchers, "recipient"));
            Event interceptors = one(article().sentence("France sent interceptors and radars to Poland.")
                    .mention("France", "LOC", "Q142").mention("Poland", "LOC", "Q36"), "Supply");
            assertEquals("interceptors", value(interceptors, "item"));
        }

        @Test
        void theTriggerIsNoWordOfTheGoodsAfterIt() {
            // in a relative clause the tagger may read "supplies" as a noun and "drones" as a verb
            Event e = one(article().sentence("Iran, which supplies drones to Russia, attacked Poland with missiles.")
                    .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159").mention("Poland", "LOC", "Q36"),
                    "Supply");
            assertEquals("drones", value(e, "item"));
            assertEquals("Q159", qid(e, "recipient"));
        }

        @Test
        void aPersonnelCarrierIsGoodsNotAForce() {
            Event e = one(article().sentence("Canada sent 40 armoured personnel carriers to Ukraine.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("armoured personnel carriers", value(e, "item"));
            none(article().sentence("Canada sent 40 armoured personnel carriers to Ukraine.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Deployment");
        }
    }

    @Nested
    class Police {
        @Test
        void policeSentToAnotherCountryAreDeployed() {
            Event arrived = one(article().sentence("Polish police officers arrived in Ukraine on Monday.")
                    .mention("Polish", "NORP", "Q36").mention("Ukraine", "LOC", "Q212"), "Deployment");
            assertEquals("Q36", qid(arrived, "forceOf"));
            assertEquals("Q212", qid(arrived, "location"));
            assertEquals("police officers", value(arrived, "forceType"));
            none(article().sentence("Polish police officers arrived in Ukraine on Monday.")
                    .mention("Polish", "NORP", "Q36").mention("Ukraine", "LOC", "Q212"), "Visit");
            Event sent = one(article().sentence("Germany sent 300 riot police to Poland.")
                    .mention("Germany", "LOC", "Q183").mention("Poland", "LOC", "Q36"), "Deployment");
            assertEquals("Q183", qid(sent, "forceOf"));
            assertEquals("Q36", qid(sent, "location"));
            assertEquals("300", value(sent, "size"));
        }

        @Test
        void policeAtHomeOrWithNoPlaceAreNoDeployment() {
            none(article().sentence("Polish police were deployed in Warsaw.")
                    .mention("Polish", "NORP", "Q36").mention("Warsaw", "LOC", "Q270"), "Deployment");
            none(article().sentence("Polish police officers arrived in Warsaw.")
                    .mention("Polish", "NORP", "Q36").mention("Warsaw", "LOC", "Q270"), "Deployment");
            none(article().sentence("German police were deployed on Sunday.")
                    .mention("German", "NORP", "Q183"), "Deployment");
            none(article().sentence("Police arrested two men in Warsaw.").mention("Warsaw", "LOC", "Q270"),
                    "Deployment");
            // troops at home stay as before: "German troops were deployed to Berlin" is a deployment
            one(article().sentence("German troops were deployed to Berlin.")
                    .mention("German", "NORP", "Q183").mention("Berlin", "LOC", "Q64"), "Deployment");
        }

        @Test
        void policeActingAtHomeAttackAndSpeakForNoState() {
            none(article().sentence("Polish police attacked protesters in Warsaw.")
                    .mention("Polish", "NORP", "Q36").mention("Warsaw", "LOC", "Q270"), "Attack");
            none(article().sentence("German police said the suspect had fled to Poland.")
                    .mention("German", "NORP", "Q183").mention("Poland", "LOC", "Q36"), "Statement");
        }
    }

    /**
     * What a deployed force is: its head words with a capitalised word of its own ("Reserve Sailors"), and the arms or
     * craft a "with" phrase says it brings; a "with" phrase that names no arms, or that belongs to another verb, adds
     * nothing.
     */
    @Nested
    class WhatTheForceIs {
        @Test
        void theArmsAForceBringsAreItsType() {
            Event tanks = one(article().sentence("Britain sent 150 troops to Lithuania with Challenger 2 tanks and "
                    + "drones.")
                    .mention("Britain", "LOC", "Q145").mention("Lithuania", "LOC", "Q37"), "Deployment");
            assertEquals("troops with challenger 2 tanks and drones", value(tanks, "forceType"));
            assertEquals("150", value(tanks, "size"));
            Event craft = one(article().sentence("The 4th Naval Group sent sixty Reserve Sailors to Crete on Monday "
                    + "to help the mission with P-8 patrol aircraft.")
                    .mention("4th Naval Group", "ORG", null).mention("Crete", "LOC"), "Deployment");
            assertEquals("reserve sailors with p-8 patrol aircraft", value(craft, "forceType"));
            assertEquals("60", value(craft, "size"));
        }

        @Test
        void aWithPhraseOfNoArmsOrOfAnotherVerbAddsNothing() {
            Event aim = one(article().sentence("Canada deployed 200 soldiers to Poland with the aim of deterring "
                    + "an attack.").mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36"), "Deployment");
            assertEquals("soldiers", value(aim, "forceType"));
            Event partner = one(article().sentence("France sent troops to Iraq together with Germany.")
                    .mention("France", "LOC", "Q142").mention("Iraq", "LOC", "Q796")
                    .mention("Germany", "LOC", "Q183"), "Deployment");
            assertEquals("troops", value(partner, "forceType"));
            Event other = one(article().sentence("Russia deployed troops to Syria and supplied the army with tanks.")
                    .mention("Russia", "LOC", "Q159").mention("Syria", "LOC", "Q858"), "Deployment");
            assertEquals("troops", value(other, "forceType"));
        }

        @Test
        void aHeadlineCapitalisesNoModifierOfTheForce() {
            Event e = one(article().sentence("France Sends More Troops To Iraq")
                    .mention("France", "LOC", "Q142").mention("Iraq", "LOC", "Q796"), "Deployment");
            assertEquals("troops", value(e, "forceType"));
        }
    }

    /**
     * Aid or arms announced, unveiled, allocated or earmarked for a named recipient: a Supply still to come, with the
     * one who announces it as supplier. A ban, a plan, a denial, no recipient, or goods other than aid or arms give
     * none.
     */
    @Nested
    class AnnouncedAid {
        @Test
        void aidAnnouncedForARecipientIsAnAnnouncedSupply() {
            Event pkg = one(article().sentence("France announced a $40 million military aid package for Armenia on "
                    + "Monday.").mention("France", "LOC", "Q142").mention("Armenia", "LOC", "Q399"), "Supply");
            assertEquals("Q142", qid(pkg, "supplier"));
            assertEquals("Q399", qid(pkg, "recipient"));
            assertEquals("military aid", value(pkg, "item"));
            assertEquals("40000000", value(pkg, "quantity"));
            assertEquals("true", value(pkg, "announced"));
            Event unveiled = one(article().sentence("Italy unveiled a new package of humanitarian aid for Syria.")
                    .mention("Italy", "LOC", "Q38").mention("Syria", "LOC", "Q858"), "Supply");
            assertEquals("humanitarian aid", value(unveiled, "item"));
            assertEquals("Q858", qid(unveiled, "recipient"));
            Event earmarked = one(article().sentence("Japan earmarked $50 million in assistance to Iraq last week.")
                    .mention("Japan", "LOC", "Q17").mention("Iraq", "LOC", "Q796"), "Supply");
            assertEquals("Q17", qid(earmarked, "supplier"));
            assertEquals("assistance", value(earmarked, "item"));
        }

        @Test
        void aMinisterAnnouncingAidSpeaksForTheStateThatGivesIt() {
            Event e = one(article().sentence("French Foreign Minister Marc Roux announced a new aid package for "
                    + "Armenia.").mention("French", "NORP", "Q142").mention("Marc Roux", "PER")
                    .mention("Armenia", "LOC", "Q399"), "Supply");
            assertEquals("Q142", qid(e, "supplier"));
            assertEquals("Q399", qid(e, "recipient"));
            none(article().sentence("Marc Roux announced a new aid package for Armenia.")
                    .mention("Marc Roux", "PER").mention("Armenia", "LOC", "Q399"), "Supply");
        }

        @Test
        void aBanAPlanADenialOrNoRecipientIsNoSupply() {
            none(article().sentence("France announced a ban on arms sales to Iraq.")
                    .mention("France", "LOC", "Q142").mention("Iraq", "LOC", "Q796"), "Supply");
            none(article().sentence("France announced that talks on aid for Armenia would resume.")
                    .mention("France", "LOC", "Q142").mention("Armenia", "LOC", "Q399"), "Supply");
            none(article().sentence("France did not announce new aid for Armenia.")
                    .mention("France", "LOC", "Q142").mention("Armenia", "LOC", "Q399"), "Supply");
            none(article().sentence("France announced new aid on Monday.")
                    .mention("France", "LOC", "Q142"), "Supply");
            none(article().sentence("Germany unveiled new technology for Poland.")
                    .mention("Germany", "LOC", "Q183").mention("Poland", "LOC", "Q36"), "Supply");
            none(article().sentence("A $40 million aid package was announced for Armenia.")
                    .mention("Armenia", "LOC", "Q399"), "Supply");
        }
    }

    /**
     * A head of state or government who sends forces, by a state office named in the sentence ("French President X
     * sent troops"), deploys them for that state; forces ordered to a place are deployed there. A person with no such
     * office, a past one, or an order with no place gives none.
     */
    @Nested
    class LeadersAndOrders {
        @Test
        void aLeaderSendingForcesDeploysTheStatesForces() {
            Event e = one(article().sentence("French President Marc Roux sent 3,000 troops to Lithuania in February.")
                    .mention("French", "NORP", "Q142").mention("Marc Roux", "PER")
                    .mention("Lithuania", "LOC", "Q37"), "Deployment");
            assertEquals("Q142", qid(e, "forceOf"));
            assertEquals("Q37", qid(e, "location"));
            assertEquals("3000", value(e, "size"));
            none(article().sentence("Marc Roux sent 3,000 troops to Lithuania in February.")
                    .mention("Marc Roux", "PER").mention("Lithuania", "LOC", "Q37"), "Deployment");
            none(article().sentence("Former French President Marc Roux sent troops to Lithuania.")
                    .mention("French", "NORP", "Q142").mention("Marc Roux", "PER")
                    .mention("Lithuania", "LOC", "Q37"), "Deployment");
        }

        @Test
        void forcesOrderedToAPlaceAreDeployedThere() {
            Event e = one(article().sentence("Poland ordered 2,000 more soldiers to Lithuania last week.")
                    .mention("Poland", "LOC", "Q36").mention("Lithuania", "LOC", "Q37"), "Deployment");
            assertEquals("Q36", qid(e, "forceOf"));
            assertEquals("2000", value(e, "size"));
            Event into = one(article().sentence("Germany ordered troops into Lithuania on Monday.")
                    .mention("Germany", "LOC", "Q183").mention("Lithuania", "LOC", "Q37"), "Deployment");
            assertEquals("Q37", qid(into, "location"));
            none(article().sentence("Germany ordered troops to withdraw from Lithuania.")
                    .mention("Germany", "LOC", "Q183").mention("Lithuania", "LOC", "Q37"), "Deployment");
            none(article().sentence("Germany ordered new tanks for its troops.")
                    .mention("Germany", "LOC", "Q183"), "Deployment");
        }
    }
}
