package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.value;

import org.junit.jupiter.api.Test;

/**
 * A bare post between commas after a name, with the unit or command it is held in after the post's own comma, as
 * military press releases write it ("said Col. X, commander, 3rd Logistics Brigade."): the unit is the Role's
 * organisation when the apposition closes after it, also before a place or a phrase that ends the sentence; a list
 * or a place in the unit's slot gives none. Sentences written for this test.
 */
class BarePostBodyTest {
    @Test
    void theUnitAfterABarePostIsItsOrganisation() {
        Event lund = one(article().sentence("\"We are ready,\" said Col. Maria Lund, commander, 3rd Logistics Brigade.")
                .mention("Maria Lund", "PER").mention("3rd Logistics Brigade", "ORG"), "Role");
        assertEquals("commander", value(lund, "position"));
        assertEquals("3rd Logistics Brigade", value(lund, "affiliation"));
        Event hale = one(article().sentence("\"The range is open,\" said Brig. Gen. Tom Hale, director, Joint Training "
                + "Command - Operation Steady Shield.").mention("Tom Hale", "PER")
                .mention("Joint Training Command - Operation Steady Shield", "ORG"), "Role");
        assertEquals("director", value(hale, "position"));
        assertEquals("Joint Training Command - Operation Steady Shield", value(hale, "affiliation"));
    }

    @Test
    void aPlaceOrAPhraseEndingTheSentenceAfterTheUnitKeepsIt() {
        Event berg = one(article().sentence("\"They served well,\" said Lt. Col. Anna Berg, spokesperson, Combined Air "
                + "Operations Center, Qatar.").mention("Anna Berg", "PER")
                .mention("Combined Air Operations Center", "ORG").mention("Qatar", "LOC", "Q846"), "Role");
        assertEquals("spokesperson", value(berg, "position"));
        assertEquals("Combined Air Operations Center", value(berg, "affiliation"));
        Event lund = one(article().sentence("\"We are ready,\" said Col. Maria Lund, commander, 3rd Logistics Brigade, "
                + "in a statement.").mention("Maria Lund", "PER").mention("3rd Logistics Brigade", "ORG"), "Role");
        assertEquals("3rd Logistics Brigade", value(lund, "affiliation"));
    }

    @Test
    void aListOrAPlaceInTheUnitsSlotGivesNoOrganisation() {
        // the names after the post's comma go on as a list
        Event roy = one(article().sentence("The board named Anna Roy, adviser, Google, Microsoft and Apple as "
                + "sponsors.").mention("Anna Roy", "PER").mention("Google", "ORG").mention("Microsoft", "ORG")
                .mention("Apple", "ORG"), "Role");
        assertNull(value(roy, "affiliation"));
        Event holm = one(article().sentence("The guests included Sgt. Ivan Holm, commander, 5th Signal Battalion, and "
                + "Capt. Rita Moor.").mention("Ivan Holm", "PER").mention("5th Signal Battalion", "ORG")
                .mention("Rita Moor", "PER"), "Role");
        assertEquals("Ivan Holm", value(holm, "person"));
        assertNull(value(holm, "affiliation"));
        // a place after the post is where the commander serves, not an organisation
        Event vance = one(article().sentence("\"The handover went smoothly,\" said Gen. Eric Vance, commander, Kabul.")
                .mention("Eric Vance", "PER").mention("Kabul", "LOC", "Q5838"), "Role");
        assertNull(value(vance, "affiliation"));
        // a place after the unit that begins a list of places, or a phrase that goes on into a list
        Event ames = one(article().sentence("Col. Ida Ames, commander, Northern Command, Kenya and Uganda, spoke.")
                .mention("Ida Ames", "PER").mention("Northern Command", "ORG").mention("Kenya", "LOC", "Q114")
                .mention("Uganda", "LOC", "Q1036"), "Role");
        assertNull(value(ames, "affiliation"));
        Event ward = one(article().sentence("The prize went to Col. Ida Ward, commander, Northern Command, in Kenya "
                + "and Uganda.").mention("Ida Ward", "PER").mention("Northern Command", "ORG")
                .mention("Kenya", "LOC", "Q114").mention("Uganda", "LOC", "Q1036"), "Role");
        assertNull(value(ward, "affiliation"));
    }
}
