package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A post's affiliation is a state or an organisation. A nationality with no state of its own ("Chechen leader X",
 * "X, the Kurdish commander,") names a people or a region, not the body the post belongs to: the Role keeps its
 * person and post and has no affiliation.
 */
class StatelessNationalityAffiliationTest {
    @Test
    void aNationalityWithoutAStateIsNoAffiliation() {
        String[][] cases = {
            {"Tatar leader Anna Nowak said her fighters had taken a village.", "Tatar"},
            {"Basque leader Lena Vogel told reporters the talks would go on.", "Basque"},
            {"Kurdish commander Marco Rossi said the town was quiet.", "Kurdish"},
        };
        for (String[] c : cases) {
            String person = c[0].substring(c[1].length() + 1).split(" ")[1] + " "
                    + c[0].substring(c[1].length() + 1).split(" ")[2];
            List<Event> roles = events(article().sentence(c[0]).mention(c[1], "NORP").mention(person, "PER"),
                    "Role");
            for (Event r : roles) {
                assertEquals(person, value(r, "person"), c[0]);
                assertNull(value(r, "affiliation"), c[0]);
            }
        }
    }

    @Test
    void aNationalityOfAStateStaysTheAffiliation() {
        List<Event> roles = events(article().sentence("Russian leader Anna Nowak said her fighters had taken a village.")
                .mention("Russian", "NORP", "Q159").mention("Anna Nowak", "PER"), "Role");
        assertEquals(1, roles.size());
        assertEquals("Q159", qid(roles.get(0), "affiliation"));
        List<Event> plain = events(article().sentence("German leader Lena Vogel said the town was quiet.")
                .mention("German", "NORP").mention("Lena Vogel", "PER"), "Role");
        assertEquals(1, plain.size());
        assertEquals("Q183", qid(plain.get(0), "affiliation"));
    }
}
