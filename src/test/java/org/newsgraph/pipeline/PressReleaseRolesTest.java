package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;

/**
 * Roles as military and government press releases write them, through the whole pipeline (name finder included):
 * an abbreviated rank between a post and its holder is no part of the post, a bare post between commas takes the
 * unit named after it, and a person given a bare post and its specific form gets one Role with the specific one.
 * Articles written for this test.
 */
class PressReleaseRolesTest extends WholePipeline {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    private static Event role(String text) {
        List<Event> roles = events(text, DAY, "Role");
        assertEquals(1, roles.size(), roles.toString());
        return roles.get(0);
    }

    private static String value(Event e, String role) {
        return e.first(role).map(Argument::value).orElse(null);
    }

    @Test
    void aRankBetweenATitleAndTheNameIsNoPartOfThePost() {
        Event dole = role("Chairman of the Joint Chiefs of Staff Gen. Mark Dole said the exercise was a success. He "
                + "spoke in Washington on Friday.");
        assertEquals("Mark Dole", value(dole, "person"));
        assertEquals("Chairman", value(dole, "position"));
        assertEquals("Joint Chiefs of Staff", value(dole, "affiliation"));
        Event lund = role("The commander of the 3rd Logistics Brigade, Col. Maria Lund, said the unit was ready. The "
                + "drills end next week.");
        assertEquals("Maria Lund", value(lund, "person"));
        assertEquals("commander", value(lund, "position"));
        assertEquals("3rd Logistics Brigade", value(lund, "affiliation"));
    }

    @Test
    void aRankAloneIsNoPost() {
        assertTrue(events("Gen. Mark Dole said the exercise was a success. He spoke in Washington on Friday.", DAY,
                "Role").isEmpty());
    }

    @Test
    void aCommandWithItsOperationAfterABarePostIsItsOrganisation() {
        Event hale = role("A new firing range opened near the base on Tuesday. \"The range is open,\" said Brig. Gen. "
                + "Tom Hale, director, Joint Training Command - Operation Steady Shield. Construction took a year.");
        assertEquals("director", value(hale, "position"));
        assertEquals("Joint Training Command - Operation Steady Shield", value(hale, "affiliation"));
    }

    @Test
    void theSpecificFormOfAPostWinsWithTheOrganisationOfTheBareOne() {
        Event doe = role("FCO Minister Jane Doe travelled to Kazakhstan on Monday. \"Our ties are growing,\" the "
                + "Minister for Central Asia, Jane Doe, said in Astana. She met Kazakh officials.");
        assertEquals("Minister for Central Asia", value(doe, "position"));
        assertEquals("FCO", value(doe, "affiliation"));
    }
}
