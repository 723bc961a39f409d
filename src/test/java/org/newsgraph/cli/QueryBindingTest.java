package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** {@code newsgraph query --bind}: user values become escaped literals, never SPARQL. */
class QueryBindingTest {
    @TempDir
    static Path dir;
    static Path db;
    static long quadsBefore;

    static final String BY_LABEL = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?e WHERE { ?e rdfs:label ?l FILTER(STR(?l) = ?name) }";
    static final List<String> ATTACKS = List.of("\"} ; DROP ALL ; #", "x' } DELETE WHERE { ?s ?p ?o } #",
            "line one\nline two } INSERT DATA { <a:b> <a:c> <a:d> }", "<http://evil.example/> } UNION { ?e ?p ?o",
            "\\\" ) } ; CLEAR DEFAULT", "Russia\" || true || \"");

    @BeforeAll
    static void ingest() throws IOException {
        db = dir.resolve("tdb2");
        Path a = Files.writeString(dir.resolve("russia.txt"), "Russia sent troops to Belarus on Monday.\n");
        CommandLineTest.Run r = CommandLineTest.run("ingest", "--db", db.toString(), a.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        try (GraphStore store = GraphStore.open(db)) {
            quadsBefore = store.size();
        }
    }

    @Test
    void aBoundNameFindsItsEntity() {
        CommandLineTest.Run r = CommandLineTest.run("query", "--db", db.toString(), "--format", "csv",
                "--bind", "name=Russia", BY_LABEL);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(List.of("e", "https://w3id.org/newsgraph/entity/wd/Q159"), r.out().lines().toList());
    }

    @Test
    void injectionAttemptsAreMatchedAsPlainStringsAndChangeNothing() {
        for (String attack : ATTACKS) {
            String bound = QueryCommand.bind(BY_LABEL, Map.of("name", attack));
            QueryFactory.create(bound);   // still one well-formed query
            CommandLineTest.Run r = CommandLineTest.run("query", "--db", db.toString(), "--format", "csv",
                    "--bind", "name=" + attack, BY_LABEL);
            assertEquals(ExitCodes.OK, r.code(), attack + "\n" + r.err());
            assertEquals(List.of("e"), r.out().lines().toList(), attack);
            // the value arrives whole: it matches a label that is exactly the attack text
            org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            m.createResource("urn:x:1").addProperty(org.apache.jena.vocabulary.RDFS.label, attack);
            try (var qe = org.apache.jena.query.QueryExecution.model(m).query(bound).build()) {
                assertEquals(1, org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect()), bound);
            }
        }
        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(quadsBefore, store.size());
        }
    }

    @Test
    void aVariableNameThatIsNotOneIsRefused() {
        for (String name : List.of("name }", "a-b", "")) {
            CommandLineTest.Run r = CommandLineTest.run("query", "--db", db.toString(), "--bind", name + "=x",
                    BY_LABEL);
            assertEquals(ExitCodes.FAILED, r.code(), name + ": " + r.err());
            assertTrue(r.err().startsWith("newsgraph: --bind: "), r.err());
        }
        CommandLineTest.Run missing = CommandLineTest.run("query", "--db", db.toString(), "--bind", "nam=x",
                BY_LABEL);
        assertEquals(ExitCodes.FAILED, missing.code(), missing.err());
        assertFalse(missing.err().isEmpty());
    }
}
