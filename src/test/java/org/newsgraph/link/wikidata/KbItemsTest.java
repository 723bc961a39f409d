package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;
import org.junit.jupiter.api.Test;

class KbItemsTest {
    private static WikidataItem item(String id, String label, List<String> classes, int sitelinks) {
        return new WikidataItem(id, label, List.of(), null, Map.of("P31", classes), List.of(), Set.of("P31"),
                sitelinks);
    }

    @Test
    void itemsGetTheKindsOfTheirClassesAPriorFromSitelinksAndTheirSource() {
        KbItems.Result r = KbItems.standard().convert(List.of(
                item("Q42", "Douglas Adams", List.of("Q5"), 100),
                item("Q12418", "Mona Lisa", List.of("Q3305213"), 200),
                item("Q7", null, List.of("Q5"), 1)), "a test");
        assertEquals(1, r.kept());
        assertEquals(2, r.skipped());
        Model m = r.model();
        KbEntry adams = KnowledgeBase.loadDefault().withItems(m).get("Q42").orElseThrow();
        assertEquals("PER", adams.nerType());
        assertEquals(KbItems.prior(100), adams.popularity());
        assertTrue(m.listObjectsOfProperty(m.createProperty(KnowledgeBase.KB + "verifiedBy")).toList().stream()
                .anyMatch(o -> o.asLiteral().getString().equals("a test")));
    }

    @Test
    void thePriorGrowsWithSitelinksAndStaysBelowTheShippedStates() {
        assertEquals(0.3, KbItems.prior(0));
        assertTrue(KbItems.prior(10) < KbItems.prior(100));
        assertEquals(0.8, KbItems.prior(5000));
    }

    @Test
    void aCapitalIsBothCityAndCapital() {
        assertEquals(Set.of("city", "capital"), KbItems.standard().kindsOf(item("Q1", "X", List.of("Q5119"), 0)));
    }
}
