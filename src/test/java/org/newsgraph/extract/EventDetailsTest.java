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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-written sentences for the details of an event beyond who took part: what a statement says (its content in the
 * article's words and the names in it), what a support is for, and how long a visit lasts. Negated, hypothetical
 * and attributed wordings, and details that belong to another clause, give no detail rather than a wrong one.
 */
class EventDetailsTest {
    @Nested
    class StatementContents {
        @Test
        void theClauseAfterSaidIsWhatWasSaid() {
            Event e = one(article().sentence("Anna Kowalski said the border would stay open.")
                    .mention("Anna Kowalski", "PER"), "Statement");
            assertEquals("the border would stay open", value(e, "content"));
            assertTrue(e.all("about").isEmpty(), e.toString());
        }

        @Test
        void thatAndAnAdverbialBeforeItAreNoPartOfTheContent() {
            Event e = one(article().sentence("Anna Kowalski said that Poland would reopen the port.")
                    .mention("Anna Kowalski", "PER").mention("Poland", "LOC", "Q36"), "Statement");
            assertEquals("Poland would reopen the port", value(e, "content"));
            assertEquals(Set.of("Q36"), values(e, "about"));
            Event s = one(article().sentence("Marco Rossi said in a statement that Italy would reopen the port.")
                    .mention("Marco Rossi", "PER").mention("Italy", "LOC", "Q38"), "Statement");
            assertEquals("Italy would reopen the port", value(s, "content"));
            Event t = one(article().sentence("Ivan Petrov told reporters that the border was calm.")
                    .mention("Ivan Petrov", "PER"), "Statement");
            assertEquals("the border was calm", value(t, "content"));
        }

        @Test
        void whoWasToldAndWhenIsNoContent() {
            Event e = one(article().sentence("\"We will not give up,\" Anna Kowalski told parliament on Tuesday.")
                    .mention("Anna Kowalski", "PER"), "Statement");
            assertTrue(e.first("content").map(a -> !a.value().contains("parliament")).orElse(true), e.toString());
            Event told = one(article().sentence("Ivan Petrov told reporters the border was calm.")
                    .mention("Ivan Petrov", "PER"), "Statement");
            assertEquals("the border was calm", value(told, "content"));
        }

        @Test
        void aQuoteBeforeSaidIsWhatWasSaidWithoutTheSpeakersTitle() {
            Event e = one(article().sentence("\"The roads are closed,\" said Ivan Petrov, head of Polish customs.")
                    .mention("Ivan Petrov", "PER").mention("Polish", "NORP", "Q36"), "Statement");
            assertEquals("The roads are closed", value(e, "content"));
            assertTrue(e.all("about").isEmpty(), "the title's nationality is not what was said about");
        }

        @Test
        void aClauseBeforeTheAttributionIsWhatWasSaid() {
            Event e = one(article().sentence("The talks in Vienna went well, Marco Rossi said on Tuesday.")
                    .mention("Vienna", "LOC", "Q1741").mention("Marco Rossi", "PER"), "Statement");
            assertEquals("The talks in Vienna went well", value(e, "content"));
            assertEquals(Set.of("Q1741"), values(e, "about"));
        }

        @Test
        void theQuotedTextAfterSaidAndAColonIsWhatWasSaid() {
            Event e = one(article().sentence("Anna Kowalski said: \"The port will reopen after the repairs.\"")
                    .mention("Anna Kowalski", "PER"), "Statement");
            assertEquals("The port will reopen after the repairs", value(e, "content"));
        }

        @Test
        void aReportingAsClauseSaysWhatFollowsItsComma() {
            Event e = one(article().sentence("As Anna Kowalski announced on Monday, Poland will build a new port in "
                    + "Gdansk.").mention("Anna Kowalski", "PER").mention("Poland", "LOC", "Q36")
                    .mention("Gdansk", "LOC", "Q1792"), "Statement");
            assertEquals("Poland will build a new port in Gdansk", value(e, "content"));
            assertEquals(Set.of("Q36", "Q1792"), values(e, "about"));
        }

        @Test
        void aStanceVerbSaysItsObjectWithoutAnAsideAndWithoutTheSpeaker() {
            Event e = one(article().sentence("The United Kingdom strongly condemns the attacks on British ships in "
                    + "Aden and Hodeidah, which killed two sailors.").mention("United Kingdom", "LOC", "Q145")
                    .mention("British", "NORP", "Q145").mention("Aden", "LOC", "Q131694")
                    .mention("Hodeidah", "LOC", "Q188817"), "Statement");
            assertEquals("condemns the attacks on British ships in Aden and Hodeidah", value(e, "content"));
            assertEquals(Set.of("Q131694", "Q188817"), values(e, "about"), "the speaker is not what it speaks about");
        }

        @Test
        void welcomingUrgingAndStressingSayTheirObjects() {
            Event w = one(article().sentence("Minister Anna Kowalski welcomed the deal as a first step towards peace.")
                    .mention("Anna Kowalski", "PER"), "Statement");
            assertEquals("welcomed the deal as a first step towards peace", value(w, "content"));
            Event u = one(article().sentence("Marco Rossi urged Italy to reopen the port.")
                    .mention("Marco Rossi", "PER").mention("Italy", "LOC", "Q38"), "Statement");
            assertEquals("urged Italy to reopen the port", value(u, "content"));
            Event b = one(article().sentence("Marco Rossi urged Italy to reopen the port and restore the ferries.")
                    .mention("Marco Rossi", "PER").mention("Italy", "LOC", "Q38"), "Statement");
            assertEquals("urged Italy to reopen the port and restore the ferries", value(b, "content"));
            Event c = one(article().sentence("Poland condemns the attacks on Kherson, and the shelling of Sumy.")
                    .mention("Poland", "LOC", "Q36").mention("Kherson", "LOC", "Q2132")
                    .mention("Sumy", "LOC", "Q5066"), "Statement");
            assertEquals("condemns the attacks on Kherson, and the shelling of Sumy", value(c, "content"));
            assertEquals(Set.of("Q38"), values(u, "about"));
            Event s = one(article().sentence("Anna Kowalski stressed the need for a ceasefire in Gaza.")
                    .mention("Anna Kowalski", "PER").mention("Gaza", "LOC", "Q39760"), "Statement");
            assertEquals("stressed the need for a ceasefire in Gaza", value(s, "content"));
        }

        @Test
        void aDenialSaysWhatIsDenied() {
            Event e = one(article().sentence("Marco Rossi denied that Italy had closed the port.")
                    .mention("Marco Rossi", "PER").mention("Italy", "LOC", "Q38"), "Statement");
            assertEquals("denied that Italy had closed the port", value(e, "content"));
        }

        @Test
        void whatWasSaidInsideAnOpeningClauseEndsAtItsComma() {
            Event e = one(article().sentence("When Marco Rossi said the port was closed, prices in Italy rose.")
                    .mention("Marco Rossi", "PER").mention("Italy", "LOC", "Q38"), "Statement");
            assertEquals("the port was closed", value(e, "content"));
            assertTrue(e.all("about").isEmpty(), e.toString());
        }

        @Test
        void whatWasSaidInARelativeClauseEndsAtItsComma() {
            Event e = one(article().sentence("Marco Rossi, who said the port was closed, left Rome on Monday.")
                    .mention("Marco Rossi", "PER").mention("Rome", "LOC", "Q220"), "Statement");
            assertEquals("the port was closed", value(e, "content"));
        }

        @Test
        void aTimeInsideWhatWasSaidDoesNotDateTheSaying() {
            Event e = one(article().sentence("Ivan Petrov said that a plan Chile published in February could work.")
                    .mention("Ivan Petrov", "PER").mention("Chile", "LOC", "Q298"), "Statement");
            assertTrue(e.first("date").isEmpty(), e.toString());
            Event dated = one(article().sentence("Ivan Petrov said on Monday that the plan could work.")
                    .mention("Ivan Petrov", "PER"), "Statement");
            assertEquals("2025-07-07", value(dated, "date"));
        }

        @Test
        void aConditionInsideWhatWasSaidStaysInIt() {
            Event e = one(article().sentence("Anna Kowalski said she would resign if the deal failed.")
                    .mention("Anna Kowalski", "PER"), "Statement");
            assertEquals("she would resign if the deal failed", value(e, "content"));
        }

        @Test
        void aNegatedReportInsideWhatWasSaidIsNoStatementOfItsOwn() {
            List<Event> found = events(article().sentence("Ivan Petrov said Anna Kowalski had not said the border "
                    + "was closed.").mention("Ivan Petrov", "PER").mention("Anna Kowalski", "PER"), "Statement");
            assertEquals(1, found.size(), found.toString());
            assertEquals("Ivan Petrov", value(found.get(0), "speaker"));
            assertEquals("Anna Kowalski had not said the border was closed", value(found.get(0), "content"));
            assertEquals(Set.of("Anna Kowalski"), values(found.get(0), "about"));
        }

        @Test
        void theContentNeverRunsIntoTheNextSentence() {
            Event e = one(article().sentence("Anna Kowalski said the talks went well.")
                    .mention("Anna Kowalski", "PER").sentence("Marco Rossi arrived in Rome later.")
                    .mention("Marco Rossi", "PER").mention("Rome", "LOC", "Q220"), "Statement");
            assertEquals("the talks went well", value(e, "content"));
            assertTrue(e.all("about").isEmpty(), e.toString());
        }

        @Test
        void theSpeakersOwnNextDeedOrAnotherSourcesClauseIsNoPartOfWhatWasSaid() {
            Event e = one(article().sentence("Marco Rossi said the two leaders could meet again, but gave no date.")
                    .mention("Marco Rossi", "PER"), "Statement");
            assertEquals("the two leaders could meet again", value(e, "content"));
            Event d = one(article().sentence("Iran denied sending drones to Russia and describes itself as neutral.")
                    .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159"), "Statement");
            assertEquals("denied sending drones to Russia", value(d, "content"));
            Event c = one(article().sentence("Canada said Ukraine needs more air defence, and reports named three "
                    + "more systems.").mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Statement");
            assertEquals("Ukraine needs more air defence", value(c, "content"));
            Event t = one(article().sentence("Canada said Ukraine needs more air defence, and that it will send "
                    + "some.").mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Statement");
            assertEquals("Ukraine needs more air defence, and that it will send some", value(t, "content"));
        }

        @Test
        void aSpeakerWhoSaysNothingThatCanBeReadHasNoContent() {
            Event e = one(article().sentence("\"We will see,\" Anna Kowalski said, \"and then decide.\"")
                    .mention("Anna Kowalski", "PER"), "Statement");
            assertEquals("We will see", value(e, "content"));
            none(article().sentence("Anna Kowalski might say the talks failed.").mention("Anna Kowalski", "PER"),
                    "Statement");
        }
    }

    @Nested
    class SupportMatters {
        @Test
        void supportForAStatesWarIsForThatWar() {
            Event e = one(article().sentence("Belarus has declared its full support for Russia's war in Ukraine.")
                    .mention("Belarus", "LOC", "Q184").mention("Russia", "LOC", "Q159")
                    .mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals("war in Ukraine", value(e, "matter"));
        }

        @Test
        void supportInTheSupportedSidesWarIsForThatWar() {
            Event e = one(article().sentence("Iran expressed support for Syria in its fight against the rebels.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Support");
            assertEquals("Q858", qid(e, "supported"));
            assertEquals("fight against the rebels", value(e, "matter"));
            Event b = one(article().sentence("Canada backs Ukraine in its talks.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals("talks", value(b, "matter"));
        }

        @Test
        void supportForAPurposeAfterTheSupportedSideIsForIt() {
            Event e = one(article().sentence("Canada pledged support to Ukraine for the reconstruction of Kharkiv.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212")
                    .mention("Kharkiv", "LOC", "Q42308"), "Support");
            assertEquals("Q212", qid(e, "supported"));
            assertEquals("reconstruction of Kharkiv", value(e, "matter"));
        }

        @Test
        void assistingASideToDoSomethingIsForThatDeed() {
            Event e = one(article().sentence("Canada is assisting Iraq to rebuild its army.")
                    .mention("Canada", "LOC", "Q16").mention("Iraq", "LOC", "Q796"), "Support");
            assertEquals("rebuild its army", value(e, "matter"));
        }

        @Test
        void trainingForAnOperationIsTrainingForIt() {
            Event e = one(article().sentence("Canada trained Ukrainian troops for the spring offensive.")
                    .mention("Canada", "LOC", "Q16").mention("Ukrainian", "NORP", "Q212"), "Support");
            assertEquals("training for the spring offensive", value(e, "matter"));
        }

        @Test
        void supportThatAidedADeedIsForThatDeed() {
            Event e = one(article().sentence("The Peshmerga recaptured Sinjar from ISIL, aided by air support from "
                    + "Canada.").mention("Peshmerga", "ORG").mention("Sinjar", "LOC").mention("ISIL", "ORG")
                    .mention("Canada", "LOC", "Q16"), "Support");
            assertEquals("recaptured Sinjar from ISIL", value(e, "matter"));
        }

        @Test
        void theMeansOfASupportIsNoPartOfItsMatter() {
            Event e = one(article().sentence("Canada has supported Ukraine's economy with loans.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals("economy", value(e, "matter"));
        }

        @Test
        void plainOrQualifiedSupportHasNoMatter() {
            Event e = one(article().sentence("Canada backs Ukraine.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Support");
            assertEquals(null, value(e, "matter"));
            Event w = one(article().sentence("Iran expressed support for Syria, which it calls an ally.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Support");
            assertEquals(null, value(w, "matter"));
            Event p = one(article().sentence("Canada supports Ukraine in Geneva.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212")
                    .mention("Geneva", "LOC", "Q71"), "Support");
            assertEquals(null, value(p, "matter"), "a place is where, not what for");
        }
    }

    /**
     * An event told as still to come ("will send", "is due to visit") is marked announced, so that a query for what
     * has happened can leave it out; one that happened, or a later clause's, is not.
     */
    @Nested
    class AnnouncedEvents {
        @Test
        void whatWillHappenIsAnnounced() {
            Event will = one(article().sentence("Canada will send 40 tanks to Latvia.")
                    .mention("Canada", "LOC", "Q16").mention("Latvia", "LOC", "Q211"), "Supply");
            assertEquals("true", value(will, "announced"));
            Event said = one(article().sentence("Anna Kowalski said Canada will send tanks to Latvia.")
                    .mention("Anna Kowalski", "PER").mention("Canada", "LOC", "Q16")
                    .mention("Latvia", "LOC", "Q211"), "Supply");
            assertEquals("true", value(said, "announced"));
            assertEquals(null, value(one(article().sentence("Anna Kowalski said Canada will send tanks to Latvia.")
                    .mention("Anna Kowalski", "PER").mention("Canada", "LOC", "Q16")
                    .mention("Latvia", "LOC", "Q211"), "Statement"), "announced"));
            Event due = one(article().sentence("Anna Kowalski is due to visit Rome on Monday.")
                    .mention("Anna Kowalski", "PER").mention("Rome", "LOC", "Q220"), "Visit");
            assertEquals("true", value(due, "announced"));
            Event noun = one(article().sentence("Anna Kowalski's visit to Rome will take place next week.")
                    .mention("Anna Kowalski", "PER").mention("Rome", "LOC", "Q220"), "Visit");
            assertEquals("true", value(noun, "announced"));
        }

        @Test
        void aPromiseIsAnnouncedAndItsDeadlineDatesNothing() {
            Event pledged = one(article().sentence("Canada has pledged to deliver 40 tanks to Latvia by the end of "
                    + "March.").mention("Canada", "LOC", "Q16").mention("Latvia", "LOC", "Q211"), "Supply");
            assertEquals("true", value(pledged, "announced"));
            assertEquals(null, value(pledged, "date"));
            Event vowed = one(article().sentence("Anna Kowalski vowed to visit Rome before the end of the year.")
                    .mention("Anna Kowalski", "PER").mention("Rome", "LOC", "Q220"), "Visit");
            assertEquals("true", value(vowed, "announced"));
            assertEquals(null, value(vowed, "date"));
        }

        @Test
        void whatHappenedIsNotAnnounced() {
            Event sent = one(article().sentence("Canada sent 40 tanks to Latvia.")
                    .mention("Canada", "LOC", "Q16").mention("Latvia", "LOC", "Q211"), "Supply");
            assertEquals(null, value(sent, "announced"));
            Event other = one(article().sentence("Anna Kowalski, who will retire next year, visited Rome.")
                    .mention("Anna Kowalski", "PER").mention("Rome", "LOC", "Q220"), "Visit");
            assertEquals(null, value(other, "announced"));
            Event because = one(article().sentence("Due to the storm, Anna Kowalski visited Rome on Monday.")
                    .mention("Anna Kowalski", "PER").mention("Rome", "LOC", "Q220"), "Visit");
            assertEquals(null, value(because, "announced"));
        }
    }

    @Nested
    class VisitDurations {
        @Test
        void aOneDayTripLastsOneDay() {
            Event e = one(article().sentence("Anna Kowalski made a one-day trip to Kyiv.")
                    .mention("Anna Kowalski", "PER").mention("Kyiv", "LOC", "Q1899"), "Visit");
            assertEquals("P1D", value(e, "duration"));
            assertEquals(null, value(e, "durationText"));
        }

        @Test
        void daysSpentAtTheDestinationAreTheVisitsLength() {
            Event e = one(article().sentence("Marco Rossi arrived in Egypt on Sunday and will spend three days in "
                    + "Egypt.").mention("Marco Rossi", "PER").mention("Egypt", "LOC", "Q79"), "Visit");
            assertEquals("P3D", value(e, "duration"));
        }

        @Test
        void arrivingForALongVisitGivesItsLength() {
            Event e = one(article().sentence("Marco Rossi arrived in Warsaw on Monday for a three-day state visit.")
                    .mention("Marco Rossi", "PER").mention("Warsaw", "LOC", "Q270"), "Visit");
            assertEquals("P3D", value(e, "duration"));
            Event trip = one(article().sentence("Anna Kowalski travelled to Kyiv for a two-day official trip.")
                    .mention("Anna Kowalski", "PER").mention("Kyiv", "LOC", "Q1899"), "Visit");
            assertEquals("P2D", value(trip, "duration"));
            // what the trip is for is no length of it
            Event talks = one(article().sentence("Anna Kowalski travelled to Kyiv for two-day talks with Ivan Petrov.")
                    .mention("Anna Kowalski", "PER").mention("Kyiv", "LOC", "Q1899").mention("Ivan Petrov", "PER"),
                    "Visit");
            assertEquals(null, value(talks, "duration"));
        }

        @Test
        void daysSpentElsewhereAreNotTheVisitsLength() {
            Event e = one(article().sentence("Anna Kowalski visited Kyiv after she spent three days in Warsaw.")
                    .mention("Anna Kowalski", "PER").mention("Kyiv", "LOC", "Q1899")
                    .mention("Warsaw", "LOC", "Q270"), "Visit");
            assertEquals(null, value(e, "duration"));
        }

        @Test
        void aRangeOfDaysAfterTheDestinationGivesItsLengthAndItsText() {
            Event e = one(article().sentence("Marco Rossi visited Egypt from 5 to 6 April.")
                    .mention("Marco Rossi", "PER").mention("Egypt", "LOC", "Q79"), "Visit");
            assertEquals("P2D", value(e, "duration"));
            assertEquals("5 to 6 April", value(e, "durationText"));
        }

        @Test
        void aRangeAfterTwoDestinationsIsTheWholeTripsNotEitherVisits() {
            List<Event> visits = events(article().sentence("Anna Roy visited Armenia and Azerbaijan from 3-4 May "
                    + "2019.").mention("Anna Roy", "PER").mention("Armenia", "LOC", "Q399")
                    .mention("Azerbaijan", "LOC", "Q227"), "Visit");
            assertEquals(2, visits.size(), visits.toString());
            for (Event e : visits) assertEquals(null, value(e, "duration"), e.toString());
        }

        @Test
        void aSecondPlaceVisitedOnOtherDaysHasItsOwnDatesAndLength() {
            List<Event> visits = events(ArticleFixture.published(null).sentence("Anna Roy visited Armenia on 2 May and Azerbaijan from "
                    + "3-4 May 2019.").mention("Anna Roy", "PER").mention("Armenia", "LOC", "Q399")
                    .mention("Azerbaijan", "LOC", "Q227"), "Visit");
            assertEquals(Set.of("Q399", "Q227"), visits.stream().map(e -> qid(e, "destination"))
                    .collect(java.util.stream.Collectors.toSet()), visits.toString());
            for (Event e : visits) {
                if ("Q399".equals(qid(e, "destination"))) {
                    // by 3 May she was in Azerbaijan: the stay in Armenia was its one day
                    assertEquals("P1D", value(e, "duration"));
                    assertEquals("2 May", value(e, "durationText"));
                    assertEquals("2019-05-02", value(e, "date"));
                } else {
                    assertEquals("P2D", value(e, "duration"));
                    assertEquals("3-4 May 2019", value(e, "durationText"));
                    assertEquals("2019-05", value(e, "date"));
                }
            }
        }

        @Test
        void aPlaceInANewClauseAfterAndIsNoSecondDestination() {
            Event e = one(article().sentence("Anna Roy visited Armenia on 2 May and Azerbaijan closed its border.")
                    .mention("Anna Roy", "PER").mention("Armenia", "LOC", "Q399")
                    .mention("Azerbaijan", "LOC", "Q227"), "Visit");
            assertEquals("Q399", qid(e, "destination"));
        }

        @Test
        void aRangeOfAnotherEventIsNotTheVisitsLength() {
            Event e = one(article().sentence("Marco Rossi visited Egypt before the talks from 5 to 6 April.")
                    .mention("Marco Rossi", "PER").mention("Egypt", "LOC", "Q79"), "Visit");
            assertEquals(null, value(e, "duration"));
        }
    }
}
