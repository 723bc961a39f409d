package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.newsgraph.coref.Entity;
import org.newsgraph.coref.ResolvedArticle;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.Link;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

class GraphBuilderTest {
    private static final String TEXT = "Pyongyang agreed to send 3,000 engineers to Kursk. Ri said so.";
    private static final ShapeValidator SHAPES = ShapeValidator.load();
    private static final ItemLookup LOOKUP = qid -> qid.equals("Q423")
            ? Optional.of(new ItemLookup.Item("Q423", "North Korea", "LOC")) : Optional.empty();

    private static LinkedArticle linked() {
        Article a = new Article("engineers", "Engineers to Kursk", LocalDate.of(2025, 3, 1), "https://example.org/a",
                "en", TEXT, "a.md");
        Mention pyongyang = new Mention(0, 9, "LOC", "Pyongyang", 0, 0.9);
        Mention kursk = new Mention(44, 49, "LOC", "Kursk", 0, 0.8);
        Mention ri = new Mention(51, 53, "PER", "Ri", 1, 0.7);
        AnnotatedArticle doc = new AnnotatedArticle(a, List.of(
                new Sentence(0, 0, 50, TEXT.substring(0, 50), List.of()),
                new Sentence(1, 51, TEXT.length(), TEXT.substring(51), List.of())), List.of(pyongyang, kursk, ri));
        ResolvedArticle resolved = new ResolvedArticle(doc, List.of(
                new Entity("e0", "LOC", "Pyongyang", List.of(pyongyang)),
                new Entity("e1", "LOC", "Kursk", List.of(kursk)),
                new Entity("e2", "PER", "Ri", List.of(ri))));
        return new LinkedArticle(resolved, Map.of("e0", new Link("Q18808", "Pyongyang", 0.93)));
    }

    private static Event deployment(String size) {
        return new Event("Deployment", List.of(
                Argument.entity("forceOf", "e0", "Q423", "Pyongyang"),
                Argument.entity("location", "e1", null, "Kursk"),
                Argument.literal("size", size, "integer"),
                Argument.literal("forceType", "engineers", "string")), 0, 0.8, "send");
    }

    private static QuerySolution one(Graph g, String select) {
        Model m = ModelFactory.createModelForGraph(g);
        String q = "PREFIX ng: <" + NG.NS + "> PREFIX nif: <" + GraphBuilder.NIF + "> "
                + "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + select;
        try (var qe = QueryExecutionFactory.create(q, m)) {
            var rs = qe.execSelect();
            assertTrue(rs.hasNext(), "no row for " + select);
            QuerySolution row = rs.next();
            assertFalse(rs.hasNext(), "more than one row for " + select);
            return row;
        }
    }

    @Test
    void writesTheEventWithItsRolesEvidenceAndConfidence() {
        Graph g = new GraphBuilder(LOOKUP).build(linked(), List.of(deployment("3000")));
        QuerySolution row = one(g, "SELECT ?force ?where ?size ?type ?start ?end ?conf { ?e a ng:Deployment ; "
                + "ng:forceOf ?f ; ng:location ?l ; ng:size ?size ; ng:forceType ?type ; ng:confidence ?conf ; "
                + "ng:evidence [ nif:beginIndex ?start ; nif:endIndex ?end ] . ?f rdfs:label ?force . "
                + "?l rdfs:label ?where }");
        assertEquals("North Korea", row.getLiteral("force").getString());
        assertEquals("Kursk", row.getLiteral("where").getString());
        assertEquals(3000, row.getLiteral("size").getInt());
        assertEquals("engineers", row.getLiteral("type").getString());
        assertEquals(0, row.getLiteral("start").getInt());
        assertEquals(50, row.getLiteral("end").getInt());
        assertEquals("0.8", row.getLiteral("conf").getLexicalForm());
    }

    @Test
    void linkedEntitiesGetTheirWikidataIriAndUnlinkedOnesATypedSlug() {
        Graph g = new GraphBuilder(LOOKUP).build(linked(), List.of());
        QuerySolution row = one(g, "SELECT ?same { ?m nif:anchorOf \"Pyongyang\" ; ng:denotes ?e . ?e owl:sameAs ?same }");
        assertEquals("http://www.wikidata.org/entity/Q18808", row.getResource("same").getURI());
        QuerySolution ri = one(g, "SELECT ?e { ?m nif:anchorOf \"Ri\" ; ng:denotes ?e }");
        assertEquals(NG.BASE + "entity/per/ri", ri.getResource("e").getURI());
    }

    @Test
    void theSameInputAlwaysGivesTheSameGraph() {
        Graph a = new GraphBuilder(LOOKUP).build(linked(), List.of(deployment("3000")));
        Graph b = new GraphBuilder(LOOKUP).build(linked(), List.of(deployment("3000")));
        assertTrue(a.isIsomorphicWith(b));
        Graph c = new GraphBuilder(LOOKUP).build(linked(), List.of(deployment("4000")));
        assertFalse(a.isIsomorphicWith(c));
    }

    @Test
    void builtGraphsConformToTheShapes() {
        Graph g = new GraphBuilder(LOOKUP).build(linked(), List.of(deployment("3000")));
        ValidationReport report = SHAPES.validate(g);
        assertTrue(report.conforms(), ShapeValidator.describe(report));
    }

    @Test
    void anArgumentADescriptionNamesKeepsThePhraseAsADescriptionMention() {
        // "engineers" read as a lower-case phrase that names a group known only by this description
        Mention phrase = new Mention(31, 40, Argument.DESCRIPTION, "engineers", 0, 1.0);
        Event supply = new Event("Supply", List.of(Argument.entity("supplier", "e0", "Q423", "Pyongyang"),
                Argument.described("recipient", null, null, "Engineer Corps", phrase),
                Argument.literal("item", "help", "string")), 0, 0.6, "send");
        Graph g = new GraphBuilder(LOOKUP).build(linked(), List.of(supply));
        QuerySolution row = one(g, "SELECT ?group ?label ?start ?end ?type { ?e ng:recipient ?group . "
                + "?group a ng:Organization ; rdfs:label ?label . ?m ng:denotes ?group ; nif:beginIndex ?start ; "
                + "nif:endIndex ?end ; ng:mentionType ?type }");
        assertEquals(NG.BASE + "entity/org/engineer-corps", row.getResource("group").getURI());
        assertEquals("Engineer Corps", row.getLiteral("label").getString());
        assertEquals(31, row.getLiteral("start").getInt());
        assertEquals(40, row.getLiteral("end").getInt());
        assertEquals("DESC", row.getLiteral("type").getString());
        ValidationReport report = SHAPES.validate(g);
        assertTrue(report.conforms(), ShapeValidator.describe(report));
    }

    @Test
    void shapesRejectAShareAboveOneAndASupplyWithoutSupplier() {
        Event bad = new Event("Supply", List.of(Argument.literal("item", "shells", "string"),
                Argument.literal("share", "1.5", "decimal")), 0, 0.5, "supplies");
        ValidationReport report = SHAPES.validate(new GraphBuilder(LOOKUP).build(linked(), List.of(bad)));
        assertFalse(report.conforms());
        String text = ShapeValidator.describe(report);
        assertTrue(text.contains("share"), text);
        assertTrue(text.contains("supplier"), text);
    }

    @Test
    void aHedgedQuantityIsWrittenWithItsBoundAndPhraseAndAnUnknownBoundIsRejected() {
        Graph g = new GraphBuilder(LOOKUP).build(linked(), List.of(supply("atLeast")));
        assertTrue(SHAPES.validate(g).conforms(), ShapeValidator.describe(SHAPES.validate(g)));
        QuerySolution row = one(g, "SELECT ?q ?b ?t { ?e ng:quantity ?q ; ng:quantityBound ?b ; ng:quantityText ?t }");
        assertEquals(3000, row.getLiteral("q").getInt());
        assertEquals("atLeast", row.getLiteral("b").getString());
        assertEquals("more than 3,000", row.getLiteral("t").getString());
        ValidationReport report = SHAPES.validate(new GraphBuilder(LOOKUP).build(linked(), List.of(supply("roughly"))));
        assertFalse(report.conforms());
        assertTrue(ShapeValidator.describe(report).contains("quantityBound"), ShapeValidator.describe(report));
    }

    private static Event supply(String bound) {
        return new Event("Supply", List.of(
                Argument.entity("supplier", "e0", "Q423", "Pyongyang"),
                Argument.literal("item", "engineers", "string"),
                Argument.literal("quantity", "3000", "decimal"),
                Argument.literal("quantityBound", bound, "string"),
                Argument.literal("quantityText", "more than 3,000", "string")), 0, 0.8, "send");
    }
}
