package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * A post for a region or portfolio ("the Minister for Central Asia", "envoy for Syria") keeps the place in its
 * position: the place is what the post covers, not whom it serves. And one Role per person and article: where one
 * mention gives a bare post ("FCO Minister X") and another the same post with its "for" phrase, the Role carries the
 * more specific position and keeps the organisation found with the other. Sentences written for this test.
 */
class SpecificPostTest {
    @Test
    void aRegionAfterAMinistersForIsPartOfThePost() {
        Event before = one(article().sentence("The Minister for Central Asia, Jane Doe, said the ties were growing.")
                .mention("Central Asia", "LOC", "Q27275").mention("Jane Doe", "PER"), "Role");
        assertEquals("Minister for Central Asia", value(before, "position"));
        assertNull(value(before, "affiliation"));
        Event after = one(article().sentence("Jane Doe, the special envoy for Syria, said the talks would resume.")
                .mention("Jane Doe", "PER").mention("Syria", "LOC", "Q858"), "Role");
        assertEquals("special envoy for Syria", value(after, "position"));
        assertNull(value(after, "affiliation"));
    }

    @Test
    void aSpokespersonForAStateSpeaksForIt() {
        Event roy = one(article().sentence("Anna Roy, a spokesperson for Germany, said the talks would resume.")
                .mention("Anna Roy", "PER").mention("Germany", "LOC", "Q183"), "Role");
        assertEquals("spokesperson", value(roy, "position"));
        assertEquals("Q183", qid(roy, "affiliation"));
    }

    @Test
    void theMoreSpecificFormOfOnePostWinsAndKeepsTheOrganisation() {
        Event doe = one(article().sentence("FCO Minister Jane Doe travelled to Kazakhstan on Monday.")
                .mention("FCO", "ORG").mention("Jane Doe", "PER").mention("Kazakhstan", "LOC", "Q232")
                .sentence("\"Our ties are growing,\" the Minister for Central Asia, Jane Doe, said in Astana.")
                .mention("Central Asia", "LOC", "Q27275").mention("Jane Doe", "PER").mention("Astana", "LOC", "Q1520"),
                "Role");
        assertEquals("Minister for Central Asia", value(doe, "position"));
        assertEquals("FCO", value(doe, "affiliation"));
        // in the other order too
        Event lee = one(article().sentence("The Minister for Europe, Tom Lee, arrived in Riga on Monday.")
                .mention("Europe", "LOC", "Q46").mention("Tom Lee", "PER").mention("Riga", "LOC", "Q1773")
                .sentence("FCO Minister Tom Lee met officials there.").mention("FCO", "ORG").mention("Tom Lee", "PER"),
                "Role");
        assertEquals("Minister for Europe", value(lee, "position"));
        assertEquals("FCO", value(lee, "affiliation"));
    }

    @Test
    void twoDifferentPostsAreNotMixed() {
        // "Foreign Minister" and "Minister for Trade" are two posts: neither takes the other's words
        Event sten = one(article().sentence("Swedish Foreign Minister Karl Sten met his counterpart in Oslo.")
                .mention("Swedish", "NORP", "Q34").mention("Karl Sten", "PER").mention("Oslo", "LOC", "Q585")
                .sentence("The Minister for Trade, Karl Sten, also signed a memorandum.").mention("Karl Sten", "PER"),
                "Role");
        assertEquals("Foreign Minister", value(sten, "position"));
        assertEquals("Q34", qid(sten, "affiliation"));
    }
    @Test
    void aBodyThatEndsATitleIsItsOrganisation() {
        // "Special Envoy for the <body> X": the body is whom the envoy serves, as in "X, special envoy for the <body>"
        Event berg = one(article().sentence("Special Envoy for the Northern Fisheries Council Anna Berg will lead the "
                + "delegation.").mention("Northern Fisheries Council", "ORG").mention("Anna Berg", "PER"), "Role");
        assertEquals("Special Envoy", value(berg, "position"));
        assertEquals("Northern Fisheries Council", value(berg, "affiliation"));
        Event roe = one(article().sentence("Secretary General of the Baltic Union Jane Roe opened the meeting.")
                .mention("Baltic Union", "ORG").mention("Jane Roe", "PER"), "Role");
        assertEquals("Secretary General", value(roe, "position"));
        assertEquals("Baltic Union", value(roe, "affiliation"));
    }

    @Test
    void aPlaceThatEndsATitleStaysInIt() {
        Event rus = one(article().sentence("Special Envoy for Moldova Ana Rus met the delegation on Monday.")
                .mention("Moldova", "LOC", "Q217").mention("Ana Rus", "PER"), "Role");
        assertEquals("Special Envoy for Moldova", value(rus, "position"));
        assertNull(value(rus, "affiliation"));
    }
    @Test
    void aPortfolioTheNameFinderTookForANameStaysInThePost() {
        // the name finder may take "Finance" in "Minister of Finance" for a place: it is the portfolio, not an owner
        Event berge = one(article().sentence("The Minister of Finance, Ola Berge, said the budget was balanced.")
                .mention("Finance", "LOC").mention("Ola Berge", "PER"), "Role");
        assertEquals("Minister of Finance", value(berge, "position"));
        assertNull(value(berge, "affiliation"));
        Event sten = one(article().sentence("Karl Sten, the Minister of Defence of Sweden, said the drill went well.")
                .mention("Karl Sten", "PER").mention("Defence", "ORG").mention("Sweden", "LOC", "Q34"), "Role");
        assertEquals("Minister of Defence", value(sten, "position"));
        assertEquals("Q34", qid(sten, "affiliation"));
    }
}
