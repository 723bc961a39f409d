package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * Wordings of wire copy that gave wrong facts: a summit named by its organisation and hosted by a state met nobody
 * ("Lithuania hosted the NATO summit"), a post held before ("Ex-defence minister X") or about to end ("Outgoing Prime
 * Minister X") was a current one, and a person's post between commas lent its country to the person's saying ("X, a
 * former US ambassador to Russia, said"), an event told as the subject of a possibility ("sending troops to X could
 * not be ruled out") was asserted, a nationality of no state deployed forces ("Western troops"), and a wire dateline
 * ("KYIV, May 3 (Reuters) - ") hid its sentence's events, its "May" read as the modal, or ran into what was said.
 */
class WireWordingsTest {
    @Test
    void aHostedSummitNamedByItsBodyIsNoMeetingWithThatBody() {
        none(article().sentence("Lithuania hosted the NATO summit in Vilnius on Tuesday.")
                .mention("Lithuania", "LOC", "Q37").mention("NATO", "ORG", "Q7184").mention("Vilnius", "LOC", "Q216"),
                "Meeting");
        none(article().sentence("Russia hosted a BRICS summit in Kazan last week.")
                .mention("Russia", "LOC", "Q159").mention("BRICS", "ORG", "Q42943").mention("Kazan", "LOC", "Q900"),
                "Meeting");
        none(article().sentence("Japan hosted the annual G7 meeting in Hiroshima.")
                .mention("Japan", "LOC", "Q17").mention("G7", "ORG", "Q1764511").mention("Hiroshima", "LOC", "Q34664"),
                "Meeting");
        none(article().sentence("Germany hosted the Ukraine Recovery Conference in Berlin on Tuesday.")
                .mention("Germany", "LOC", "Q183").mention("Ukraine", "LOC", "Q212").mention("Berlin", "LOC", "Q64"),
                "Meeting");
        none(article().sentence("Poland hosted an EU energy forum in Warsaw.")
                .mention("Poland", "LOC", "Q36").mention("EU", "ORG", "Q458").mention("Warsaw", "LOC", "Q270"),
                "Meeting");
        Event guest = one(article().sentence("Lithuania hosted Volodymyr Zelensky in Vilnius on Tuesday.")
                .mention("Lithuania", "LOC", "Q37").mention("Volodymyr Zelensky", "PER", "Q3874799")
                .mention("Vilnius", "LOC", "Q216"), "Meeting");
        assertTrue(ExtractorChecks.qids(guest, "participant").contains("Q3874799"));
    }

    @Test
    void aPostWithAHyphenatedExIsNoCurrentPost() {
        Event ex = one(article().sentence("Ex-defence minister Oleksii Reznikov said Ukraine needs more shells.")
                .mention("Oleksii Reznikov", "PER").mention("Ukraine", "LOC", "Q212"), "Role");
        assertTrue(value(ex, "position").toLowerCase().startsWith("ex-"), value(ex, "position"));
        Event exPresident = one(article().sentence("Ex-President Pedro Castillo was arrested in Lima.")
                .mention("Pedro Castillo", "PER").mention("Lima", "LOC"), "Role");
        assertTrue(value(exPresident, "position").toLowerCase().startsWith("ex-"), value(exPresident, "position"));
        Event plain = one(article().sentence("Defence minister Oleksii Reznikov said Ukraine needs more shells.")
                .mention("Oleksii Reznikov", "PER").mention("Ukraine", "LOC", "Q212"), "Role");
        assertEquals("Defence minister", value(plain, "position"));
    }

    @Test
    void anOutgoingPostKeepsItsWordInThePosition() {
        Event rutte = one(article().sentence("Outgoing Dutch Prime Minister Mark Rutte visited Brussels on Tuesday.")
                .mention("Dutch", "NORP", "Q55").mention("Mark Rutte", "PER").mention("Brussels", "LOC", "Q239"),
                "Role");
        assertTrue(value(rutte, "position").toLowerCase().startsWith("outgoing"), value(rutte, "position"));
        Event shoigu = one(article().sentence("Sergei Shoigu, the outgoing defence minister, met his successor.")
                .mention("Sergei Shoigu", "PER"), "Role");
        assertTrue(value(shoigu, "position").toLowerCase().startsWith("outgoing"), value(shoigu, "position"));
    }

    @Test
    void aPersonWithAFormerPostBetweenCommasSpeaksForHimself() {
        Event mcfaul = one(article().sentence("Michael McFaul, a former US ambassador to Russia, said the sanctions "
                + "were working.").mention("Michael McFaul", "PER").mention("US", "LOC", "Q30")
                .mention("Russia", "LOC", "Q159"), "Statement");
        assertEquals("Michael McFaul", value(mcfaul, "speaker"));
        Event berg = one(article().sentence("Anna Berg, a former Polish deputy foreign minister, said the talks had "
                + "failed.").mention("Anna Berg", "PER").mention("Polish", "NORP", "Q36"), "Statement");
        assertEquals("Anna Berg", value(berg, "speaker"));
        Event ivan = one(article().sentence("Ivan Petrov, a US diplomat, said the talks had failed.")
                .mention("Ivan Petrov", "PER").mention("US", "LOC", "Q30"), "Statement");
        assertEquals("Ivan Petrov", value(ivan, "speaker"));
    }

    @Test
    void anEventAsTheSubjectOfAPossibilityIsNone() {
        none(article().sentence("Emmanuel Macron said that sending troops to Ukraine could not be ruled out.")
                .mention("Emmanuel Macron", "PER").mention("Ukraine", "LOC", "Q212"), "Deployment");
        none(article().sentence("Diplomats said deploying French troops to Niger could worsen the crisis.")
                .mention("French", "NORP", "Q142").mention("Niger", "LOC", "Q1032"), "Deployment");
        none(article().sentence("Officials said supplying missiles to Ukraine might provoke Russia.")
                .mention("Ukraine", "LOC", "Q212").mention("Russia", "LOC", "Q159"), "Supply");
        one(article().sentence("Diplomats said that France sent troops to Niger.").mention("France", "LOC", "Q142")
                .mention("Niger", "LOC", "Q1032"), "Deployment");
    }

    @Test
    void aNationalityOfNoStateDeploysNothing() {
        for (Event e : events(article().sentence("Western troops were sent to Estonia in March.")
                .mention("Western", "NORP").mention("Estonia", "LOC", "Q191"), "Deployment")) {
            assertNotEquals("Western", value(e, "forceOf"));
        }
        for (Event e : events(article().sentence("Emmanuel Macron said sending Western troops to Ukraine was "
                + "an option.").mention("Emmanuel Macron", "PER").mention("Western", "NORP")
                .mention("Ukraine", "LOC", "Q212"), "Deployment")) {
            assertNotEquals("Western", value(e, "forceOf"));
        }
    }

    @Test
    void aDatelineDoesNotHideTheSentenceItOpens() {
        Event attack = one(article().sentence("KYIV, May 3 (Reuters) - Russia attacked the city of Kherson with "
                + "artillery.").mention("KYIV", "LOC", "Q1899").mention("Reuters", "ORG", "Q130879")
                .mention("Russia", "LOC", "Q159").mention("Kherson", "LOC", "Q2045"), "Attack");
        assertEquals("Q159", qid(attack, "attacker"));
        Event said = one(article().sentence("MOSCOW, March 22 (Reuters) - Gunmen opened fire in a concert hall, "
                + "Russia said.").mention("MOSCOW", "LOC", "Q649").mention("Reuters", "ORG", "Q130879")
                .mention("Russia", "LOC", "Q159"), "Statement");
        assertTrue(value(said, "content").startsWith("Gunmen"), value(said, "content"));
        assertTrue(ExtractorChecks.values(said, "about").isEmpty(), ExtractorChecks.values(said, "about").toString());
        Event bare = one(article().sentence("TOKYO (AP) - Japan sent a destroyer to the Red Sea in February.")
                .mention("TOKYO", "LOC").mention("AP", "ORG").mention("Japan", "LOC", "Q17")
                .mention("Red Sea", "LOC"), "Deployment");
        assertEquals("Q17", qid(bare, "forceOf"));
    }

    @Test
    void aDatelinesDateIsWhenTheStoryWasFiledNotWhenItsEventsHappened() {
        Event sent = one(ArticleFixture.published("2024-03-06").sentence("LONDON, March 6 - Britain sent 200 troops "
                + "to Estonia on Tuesday.").mention("LONDON", "LOC", "Q84").mention("Britain", "LOC", "Q145")
                .mention("Estonia", "LOC", "Q191"), "Deployment");
        assertEquals("2024-03-05", value(sent, "date"));
        Event attack = one(ArticleFixture.published("2023-05-04").sentence("KYIV, May 3 (Reuters) - Russia "
                + "attacked the city of Kherson with artillery.").mention("KYIV", "LOC", "Q1899")
                .mention("Reuters", "ORG").mention("Russia", "LOC", "Q159").mention("Kherson", "LOC", "Q2045"),
                "Attack");
        assertNull(value(attack, "date"));
    }
}
