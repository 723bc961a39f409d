package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.newsgraph.coref.Entity;
import org.newsgraph.coref.ResolvedArticle;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

/** A supplied count in the graph: the xsd:decimal that ontology and shapes declare for ng:quantity, and whole. */
class CountLiteralTest {
    private static final String TEXT = "Ukraine received 31 Abrams tanks from the United States.";

    @Test
    void aCountOfThingsIsAWholeDecimalThatConformsToTheShapes() {
        Article a = new Article("abrams", null, LocalDate.of(2024, 5, 10), null, "en", TEXT, "abrams.txt");
        Mention ukraine = new Mention(0, 7, "LOC", "Ukraine", 0, 1.0);
        Mention us = new Mention(42, 55, "LOC", "United States", 0, 1.0);
        AnnotatedArticle doc = new AnnotatedArticle(a, List.of(new Sentence(0, 0, TEXT.length(), TEXT, List.of())),
                List.of(ukraine, us));
        LinkedArticle linked = new LinkedArticle(new ResolvedArticle(doc, List.of(
                new Entity("e0", "LOC", "Ukraine", List.of(ukraine)),
                new Entity("e1", "LOC", "United States", List.of(us)))), Map.of());
        Event supply = new Event("Supply", List.of(Argument.entity("supplier", "e1", null, "United States"),
                Argument.entity("recipient", "e0", null, "Ukraine"), Argument.literal("item", "tanks", "string"),
                Argument.literal("quantity", "31", "decimal"), Argument.literal("quantityText", "31", "string")),
                0, 0.7, "received");

        Graph g = new GraphBuilder(qid -> Optional.empty()).build(linked, List.of(supply));

        List<Triple> quantities = g.find(Node.ANY, NG.quantity.asNode(), Node.ANY).toList();
        assertEquals(1, quantities.size());
        Node literal = quantities.get(0).getObject();
        assertEquals(XSDDatatype.XSDdecimal.getURI(), literal.getLiteralDatatypeURI());
        BigDecimal value = new BigDecimal(literal.getLiteralLexicalForm());
        assertEquals(0, value.compareTo(BigDecimal.valueOf(31)));
        assertTrue(value.stripTrailingZeros().scale() <= 0, "a count is whole: " + value);
        assertTrue(ShapeValidator.load().validate(g).conforms());
    }
}
