package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.NewsgraphException;

class GraphStoreTest {

    static final String PORT_TALKS = "https://w3id.org/newsgraph/article/port-talks";
    static final String GRAIN = "https://w3id.org/newsgraph/article/grain-shipments";
    static final String PREFIXES = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    @TempDir
    Path dir;

    DatasetGraph fixture;

    /** The two-article fixture, parsed into memory. */
    static DatasetGraph loadFixture() {
        return RDFParser.source(GraphStoreTest.class.getResource("two-articles.trig").toString())
                .lang(Lang.TRIG).toDatasetGraph();
    }

    /** Writes every named graph of {@code data} into {@code store}. */
    static void fill(GraphStore store, DatasetGraph data) {
        data.listGraphNodes().forEachRemaining(n -> store.replaceGraph(n.getURI(), data.getGraph(n)));
    }

    @BeforeEach
    void readFixture() {
        fixture = loadFixture();
    }

    @Test
    void replacingAGraphWithTheSameTriplesChangesNothing() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            fill(store, fixture);
            long size = store.size();
            Graph before = store.graph(PORT_TALKS);

            store.replaceGraph(PORT_TALKS, fixture.getGraph(NodeFactory.createURI(PORT_TALKS)));

            assertEquals(size, store.size());
            assertTrue(before.isIsomorphicWith(store.graph(PORT_TALKS)));
            assertTrue(fixture.getGraph(NodeFactory.createURI(PORT_TALKS)).isIsomorphicWith(store.graph(PORT_TALKS)));
        }
    }

    @Test
    void opensAStoreWhoseJournalACrashCutShortAndKeepsWhatWasCommitted() throws Exception {
        Path db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            fill(store, fixture);
        }
        Path journal = db.resolve("Data-0001/journal.jrnl");
        assertEquals(0, Files.size(journal), "a cleanly closed store has an empty journal");
        // What a writer killed mid-entry leaves: a header announcing 24 bytes of data, and only 10 of them.
        ByteBuffer torn = ByteBuffer.allocate(16 + 10);
        torn.putInt(24).putInt(12345).putInt(1).putInt(7);
        Files.write(journal, torn.array());
        // as after a crash: this JVM forgets the database, and the lock names a process that is gone
        org.apache.jena.tdb2.sys.DatabaseConnection.internalExpel(
                org.apache.jena.dboe.base.file.Location.create(db.toString()), true);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(db.resolve("tdb.lock"), Long.toString(gone.pid()));

        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(0, Files.size(journal), "the torn entry is cut off");
            assertTrue(fixture.getGraph(NodeFactory.createURI(PORT_TALKS)).isIsomorphicWith(store.graph(PORT_TALKS)));
            assertTrue(fixture.getGraph(NodeFactory.createURI(GRAIN)).isIsomorphicWith(store.graph(GRAIN)));
            store.replaceGraph(GRAIN, GraphFactory.createDefaultGraph());
            assertTrue(store.graph(GRAIN).isEmpty(), "and the store takes writes again");
        }
    }

    @Test
    void cutsAJournalBackToItsLastCompleteCommit() throws Exception {
        Path journal = dir.resolve("journal.jrnl");
        byte[] redo = entry(1, new byte[] {1, 2, 3, 4, 5});
        byte[] commit = entry(3, new byte[0]);
        byte[] later = entry(1, new byte[] {9, 9, 9});
        ByteBuffer all = ByteBuffer.allocate(redo.length + commit.length + later.length + 7);
        all.put(redo).put(commit).put(later).put(new byte[] {0, 0, 0, 40, 0, 0, 0});
        Files.write(journal, all.array());
        assertTrue(JournalRepair.cutToLastCommit(journal));
        assertEquals(redo.length + commit.length, Files.size(journal));
        assertFalse(JournalRepair.cutToLastCommit(journal), "a journal ending in a commit is left alone");

        ByteBuffer badChecksum = ByteBuffer.wrap(entry(3, new byte[] {1}));
        badChecksum.putInt(4, badChecksum.getInt(4) + 1);
        Files.write(journal, badChecksum.array());
        assertTrue(JournalRepair.cutToLastCommit(journal));
        assertEquals(0, Files.size(journal));
    }

    /** A journal entry as TDB2 writes it: length, Adler-32 over the entry with that field zeroed, type, component. */
    private static byte[] entry(int type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(16 + data.length);
        b.putInt(data.length).putInt(0).putInt(type).putInt(42).put(data);
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        adler.update(b.array());
        b.putInt(4, (int) adler.getValue());
        return b.array();
    }

    @Test
    void replacingAGraphDropsTriplesTheNewVersionLacks() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            fill(store, fixture);
            Graph smaller = GraphFactory.createDefaultGraph();
            fixture.getGraph(NodeFactory.createURI(PORT_TALKS)).find().forEachRemaining(t -> {
                if (!t.getPredicate().getURI().endsWith("headline")) {
                    smaller.add(t);
                }
            });
            long grainSize = store.graph(GRAIN).size();

            store.replaceGraph(PORT_TALKS, smaller);

            assertTrue(smaller.isIsomorphicWith(store.graph(PORT_TALKS)));
            assertEquals(grainSize, store.graph(GRAIN).size());
            assertEquals(smaller.size() + grainSize, store.size());
        }
    }

    @Test
    void readersSeeEitherTheOldOrTheNewGraphNeverAMix() throws Exception {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            Graph full = fixture.getGraph(NodeFactory.createURI(PORT_TALKS));
            Graph one = GraphFactory.createDefaultGraph();
            one.add(full.find().next());
            store.replaceGraph(PORT_TALKS, full);
            AtomicBoolean writing = new AtomicBoolean(true);
            Set<Integer> seen = ConcurrentHashMap.newKeySet();
            Thread reader = new Thread(() -> {
                while (writing.get()) {
                    seen.add(store.graph(PORT_TALKS).size());
                }
            });
            reader.start();
            for (int i = 0; i < 40; i++) {
                store.replaceGraph(PORT_TALKS, i % 2 == 0 ? one : full);
            }
            writing.set(false);
            reader.join(30_000);
            assertFalse(seen.isEmpty(), "the reader read");
            assertTrue(Set.of(1, full.size()).containsAll(seen), "sizes seen: " + seen);
        }
    }

    @Test
    void aBatchOfReplacementsChangesAllGraphsOrNone() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            fill(store, fixture);
            Graph grainBefore = store.graph(GRAIN);
            Graph empty = GraphFactory.createDefaultGraph();
            Graph failing = new GraphWrapper(fixture.getGraph(NodeFactory.createURI(PORT_TALKS))) {
                @Override
                public ExtendedIterator<Triple> find() {
                    throw new IllegalStateException("graph source failed");
                }
            };
            Map<String, Graph> batch = new LinkedHashMap<>();
            batch.put(GRAIN, empty);
            batch.put(PORT_TALKS, failing);

            assertThrows(IllegalStateException.class, () -> store.replaceGraphs(batch));

            assertTrue(grainBefore.isIsomorphicWith(store.graph(GRAIN)), "the first replacement was rolled back");
            batch.put(PORT_TALKS, empty);
            store.replaceGraphs(batch);
            assertEquals(List.of(), store.graphNames());
        }
    }

    @Test
    void removingAGraphDropsOnlyThatGraph() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            fill(store, fixture);
            Graph grain = store.graph(GRAIN);

            assertTrue(store.removeGraph(PORT_TALKS));

            assertFalse(store.containsGraph(PORT_TALKS));
            assertEquals(List.of(GRAIN), store.graphNames());
            assertTrue(grain.isIsomorphicWith(store.graph(GRAIN)));
            assertEquals(grain.size(), store.size());
            assertFalse(store.removeGraph(PORT_TALKS), "a second removal finds nothing");
        }
    }

    @Test
    void listsGraphNamesAndCountsQuads() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            assertEquals(0, store.size());
            fill(store, fixture);
            assertEquals(List.of(GRAIN, PORT_TALKS), store.graphNames());
            long quads = fixture.getGraph(NodeFactory.createURI(PORT_TALKS)).size()
                    + fixture.getGraph(NodeFactory.createURI(GRAIN)).size();
            assertEquals(quads, store.size());
            assertTrue(store.containsGraph(GRAIN));
        }
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            fill(store, fixture);
        }
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            assertEquals(List.of(GRAIN, PORT_TALKS), store.graphNames());
        }
    }

    @Test
    void closingOneHandleLeavesAnotherOnTheSameDirectoryUsable() {
        try (GraphStore first = GraphStore.open(dir.resolve("db"));
             GraphStore second = GraphStore.open(dir.resolve("db"))) {
            fill(first, fixture);
            first.close();
            assertEquals(List.of(GRAIN, PORT_TALKS), second.graphNames());
            assertThrows(NewsgraphException.class, first::size);
        }
    }

    @Test
    void openingAnExistingStoreDoesNotCreateOne() {
        Path missing = dir.resolve("missing");
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> GraphStore.openExisting(missing));
        assertEquals("no store at " + missing + " (run `newsgraph ingest` first)", e.getMessage());
        assertFalse(Files.exists(missing));
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            fill(store, fixture);
        }
        try (GraphStore store = GraphStore.openExisting(dir.resolve("db"))) {
            assertEquals(2, store.graphNames().size());
        }
    }

    @Test
    void rejectsGraphNamesThatAreNotAbsoluteIris() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            Graph g = GraphFactory.createDefaultGraph();
            NewsgraphException e = assertThrows(NewsgraphException.class, () -> store.replaceGraph("article/x", g));
            assertTrue(e.getMessage().contains("'article/x'"), e.getMessage());
        }
    }

    @Test
    void selectOverTheDefaultGraphSeesEveryArticle() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            fill(store, fixture);
            // the Visit is in one article's graph, the Supply in the other; the stored default graph is empty
            String q = "SELECT ?event { ?event <http://www.w3.org/ns/prov#wasDerivedFrom> ?article }";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            QueryResult r = store.query(q, QueryFormat.CSV, out);
            assertEquals(new QueryResult(QueryResult.Form.SELECT, 2), r);
            assertEquals(List.of("event", "https://w3id.org/newsgraph/event/a1", "https://w3id.org/newsgraph/event/b7"),
                    out.toString(StandardCharsets.UTF_8).lines().sorted().toList());
        }
    }

    @Test
    void writesSelectResultsAsTableCsvAndJson() throws Exception {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            fill(store, fixture);
            String q = PREFIXES + "SELECT ?entity ?label { ?entity rdfs:label ?label } ORDER BY ?entity";

            String table = run(store, q, "table");
            String csv = run(store, q, "csv");
            String json = run(store, q, "json");

            List<String> tableLines = table.lines().toList();
            assertTrue(tableLines.get(1).matches("\\| entity +\\| label +\\|"), tableLines.get(1));
            assertEquals(tableLines.get(0).length(), tableLines.get(3).length(), "rows are aligned");
            assertTrue(table.contains("\"Ana Lindqvist\"@en"), table);

            List<String> csvLines = new BufferedReader(new InputStreamReader(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                    .lines().toList();
            assertEquals("entity,label", csvLines.get(0));
            assertEquals(List.of("https://w3id.org/newsgraph/entity/per/ana-lindqvist,Ana Lindqvist",
                    "https://w3id.org/newsgraph/entity/wd/Q20,Norway"), csvLines.subList(1, csvLines.size()));

            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON);
            List<String> labels = new ArrayList<>();
            rs.forEachRemaining(b -> labels.add(b.getLiteral("label").getLexicalForm()));
            assertEquals(List.of("Ana Lindqvist", "Norway"), labels);
        }
    }

    @Test
    void answersAskAndWritesConstructResultsAsTurtle() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            fill(store, fixture);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            QueryResult ask = store.query(PREFIXES + "ASK { ?e a ng:Attack }", QueryFormat.JSON, out);
            assertEquals(0, ask.size());
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"boolean\" : false"), out.toString());

            ByteArrayOutputStream ttl = new ByteArrayOutputStream();
            QueryResult construct = store.query(PREFIXES
                    + "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e rdfs:label ?l }", QueryFormat.TABLE, ttl);
            Graph parsed = RDFParser.fromString(ttl.toString(StandardCharsets.UTF_8), Lang.TURTLE).toGraph();
            assertEquals(QueryResult.Form.CONSTRUCT, construct.form());
            assertEquals(2, construct.size());
            assertEquals(2, parsed.size());
        }
    }

    @Test
    void reportsAQueryThatDoesNotParse() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            NewsgraphException e = assertThrows(NewsgraphException.class,
                    () -> store.query("SELECT ?x WHERE { ?x ", QueryFormat.TABLE, new ByteArrayOutputStream()));
            assertTrue(e.getMessage().startsWith("cannot parse SPARQL query"), e.getMessage());
            NewsgraphException f = assertThrows(NewsgraphException.class,
                    () -> store.query("ASK {}", "xml", new ByteArrayOutputStream()));
            assertEquals("unknown query result format 'xml': expected one of table, csv, json", f.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportReadsBackAsTheSameData(ExportFormat format) {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            fill(store, fixture);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.export(format, out);
            String text = out.toString(StandardCharsets.UTF_8);

            if (format == ExportFormat.TURTLE) {
                Graph parsed = RDFParser.fromString(text, Lang.TURTLE).toGraph();
                assertTrue(union(fixture).isIsomorphicWith(parsed), text);
                return;
            }
            Lang lang = switch (format) {
                case TRIG -> Lang.TRIG;
                case NQUADS -> Lang.NQUADS;
                case JSONLD -> Lang.JSONLD;
                default -> throw new IllegalStateException();
            };
            DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(text, lang).parse(parsed);
            List<String> names = new ArrayList<>();
            parsed.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            assertEquals(List.of(GRAIN, PORT_TALKS), names);
            assertTrue(parsed.getDefaultGraph().isEmpty());
            for (String name : names) {
                Graph expected = fixture.getGraph(NodeFactory.createURI(name));
                Graph actual = parsed.getGraph(NodeFactory.createURI(name));
                assertTrue(expected.isIsomorphicWith(actual), format + " graph " + name + ":\n" + text);
            }
        }
    }

    @Test
    void turtleExportUsesTheNewsgraphPrefixes() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            fill(store, fixture);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.export("turtle", out);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("ng:Visit"), out.toString());
        }
    }

    @Test
    void refusesADirectoryLockedByAnotherProcess() throws Exception {
        Path db = dir.resolve("db");
        try (LockHolder holder = LockHolder.hold(db)) {
            NewsgraphException e = assertThrows(NewsgraphException.class, () -> GraphStore.open(db));
            assertEquals("cannot open store " + db + ": locked by another process (is `newsgraph serve` running?)",
                    e.getMessage());
        }
    }

    static Graph union(DatasetGraph dsg) {
        Graph all = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
        return all;
    }

    private static String run(GraphStore store, String query, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(query, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
