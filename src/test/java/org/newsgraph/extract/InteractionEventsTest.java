package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * Hand-written sentences for Meeting, Statement, Support, Sanction, Invitation and Attack: stated wordings (active,
 * passive, nouns, reported speech, coordination) and negated, hypothetical and attributed ones that give no event.
 */
class InteractionEventsTest {
    @Nested
    class Meetings {
        @Test
        void aPersonWhoMetAnotherGivesTwoParticipantsAndThePlace() {
            Event e = one(article().sentence("Anna Kowalski met Marco Rossi in Rome on Tuesday.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER").mention("Rome", "LOC", "Q220"),
                    "Meeting");
            assertEquals(Set.of("Anna Kowalski", "Marco Rossi"), values(e, "participant"));
            assertEquals("Q220", qid(e, "location"));
        }

        @Test
        void aPlaceThatOpensTheSentenceIsWhereTheyMet() {
            Event e = one(article().sentence("In Rome Anna Kowalski met with Marco Rossi and his staff.")
                    .mention("Rome", "LOC", "Q220").mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"),
                    "Meeting");
            assertEquals(Set.of("Anna Kowalski", "Marco Rossi"), values(e, "participant"));
            assertEquals("Q220", qid(e, "location"));
        }

        @Test
        void talksWithACounterpartIncludeTheOwnerOfThePossessive() {
            Event e = one(article().sentence("Ivan Petrov spoke to reporters after talks with his Polish counterpart "
                    + "Anna Kowalski.").mention("Ivan Petrov", "PER").mention("Polish", "NORP", "Q36")
                    .mention("Anna Kowalski", "PER"), "Meeting");
            assertEquals(Set.of("Ivan Petrov", "Anna Kowalski"), values(e, "participant"));
        }

        @Test
        void aMeetingBetweenTwoNamesIsDatedLastMonth() {
            Event e = one(article().sentence("The decision was taken at a meeting last month between Ivan Petrov "
                    + "and Marco Rossi.").mention("Ivan Petrov", "PER").mention("Marco Rossi", "PER"), "Meeting");
            assertEquals(Set.of("Ivan Petrov", "Marco Rossi"), values(e, "participant"));
            assertEquals("2025-06", value(e, "date"));
        }

        @Test
        void coordinatedStatesThatHeldTalksMeet() {
            Event e = one(article().sentence("France and Germany held talks in Berlin.")
                    .mention("France", "LOC", "Q142").mention("Germany", "LOC", "Q183")
                    .mention("Berlin", "LOC", "Q64"), "Meeting");
            assertEquals(Set.of("Q142", "Q183"), values(e, "participant"));
            assertEquals("Q64", qid(e, "location"));
        }

        @Test
        void aPhoneCallWithSomeoneIsAMeeting() {
            Event e = one(article().sentence("Marco Rossi held a phone call with Ivan Petrov on Monday.")
                    .mention("Marco Rossi", "PER").mention("Ivan Petrov", "PER"), "Meeting");
            assertEquals(Set.of("Marco Rossi", "Ivan Petrov"), values(e, "participant"));
        }

        @Test
        void hostingOrWelcomingAPersonIsAMeeting() {
            Event hosted = one(article().sentence("Anna Kowalski hosted Marco Rossi in Warsaw on Monday.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER").mention("Warsaw", "LOC", "Q270"),
                    "Meeting");
            assertEquals(Set.of("Anna Kowalski", "Marco Rossi"), values(hosted, "participant"));
            assertEquals("Q270", qid(hosted, "location"));
            Event welcomed = one(article().sentence("Marco Rossi welcomed Ivan Petrov to Rome on Friday.")
                    .mention("Marco Rossi", "PER").mention("Ivan Petrov", "PER").mention("Rome", "LOC", "Q220"),
                    "Meeting");
            assertEquals(Set.of("Marco Rossi", "Ivan Petrov"), values(welcomed, "participant"));
            assertEquals("2025-07-11", value(welcomed, "date"));
            // hosting an event or talks names no one met
            none(article().sentence("Poland hosted the summit in Warsaw.")
                    .mention("Poland", "LOC", "Q36").mention("Warsaw", "LOC", "Q270"), "Meeting");
            none(article().sentence("Anna Kowalski did not host Marco Rossi.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
        }

        @Test
        void speakingByPhoneWithSomeoneIsAMeeting() {
            Event e = one(article().sentence("Anna Kowalski spoke by phone with Marco Rossi on Friday.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            assertEquals(Set.of("Anna Kowalski", "Marco Rossi"), values(e, "participant"));
            Event to = one(article().sentence("Anna Kowalski spoke to Marco Rossi by telephone.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            assertEquals(Set.of("Anna Kowalski", "Marco Rossi"), values(to, "participant"));
            Event both = one(article().sentence("Anna Kowalski and Marco Rossi talked by phone on Monday.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            assertEquals(Set.of("Anna Kowalski", "Marco Rossi"), values(both, "participant"));
        }

        @Test
        void discussingSomethingByPhoneIsAMeeting() {
            Event e = one(article().sentence("Anna Kowalski and Marco Rossi discussed the grain deal by phone on"
                    + " Tuesday.").mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            assertEquals(Set.of("Anna Kowalski", "Marco Rossi"), values(e, "participant"));
            Event with = one(article().sentence("Anna Kowalski discussed security with Marco Rossi by telephone.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            assertEquals(Set.of("Anna Kowalski", "Marco Rossi"), values(with, "participant"));
            // discussing without a phone or video is no meeting of its own: "X discussed sanctions with Y" may be
            // at any forum; and a discussion only planned is none
            none(article().sentence("Anna Kowalski discussed the grain deal with Marco Rossi.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            none(article().sentence("Anna Kowalski will not discuss the grain deal by phone with Marco Rossi.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
        }

        @Test
        void speakingWithoutAPhoneOrToTheUnnamedIsNoMeeting() {
            // "spoke to X" is as often an interview or a speech as talks
            none(article().sentence("Anna Kowalski spoke to Marco Rossi after the vote.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            none(article().sentence("Anna Kowalski spoke by phone to reporters in Rome.")
                    .mention("Anna Kowalski", "PER").mention("Rome", "LOC", "Q220"), "Meeting");
            none(article().sentence("Anna Kowalski did not speak by phone with Marco Rossi.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
        }

        @Test
        void unnamedOfficialsOfAStateStandForTheState() {
            Event e = one(article().sentence("Anna Kowalski met Turkish officials in Ankara.")
                    .mention("Anna Kowalski", "PER").mention("Turkish", "NORP", "Q43")
                    .mention("Ankara", "LOC", "Q3640"), "Meeting");
            assertEquals(Set.of("Anna Kowalski", "Q43"), values(e, "participant"));
        }

        @Test
        void aSigningCeremonyIsAMeetingOfTheArticlesOneTreatysParties() {
            Event e = one(article().sentence("Canada and Poland signed a trade agreement on Monday.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36")
                    .sentence("The signing ceremony took place in Warsaw.").mention("Warsaw", "LOC", "Q270"),
                    "Meeting");
            assertEquals(Set.of("Q16", "Q36"), values(e, "participant"));
            assertEquals("Q270", qid(e, "location"));
        }

        @Test
        void aSigningCeremonyOfNoKnownOrOfSeveralTreatiesOrThatDidNotHappenIsNoMeeting() {
            none(article().sentence("The signing ceremony took place in Warsaw.").mention("Warsaw", "LOC", "Q270"),
                    "Meeting");
            none(article().sentence("Canada and Poland signed a trade agreement.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36")
                    .sentence("Italy and France signed a defence pact.")
                    .mention("Italy", "LOC", "Q38").mention("France", "LOC", "Q142")
                    .sentence("The signing ceremony took place in Warsaw.").mention("Warsaw", "LOC", "Q270"),
                    "Meeting");
            none(article().sentence("Canada and Poland signed a trade agreement.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36")
                    .sentence("The signing ceremony was postponed."), "Meeting");
            none(article().sentence("Canada and Poland signed a trade agreement.")
                    .mention("Canada", "LOC", "Q16").mention("Poland", "LOC", "Q36")
                    .sentence("The signing ceremony will not take place in Warsaw.").mention("Warsaw", "LOC", "Q270"),
                    "Meeting");
        }

        @Test
        void discussionsOrNegotiationsWithSomeoneAreAMeeting() {
            Event e = one(article().sentence("Anna Kowalski held discussions with Marco Rossi in Rome.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER").mention("Rome", "LOC", "Q220"),
                    "Meeting");
            assertEquals(Set.of("Anna Kowalski", "Marco Rossi"), values(e, "participant"));
            assertEquals("Q220", qid(e, "location"));
            Event n = one(article().sentence("Poland and Lithuania held negotiations in Vilnius.")
                    .mention("Poland", "LOC", "Q36").mention("Lithuania", "LOC", "Q37")
                    .mention("Vilnius", "LOC", "Q216"), "Meeting");
            assertEquals(Set.of("Q36", "Q37"), values(n, "participant"));
        }

        @Test
        void aVideoconferenceWithSomeoneIsAMeeting() {
            Event e = one(article().sentence("Marco Rossi held a videoconference with Ivan Petrov on Friday.")
                    .mention("Marco Rossi", "PER").mention("Ivan Petrov", "PER"), "Meeting");
            assertEquals(Set.of("Marco Rossi", "Ivan Petrov"), values(e, "participant"));
            none(article().sentence("Marco Rossi cancelled a videoconference with Ivan Petrov.")
                    .mention("Marco Rossi", "PER").mention("Ivan Petrov", "PER"), "Meeting");
        }

        @Test
        void negatedOrHopedForDiscussionsAreNoMeeting() {
            none(article().sentence("Anna Kowalski did not hold discussions with Marco Rossi.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            none(article().sentence("Anna Kowalski hopes to hold negotiations with Marco Rossi.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            none(article().sentence("Anna Kowalski ruled out negotiations with Marco Rossi.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            none(article().sentence("Anna Kowalski demanded talks with Marco Rossi.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            none(article().sentence("Poland accused Anna Kowalski of holding secret talks with Marco Rossi.")
                    .mention("Poland", "LOC", "Q36").mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"),
                    "Meeting");
        }

        @Test
        void unnamedOfficialsMetOnAVisitToAStateStandForThatState() {
            Event e = one(article().sentence("On her visit to Poland, Anna Kowalski met senior officials.")
                    .mention("Poland", "LOC", "Q36").mention("Anna Kowalski", "PER"), "Meeting");
            assertEquals(Set.of("Anna Kowalski", "Q36"), values(e, "participant"));
            assertEquals("Q36", qid(e, "location"));
        }

        @Test
        void unnamedOfficialsOfNoNamedStateGiveNoMeeting() {
            none(article().sentence("Anna Kowalski met senior officials.").mention("Anna Kowalski", "PER"),
                    "Meeting");
            none(article().sentence("On her visit to Poland, Anna Kowalski met officials from Lithuania and Latvia.")
                    .mention("Poland", "LOC", "Q36").mention("Anna Kowalski", "PER")
                    .mention("Lithuania", "LOC", "Q37").mention("Latvia", "LOC", "Q211"), "Meeting");
            none(article().sentence("On her visit to Poland, Anna Kowalski did not meet any officials.")
                    .mention("Poland", "LOC", "Q36").mention("Anna Kowalski", "PER"), "Meeting");
            none(article().sentence("On her visit to Poland, Anna Kowalski met troops.")
                    .mention("Poland", "LOC", "Q36").mention("Anna Kowalski", "PER"), "Meeting");
        }

        @Test
        void aMeetingWithOneSideOnlyIsNoMeeting() {
            none(article().sentence("Anna Kowalski met business leaders in Rome.")
                    .mention("Anna Kowalski", "PER").mention("Rome", "LOC", "Q220"), "Meeting");
        }

        @Test
        void negatedPossibleAndPlannedMeetingsAreNoMeetings() {
            none(article().sentence("Anna Kowalski did not meet Marco Rossi.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            none(article().sentence("Anna Kowalski may meet Marco Rossi in Rome.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER").mention("Rome", "LOC", "Q220"),
                    "Meeting");
            none(article().sentence("Anna Kowalski and Marco Rossi are likely to meet next week.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            none(article().sentence("Anna Kowalski plans to meet Marco Rossi.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Meeting");
            none(article().sentence("Further meetings between Ivan Petrov and Marco Rossi are likely next year.")
                    .mention("Ivan Petrov", "PER").mention("Marco Rossi", "PER"), "Meeting");
        }

        @Test
        void aDeniedMeetingIsNoMeeting() {
            none(article().sentence("Poland denied that Anna Kowalski met Ivan Petrov.")
                    .mention("Poland", "LOC", "Q36").mention("Anna Kowalski", "PER").mention("Ivan Petrov", "PER"),
                    "Meeting");
        }
    }

    @Nested
    class Statements {
        @Test
        void aNameThatSaysSomethingIsASpeaker() {
            Event e = one(article().sentence("Anna Kowalski said the border would stay open.")
                    .mention("Anna Kowalski", "PER"), "Statement");
            assertEquals("Anna Kowalski", value(e, "speaker"));
        }

        @Test
        void aSecondVerbOfSayingAfterAThatClauseHasTheFirstVerbsSubject() {
            Event e = one(article().sentence("Anna Kowalski admitted that Poland had sent tanks to Kyiv, but said the "
                    + "deliveries were over.").mention("Anna Kowalski", "PER").mention("Poland", "LOC", "Q36")
                    .mention("Kyiv", "LOC", "Q1899"), "Statement");
            assertEquals("Anna Kowalski", value(e, "speaker"));
            // without a comma the verb may belong to the reported clause itself
            Event inner = one(article().sentence("The ministry said that Ivan Petrov had resigned and said nothing "
                    + "more.").mention("Ivan Petrov", "PER"), "Statement");
            assertEquals("Ivan Petrov", value(inner, "speaker"));
        }

        @Test
        void reportedSpeechAfterAQuoteNamesTheSpeakerAfterSaid() {
            Event e = one(article().sentence("\"The roads are closed,\" said Ivan Petrov, head of Polish customs.")
                    .mention("Ivan Petrov", "PER").mention("Polish", "NORP", "Q36"), "Statement");
            assertEquals("Ivan Petrov", value(e, "speaker"));
            assertEquals("The roads are closed,", value(e, "quote"));
        }

        @Test
        void aNameThatOpensWhatWasSaidAfterACommaIsNoSpeaker() {
            Event e = one(article().sentence("Anna Kowalski, speaking after talks with Marco Rossi in Rome, said "
                    + "Europe must do more.").mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER")
                    .mention("Rome", "LOC", "Q220").mention("Europe", "LOC", "Q46"), "Statement");
            assertEquals("Anna Kowalski", value(e, "speaker"));
            Event after = one(article().sentence("\"The roads are closed,\" said Ivan Petrov.")
                    .mention("Ivan Petrov", "PER"), "Statement");
            assertEquals("Ivan Petrov", value(after, "speaker"));
        }

        @Test
        void severalRemarksOfOneSpeakerAreOneStatement() {
            Event e = one(article().sentence("Anna Kowalski said the talks went well.")
                    .mention("Anna Kowalski", "PER")
                    .sentence("\"We agreed on much,\" she said.")
                    .sentence("Kowalski also said more rounds would follow.").mention("Kowalski", "PER"),
                    "Statement");
            assertEquals("Anna Kowalski", value(e, "speaker"));
        }

        @Test
        void aCapitalThatAnnouncesStandsForItsState() {
            Event e = one(article().sentence("Moscow announced new rules for shipping.")
                    .mention("Moscow", "LOC", "Q649"), "Statement");
            assertEquals("Q159", qid(e, "speaker"));
        }

        @Test
        void aStateThatCondemnsOrAMinisterWhoWelcomesMakesAStatement() {
            Event e = one(article().sentence("The United Kingdom strongly condemns the attacks.")
                    .mention("United Kingdom", "LOC", "Q145"), "Statement");
            assertEquals("Q145", qid(e, "speaker"));
            Event w = one(article().sentence("Minister Anna Kowalski welcomes the new budget deal.")
                    .mention("Anna Kowalski", "PER"), "Statement");
            assertEquals("Anna Kowalski", value(w, "speaker"));
        }

        @Test
        void aDenialIsAStatementOfTheOneWhoDenies() {
            Event e = one(article().sentence("Iran denied the report.").mention("Iran", "LOC", "Q794"), "Statement");
            assertEquals("Q794", qid(e, "speaker"));
        }

        @Test
        void aSpeakerWhoDidNotSpeakOrMightSpeakGivesNothing() {
            none(article().sentence("Anna Kowalski did not say when the border would open.")
                    .mention("Anna Kowalski", "PER"), "Statement");
            none(article().sentence("Anna Kowalski is expected to announce a decision.")
                    .mention("Anna Kowalski", "PER"), "Statement");
        }

        @Test
        void anAnonymousSourceGivesNoStatement() {
            none(article().sentence("A source said the talks had failed.").sentence("Officials said nothing more."),
                    "Statement");
        }

        @Test
        void theFirstPersonOfAStatementBySomeoneIsThatPerson() {
            Event e = one(article().sentence("Statement by Minister Anna Kowalski on the Port Deal")
                    .mention("Anna Kowalski", "PER").sentence("I welcome the new agreement on the port."),
                    "Statement");
            assertEquals("Anna Kowalski", value(e, "speaker"));
        }

        @Test
        void theFirstPersonOfAnyOtherArticleIsNoSpeaker() {
            none(article().sentence("Minister Anna Kowalski visits the port")
                    .mention("Anna Kowalski", "PER").sentence("I welcome the new agreement on the port."),
                    "Statement");
            none(article().sentence("Statement by Minister Anna Kowalski on the Port Deal")
                    .mention("Anna Kowalski", "PER").sentence("I do not welcome the new agreement on the port."),
                    "Statement");
            none(article().sentence("Anna Kowalski gave the delegates a warm welcome.")
                    .mention("Anna Kowalski", "PER"), "Statement");
        }

        @Test
        void urgingSomeoneIsAStatementOfTheOneWhoUrges() {
            Event e = one(article().sentence("Marco Rossi urged Italy to reopen the port.")
                    .mention("Marco Rossi", "PER").mention("Italy", "LOC", "Q38"), "Statement");
            assertEquals("Marco Rossi", value(e, "speaker"));
            none(article().sentence("Marco Rossi did not urge Italy to reopen the port.")
                    .mention("Marco Rossi", "PER").mention("Italy", "LOC", "Q38"), "Statement");
            none(article().sentence("Marco Rossi may urge Italy to reopen the port.")
                    .mention("Marco Rossi", "PER").mention("Italy", "LOC", "Q38"), "Statement");
        }

        @Test
        void aPronounSubjectHidesTheNamesBeforeIt() {
            none(article().sentence("Syrians face hardship, and we urge our partners to help.")
                    .mention("Syrians", "NORP", "Q858"), "Statement");
            none(article().sentence("Canada sent aid after they urged more help.")
                    .mention("Canada", "LOC", "Q16"), "Statement");
        }

        @Test
        void theBodyInASpeakersTitleIsNoSpeaker() {
            Event e = one(article().sentence("Anna Kowalski, Trade Ministry spokeswoman, said the port would reopen.")
                    .mention("Anna Kowalski", "PER").mention("Trade Ministry", "ORG"), "Statement");
            assertEquals("Anna Kowalski", value(e, "speaker"));
        }
    }

    @Nested
    class Supports {
        @Test
        void supportReceivedFromSomeoneIsTheirs() {
            Event e = one(article().sentence("Latvia has received strong military support from Canada since 2022.")
                    .mention("Latvia", "LOC", "Q211").mention("Canada", "LOC", "Q16"), "Support");
            assertEquals("Q16", qid(e, "supporter"));
            assertEquals("Q211", qid(e, "supported"));
            none(article().sentence("Latvia has not received support from Canada.")
                    .mention("Latvia", "LOC", "Q211").mention("Canada", "LOC", "Q16"), "Support");
            none(article().sentence("Latvia hopes to receive support from Canada.")
                    .mention("Latvia", "LOC", "Q211").mention("Canada", "LOC", "Q16"), "Support");
        }

        @Test
        void thankingSomeoneForTheirSupportNamesTheSupporter() {
            Event e = one(article().sentence("Latvia thanked Canada for its support.")
                    .mention("Latvia", "LOC", "Q211").mention("Canada", "LOC", "Q16"), "Support");
            assertEquals("Q16", qid(e, "supporter"));
            assertEquals("Q211", qid(e, "supported"));
        }

        @Test
        void supportForAStatesWarGivesSupporterSupportedAndMatter() {
            Event e = one(article().sentence("Belarus has declared its full support for Russia's war in Ukraine.")
                    .mention("Belarus", "LOC", "Q184").mention("Russia", "LOC", "Q159")
                    .mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals("Q184", qid(e, "supporter"));
            assertEquals("Q159", qid(e, "supported"));
            assertEquals("war in Ukraine", value(e, "matter"));
        }

        @Test
        void aVerbOfBackingTakesSubjectAndObject() {
            Event e = one(article().sentence("Canada backs Ukraine in its talks.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals("Q16", qid(e, "supporter"));
            assertEquals("Q212", qid(e, "supported"));
        }

        @Test
        void passiveSupportTakesTheSupporterFromTheAgent() {
            Event e = one(article().sentence("Syria is supported by Iran.")
                    .mention("Syria", "LOC", "Q858").mention("Iran", "LOC", "Q794"), "Support");
            assertEquals("Q794", qid(e, "supporter"));
            assertEquals("Q858", qid(e, "supported"));
        }

        @Test
        void aTopicOfSupportNamesNoSupporter() {
            none(article().sentence("The visit of Anna Kowalski focused on support to Syria.")
                    .mention("Anna Kowalski", "PER").mention("Syria", "LOC", "Q858"), "Support");
        }

        @Test
        void anExpressedSupportTakesTheSubjectAsSupporter() {
            Event e = one(article().sentence("Iran expressed support for Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Support");
            assertEquals("Q794", qid(e, "supporter"));
            assertEquals("Q858", qid(e, "supported"));
        }

        @Test
        void supportWithoutASupportedSideIsNoSupport() {
            none(article().sentence("Belarus, with Russia's backing, hosted the games.")
                    .mention("Belarus", "LOC", "Q184").mention("Russia", "LOC", "Q159"), "Support");
        }

        @Test
        void deniedOrConditionalSupportIsNoSupport() {
            none(article().sentence("Iran denied backing Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Support");
            none(article().sentence("Canada would support Ukraine if asked.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Support");
            none(article().sentence("Poland accused Belarus of supporting Russia.")
                    .mention("Poland", "LOC", "Q36").mention("Belarus", "LOC", "Q184")
                    .mention("Russia", "LOC", "Q159"), "Support");
        }

        @Test
        void trainingAnotherSidesForcesIsSupport() {
            Event e = one(article().sentence("Canada trained Ukrainian troops in Poland.")
                    .mention("Canada", "LOC", "Q16").mention("Ukrainian", "NORP", "Q212")
                    .mention("Poland", "LOC", "Q36"), "Support");
            assertEquals("Q16", qid(e, "supporter"));
            assertEquals("Q212", qid(e, "supported"));
            none(article().sentence("Canada did not train Ukrainian troops.")
                    .mention("Canada", "LOC", "Q16").mention("Ukrainian", "NORP", "Q212"), "Support");
            none(article().sentence("Canada may train Ukrainian troops.")
                    .mention("Canada", "LOC", "Q16").mention("Ukrainian", "NORP", "Q212"), "Support");
            none(article().sentence("Canadian troops are training at home.")
                    .mention("Canadian", "NORP", "Q16"), "Support");
        }

        @Test
        void supportThrownBehindASideIsSupport() {
            Event e = one(article().sentence("Turkey has thrown its support behind Azerbaijan in the dispute.")
                    .mention("Turkey", "LOC", "Q43").mention("Azerbaijan", "LOC", "Q227"), "Support");
            assertEquals("Q43", qid(e, "supporter"));
            assertEquals("Q227", qid(e, "supported"));
            Event put = one(article().sentence("Poland put its full support behind Ukraine on Monday.")
                    .mention("Poland", "LOC", "Q36").mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals("Q212", qid(put, "supported"));
            none(article().sentence("Support behind Ukraine is waning in Poland.")
                    .mention("Ukraine", "LOC", "Q212").mention("Poland", "LOC", "Q36"), "Support");
        }

        @Test
        void trainingInTheProgressiveIsSupportAndTheNounIsNone() {
            Event e = one(article().sentence("Germany is training Iraqi soldiers in Erbil.")
                    .mention("Germany", "LOC", "Q183").mention("Iraqi", "NORP", "Q796").mention("Erbil", "LOC"),
                    "Support");
            assertEquals("Q183", qid(e, "supporter"));
            assertEquals("Q796", qid(e, "supported"));
            none(article().sentence("Germany provided masks to Iraqi soldiers during training in Erbil.")
                    .mention("Germany", "LOC", "Q183").mention("Iraqi", "NORP", "Q796").mention("Erbil", "LOC"),
                    "Support");
            none(article().sentence("Training for Iraqi pilots began in Germany.")
                    .mention("Iraqi", "NORP", "Q796").mention("Germany", "LOC", "Q183"), "Support");
        }

        @Test
        void aidedBySupportFromASideIsSupportOfTheClauseSubject() {
            Event e = one(article().sentence("The Peshmerga recaptured Sinjar from ISIL, aided by air support from "
                    + "Canada.").mention("Peshmerga", "ORG").mention("Sinjar", "LOC").mention("ISIL", "ORG")
                    .mention("Canada", "LOC", "Q16"), "Support");
            assertEquals("Q16", qid(e, "supporter"));
            assertEquals("Peshmerga", value(e, "supported"));
            Event a = one(article().sentence("The Peshmerga took Sinjar, aided by strong support from our ally Canada "
                    + "and our partners.").mention("Peshmerga", "ORG").mention("Sinjar", "LOC")
                    .mention("Canada", "LOC", "Q16"), "Support");
            assertEquals("Q16", qid(a, "supporter"));
            assertEquals("Peshmerga", value(a, "supported"));
        }

        @Test
        void supportFromASideWithoutASupportedClauseIsNoSupport() {
            none(article().sentence("Support from Canada arrived late.").mention("Canada", "LOC", "Q16"),
                    "Support");
            none(article().sentence("The Peshmerga recaptured Sinjar, not aided by any support from Canada.")
                    .mention("Peshmerga", "ORG").mention("Sinjar", "LOC").mention("Canada", "LOC", "Q16"), "Support");
        }

        @Test
        void aCommitmentToEmpowerASideIsSupport() {
            Event e = one(article().sentence("Canada reaffirmed its commitment to empower Ukraine.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals("Q16", qid(e, "supporter"));
            assertEquals("Q212", qid(e, "supported"));
            none(article().sentence("Canada refused to empower Ukraine.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Support");
            none(article().sentence("Canada might empower Ukraine.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Support");
        }
    }

    @Nested
    class Sanctions {
        @Test
        void imposingSanctionsOnAStateNamesImposerAndTarget() {
            Event e = one(article().sentence("Canada imposed new sanctions on Iran in October.")
                    .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
            assertEquals("Q16", qid(e, "imposer"));
            assertEquals("Q794", qid(e, "sanctionTarget"));
            assertEquals("2024-10", value(e, "date"));
        }

        @Test
        void aStateNamedAsTheModifierOfFirmsIsNoTarget() {
            // the firms are sanctioned, not the state that names them; its unnamed officials stand for it
            none(article().sentence("China sanctioned three US defence firms on Friday.")
                    .mention("China", "LOC", "Q148").mention("US", "LOC", "Q30"), "Sanction");
            none(article().sentence("China imposed sanctions on US arms makers.")
                    .mention("China", "LOC", "Q148").mention("US", "LOC", "Q30"), "Sanction");
            Event officials = one(article().sentence("China sanctioned US officials on Friday.")
                    .mention("China", "LOC", "Q148").mention("US", "LOC", "Q30"), "Sanction");
            assertEquals("Q30", qid(officials, "sanctionTarget"));
            Event government = one(article().sentence("Canada imposed sanctions on the Iranian government.")
                    .mention("Canada", "LOC", "Q16").mention("Iranian", "NORP", "Q794"), "Sanction");
            assertEquals("Q794", qid(government, "sanctionTarget"));
        }

        @Test
        void aSanctionedPairOfStatesGivesOneSanctionEach() {
            List<Event> found = events(article().sentence("Iran and Syria held talks.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858")
                    .sentence("The two heavily sanctioned countries trade oil."), "Sanction");
            assertEquals(Set.of("Q794", "Q858"),
                    found.stream().map(e -> qid(e, "sanctionTarget")).collect(Collectors.toSet()));
        }

        @Test
        void theVerbSanctionTakesItsObjectAsTarget() {
            Event e = one(article().sentence("The United Kingdom sanctioned Belarus over the election.")
                    .mention("United Kingdom", "LOC", "Q145").mention("Belarus", "LOC", "Q184"), "Sanction");
            assertEquals("Q145", qid(e, "imposer"));
            assertEquals("Q184", qid(e, "sanctionTarget"));
        }

        @Test
        void threatenedOrLiftedSanctionsAreNoSanction() {
            none(article().sentence("Canada threatened to impose sanctions on Iran.")
                    .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("Canada may sanction Iran.")
                    .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("The ministers discussed sanctions against Iran.")
                    .mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("Lawmakers in Ottawa are debating an embargo on Iran.")
                    .mention("Ottawa", "LOC", "Q1930").mention("Iran", "LOC", "Q794"), "Sanction");
        }

        @Test
        void anEmbargoOnAStateOrABlacklistedStateIsASanction() {
            Event e = one(article().sentence("Canada imposed an arms embargo on Iran.")
                    .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
            assertEquals("Q16", qid(e, "imposer"));
            assertEquals("Q794", qid(e, "sanctionTarget"));
            Event b = one(article().sentence("The United Kingdom blacklisted Belarus in May.")
                    .mention("United Kingdom", "LOC", "Q145").mention("Belarus", "LOC", "Q184"), "Sanction");
            assertEquals("Q145", qid(b, "imposer"));
            assertEquals("Q184", qid(b, "sanctionTarget"));
        }

        @Test
        void aLiftedOrPossibleEmbargoIsNoSanction() {
            none(article().sentence("Canada lifted the embargo on Iran.")
                    .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("Canada eased its sanctions on Iran.")
                    .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("Canada ended its backing for Iran.")
                    .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794"), "Support");
            none(article().sentence("Canada could impose an embargo on Iran.")
                    .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("The United Kingdom has never blacklisted Belarus.")
                    .mention("United Kingdom", "LOC", "Q145").mention("Belarus", "LOC", "Q184"), "Sanction");
        }

        @Test
        void companiesProhibitedFromProvidingToATargetAreSanctionedByTheirState() {
            Event e = one(article().sentence("Canadian banks are prohibited from providing loans to Iran.")
                    .mention("Canadian", "NORP", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
            assertEquals("Q16", qid(e, "imposer"));
            assertEquals("Q794", qid(e, "sanctionTarget"));
            Event a = one(article().sentence("Canada bars its firms from selling software to the Iranian "
                    + "government.").mention("Canada", "LOC", "Q16").mention("Iranian", "NORP", "Q794"),
                    "Sanction");
            assertEquals("Q16", qid(a, "imposer"));
            assertEquals("Q794", qid(a, "sanctionTarget"));
        }

        @Test
        void anUnprohibitedPossibleOrAllegedBanIsNoSanction() {
            none(article().sentence("Canadian banks are not prohibited from providing loans to Iran.")
                    .mention("Canadian", "NORP", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("Canadian banks may be prohibited from providing loans to Iran.")
                    .mention("Canadian", "NORP", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("Iran alleged that Canadian banks are prohibited from providing loans to Iran.")
                    .mention("Iran", "LOC", "Q794").mention("Canadian", "NORP", "Q16")
                    .mention("Iran", "LOC", "Q794"), "Sanction");
            none(article().sentence("Canadian banks are prohibited from charging high fees.")
                    .mention("Canadian", "NORP", "Q16"), "Sanction");
            none(article().sentence("Canadian citizens are barred from travelling to Iran.")
                    .mention("Canadian", "NORP", "Q16").mention("Iran", "LOC", "Q794"), "Sanction");
        }
    }

    @Nested
    class Invitations {
        @Test
        void anInviterInvitesAnInviteeToAnEvent() {
            Event e = one(article().sentence("Italy has invited Poland to take part in the annual summit on "
                    + "maritime security, to be held in Rome.").mention("Italy", "LOC", "Q38")
                    .mention("Poland", "LOC", "Q36").mention("Rome", "LOC", "Q220"), "Invitation");
            assertEquals("Q38", qid(e, "inviter"));
            assertEquals("Q36", qid(e, "invitee"));
            assertEquals("annual summit on maritime security", value(e, "invitedTo"));
        }

        @Test
        void aReportedInvitationWithAnAsideKeepsTheSubjectAsInviter() {
            Event e = one(article().sentence("Ivan Petrov said that Belarus, with China's help, invited Iran to "
                    + "the trade fair.").mention("Ivan Petrov", "PER").mention("Belarus", "LOC", "Q184")
                    .mention("China", "LOC", "Q148").mention("Iran", "LOC", "Q794"), "Invitation");
            assertEquals("Q184", qid(e, "inviter"));
            assertEquals("Q794", qid(e, "invitee"));
            assertEquals("trade fair", value(e, "invitedTo"));
        }

        @Test
        void eachCoordinatedInviteeIsInvited() {
            List<Event> found = events(article().sentence("Turkey invited Russia and Ukraine to Istanbul for talks.")
                    .mention("Turkey", "LOC", "Q43").mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212")
                    .mention("Istanbul", "LOC"), "Invitation");
            assertEquals(Set.of("Q159", "Q212"), found.stream().map(e -> qid(e, "invitee"))
                    .collect(Collectors.toSet()));
            found.forEach(e -> assertEquals("Q43", qid(e, "inviter")));
        }

        @Test
        void theUnnamedLeadersOfStatesStandForTheStates() {
            List<Event> found = events(article().sentence("Turkey invited the leaders of Russia and Ukraine to"
                    + " Istanbul.").mention("Turkey", "LOC", "Q43").mention("Russia", "LOC", "Q159")
                    .mention("Ukraine", "LOC", "Q212").mention("Istanbul", "LOC"), "Invitation");
            assertEquals(Set.of("Q159", "Q212"), found.stream().map(e -> qid(e, "invitee"))
                    .collect(Collectors.toSet()));
            // a post with a state is no unnamed officials: the state is not invited
            List<Event> named = events(article().sentence("Turkey invited the president of Ukraine, Anna Kowalski, to"
                    + " Istanbul.").mention("Turkey", "LOC", "Q43").mention("Ukraine", "LOC", "Q212")
                    .mention("Anna Kowalski", "PER").mention("Istanbul", "LOC"), "Invitation");
            named.forEach(e -> assertEquals("Anna Kowalski", value(e, "invitee")));
        }

        @Test
        void aPassiveInvitationTakesTheInviterFromTheAgent() {
            Event e = one(article().sentence("Anna Kowalski was invited to the conference by Marco Rossi.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Invitation");
            assertEquals("Marco Rossi", value(e, "inviter"));
            assertEquals("Anna Kowalski", value(e, "invitee"));
        }

        @Test
        void anInvitationNounFromOneToAnotherCounts() {
            Event e = one(article().sentence("Canada accepted an invitation from France to the summit.")
                    .mention("Canada", "LOC", "Q16").mention("France", "LOC", "Q142"), "Invitation");
            assertEquals("Q142", qid(e, "inviter"));
            assertEquals("Q16", qid(e, "invitee"));
        }

        @Test
        void anInvitationExtendedToSomeoneIsTheSubjectsInvitation() {
            Event e = one(article().sentence("India extended an invitation to Italian Prime Minister Marco Rossi to "
                    + "attend the summit in New Delhi.").mention("India", "LOC", "Q668").mention("Italian", "NORP", "Q38")
                    .mention("Marco Rossi", "PER").mention("New Delhi", "LOC", "Q987"), "Invitation");
            assertEquals("Q668", qid(e, "inviter"));
            assertEquals("Marco Rossi", value(e, "invitee"));
            assertEquals("summit in New Delhi", value(e, "invitedTo"));
            Event sent = one(article().sentence("Poland sent an invitation to Canada for the conference.")
                    .mention("Poland", "LOC", "Q36").mention("Canada", "LOC", "Q16"), "Invitation");
            assertEquals("Q36", qid(sent, "inviter"));
            assertEquals("Q16", qid(sent, "invitee"));
            // the recipient of an invitation that was only considered, or of someone else's, is not invited by X
            none(article().sentence("India considered an invitation to Canada.")
                    .mention("India", "LOC", "Q668").mention("Canada", "LOC", "Q16"), "Invitation");
            none(article().sentence("India did not extend an invitation to Canada.")
                    .mention("India", "LOC", "Q668").mention("Canada", "LOC", "Q16"), "Invitation");
        }

        @Test
        void aDeclinedOrPossibleInvitationIsNoInvitation() {
            none(article().sentence("Italy did not invite Poland to the summit.")
                    .mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36"), "Invitation");
            none(article().sentence("Italy could invite Poland to the summit.")
                    .mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36"), "Invitation");
        }
    }

    @Nested
    class Attacks {
        @Test
        void aVerbOfAttackingTakesAttackerAndTarget() {
            Event e = one(article().sentence("Russia attacked Ukraine in February 2022.")
                    .mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212"), "Attack");
            assertEquals("Q159", qid(e, "attacker"));
            assertEquals("Q212", qid(e, "attackTarget"));
        }

        @Test
        void anAttackThatACasePutsIsNoAttack() {
            none(article().sentence("In the event of an attack on Estonia, the battalion would defend the border.")
                    .mention("Estonia", "LOC", "Q191"), "Attack");
            none(article().sentence("In case of a Russian attack on Latvia, allies would send aircraft.")
                    .mention("Russian", "NORP", "Q159").mention("Latvia", "LOC", "Q211"), "Attack");
            none(article().sentence("The drills prepare for an attack on Finland.")
                    .mention("Finland", "LOC", "Q33"), "Attack");
            Event real = one(article().sentence("In the attack on Estonia's border post, two guards were hurt.")
                    .mention("Estonia", "LOC", "Q191"), "Attack");
            assertEquals("Q191", qid(real, "attackTarget"));
        }

        @Test
        void attacksOnCoordinatedTownsGiveOneAttackPerTown() {
            List<Event> found = events(article().sentence("The ISIL attacks on Jabla and Tartus killed many.")
                    .mention("ISIL", "ORG").mention("Jabla", "LOC").mention("Tartus", "LOC"), "Attack");
            assertEquals(2, found.size(), found.toString());
            assertTrue(found.stream().allMatch(e -> "ISIL".equals(value(e, "attacker"))));
            assertEquals(Set.of("Jabla", "Tartus"), found.stream().map(e -> value(e, "attackTarget"))
                    .collect(Collectors.toSet()));
        }

        @Test
        void bombingsInTownsByANamedGroupTargetTheTowns() {
            List<Event> found = events(article().sentence("Two ISIL bombings in Jabla and Tartus killed many.")
                    .mention("ISIL", "ORG").mention("Jabla", "LOC").mention("Tartus", "LOC"), "Attack");
            assertEquals(Set.of("Jabla", "Tartus"), found.stream().map(e -> value(e, "attackTarget"))
                    .collect(Collectors.toSet()));
        }

        @Test
        void aNationalityBeforeStrikesIsTheAttackingStateAndTheCityStaysTheTarget() {
            Event e = one(article().sentence("Russian strikes on Kyiv continued overnight.")
                    .mention("Russian", "NORP", "Q159").mention("Kyiv", "LOC", "Q1899"), "Attack");
            assertEquals("Q159", qid(e, "attacker"));
            assertEquals("Q1899", qid(e, "attackTarget"));
        }

        @Test
        void aNationalityBeforeSanctionsIsTheImposingState() {
            Event e = one(article().sentence("British sanctions on Iran took effect.")
                    .mention("British", "NORP", "Q145").mention("Iran", "LOC", "Q794"), "Sanction");
            assertEquals("Q145", qid(e, "imposer"));
            assertEquals("Q794", qid(e, "sanctionTarget"));
        }

        @Test
        void aParticipleBetweenThePossessorAndTheNounKeepsTheAttacker() {
            List<Event> found = events(article()
                    .sentence("We condemn Russia's escalating attacks on Kharkiv and Odesa.")
                    .mention("Russia", "LOC", "Q159").mention("Kharkiv", "LOC").mention("Odesa", "LOC"), "Attack");
            assertEquals(2, found.size(), found.toString());
            assertTrue(found.stream().allMatch(e -> "Q159".equals(qid(e, "attacker"))), found.toString());
            Event e = one(article().sentence("Russia's continued strikes on Kharkiv killed ten people.")
                    .mention("Russia", "LOC", "Q159").mention("Kharkiv", "LOC"), "Attack");
            assertEquals("Q159", qid(e, "attacker"));
            assertEquals("Kharkiv", value(e, "attackTarget"));
        }

        @Test
        void aParticipleWithoutAPossessorOwnsNothing() {
            // "Russia" is the subject of "condemned", not the owner of the attacks
            List<Event> found = events(article().sentence("Russia condemned escalating attacks on Kharkiv.")
                    .mention("Russia", "LOC", "Q159").mention("Kharkiv", "LOC"), "Attack");
            assertTrue(found.stream().noneMatch(e -> "Q159".equals(qid(e, "attacker"))), found.toString());
        }

        @Test
        void anUnnamedAttackerInATownGivesNoAttack() {
            none(article().sentence("The attacks in Jabla killed many.").mention("Jabla", "LOC"), "Attack");
        }

        @Test
        void anIncursionIntoARegionOfAStateTargetsTheStateThere() {
            Event e = one(article().sentence("The incursion by Ukraine into Russia's Belgorod region failed.")
                    .mention("Ukraine", "LOC", "Q212").mention("Russia", "LOC", "Q159")
                    .mention("Belgorod", "LOC"), "Attack");
            assertEquals("Q212", qid(e, "attacker"));
            assertEquals("Q159", qid(e, "attackTarget"));
            assertEquals("Belgorod", value(e, "location"));
        }

        @Test
        void aPassiveAttackTakesTheAttackerFromTheAgent() {
            Event e = one(article().sentence("Kharkiv was shelled by Russia overnight.")
                    .mention("Kharkiv", "LOC").mention("Russia", "LOC", "Q159"), "Attack");
            assertEquals("Q159", qid(e, "attacker"));
            assertEquals("Kharkiv", value(e, "attackTarget"));
        }

        @Test
        void accusedDeniedOrThreatenedAttacksAreNoAttacks() {
            none(article().sentence("Iran accused Israel of attacking Syria.").mention("Iran", "LOC", "Q794")
                    .mention("Israel", "LOC").mention("Syria", "LOC", "Q858"), "Attack");
            none(article().sentence("Russia denied attacking Ukraine.").mention("Russia", "LOC", "Q159")
                    .mention("Ukraine", "LOC", "Q212"), "Attack");
            none(article().sentence("Russia threatened to attack Ukraine.").mention("Russia", "LOC", "Q159")
                    .mention("Ukraine", "LOC", "Q212"), "Attack");
        }

        @Test
        void genericFightingWordsGiveNoAttack() {
            none(article().sentence("Canada joined the fight against ISIL.").mention("Canada", "LOC", "Q16")
                    .mention("ISIL", "ORG"), "Attack");
        }

        @Test
        void aStateThatStruckAnotherAttackedIt() {
            Event e = one(article().sentence("Russia struck Kharkiv with missiles on Monday.")
                    .mention("Russia", "LOC", "Q159").mention("Kharkiv", "LOC"), "Attack");
            assertEquals("Q159", qid(e, "attacker"));
            assertEquals("Kharkiv", value(e, "attackTarget"));
        }

        @Test
        void quakesStormsPoliceRaidsAndAssaultChargesAreNoAttacks() {
            none(article().sentence("A strong earthquake struck Turkey on Monday.").mention("Turkey", "LOC", "Q43"),
                    "Attack");
            none(article().sentence("Hurricane Ian struck Florida.").mention("Ian", "PER")
                    .mention("Florida", "LOC"), "Attack");
            none(article().sentence("FBI agents raided the offices of Acme in Ohio.").mention("FBI", "ORG")
                    .mention("Acme", "ORG").mention("Ohio", "LOC"), "Attack");
            none(article().sentence("Prosecutors filed assault charges against Jon Berg.")
                    .mention("Jon Berg", "PER"), "Attack");
        }

        @Test
        void struckDealsAndUnstruckTownsAreNoAttacks() {
            none(article().sentence("Russia and Iran struck a deal on gas.")
                    .mention("Russia", "LOC", "Q159").mention("Iran", "LOC", "Q794"), "Attack");
            none(article().sentence("Russia has not struck Kharkiv this week.")
                    .mention("Russia", "LOC", "Q159").mention("Kharkiv", "LOC"), "Attack");
            none(article().sentence("Ukraine alleged that Russia struck Kharkiv.")
                    .mention("Ukraine", "LOC", "Q212").mention("Russia", "LOC", "Q159").mention("Kharkiv", "LOC"),
                    "Attack");
        }

        @Test
        void whoeverLaunchesOrFliesStrikesIsTheAttacker() {
            Event e = one(article().sentence("Russia launched strikes on Kharkiv overnight.")
                    .mention("Russia", "LOC", "Q159").mention("Kharkiv", "LOC"), "Attack");
            assertEquals("Q159", qid(e, "attacker"));
            assertEquals("Kharkiv", value(e, "attackTarget"));
            Event r = one(article().sentence("Canada formed the 5th Squadron, which flies strike missions against "
                    + "ISIL.").mention("Canada", "LOC", "Q16").mention("5th Squadron", "ORG")
                    .mention("ISIL", "ORG"), "Attack");
            assertEquals("5th Squadron", value(r, "attacker"));
            assertEquals("ISIL", value(r, "attackTarget"));
        }

        @Test
        void idiomsWithAttackWordsAreNoAttacks() {
            none(article().sentence("Doctors went on strike against the Polish government.")
                    .mention("Polish", "NORP", "Q36"), "Attack");
            none(article().sentence("Canada launched a charm offensive against Iran.")
                    .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794"), "Attack");
        }

        @Test
        void strikesNotLaunchedOrOnlyPossibleAreNoAttacks() {
            none(article().sentence("Russia did not launch strikes on Kharkiv.")
                    .mention("Russia", "LOC", "Q159").mention("Kharkiv", "LOC"), "Attack");
            none(article().sentence("Russia could carry out strikes on Kharkiv.")
                    .mention("Russia", "LOC", "Q159").mention("Kharkiv", "LOC"), "Attack");
            none(article().sentence("Ukraine accused Russia of launching strikes on Kharkiv.")
                    .mention("Ukraine", "LOC", "Q212").mention("Russia", "LOC", "Q159").mention("Kharkiv", "LOC"),
                    "Attack");
        }

        @Test
        void liberatingAPlaceFromASideAttacksThatSideThere() {
            Event e = one(article().sentence("The Peshmerga liberated the town of Sinjar from ISIL control.")
                    .mention("Peshmerga", "ORG").mention("Sinjar", "LOC").mention("ISIL", "ORG"), "Attack");
            assertEquals("Peshmerga", value(e, "attacker"));
            assertEquals("ISIL", value(e, "attackTarget"));
            assertEquals("Sinjar", value(e, "location"));
            Event r = one(article().sentence("Ukraine recaptured Kherson from Russia in November.")
                    .mention("Ukraine", "LOC", "Q212").mention("Kherson", "LOC").mention("Russia", "LOC", "Q159"),
                    "Attack");
            assertEquals("Q212", qid(r, "attacker"));
            assertEquals("Q159", qid(r, "attackTarget"));
            assertEquals("Kherson", value(r, "location"));
        }

        @Test
        void aPassiveOrNounLiberationTakesTheLiberatorFromTheAgent() {
            Event e = one(article().sentence("Sinjar was liberated from ISIL by the Peshmerga.")
                    .mention("Sinjar", "LOC").mention("ISIL", "ORG").mention("Peshmerga", "ORG"), "Attack");
            assertEquals("Peshmerga", value(e, "attacker"));
            assertEquals("ISIL", value(e, "attackTarget"));
            assertEquals("Sinjar", value(e, "location"));
            Event n = one(article().sentence("The liberation of Sinjar from ISIL by the Peshmerga ended the siege.")
                    .mention("Sinjar", "LOC").mention("ISIL", "ORG").mention("Peshmerga", "ORG"), "Attack");
            assertEquals("Peshmerga", value(n, "attacker"));
            assertEquals("ISIL", value(n, "attackTarget"));
            assertEquals("Sinjar", value(n, "location"));
        }

        @Test
        void aLiberationThatDidNotHappenOrNamesNoSideIsNoAttack() {
            none(article().sentence("The Peshmerga did not liberate Sinjar from ISIL.")
                    .mention("Peshmerga", "ORG").mention("Sinjar", "LOC").mention("ISIL", "ORG"), "Attack");
            none(article().sentence("The Peshmerga plan to liberate Sinjar from ISIL.")
                    .mention("Peshmerga", "ORG").mention("Sinjar", "LOC").mention("ISIL", "ORG"), "Attack");
            none(article().sentence("ISIL claimed falsely that the Peshmerga recaptured Sinjar from ISIL.")
                    .mention("ISIL", "ORG").mention("Peshmerga", "ORG").mention("Sinjar", "LOC")
                    .mention("ISIL", "ORG"), "Attack");
            none(article().sentence("The Peshmerga rebuilt liberated areas near Sinjar.")
                    .mention("Peshmerga", "ORG").mention("Sinjar", "LOC"), "Attack");
            none(article().sentence("The Peshmerga liberated Sinjar.")
                    .mention("Peshmerga", "ORG").mention("Sinjar", "LOC"), "Attack");
            none(article().sentence("Anna Kowalski retook the lead from Marco Rossi.")
                    .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER"), "Attack");
            none(article().sentence("The Peshmerga vowed to liberate Sinjar from ISIL.")
                    .mention("Peshmerga", "ORG").mention("Sinjar", "LOC").mention("ISIL", "ORG"), "Attack");
            none(article().sentence("The Peshmerga began the campaign for the liberation of Sinjar from ISIL.")
                    .mention("Peshmerga", "ORG").mention("Sinjar", "LOC").mention("ISIL", "ORG"), "Attack");
        }
    }

    /**
     * An object named with its title ("Polish President Anna Kowalski") is the person: the nationality before the
     * title only says whose president she is, and a rule that took the first name of the phrase made the state the
     * invitee, the supported or the target.
     */
    @Nested
    class TitledObjects {
        @Test
        void anInviteeWithANationalTitleIsThePerson() {
            Event e = one(article().sentence("Italy invited Polish President Anna Kowalski to the summit.")
                    .mention("Italy", "LOC", "Q38").mention("Polish", "NORP", "Q36")
                    .mention("Anna Kowalski", "PER"), "Invitation");
            assertEquals("Q38", qid(e, "inviter"));
            assertEquals("Anna Kowalski", value(e, "invitee"));
        }

        @Test
        void theSupportedWithANationalTitleIsThePerson() {
            Event e = one(article().sentence("Italy strongly supports Polish President Anna Kowalski.")
                    .mention("Italy", "LOC", "Q38").mention("Polish", "NORP", "Q36")
                    .mention("Anna Kowalski", "PER"), "Support");
            assertEquals("Anna Kowalski", value(e, "supported"));
            e = one(article().sentence("Italy voiced its support for Polish President Anna Kowalski.")
                    .mention("Italy", "LOC", "Q38").mention("Polish", "NORP", "Q36")
                    .mention("Anna Kowalski", "PER"), "Support");
            assertEquals("Anna Kowalski", value(e, "supported"));
        }

        @Test
        void aSanctionedPersonWithANationalTitleIsTheTarget() {
            Event e = one(article().sentence("Italy sanctioned Russian businessman Ivan Petrov on Thursday.")
                    .mention("Italy", "LOC", "Q38").mention("Russian", "NORP", "Q159")
                    .mention("Ivan Petrov", "PER"), "Sanction");
            assertEquals("Q38", qid(e, "imposer"));
            assertEquals("Ivan Petrov", value(e, "sanctionTarget"));
            e = one(article().sentence("Italy imposed sanctions on Russian businessman Ivan Petrov.")
                    .mention("Italy", "LOC", "Q38").mention("Russian", "NORP", "Q159")
                    .mention("Ivan Petrov", "PER"), "Sanction");
            assertEquals("Ivan Petrov", value(e, "sanctionTarget"));
        }

        @Test
        void aTownNamedAfterTownOfIsTheTarget() {
            Event e = one(article().sentence("Ukrainian forces shelled the Russian town of Belgorod.")
                    .mention("Ukrainian", "NORP", "Q212").mention("Russian", "NORP", "Q159")
                    .mention("Belgorod", "LOC", "Q5142"), "Attack");
            assertEquals("Q212", qid(e, "attacker"));
            assertEquals("Q5142", qid(e, "attackTarget"));
            Event noun = one(article().sentence("Russia launched an attack on the city of Kharkiv.")
                    .mention("Russia", "LOC", "Q159").mention("Kharkiv", "LOC", "Q42308"), "Attack");
            assertEquals("Q42308", qid(noun, "attackTarget"));
        }

        @Test
        void anAttackedPersonWithANationalTitleIsTheTarget() {
            Event e = one(article().sentence("Gunmen from ISIL attacked Polish envoy Anna Kowalski in Kyiv.")
                    .mention("ISIL", "ORG").mention("Polish", "NORP", "Q36").mention("Anna Kowalski", "PER")
                    .mention("Kyiv", "LOC", "Q1899"), "Attack");
            assertEquals("Anna Kowalski", value(e, "attackTarget"));
        }

        @Test
        void aNationalityBeforeAForceStillStandsForItsState() {
            Event e = one(article().sentence("Russian forces attacked Ukrainian troops near Kyiv.")
                    .mention("Russian", "NORP", "Q159").mention("Ukrainian", "NORP", "Q212")
                    .mention("Kyiv", "LOC", "Q1899"), "Attack");
            assertEquals("Q212", qid(e, "attackTarget"));
        }
    }
}
