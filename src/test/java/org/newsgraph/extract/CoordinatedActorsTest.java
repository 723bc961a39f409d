package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.qids;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Coordinated subjects that act each on their own give each its own event ("X and Y sent troops to Z": two
 * deployments, "officials from X and Y said": two statements), while the sides of a meeting or a treaty take part
 * together in one. A name coordinated with another clause's object is no subject.
 */
class CoordinatedActorsTest {
    /** The QIDs (or names) filling {@code role} across the events of {@code type}. */
    private static Set<String> each(List<Event> found, String role) {
        return found.stream().map(e -> e.first(role).map(a -> a.qid() != null ? a.qid() : a.value()).orElse(null))
                .collect(Collectors.toSet());
    }

    @Test
    void eachCoordinatedSubjectDeploysItsOwnForce() {
        List<Event> found = events(article().sentence("Germany and France sent troops to Lithuania last year, the "
                + "officials said.").mention("Germany", "LOC", "Q183").mention("France", "LOC", "Q142")
                .mention("Lithuania", "LOC", "Q37"), "Deployment");
        assertEquals(2, found.size(), found.toString());
        assertEquals(Set.of("Q183", "Q142"), each(found, "forceOf"));
        assertEquals(Set.of("Q37"), each(found, "location"));
        assertEquals(Set.of("2024"), each(found, "date"));
        List<Event> three = events(article().sentence("Canada, Italy and Poland deployed warships to the Baltic "
                + "Sea.").mention("Canada", "LOC", "Q16").mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36")
                .mention("Baltic Sea", "LOC", "Q545"), "Deployment");
        assertEquals(Set.of("Q16", "Q38", "Q36"), each(three, "forceOf"));
        List<Event> passive = events(article().sentence("Troops were sent to Lithuania by Germany and Poland.")
                .mention("Lithuania", "LOC", "Q37").mention("Germany", "LOC", "Q183").mention("Poland", "LOC", "Q36"),
                "Deployment");
        assertEquals(Set.of("Q183", "Q36"), each(passive, "forceOf"));
    }

    @Test
    void eachCoordinatedSubjectVisitsSupportsAndAttacks() {
        List<Event> visits = events(article().sentence("Marco Rossi and Anna Kowalski visited Kyiv on Tuesday.")
                .mention("Marco Rossi", "PER").mention("Anna Kowalski", "PER").mention("Kyiv", "LOC", "Q1899"),
                "Visit");
        assertEquals(Set.of("Marco Rossi", "Anna Kowalski"), each(visits, "visitor"));
        List<Event> backing = events(article().sentence("Canada and Italy backed Ukraine in the dispute.")
                .mention("Canada", "LOC", "Q16").mention("Italy", "LOC", "Q38").mention("Ukraine", "LOC", "Q212"),
                "Support");
        assertEquals(Set.of("Q16", "Q38"), each(backing, "supporter"));
        List<Event> strikes = events(article().sentence("Britain and the United States struck Iran in April.")
                .mention("Britain", "LOC", "Q145").mention("United States", "LOC", "Q30")
                .mention("Iran", "LOC", "Q794"), "Attack");
        assertEquals(Set.of("Q145", "Q30"), each(strikes, "attacker"));
        assertEquals(Set.of("Q794"), each(strikes, "attackTarget"));
    }

    @Test
    void officialsOfTwoStatesSpeakForBoth() {
        List<Event> said = events(article().sentence("Officials from Japan and the Philippines said on Monday that "
                + "the talks went well.").mention("Japan", "LOC", "Q17").mention("Philippines", "LOC", "Q928"),
                "Statement");
        assertEquals(Set.of("Q17", "Q928"), each(said, "speaker"));
        assertEquals(Set.of("the talks went well"), each(said, "content"));
        List<Event> joint = events(article().sentence("Italy and Poland said in a joint statement that the port "
                + "would reopen.").mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36"), "Statement");
        assertEquals(Set.of("Q38", "Q36"), each(joint, "speaker"));
        List<Event> opening = events(article().sentence("Ministers from Italy and Poland said the deal was fair.")
                .mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36"), "Statement");
        assertEquals(Set.of("Q38", "Q36"), each(opening, "speaker"));
    }

    @Test
    void sidesOfAMeetingOrTreatyStayTogether() {
        Event met = one(article().sentence("Italy and Poland held talks in Warsaw.")
                .mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36").mention("Warsaw", "LOC", "Q270"),
                "Meeting");
        assertEquals(Set.of("Q38", "Q36"), qids(met, "participant"));
        Event pact = one(article().sentence("Japan and the Philippines signed a defence pact last year.")
                .mention("Japan", "LOC", "Q17").mention("Philippines", "LOC", "Q928"), "Treaty");
        assertEquals(Set.of("Q17", "Q928"), qids(pact, "party"));
    }

    @Test
    void aNameJoinedToAnotherClausesObjectIsNoSubject() {
        Event sent = one(article().sentence("Germany welcomed Italy and Poland sent troops to Lithuania.")
                .mention("Germany", "LOC", "Q183").mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36")
                .mention("Lithuania", "LOC", "Q37"), "Deployment");
        assertEquals("Q36", qid(sent, "forceOf"));
        Event talks = one(article().sentence("After talks with Canada and Italy, Poland sent troops to Lithuania.")
                .mention("Canada", "LOC", "Q16").mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36")
                .mention("Lithuania", "LOC", "Q37"), "Deployment");
        assertEquals("Q36", qid(talks, "forceOf"));
        Event clause = one(article().sentence("Officials said Italy sent missiles to Ukraine and Poland sent troops to "
                + "Lithuania.").mention("Italy", "LOC", "Q38").mention("Ukraine", "LOC", "Q212")
                .mention("Poland", "LOC", "Q36").mention("Lithuania", "LOC", "Q37"), "Deployment");
        assertEquals("Q36", qid(clause, "forceOf"));
        Event group = one(article().sentence("Relatives of Canada and Italy said Poland sent troops to Lithuania.")
                .mention("Canada", "LOC", "Q16").mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36")
                .mention("Lithuania", "LOC", "Q37"), "Deployment");
        assertEquals("Q36", qid(group, "forceOf"));
    }

    @Test
    void theOfficialsOfTwoStatesMeetForTheirStates() {
        Event met = one(article().sentence("The foreign ministers of India and Japan met in Tokyo on Sunday.")
                .mention("India", "LOC", "Q668").mention("Japan", "LOC", "Q17").mention("Tokyo", "LOC", "Q1490"),
                "Meeting");
        assertEquals(Set.of("Q668", "Q17"), qids(met, "participant"));
        assertEquals("Q1490", qid(met, "location"));
        Event talks = one(article().sentence("Delegations from Armenia and Azerbaijan held talks in Rome last week.")
                .mention("Armenia", "LOC", "Q399").mention("Azerbaijan", "LOC", "Q227")
                .mention("Rome", "LOC", "Q220"), "Meeting");
        assertEquals(Set.of("Q399", "Q227"), qids(talks, "participant"));
        Event defence = one(article().sentence("The defence ministers of Poland and Lithuania held talks on Friday.")
                .mention("Poland", "LOC", "Q36").mention("Lithuania", "LOC", "Q37"), "Meeting");
        assertEquals(Set.of("Q36", "Q37"), qids(defence, "participant"));
    }

    @Test
    void officialsOfOneStateOrCitizensMeetNobodyByThemselves() {
        ExtractorChecks.none(article().sentence("The foreign ministers of India met in Delhi on Sunday.")
                .mention("India", "LOC", "Q668").mention("Delhi", "LOC", "Q987"), "Meeting");
        ExtractorChecks.none(article().sentence("The families of Armenia and Azerbaijan's missing soldiers met in "
                + "Rome.").mention("Armenia", "LOC", "Q399").mention("Azerbaijan", "LOC", "Q227")
                .mention("Rome", "LOC", "Q220"), "Meeting");
        ExtractorChecks.none(article().sentence("The foreign ministers of India and Japan did not meet in Tokyo.")
                .mention("India", "LOC", "Q668").mention("Japan", "LOC", "Q17").mention("Tokyo", "LOC", "Q1490"),
                "Meeting");
    }

    @Test
    void aNationalityBeforeAPortfolioAndAnOfficeStandsForItsState() {
        Event said = one(article().sentence("The Chinese foreign ministry said the talks had been useful.")
                .mention("Chinese", "NORP", "Q148"), "Statement");
        assertEquals("Q148", qid(said, "speaker"));
        Event met = one(article().sentence("The Turkish foreign minister met his Polish counterpart in Rome on Friday.")
                .mention("Turkish", "NORP", "Q43").mention("Polish", "NORP", "Q36").mention("Rome", "LOC", "Q220"),
                "Meeting");
        assertEquals(Set.of("Q43", "Q36"), qids(met, "participant"));
        // a portfolio word before a noun that is no office leaves a group, not the state
        ExtractorChecks.none(article().sentence("Chinese trade unions said the talks had been useful.")
                .mention("Chinese", "NORP", "Q148"), "Statement");
    }
}
