package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.rdf.ItemLookup;
import org.newsgraph.rdf.ShapeValidator;

/**
 * What the extractor finds for the six event types between actors, and an argument only a description names,
 * conforms to ontology/shapes.ttl as RDF.
 */
class ExtractedGraphConformsTest {
    private static final ItemLookup LOOKUP = qid -> Optional.of(new ItemLookup.Item(qid, qid, "LOC"));

    @Test
    void eventsOfEveryInteractionTypeConformToTheShapes() {
        LinkedArticle article = ArticleFixture.published("2025-07-12")
                .sentence("Anna Kowalski met Marco Rossi in Rome on Tuesday.")
                .mention("Anna Kowalski", "PER").mention("Marco Rossi", "PER").mention("Rome", "LOC", "Q220")
                .sentence("\"The roads are closed,\" said Ivan Petrov, head of Polish customs.")
                .mention("Ivan Petrov", "PER").mention("Polish", "NORP", "Q36")
                .sentence("Belarus has declared its full support for Russia's war in Ukraine.")
                .mention("Belarus", "LOC", "Q184").mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212")
                .sentence("Canada imposed new sanctions on Iran in October.")
                .mention("Canada", "LOC", "Q16").mention("Iran", "LOC", "Q794")
                .sentence("Italy has invited Poland to take part in the annual summit on maritime security.")
                .mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36")
                .sentence("Kharkiv was shelled by Russia overnight.")
                .mention("Kharkiv", "LOC").mention("Russia", "LOC", "Q159")
                .sentence("Canada sent $20 million in aid to the Syrian opposition last week.")
                .mention("Canada", "LOC", "Q16").mention("Syrian", "NORP", "Q858")
                .sentence("Norway delivered nearly $8 million in medical supplies to Moldova.")
                .mention("Norway", "LOC", "Q20").mention("Moldova", "LOC", "Q217")
                .build();
        List<Event> events = new RuleBasedExtractor(new MapGeography()).extract(article);
        Set<String> types = events.stream().map(Event::type).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of("Meeting", "Statement", "Support", "Sanction", "Invitation", "Attack")),
                types.toString());
        Graph graph = new GraphBuilder(LOOKUP).build(article, events);
        ShapeValidator shapes = ShapeValidator.load();
        ValidationReport report = shapes.validate(graph);
        assertTrue(report.conforms(), ShapeValidator.describe(report));
        assertEquals(1, events.stream().filter(e -> e.type().equals("Statement")).count());
        assertTrue(events.stream().anyMatch(e -> e.first("quantityBound").isPresent()), events.toString());
    }
}
