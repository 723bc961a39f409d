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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-written sentences that once gave a wrong event (a wrong speaker, a cancelled event that happened, a meeting of
 * the wrong parties), each with a stated variant that must still give the right one. A wrong triple is worse than a
 * missing one.
 */
class FalseEventsTest {
    @Nested
    class RelativeClauses {
        @Test
        void aRelativeClauseAfterAnOfPhraseBelongsToTheUnnamedHead() {
            none(article().sentence("The ambassador of France, who arrived on Monday, said the talks had failed.")
                    .mention("France", "LOC", "Q142"), "Statement");
            none(article().sentence("The ambassador of France, who arrived on Monday, met Marco Rossi in Rome.")
                    .mention("France", "LOC", "Q142").mention("Marco Rossi", "PER")
                    .mention("Rome", "LOC", "Q220"), "Meeting");
        }

        @Test
        void aNamedHeadOrANameInAppositionIsTheSubject() {
            Event named = one(article().sentence("The ambassador of France, Jean Dupont, who arrived on Monday, said "
                    + "the talks had failed.").mention("France", "LOC", "Q142").mention("Jean Dupont", "PER"),
                    "Statement");
            assertEquals("Jean Dupont", value(named, "speaker"));
            Event head = one(article().sentence("Jean Dupont of France, who arrived on Monday, said the talks had "
                    + "failed.").mention("Jean Dupont", "PER").mention("France", "LOC", "Q142"), "Statement");
            assertEquals("Jean Dupont", value(head, "speaker"));
            Event state = one(article().sentence("France, which hosts the talks, said the plan had failed.")
                    .mention("France", "LOC", "Q142"), "Statement");
            assertEquals("Q142", qid(state, "speaker"));
        }
    }

    @Nested
    class Bylines {
        private ArticleFixture byline() {
            return article().sentence("Statement by Minister Anna Kowalski on the Port Deal")
                    .mention("Anna Kowalski", "PER");
        }

        @Test
        void aQuotedFirstPersonOfAnotherNamedSpeakerIsNotTheBylinesPerson() {
            assertEquals(Set.of("Marco Rossi"), speakers(byline().sentence("Marco Rossi told reporters: \"I welcome "
                    + "the new agreement on the port.\"").mention("Marco Rossi", "PER")));
            assertEquals(Set.of("Marco Rossi"), speakers(byline().sentence("\"I welcome the new agreement on the "
                    + "port,\" Marco Rossi said.").mention("Marco Rossi", "PER")));
        }

        @Test
        void aQuotedFirstPersonOfTheBylinesPersonOrOfNoOneElseIsThatPerson() {
            assertEquals(Set.of("Anna Kowalski"), speakers(byline().sentence("\"I welcome the new agreement on the "
                    + "port.\"")));
            assertEquals(Set.of("Anna Kowalski"), speakers(byline().sentence("Kowalski wrote: \"I welcome the new "
                    + "agreement on the port.\"").mention("Kowalski", "PER")));
        }

        private Set<String> speakers(ArticleFixture fixture) {
            return events(fixture, "Statement").stream().flatMap(e -> values(e, "speaker").stream())
                    .collect(Collectors.toSet());
        }
    }

    @Nested
    class EndingVerbs {
        @Test
        void anEndingVerbThatGovernsTheTriggerCancelsIt() {
            none(article().sentence("The sanctions on Iran were lifted in May.")
                    .mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("Anna Kowalski's talks with Marco Rossi were postponed.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            none(article().sentence("Anna Kowalski postponed her visit to Poland.")
                    .mention("Anna Kowalski", "PER").mention("Poland", "LOC", "Q36"), "Visit");
            none(article().sentence("Canada eased some of its sanctions on Iran.")
                    .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
        }

        @Test
        void aBlockedOrVetoedEventDidNotHappen() {
            none(article().sentence("Hungary blocked new EU sanctions against Iran.")
                    .mention("Hungary", "LOC", "Q28").mention("EU", "ORG", "Q458").mention("Iran", "LOC", "Q794"),
                    "Sanction");
            none(article().sentence("Poland vetoed a trade agreement between Canada and Chile.")
                    .mention("Poland", "LOC", "Q36").mention("Canada", "LOC", "Q16").mention("Chile", "LOC", "Q298"),
                    "Treaty");
            none(article().sentence("The sanctions on Iran were blocked by Hungary.")
                    .mention("Iran", "LOC", "Q794").mention("Hungary", "LOC", "Q28"), "Sanction");
        }

        @Test
        void anEndingVerbOfAnotherEventCancelsNothing() {
            Event treaty = one(article().sentence("After the war ended Canada and Poland signed a peace treaty.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36"), "Treaty");
            assertEquals(Set.of("Q16", "Q36"), values(treaty, "party"));
            Event reached = one(article().sentence("The talks ended with an agreement between Canada and Poland.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36"), "Treaty");
            assertEquals(Set.of("Q16", "Q36"), values(reached, "party"));
            Event met = one(article().sentence("Before his term ended Marco Rossi met Ivan Petrov in Rome.")
                    .mention("Marco Rossi", "PER").mention("Ivan Petrov", "PER").mention("Rome", "LOC", "Q220"),
                    "Meeting");
            assertEquals(Set.of("Marco Rossi", "Ivan Petrov"), values(met, "participant"));
            Event talks = one(article().sentence("Anna Kowalski's talks with Marco Rossi ended without a deal.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            assertEquals(Set.of("Anna Kowalski", "Marco Rossi"), values(talks, "participant"));
        }
    }

    @Nested
    class NoObject {
        @Test
        void sendingNoneIsNoEvent() {
            none(article().sentence("Italy sent no troops to Chad.")
                    .mention("Italy", "LOC", "Q38").mention("Chad", "LOC", "Q657"), "Deployment");
            none(article().sentence("Italy gave Chad no weapons.")
                    .mention("Italy", "LOC", "Q38").mention("Chad", "LOC", "Q657"), "Supply");
        }

        @Test
        void noMoreThanIsAnAmountAndNoInAnotherPhraseCancelsNothing() {
            one(article().sentence("Italy sent no more than 500 troops to Chad.")
                    .mention("Italy", "LOC", "Q38").mention("Chad", "LOC", "Q657"), "Deployment");
            one(article().sentence("Italy sent troops to Chad with no warning.")
                    .mention("Italy", "LOC", "Q38").mention("Chad", "LOC", "Q657"), "Deployment");
        }
    }

    @Nested
    class CallsFor {
        @Test
        void whatSomeoneCalledForHasNotHappened() {
            none(article().sentence("Germany called for talks between Canada and Poland.")
                    .mention("Germany", "LOC", "Q183").mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36"),
                    "Meeting");
            none(article().sentence("Italy called for a ceasefire agreement between Armenia and Georgia.")
                    .mention("Italy", "LOC", "Q38").mention("Armenia", "LOC", "Q399").mention("Georgia", "LOC", "Q230"),
                    "Treaty");
            none(article().sentence("Italy is calling for talks between Canada and Poland.")
                    .mention("Italy", "LOC", "Q38").mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36"),
                    "Meeting");
        }
    }

    @Nested
    class HedgedSubjects {
        @Test
        void anEventNounWhoseVerbIsModalOrNegatedDidNotHappen() {
            none(article().sentence("Talks between Canada and Poland could resume next week.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36"), "Meeting");
            none(article().sentence("A meeting between Anna Kowalski and Marco Rossi may take place in Rome.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER").mention("Rome", "LOC", "Q220"),
                    "Meeting");
            none(article().sentence("A peace deal between Armenia and Georgia could be signed this year.")
                    .mention("Armenia", "LOC", "Q399").mention("Georgia", "LOC", "Q230"), "Treaty");
            none(article().sentence("A peace deal between Armenia and Georgia is unlikely to be signed soon.")
                    .mention("Armenia", "LOC", "Q399").mention("Georgia", "LOC", "Q230"), "Treaty");
        }

        @Test
        void anEventNounWhoseVerbSaysItHappenedStands() {
            one(article().sentence("A peace deal between Armenia and Georgia was signed on Friday.")
                    .mention("Armenia", "LOC", "Q399").mention("Georgia", "LOC", "Q230"), "Treaty");
            one(article().sentence("Talks between Canada and Poland resumed on Monday.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36"), "Meeting");
            // a noun that is an object is not the subject of the modal verb after it
            one(article().sentence("Canada held talks with Poland that could lead to a deal.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36"), "Meeting");
        }
    }

    @Nested
    class Invitations {
        @Test
        void whatSomeoneIsInvitedToDoHasNotHappened() {
            ArticleFixture invited = article().sentence("Anna Kowalski invited Marco Rossi to visit Warsaw.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER").mention("Warsaw", "LOC", "Q270");
            none(invited, "Visit");
            one(invited, "Invitation");
            none(article().sentence("Marco Rossi accepted an invitation from Anna Kowalski to visit Poland.")
                    .mention("Marco Rossi", "PER").mention("Anna Kowalski", "PER").mention("Poland", "LOC", "Q36"),
                    "Visit");
            none(article().sentence("Canada invited Poland to sign a trade agreement.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36"), "Treaty");
        }

        @Test
        void aVisitMadeOnAnInvitationIsAVisit() {
            Event e = one(article().sentence("Invited by Anna Kowalski, Marco Rossi visited Warsaw in May.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER").mention("Warsaw", "LOC", "Q270"),
                    "Visit");
            assertEquals("Marco Rossi", value(e, "visitor"));
        }
    }

    @Nested
    class SigningCeremonies {
        @Test
        void aCeremonyForAnotherDealOrOtherSignatoriesIsNoMeetingOfTheTreatysParties() {
            none(article().sentence("Canada and Poland signed a trade agreement on Monday.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36")
                    .sentence("The signing ceremony for the fishing accord took place in Warsaw.")
                    .mention("Warsaw", "LOC", "Q270"), "Meeting");
            none(article().sentence("Canada and Poland signed a trade agreement on Monday.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36")
                    .sentence("Italy and France attended a signing ceremony in Rome last year.")
                    .mention("Italy", "LOC", "Q38").mention("France", "LOC", "Q142").mention("Rome", "LOC", "Q220"),
                    "Meeting");
        }

        @Test
        void aCeremonyForTheTreatyOrOfItsPartiesIsTheirMeeting() {
            Event named = one(article().sentence("Canada and Poland signed a trade agreement on Monday.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36")
                    .sentence("The signing ceremony for the agreement took place in Warsaw.")
                    .mention("Warsaw", "LOC", "Q270"), "Meeting");
            assertEquals(Set.of("Q16", "Q36"), values(named, "participant"));
            assertEquals("Q270", qid(named, "location"));
            Event parties = one(article().sentence("Canada and Poland signed a trade agreement on Monday.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36")
                    .sentence("Poland hosted the signing ceremony in Warsaw.")
                    .mention("Poland", "LOC", "Q36").mention("Warsaw", "LOC", "Q270"), "Meeting");
            assertEquals(Set.of("Q16", "Q36"), values(parties, "participant"));
        }
    }

    @Nested
    class Determiners {
        @Test
        void aFirstOrSecondPersonPossessiveMakesTheTriggerANoun() {
            none(article().sentence("Anna Kowalski conveyed our warm welcome to the delegates.")
                    .mention("Anna Kowalski", "PER"), "Statement");
            none(article().sentence("Anna Kowalski returned your welcome at the airport.")
                    .mention("Anna Kowalski", "PER"), "Statement");
            Event e = one(article().sentence("Anna Kowalski welcomed the decision of the court.")
                    .mention("Anna Kowalski", "PER"), "Statement");
            assertEquals("Anna Kowalski", value(e, "speaker"));
        }

        @Test
        void aRelativeThatBeforeATriggerLeavesItAVerb() {
            Event e = one(article().sentence("Poland is one of the states that support Ukraine.")
                    .mention("Poland", "LOC", "Q36").mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals("Q36", qid(e, "supporter"));
            assertEquals("Q212", qid(e, "supported"));
        }
    }

    @Nested
    class WrittenDates {
        @Test
        void aMeetingOrSanctionKeepsAPartOfAPeriodAsWritten() {
            Event met = one(article().sentence("Anna Kowalski met Marco Rossi in Rome in the summer of 2017.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER").mention("Rome", "LOC", "Q220"),
                    "Meeting");
            assertEquals("2017", value(met, "date"));
            assertEquals("summer of 2017", value(met, "dateText"));
            Event banned = one(article().sentence("Canada imposed sanctions on Iran in the spring of 2019.")
                    .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
            assertEquals("spring of 2019", value(banned, "dateText"));
            Event whole = one(article().sentence("Anna Kowalski met Marco Rossi in Rome in June 2017.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER").mention("Rome", "LOC", "Q220"),
                    "Meeting");
            assertEquals(null, value(whole, "dateText"));
        }
    }
    @Nested
    class WordsThatNameNoEvent {
        @Test
        void naturalForcesStrikeWithoutAttacking() {
            none(article().sentence("A powerful storm struck Florida on Monday.").mention("Florida", "LOC", "Q812"),
                    "Attack");
            none(article().sentence("Typhoon Haiyan struck the Philippines in 2013.").mention("Haiyan", "ORG")
                    .mention("Philippines", "LOC", "Q928"), "Attack");
            none(article().sentence("Hurricane Irma hit Cuba and then attacked the coast of Florida.")
                    .mention("Irma", "ORG").mention("Cuba", "LOC", "Q241").mention("Florida", "LOC", "Q812"), "Attack");
            none(article().sentence("Lightning struck the Vatican on Monday.").mention("Vatican", "LOC", "Q237"),
                    "Attack");
            none(article().sentence("Florida was visited by a storm last week.").mention("Florida", "LOC", "Q812"),
                    "Visit");
        }

        @Test
        void aNamedAttackerStillAttacks() {
            Event e = one(article().sentence("Russia yesterday attacked Ukraine with drones.")
                    .mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212"), "Attack");
            assertEquals("Q159", qid(e, "attacker"));
            Event troops = one(article().sentence("Russian troops attacked Ukraine in May.")
                    .mention("Russian", "NORP", "Q159").mention("Ukraine", "LOC", "Q212"), "Attack");
            assertEquals("Q159", qid(troops, "attacker"));
        }

        @Test
        void anUnnamedSubjectRightBeforeTheVerbHidesTheNamesFurtherLeft() {
            none(article().sentence("Anna Kowalski flew to Berlin on a commercial flight, officials said.")
                    .mention("Anna Kowalski", "PER").mention("Berlin", "LOC", "Q64"), "Statement");
            none(article().sentence("The old Toyota factory welcomed its first visitors in May.")
                    .mention("Toyota", "ORG"), "Statement");
            Event infinitive = one(article().sentence("The new loan reflects a firm EU commitment to support "
                    + "Ukraine.").mention("EU", "ORG", "Q458").mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals("Q458", qid(infinitive, "supporter"));
            assertEquals("Q212", qid(infinitive, "supported"));
            Event apposition = one(article().sentence("Anna Kowalski, the foreign minister, said the talks failed.")
                    .mention("Anna Kowalski", "PER"), "Statement");
            assertEquals("Anna Kowalski", value(apposition, "speaker"));
            Event spokesman = one(article().sentence("Polish officials said the talks failed.")
                    .mention("Polish", "NORP", "Q36"), "Statement");
            assertEquals("Q36", qid(spokesman, "speaker"));
        }

        @Test
        void aMeetingThatIsYetToHappenOrADraftOrAClaimIsNoEvent() {
            none(article().sentence("Marco Rossi has yet to meet Ivan Petrov.")
                    .mention("Marco Rossi", "PER").mention("Ivan Petrov", "PER"), "Meeting");
            none(article().sentence("A draft agreement between Canada and Poland was leaked.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36"), "Treaty");
            none(article().sentence("Claims that Iran sent drones to Russia were rejected in Tehran.")
                    .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159").mention("Tehran", "LOC", "Q3616"),
                    "Supply");
            none(article().sentence("Workers at Ford went on strike in Detroit.").mention("Ford", "ORG")
                    .mention("Detroit", "LOC", "Q12439"), "Attack");
            none(article().sentence("Toyota said its sales were meeting expectations in Japan.")
                    .mention("Toyota", "ORG").mention("Japan", "LOC", "Q17"), "Meeting");
            Event met = one(article().sentence("Marco Rossi met Ivan Petrov yet again in Rome.")
                    .mention("Marco Rossi", "PER").mention("Ivan Petrov", "PER").mention("Rome", "LOC", "Q220"),
                    "Meeting");
            assertEquals(Set.of("Marco Rossi", "Ivan Petrov"), values(met, "participant"));
        }
    }
    @Nested
    class EventsThatDidNotHappen {
        @Test
        void aNounTriggerThatWasCalledOffRuledOutDeniedOrNeverTookPlaceIsNoEvent() {
            none(article().sentence("A meeting between Russia and China was ruled out by Beijing.")
                    .mention("Russia", "LOC", "Q159").mention("China", "LOC", "Q148").mention("Beijing", "LOC", "Q956"),
                    "Meeting");
            none(article().sentence("Talks between Russia and China were cancelled.")
                    .mention("Russia", "LOC", "Q159").mention("China", "LOC", "Q148"), "Meeting");
            none(article().sentence("The summit between Russia and China never took place.")
                    .mention("Russia", "LOC", "Q159").mention("China", "LOC", "Q148"), "Meeting");
            none(article().sentence("Iran's supply of drones to Russia has been denied by Tehran.")
                    .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159").mention("Tehran", "LOC", "Q3616"),
                    "Supply");
            none(article().sentence("Anna Kowalski said sanctions against Iran were under discussion.")
                    .mention("Anna Kowalski", "PER").mention("Iran", "LOC", "Q794"), "Sanction");
            Event e = one(article().sentence("The summit between Russia and China took place in Beijing.")
                    .mention("Russia", "LOC", "Q159").mention("China", "LOC", "Q148").mention("Beijing", "LOC", "Q956"),
                    "Meeting");
            assertEquals(Set.of("Q159", "Q148"), values(e, "participant"));
        }

        @Test
        void aFearedThreatenedPreparedOrAnyAttackIsNoEvent() {
            none(article().sentence("Fears of a Russian attack on Latvia are growing.")
                    .mention("Russian", "NORP", "Q159").mention("Latvia", "LOC", "Q211"), "Attack");
            none(article().sentence("The threat of a Chinese invasion of Taiwan loomed over the summit.")
                    .mention("Chinese", "NORP", "Q148").mention("Taiwan", "LOC", "Q865"), "Attack");
            none(article().sentence("Any attack by Russia on Estonia would be met with force.")
                    .mention("Russia", "LOC", "Q159").mention("Estonia", "LOC", "Q191"), "Attack");
            none(article().sentence("Canada is preparing sanctions against Iran.")
                    .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("Nobody from Poland met Ivan Petrov in Vienna.")
                    .mention("Poland", "LOC", "Q36").mention("Ivan Petrov", "PER").mention("Vienna", "LOC", "Q1741"),
                    "Meeting");
            Event e = one(article().sentence("A Russian attack on Latvia killed two people.")
                    .mention("Russian", "NORP", "Q159").mention("Latvia", "LOC", "Q211"), "Attack");
            assertEquals("Q211", qid(e, "attackTarget"));
        }

        @Test
        void aDealThatIsOnlyCloseOrAConditionalSupplyIsNoEvent() {
            none(article().sentence("A deal between Canada and Poland is close, officials said.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36"), "Treaty");
            none(article().sentence("Iran will give Russia more drones if asked.")
                    .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159"), "Supply");
            Event met = one(article().sentence("Marco Rossi met Ivan Petrov in Rome to see if a deal was possible.")
                    .mention("Marco Rossi", "PER").mention("Ivan Petrov", "PER").mention("Rome", "LOC", "Q220"),
                    "Meeting");
            assertEquals(Set.of("Marco Rossi", "Ivan Petrov"), values(met, "participant"));
            Event e = one(article().sentence("Iran gave Russia the drones it had promised.")
                    .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159"), "Supply");
            assertEquals("Q159", qid(e, "recipient"));
        }

        @Test
        void pressureAbilityOrBeliefIsNoEvent() {
            for (String sentence : List.of("Poland wanted Germany to send tanks to Ukraine.",
                    "Poland persuaded Germany to send tanks to Ukraine.",
                    "Germany is believed to have sent tanks to Ukraine.",
                    "Germany is in talks to sell tanks to Ukraine.",
                    "Germany is able to send tanks to Ukraine.")) {
                ArticleFixture f = article().sentence(sentence).mention("Germany", "LOC", "Q183")
                        .mention("Ukraine", "LOC", "Q212");
                if (sentence.startsWith("Poland")) f.mention("Poland", "LOC", "Q36");
                none(f, "Supply");
            }
            none(article().sentence("Poland has the capacity to attack Russia.")
                    .mention("Poland", "LOC", "Q36").mention("Russia", "LOC", "Q159"), "Attack");
            Event e = one(article().sentence("Germany was able to send tanks to Ukraine in May.")
                    .mention("Germany", "LOC", "Q183").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("Q183", qid(e, "supplier"));
        }

        @Test
        void aCallForTalksIsNoCall() {
            none(article().sentence("Anna Kowalski's call for talks with Russia went unanswered.")
                    .mention("Anna Kowalski", "PER").mention("Russia", "LOC", "Q159"), "Meeting");
        }
    }

    @Nested
    class OtherSensesOfTriggers {
        @Test
        void welcomingAPersonIsAGreetingNotAStatement() {
            none(article().sentence("Marco Rossi welcomed Ivan Petrov to Rome on Friday.")
                    .mention("Marco Rossi", "PER").mention("Ivan Petrov", "PER").mention("Rome", "LOC", "Q220"),
                    "Statement");
            // a capitalised name the name finder missed is still a person welcomed, no statement's content
            none(article().sentence("Marco Rossi welcomed Petrov at the airport.")
                    .mention("Marco Rossi", "PER"), "Statement");
            Event e = one(article().sentence("Marco Rossi welcomed Ivan Petrov's decision to resign.")
                    .mention("Marco Rossi", "PER").mention("Ivan Petrov", "PER"), "Statement");
            assertEquals("Marco Rossi", value(e, "speaker"));
        }

        @Test
        void attackingADecisionOrAPlanIsCriticism() {
            none(article().sentence("Russia attacked Poland's decision to close the border.")
                    .mention("Russia", "LOC", "Q159").mention("Poland", "LOC", "Q36"), "Attack");
            none(article().sentence("Marco Rossi launched a fierce attack on Ivan Petrov's budget plan.")
                    .mention("Marco Rossi", "PER").mention("Ivan Petrov", "PER"), "Attack");
            Event e = one(article().sentence("Russia attacked Poland's border posts at night.")
                    .mention("Russia", "LOC", "Q159").mention("Poland", "LOC", "Q36"), "Attack");
            assertEquals("Q36", qid(e, "attackTarget"));
        }

        @Test
        void aNameAfterAPrepositionActsOnlyForAGroupOfIts() {
            none(article().sentence("Fans of Liverpool flew to Madrid for the final.")
                    .mention("Liverpool", "ORG").mention("Madrid", "LOC", "Q2807"), "Visit");
            Event e = one(article().sentence("Troops from Russia attacked Ukraine in March.")
                    .mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212"), "Attack");
            assertEquals("Q159", qid(e, "attacker"));
        }

        @Test
        void aForceWordThatModifiesANounIsNoForce() {
            none(article().sentence("Germany sent a message to Russia with its troop movements.")
                    .mention("Germany", "LOC", "Q183").mention("Russia", "LOC", "Q159"), "Deployment");
            Event e = one(article().sentence("Germany sent 300 troops to Lithuania last week.")
                    .mention("Germany", "LOC", "Q183").mention("Lithuania", "LOC", "Q37"), "Deployment");
            assertEquals("300", value(e, "size"));
        }

        @Test
        void anInfinitiveAfterTheObjectHasItsOwnObject() {
            assertEquals(List.of(), events(article().sentence("Germany gave Ukraine the green light to send tanks.")
                    .mention("Germany", "LOC", "Q183").mention("Ukraine", "LOC", "Q212"), "Supply").stream()
                    .filter(x -> "Q183".equals(qid(x, "supplier"))).toList());
        }
    }

    /**
     * Sports, business and technology senses of trigger words: a match is no meeting, an attack on a goal no attack, a
     * sponsorship deal no treaty. Each probe has a political or military variant that must still give its event.
     */
    @Nested
    class SportsAndBusinessSenses {
        @Test
        void anAttackOnAGoalOrInAMatchIsPlay() {
            none(article().sentence("Liverpool launched an attack on the Chelsea goal in the second half.")
                    .mention("Liverpool", "ORG", "Q1130849").mention("Chelsea", "ORG", "Q9616"), "Attack");
            none(article().sentence("Brazil struck twice against Argentina in the World Cup qualifier.")
                    .mention("Brazil", "LOC", "Q155").mention("Argentina", "LOC", "Q414"), "Attack");
            none(article().sentence("Arsenal attacked Tottenham from the first whistle of the derby.")
                    .mention("Arsenal", "ORG", "Q9617").mention("Tottenham", "ORG", "Q18741"), "Attack");
            Event e = one(article().sentence("Russia launched an attack on Ukraine in the morning.")
                    .mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212"), "Attack");
            assertEquals("Q159", qid(e, "attacker"));
            assertEquals("Q212", qid(e, "attackTarget"));
        }

        @Test
        void attackAdsAttackNoOne() {
            none(article().sentence("The Labour Party ran attack ads against the Conservative Party.")
                    .mention("Labour Party", "ORG", "Q9630").mention("Conservative Party", "ORG", "Q9626"), "Attack");
            Event e = one(article().sentence("Iran carried out an attack against Israel in April.")
                    .mention("Iran", "LOC", "Q794").mention("Israel", "LOC", "Q801"), "Attack");
            assertEquals("Q801", qid(e, "attackTarget"));
        }

        @Test
        void teamsThatMeetInAFixtureHoldNoMeeting() {
            none(article().sentence("Germany met France in the semi-final in Munich.")
                    .mention("Germany", "LOC", "Q183").mention("France", "LOC", "Q142")
                    .mention("Munich", "LOC", "Q1726"), "Meeting");
            none(article().sentence("Real Madrid meets Bayern Munich in the Champions League on Tuesday.")
                    .mention("Real Madrid", "ORG", "Q8682").mention("Bayern Munich", "ORG", "Q15789"), "Meeting");
            none(article().sentence("Spain and Italy met in the league fixture in Madrid.")
                    .mention("Spain", "LOC", "Q29").mention("Italy", "LOC", "Q38")
                    .mention("Madrid", "LOC", "Q2807"), "Meeting");
            Event e = one(article().sentence("Germany met France in Munich for talks on energy.")
                    .mention("Germany", "LOC", "Q183").mention("France", "LOC", "Q142")
                    .mention("Munich", "LOC", "Q1726"), "Meeting");
            assertEquals(Set.of("Q183", "Q142"), values(e, "participant"));
        }

        @Test
        void politiciansWhoMeetVisitOrSignAtAGameStillDoSo() {
            Event met = one(article().sentence("French President Anne Roy met Italian Prime Minister Marco Bruni at the "
                            + "World Cup final in Doha.")
                    .mention("French", "NORP", "Q142").mention("Anne Roy", "PER").mention("Italian", "NORP", "Q38")
                    .mention("Marco Bruni", "PER").mention("Doha", "LOC", "Q3861"), "Meeting");
            assertEquals(Set.of("Anne Roy", "Marco Bruni"), values(met, "participant"));
            Event visit = one(article().sentence("Italian Prime Minister Marco Bruni travelled to Doha for the World "
                            + "Cup semi-final.")
                    .mention("Italian", "NORP", "Q38").mention("Marco Bruni", "PER")
                    .mention("Doha", "LOC", "Q3861"), "Visit");
            assertEquals("Marco Bruni", value(visit, "visitor"));
            Event treaty = one(article().sentence("France and Italy signed a defence agreement on the sidelines of the "
                            + "World Cup final.")
                    .mention("France", "LOC", "Q142").mention("Italy", "LOC", "Q38"), "Treaty");
            assertEquals(Set.of("Q142", "Q38"), values(treaty, "party"));
            Event talks = one(article().sentence("France held talks with Italy during the World Cup final.")
                    .mention("France", "LOC", "Q142").mention("Italy", "LOC", "Q38"), "Meeting");
            assertEquals(Set.of("Q142", "Q38"), values(talks, "participant"));
        }

        @Test
        void playersCaptainsAndTeamsAtAGameHoldNoMeeting() {
            none(article().sentence("Anne Roy met Marco Bruni in the semi-final in Doha.")
                    .mention("Anne Roy", "PER").mention("Marco Bruni", "PER").mention("Doha", "LOC", "Q3861"),
                    "Meeting");
            none(article().sentence("Italy captain Marco Bruni met France captain Luc Petit in the World Cup final.")
                    .mention("Italy", "LOC", "Q38").mention("Marco Bruni", "PER").mention("France", "LOC", "Q142")
                    .mention("Luc Petit", "PER"), "Meeting");
            none(article().sentence("Italy met France in the World Cup final in Doha.")
                    .mention("Italy", "LOC", "Q38").mention("France", "LOC", "Q142")
                    .mention("Doha", "LOC", "Q3861"), "Meeting");
        }

        @Test
        void politiciansWhoMightOrDidNotMeetAtAGameHoldNoMeeting() {
            for (String verb : List.of("may meet", "did not meet", "are expected to meet")) {
                none(article().sentence("French President Anne Roy and Italian Prime Minister Marco Bruni " + verb
                                + " at the World Cup final in Doha.")
                        .mention("French", "NORP", "Q142").mention("Anne Roy", "PER").mention("Italian", "NORP", "Q38")
                        .mention("Marco Bruni", "PER").mention("Doha", "LOC", "Q3861"), "Meeting");
            }
        }

        @Test
        void meetingATargetOrExpectationsIsNoMeeting() {
            none(article().sentence("Germany is meeting the NATO target for defence spending.")
                    .mention("Germany", "LOC", "Q183").mention("NATO", "ORG", "Q7184"), "Meeting");
            none(article().sentence("Toyota met expectations in Japan last year.")
                    .mention("Toyota", "ORG", "Q53268").mention("Japan", "LOC", "Q17"), "Meeting");
            Event e = one(article().sentence("Germany met NATO officials in Brussels.")
                    .mention("Germany", "LOC", "Q183").mention("NATO", "ORG", "Q7184")
                    .mention("Brussels", "LOC", "Q239"), "Meeting");
            assertEquals(Set.of("Q183", "Q7184"), values(e, "participant"));
        }

        @Test
        void aSponsorshipLicensingOrMergerDealIsNoTreaty() {
            none(article().sentence("Juventus signed a sponsorship deal with Adidas.")
                    .mention("Juventus", "ORG", "Q1422").mention("Adidas", "ORG", "Q3895"), "Treaty");
            none(article().sentence("Apple signed a licensing agreement with Nokia.")
                    .mention("Apple", "ORG", "Q312").mention("Nokia", "ORG", "Q1418"), "Treaty");
            none(article().sentence("Microsoft signed a merger agreement with Activision.")
                    .mention("Microsoft", "ORG", "Q2283").mention("Activision", "ORG", "Q1066"), "Treaty");
            none(article().sentence("The acquisition deal between Microsoft and Activision was signed in May.")
                    .mention("Microsoft", "ORG", "Q2283").mention("Activision", "ORG", "Q1066"), "Treaty");
            Event e = one(article().sentence("Canada signed a trade deal with Poland.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36"), "Treaty");
            assertEquals(Set.of("Q16", "Q36"), values(e, "party"));
            Event eu = one(article().sentence("The EU signed a partnership agreement with Chile.")
                    .mention("EU", "ORG", "Q458").mention("Chile", "LOC", "Q298"), "Treaty");
            assertEquals(Set.of("Q458", "Q298"), values(eu, "party"));
        }

        @Test
        void aClubsDealForAPlayerIsNoTreaty() {
            none(article().sentence("Barcelona reached an agreement with Chelsea for the striker.")
                    .mention("Barcelona", "ORG", "Q7156").mention("Chelsea", "ORG", "Q9616"), "Treaty");
            Event e = one(article().sentence("Serbia reached an agreement with Kosovo on the border.")
                    .mention("Serbia", "LOC", "Q403").mention("Kosovo", "LOC", "Q1246"), "Treaty");
            assertEquals(Set.of("Q403", "Q1246"), values(e, "party"));
        }

        @Test
        void aProductThatSupportsAServiceSupportsNoOne() {
            none(article().sentence("The Samsung phone supports Google Pay.")
                    .mention("Samsung", "ORG", "Q20718").mention("Google Pay", "ORG", "Q19590903"), "Support");
            none(article().sentence("The new Apple software supports Microsoft Office.")
                    .mention("Apple", "ORG", "Q312").mention("Microsoft Office", "ORG", "Q11255"), "Support");
            Event e = one(article().sentence("The Polish government supports Ukraine.")
                    .mention("Polish", "NORP", "Q36").mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals("Q36", qid(e, "supporter"));
            assertEquals("Q212", qid(e, "supported"));
        }

        @Test
        void backingSomeoneIntoACornerIsNoSupport() {
            none(article().sentence("Russia backed Ukraine into a corner.")
                    .mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212"), "Support");
            Event e = one(article().sentence("Poland backed Ukraine in the dispute.")
                    .mention("Poland", "LOC", "Q36").mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals("Q36", qid(e, "supporter"));
        }

        @Test
        void aPlayersTransferIsNoSupply() {
            none(article().sentence("Monaco sold the striker to Paris Saint-Germain for 180 million euros.")
                    .mention("Monaco", "ORG", "Q180305").mention("Paris Saint-Germain", "ORG", "Q483020"), "Supply");
            none(article().sentence("The transfer of the midfielder from Monaco to Chelsea was completed.")
                    .mention("Monaco", "ORG", "Q180305").mention("Chelsea", "ORG", "Q9616"), "Supply");
        }

        @Test
        void aTeamThatVisitsForAMatchPaysNoVisit() {
            none(article().sentence("Liverpool visited Madrid for the Champions League final.")
                    .mention("Liverpool", "ORG", "Q1130849").mention("Madrid", "LOC", "Q2807"), "Visit");
            none(article().sentence("The England coach travelled to Qatar for the World Cup.")
                    .mention("England", "LOC", "Q21").mention("Qatar", "LOC", "Q846"), "Visit");
            Event e = one(article().sentence("Anna Kowalski visited Madrid for talks on trade.")
                    .mention("Anna Kowalski", "PER").mention("Madrid", "LOC", "Q2807"), "Visit");
            assertEquals("Q2807", qid(e, "destination"));
        }

        @Test
        void aSportsBanIsNoSanction() {
            none(article().sentence("UEFA barred Russia from the Champions League.")
                    .mention("UEFA", "ORG", "Q35572").mention("Russia", "LOC", "Q159"), "Sanction");
            none(article().sentence("FIFA sanctioned Chelsea over the transfer of youth players.")
                    .mention("FIFA", "ORG", "Q253414").mention("Chelsea", "ORG", "Q9616"), "Sanction");
            Event e = one(article().sentence("The EU sanctioned Russia over the invasion.")
                    .mention("EU", "ORG", "Q458").mention("Russia", "LOC", "Q159"), "Sanction");
            assertEquals("Q159", qid(e, "sanctionTarget"));
        }
    }
}
