package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.value;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X appointed Y as finance minister": the person appointed (the verb's object) holds the post named after "as", or
 * right after the name when that is a post. A negated, possible or planned appointment, and a name after the verb that
 * no post follows, give none.
 */
class AppointedObjectTest {
    private static List<Event> roles(ArticleFixture a, String person) {
        return events(a, "Role").stream().filter(e -> person.equals(value(e, "person"))).toList();
    }

    @Test
    void theAppointedPersonHoldsThePost() {
        List<Event> as = roles(article().sentence("President Lena Ortiz appointed Marco Ruiz as defence minister on"
                + " Tuesday.").mention("Lena Ortiz", "PER").mention("Marco Ruiz", "PER"), "Marco Ruiz");
        assertEquals(1, as.size(), as.toString());
        assertEquals("defence minister", value(as.get(0), "position"));
        List<Event> bare = roles(article().sentence("The parliament of Chile elected Ana Soto speaker of the lower"
                + " house.").mention("Chile", "LOC", "Q298").mention("Ana Soto", "PER"), "Ana Soto");
        assertEquals(1, bare.size(), bare.toString());
        List<Event> named = roles(article().sentence("The prime minister named Omar Haddad as ambassador to France.")
                .mention("Omar Haddad", "PER").mention("France", "LOC", "Q142"), "Omar Haddad");
        assertEquals(1, named.size(), named.toString());
        assertEquals("ambassador to France", value(named.get(0), "position"));
        assertEquals(null, qid(named.get(0), "affiliation"));
    }

    @Test
    void anAppointmentNotMadeOrANameWithoutAPostGivesNone() {
        for (String sentence : List.of(
                "President Lena Ortiz has not appointed Marco Ruiz as defence minister.",
                "President Lena Ortiz may appoint Marco Ruiz as defence minister.",
                "President Lena Ortiz is expected to have appointed Marco Ruiz as defence minister by May.",
                "President Lena Ortiz named Marco Ruiz in her speech on Tuesday.",
                "A report by Lena Ortiz named Marco Ruiz as a suspect in the case.")) {
            List<Event> found = roles(article().sentence(sentence).mention("Lena Ortiz", "PER")
                    .mention("Marco Ruiz", "PER"), "Marco Ruiz");
            assertEquals(List.of(), found, sentence);
        }
    }
}
