package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ConfigException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.LockHolder;

/**
 * The server's limits: the config's query timeout and result limit (shortened to one second and 100 solutions in a test
 * copy), hostile queries, the listening address, no UI unless asked for, and a database another process holds.
 */
class SparqlServerLimitsTest {

    static final String TIMEOUT_MS = "1000";
    static final int RESULT_LIMIT = 100;
    static final String TIMEOUT_SETTING = "\"arq:queryTimeout\" ; ja:cxtValue \"";
    static final String LIMIT_SETTING = "\"https://w3id.org/newsgraph/config#resultLimit\" ; ja:cxtValue \"";
    static final String RING = "https://w3id.org/newsgraph/test/ring#";
    static final int RING_SIZE = 1500;
    static final String HOSTILE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    static Path tmp;

    static Path db;
    static SparqlServer server;
    /** The triples of the union default graph. */
    static long quads;

    @BeforeAll
    static void startServer() throws Exception {
        db = tmp.resolve("tdb2");
        // 300 triples: the four-way cross product has 8.1e9 rows, far more than a second's work
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 300; i++) {
            Node s = NodeFactory.createURI("https://w3id.org/newsgraph/entity/org/body-" + i);
            g.add(s, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                    NodeFactory.createLiteralLang("Body " + i, "en"));
        }
        // A ring of 1500 nodes: every node reaches every other one, so a path with * from each node has 2.25e6 ends
        Graph ring = GraphFactory.createDefaultGraph();
        for (int i = 0; i < RING_SIZE; i++) {
            ring.add(NodeFactory.createURI(RING + i), NodeFactory.createURI(RING + "next"),
                    NodeFactory.createURI(RING + (i + 1) % RING_SIZE));
        }
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceGraph("https://w3id.org/newsgraph/article/many-bodies", g);
            store.replaceGraph("https://w3id.org/newsgraph/article/ring", ring);
            // The union default graph that the queries read: every article's triples and the summary's, each once
            // (the summary keeps, for one, a lower-case key of every label).
            Graph union = GraphFactory.createDefaultGraph();
            for (String name : store.graphNames()) store.graph(name).find().forEachRemaining(union::add);
            store.summary().find().forEachRemaining(union::add);
            quads = union.size();
        }
        String config = Files.readString(SparqlServerTest.CONFIG);
        assertTrue(config.contains(TIMEOUT_SETTING + "10000\""), "the repository config's timeout is 10000 ms");
        assertTrue(config.contains(LIMIT_SETTING + "100000\""), "the repository config's result limit is 100000");
        String small = config.replace(TIMEOUT_SETTING + "10000\"", TIMEOUT_SETTING + TIMEOUT_MS + "\"")
                .replace(LIMIT_SETTING + "100000\"", LIMIT_SETTING + RESULT_LIMIT + "\"");
        Path copy = tmp.resolve("fuseki-config-small-limits.ttl");
        Files.writeString(copy, small);
        // 127.0.0.2 is a loopback address that is not the default one, so the listening address is really chosen
        server = SparqlServer.create().config(copy).database(db).port(0).host("127.0.0.2").build().start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void cutsOffAQueryThatRunsPastTheTimeoutAndKeepsAnswering() {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.get(server.url() + "?query=" + Http.encode(HOSTILE), "text/csv");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertNotEquals(200, r.statusCode(), "the cross product finished: " + r.body());
        assertTrue(millis < 5_000, "took " + millis + " ms with a " + TIMEOUT_MS + " ms timeout");
        HttpResponse<String> after = Http.get(server.url() + "?query="
                + Http.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "text/csv");
        assertEquals(200, after.statusCode(), after.body());
        assertEquals(String.valueOf(quads), after.body().lines().toList().get(1).strip());
    }

    @Test
    void cutsOffUnboundedPropertyPathsAndKeepsAnswering() {
        for (String path : List.of("(<" + RING + "next>|!<" + RING + "next>)*",
                "(!<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>)+")) {
            String hostile = "SELECT (COUNT(*) AS ?n) { ?a " + path + " ?b }";
            long start = System.nanoTime();
            HttpResponse<String> r = Http.get(server.url() + "?query=" + Http.encode(hostile), "text/csv");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertEquals(503, r.statusCode(), path + " finished: " + r.body());
            assertTrue(millis < 5_000, path + " took " + millis + " ms with a " + TIMEOUT_MS + " ms timeout");
            assertEquals(200, Http.get(server.url() + "?query=" + Http.encode("ASK {}"), "text/csv").statusCode());
        }
    }

    @Test
    void cutsAnAnswerToTheResultLimitAndSaysSo() {
        HttpResponse<String> all = select("SELECT * { ?s ?p ?o }");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(RESULT_LIMIT, rows(all));
        assertEquals(Optional.of(String.valueOf(RESULT_LIMIT)), all.headers().firstValue(ResultLimitedQuery.HEADER));

        HttpResponse<String> larger = select("SELECT * { ?s ?p ?o } LIMIT 1000");
        assertEquals(RESULT_LIMIT, rows(larger));
        assertTrue(larger.headers().firstValue(ResultLimitedQuery.HEADER).isPresent());

        HttpResponse<String> path = select("SELECT * { ?a (<" + RING + "next>|!<" + RING + "next>)* ?b }");
        assertEquals(200, path.statusCode(), path.body());
        assertEquals(RESULT_LIMIT, rows(path));
        assertTrue(path.headers().firstValue(ResultLimitedQuery.HEADER).isPresent());
    }

    @Test
    void leavesAnswersWithinTheLimitAlone() {
        HttpResponse<String> asked = select("SELECT * { ?s ?p ?o } OFFSET 7 LIMIT " + RESULT_LIMIT);
        assertEquals(RESULT_LIMIT, rows(asked));
        assertEquals(Optional.empty(), asked.headers().firstValue(ResultLimitedQuery.HEADER));

        // exactly as many solutions as the limit, without a LIMIT: complete, so no header
        HttpResponse<String> exact = select("SELECT ?o { <" + RING + "0> <" + RING + "next>{0," + (RESULT_LIMIT - 1)
                + "} ?o }");
        assertEquals(RESULT_LIMIT, rows(exact), exact.body());
        assertEquals(Optional.empty(), exact.headers().firstValue(ResultLimitedQuery.HEADER));

        HttpResponse<String> count = select("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertEquals(String.valueOf(quads), count.body().lines().toList().get(1).strip());
    }

    @Test
    void capsTheSolutionsOfConstructAndDescribe() {
        String ring = "{ ?s <" + RING + "next> ?o }";
        HttpResponse<String> construct = Http.get(server.url() + "?query="
                + Http.encode("CONSTRUCT " + ring + " WHERE " + ring), "application/n-triples");
        assertEquals(200, construct.statusCode(), construct.body());
        assertEquals(RESULT_LIMIT, construct.body().lines().count());
        assertTrue(construct.headers().firstValue(ResultLimitedQuery.HEADER).isPresent());

        HttpResponse<String> describe = Http.get(server.url() + "?query="
                + Http.encode("DESCRIBE ?s WHERE " + ring), "application/n-triples");
        assertEquals(200, describe.statusCode(), describe.body());
        // each ring node has one triple of its own
        assertEquals(RESULT_LIMIT, describe.body().lines().count());
        assertTrue(describe.headers().firstValue(ResultLimitedQuery.HEADER).isPresent());

        HttpResponse<String> within = Http.get(server.url() + "?query="
                + Http.encode("CONSTRUCT " + ring + " WHERE " + ring + " LIMIT 5"), "application/n-triples");
        assertEquals(5, within.body().lines().count());
        assertEquals(Optional.empty(), within.headers().firstValue(ResultLimitedQuery.HEADER));
    }

    @Test
    void keepsEachServersOwnLimitsWhenTheRepositoryConfigLoadsBeside() {
        // Fuseki keeps fuseki:Server settings JVM-wide; a second server must not change the first one's limits
        try (SparqlServer real = SparqlServer.create().config(SparqlServerTest.CONFIG).database(db).port(0)
                .host("127.0.0.2").build().start()) {
            HttpResponse<String> whole = Http.get(real.url() + "?query=" + Http.encode("SELECT * { ?s ?p ?o }"),
                    "text/csv");
            assertEquals(200, whole.statusCode(), whole.body());
            assertEquals(quads, rows(whole), "100000 solutions is more than the store holds");
            assertEquals(Optional.empty(), whole.headers().firstValue(ResultLimitedQuery.HEADER));

            HttpResponse<String> cut = select("SELECT * { ?s ?p ?o }");
            assertEquals(RESULT_LIMIT, rows(cut));
            long start = System.nanoTime();
            assertEquals(503, select(HOSTILE).statusCode());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < 5_000, "took " + millis + " ms with a " + TIMEOUT_MS + " ms timeout");
        }
    }

    @Test
    void capsTheItemsOfAJsonQuery() {
        HttpResponse<String> json = Http.get(server.url() + "?query="
                + Http.encode("JSON { \"node\": ?s } WHERE { ?s ?p ?o }"), "application/json");
        assertEquals(200, json.statusCode(), json.body());
        assertEquals(RESULT_LIMIT, json.body().split("\"node\"", -1).length - 1, json.body());
        assertTrue(json.headers().firstValue(ResultLimitedQuery.HEADER).isPresent());
    }

    @Test
    void refusesAResultLimitThatIsNotAPositiveNumber() throws Exception {
        String config = Files.readString(SparqlServerTest.CONFIG).replace(LIMIT_SETTING + "100000\"",
                LIMIT_SETTING + "0\"");
        Path bad = tmp.resolve("fuseki-config-bad-limit.ttl");
        Files.writeString(bad, config);
        ConfigException e = assertThrows(ConfigException.class,
                () -> SparqlServer.create().config(bad).database(db).port(0).build());
        assertEquals("Fuseki configuration " + bad + ": result limit 0 is out of range 1-" + (Long.MAX_VALUE - 1),
                e.getMessage());
    }

    @Test
    void listensOnlyOnTheAddressItWasGiven() {
        assertEquals("http://127.0.0.2:" + server.port() + "/newsgraph/sparql", server.url());
        assertEquals(200, Http.get(server.url() + "?query=" + Http.encode("ASK {}"), "application/json")
                .statusCode());
        String elsewhere = "http://127.0.0.1:" + server.port() + "/newsgraph/sparql?query=" + Http.encode("ASK {}");
        assertThrows(UncheckedIOException.class, () -> Http.get(elsewhere, "application/json"));
    }

    @Test
    void reportsAPortAlreadyInUse() {
        SparqlServer second = SparqlServer.create().config(SparqlServerTest.CONFIG).database(db)
                .host("127.0.0.2").port(server.port()).build();
        NewsgraphException e = assertThrows(NewsgraphException.class, second::start);
        assertTrue(e.getMessage().startsWith("cannot start SPARQL server on 127.0.0.2 port " + server.port() + ": "),
                e.getMessage());
        assertEquals(200, Http.get(server.url() + "?query=" + Http.encode("ASK {}"), "application/json")
                .statusCode(), "the first server still answers");
    }

    @Test
    void servesNoUiUnlessAskedTo() {
        assertEquals(404, Http.get(server.baseUrl(), "text/html").statusCode());
        assertEquals(404, Http.get(server.baseUrl() + "$/server", "application/json").statusCode());
        assertEquals(200, Http.get(server.baseUrl() + "$/ping", "text/plain").statusCode());
    }

    @Test
    void refusesADatabaseAnotherProcessHolds() throws Exception {
        Path held = tmp.resolve("held");
        try (LockHolder holder = LockHolder.hold(held)) {
            NewsgraphException e = assertThrows(NewsgraphException.class, () -> SparqlServer.create()
                    .config(SparqlServerTest.CONFIG).database(held).port(0).build());
            assertEquals("cannot open store " + held + ": locked by another process (is `newsgraph serve` running?)",
                    e.getMessage());
        }
    }

    private static HttpResponse<String> select(String query) {
        return Http.get(server.url() + "?query=" + Http.encode(query), "text/csv");
    }

    /** The rows of a CSV answer, without its header line. */
    private static int rows(HttpResponse<String> csv) {
        return (int) csv.body().lines().count() - 1;
    }
}
