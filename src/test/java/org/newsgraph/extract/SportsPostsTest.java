package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * A Role is a political, military or organisational post. A sports side's captain or coach is none, however it is
 * told ("was named captain of the team", "head coach of the national team", "the team captain, X,"), while the same
 * head words keep their posts elsewhere ("head of the negotiating team", "Army Captain X"). Found by probing the full
 * pipeline with sentences of our own.
 */
class SportsPostsTest {
    @Test
    void aSportsSidesCaptainOrCoachHoldsNoPost() {
        none(article().sentence("Marco Verri was named captain of the team on Friday.")
                .mention("Marco Verri", "PER"), "Role");
        none(article().sentence("Anna Berg was appointed head coach of the national team on Friday.")
                .mention("Anna Berg", "PER"), "Role");
        none(article().sentence("Marco Verri, the captain of the national side, said the players were ready.")
                .mention("Marco Verri", "PER"), "Role");
        none(article().sentence("The team captain, Marco Verri, said the players were ready.")
                .mention("Marco Verri", "PER"), "Role");
        none(article().sentence("Anna Berg, head of the football federation, said the league would resume.")
                .mention("Anna Berg", "PER"), "Role");
        none(article().sentence("Anna Berg, the national squad's captain, said the players were ready.")
                .mention("Anna Berg", "PER"), "Role");
    }

    @Test
    void aCaptainHeldForAStateOrBodyWithNoArmedServiceIsNoPost() {
        // "England captain X", "Real Madrid captain X": a side's captain, not a rank
        none(article().sentence("Italy captain Marco Verri said the players were ready.")
                .mention("Italy", "LOC", "Q38").mention("Marco Verri", "PER"), "Role");
        none(article().sentence("Rome Athletic captain Marco Verri said the players were ready.")
                .mention("Rome Athletic", "ORG").mention("Marco Verri", "PER"), "Role");
        Event navy = one(article().sentence("Italian Navy Captain Marco Verri said the crew was safe.")
                .mention("Italian Navy", "ORG").mention("Marco Verri", "PER"), "Role");
        assertEquals("Marco Verri", value(navy, "person"));
    }

    @Test
    void theSameHeadWordsKeepTheirPostsOutsideSport() {
        Event team = one(article().sentence("Anna Berg was named head of the negotiating team on Friday.")
                .mention("Anna Berg", "PER"), "Role");
        assertEquals("head of the negotiating team", value(team, "position"));
        Event captain = one(article().sentence("Army Captain Marco Verri said the convoy was attacked.")
                .mention("Marco Verri", "PER"), "Role");
        assertEquals("Army Captain", value(captain, "position"));
        Event ambassador = one(article().sentence("Anna Berg was appointed ambassador to France on Monday.")
                .mention("Anna Berg", "PER").mention("France", "LOC", "Q142"), "Role");
        assertEquals("ambassador to France", value(ambassador, "position"));
        Event league = one(article().sentence("Anna Berg was appointed envoy to the Arab League on Monday.")
                .mention("Anna Berg", "PER").mention("Arab League", "ORG", "Q7172"), "Role");
        assertEquals("Anna Berg", value(league, "person"));
    }
}
