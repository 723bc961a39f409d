package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.LockHolder;

/**
 * The server's limits: the config's query timeout (shortened to one second in a test copy), the listening address,
 * no UI unless asked for, and a database another process holds.
 */
class SparqlServerLimitsTest {

    static final String TIMEOUT_MS = "1000";
    static final String HOSTILE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    static Path tmp;

    static Path db;
    static SparqlServer server;
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
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceGraph("https://w3id.org/newsgraph/article/many-bodies", g);
            quads = store.size();
        }
        String config = Files.readString(SparqlServerTest.CONFIG);
        String shortTimeout = config.replace("ja:cxtValue \"10000\"", "ja:cxtValue \"" + TIMEOUT_MS + "\"");
        assertNotEquals(config, shortTimeout, "the repository config sets arq:queryTimeout to 10000 ms");
        Path copy = tmp.resolve("fuseki-config-short-timeout.ttl");
        Files.writeString(copy, shortTimeout);
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
        assertTrue(millis < 15_000, "took " + millis + " ms with a " + TIMEOUT_MS + " ms timeout");
        HttpResponse<String> after = Http.get(server.url() + "?query="
                + Http.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "text/csv");
        assertEquals(200, after.statusCode(), after.body());
        assertEquals(String.valueOf(quads), after.body().lines().toList().get(1).strip());
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
}
