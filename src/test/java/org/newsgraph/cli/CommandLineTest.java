package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ShapeValidator;
import org.newsgraph.store.GraphStore;

/** The commands as a user runs them, on the bundled example articles. */
class CommandLineTest {
    @TempDir
    static Path dir;
    static Path db;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void ingestTheExamples() {
        db = dir.resolve("tdb2");
        Run r = run("ingest", "--db", db.toString(), "examples/articles");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("ingested articles 11,"), r.out());
    }

    private static Path export(String format, String name) {
        Path file = dir.resolve(name);
        Run r = run("export", "--db", db.toString(), "--format", format, "--out", file.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        return file;
    }

    @Test
    void reingestingTheSameArticlesChangesNothing() {
        Dataset before = RDFDataMgr.loadDataset(export("nquads", "before.nq").toString());
        Run again = run("ingest", "--db", db.toString(), "examples/articles");
        assertEquals(ExitCodes.OK, again.code(), again.err());
        Dataset after = RDFDataMgr.loadDataset(export("nquads", "after.nq").toString());
        List<String> names = new java.util.ArrayList<>();
        before.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        assertEquals(11, names.size());
        assertEquals(before.asDatasetGraph().stream().count(), after.asDatasetGraph().stream().count());
        for (String name : names) {
            assertTrue(before.getNamedModel(name).isIsomorphicWith(after.getNamedModel(name)), name);
        }
    }

    @Test
    void everyExportedArticleGraphConformsToTheShapes() {
        Dataset exported = RDFDataMgr.loadDataset(export("trig", "all.trig").toString());
        ShapeValidator shapes = ShapeValidator.load();
        exported.asDatasetGraph().listGraphNodes().forEachRemaining(name -> {
            Graph g = exported.asDatasetGraph().getGraph(name);
            ValidationReport report = shapes.validate(g);
            assertTrue(report.conforms(), name + "\n" + ShapeValidator.describe(report));
        });
    }

    @Test
    void turtleAndJsonLdExportsReadBack() {
        assertTrue(RDFDataMgr.loadModel(export("turtle", "all.ttl").toString()).size() > 1000);
        assertTrue(RDFDataMgr.loadDataset(export("jsonld", "all.jsonld").toString()).asDatasetGraph()
                .listGraphNodes().hasNext());
    }

    @Test
    void exportToAnUnwritablePlaceFailsWithOneLine() {
        Run r = run("export", "--db", db.toString(), "--out", dir.resolve("no/such/folder/x.ttl").toString());
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().startsWith("newsgraph: cannot write export target"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void namedQueriesAnswerFromTheExampleGraph() {
        Run supplies = run("query", "--db", db.toString(), "--format", "csv", "supplies");
        assertEquals(ExitCodes.OK, supplies.code(), supplies.err());
        assertTrue(supplies.out().lines().anyMatch(l -> l.contains("North Korea") && l.contains("Russia")
                && l.contains("ammunition") && l.contains("0.4")), supplies.out());
        Run treaties = run("query", "--db", db.toString(), "--format", "csv", "queries/treaties.rq");
        assertTrue(treaties.out().contains("North Korea | Russia"), treaties.out());
        Run deployments = run("query", "--db", db.toString(), "--format", "json", "deployments");
        // "the Kursk region" links to the oblast, so the location carries the oblast's label
        assertTrue(deployments.out().contains("\"Kursk Oblast\""), deployments.out());
    }

    @Test
    void inlineSparqlRunsAndBadSparqlIsOneLine() {
        Run count = run("query", "--db", db.toString(), "--format", "csv",
                "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <http://schema.org/NewsArticle> }");
        assertEquals(List.of("n", "11"), count.out().lines().map(String::strip).toList());
        Run bad = run("query", "--db", db.toString(), "SELECT ?x WHERE { ?x ");
        assertEquals(ExitCodes.FAILED, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
    }

    @Test
    void badArticlesAreReportedOneLineEachAndStoredArticlesAreUntouched() throws IOException {
        Path store = dir.resolve("mixed-tdb2");
        Path first = dir.resolve("first");
        Files.createDirectories(first);
        Files.writeString(first.resolve("kept.md"), "---\ntitle: Kept\npublished: 2024-05-01\n---\n"
                + "Chile and Peru signed a fisheries agreement in Lima on Tuesday.\n");
        assertEquals(ExitCodes.OK, run("ingest", "--db", store.toString(), first.toString()).code());
        Graph keptBefore = graphOf(store, "kept");

        Path batch = dir.resolve("batch");
        Files.createDirectories(batch);
        Files.writeString(batch.resolve("good.txt"), "Kenya sent 400 police officers to Haiti in June 2024.\n");
        Files.writeString(batch.resolve("empty.txt"), "");
        Files.write(batch.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Files.write(batch.resolve("latin1.txt"), "Bogot\u00e1 hosted the talks.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(batch.resolve("open.md"), "---\ntitle: Never closed\nThe body never starts.\n");
        Files.writeString(batch.resolve("kept.md"), "---\ntitle: Same id as a stored article\n---\n"
                + "This text would replace the kept article if it were read.\n");
        Run r = run("ingest", "--db", store.toString(), batch.toString());
        assertEquals(ExitCodes.PARTIAL, r.code(), r.err());
        List<String> lines = r.err().lines().filter(l -> l.startsWith("skipped ")).toList();
        for (String bad : List.of("empty.txt", "binary.txt", "latin1.txt", "open.md")) {
            assertEquals(1, lines.stream().filter(l -> l.contains(bad)).count(), bad + " in\n" + r.err());
        }
        assertTrue(graphOf(store, "good").size() > 0);
        assertFalse(graphOf(store, "empty").size() > 0);
        // kept.md of the second batch is a good article with the same id: it replaces the stored one atomically
        assertFalse(keptBefore.isIsomorphicWith(graphOf(store, "kept")));
        assertTrue(r.out().contains("skipped 4"), r.out());
    }

    private static Graph graphOf(Path store, String articleId) {
        try (GraphStore s = GraphStore.open(store)) {
            return s.graph(Iris.article(articleId));
        }
    }

    @Test
    void readingCommandsRefuseToCreateAStore() {
        Run r = run("query", "--db", dir.resolve("nothing-here").toString(), "supplies");
        assertEquals(ExitCodes.FAILED, r.code());
        assertTrue(r.err().contains("no store at"), r.err());
        assertFalse(Files.exists(dir.resolve("nothing-here")));
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, run("frobnicate").code());
        assertEquals(ExitCodes.USAGE, run("ingest", "--no-such-option", "x").code());
        assertTrue(Arrays.asList(run("--help").out().split("\\s+")).containsAll(
                List.of("demo", "ingest", "query", "export", "serve", "eval", "train-ner")));
    }
}
