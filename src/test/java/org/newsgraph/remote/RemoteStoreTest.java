package org.newsgraph.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ConfigException;
import org.newsgraph.serve.SparqlServer;

class RemoteStoreTest {
    private static final Credentials C = new Credentials("ingest", "pw");

    @Test
    void acceptsTheServiceOrAnyOfItsEndpoints() {
        for (String url : new String[] {"http://localhost:3030/newsgraph", "http://localhost:3030/newsgraph/",
                "http://localhost:3030/newsgraph/sparql", "http://localhost:3030/newsgraph/data",
                "http://localhost:3030/newsgraph/get"}) {
            assertEquals("http://localhost:3030/newsgraph", RemoteStore.connect(url, C).service().toString(), url);
        }
        assertEquals("http://127.0.0.1:8080/a/b", RemoteStore.connect("http://127.0.0.1:8080/a/b", C).service()
                .toString());
        assertEquals("https://kg.example.org/newsgraph",
                RemoteStore.connect("https://kg.example.org/newsgraph/query", C).service().toString());
    }

    @Test
    void refusesUrlsThatAreNotAServiceOrWouldSendThePasswordInClearOverANetwork() {
        assertTrue(assertThrows(ConfigException.class,
                () -> RemoteStore.connect("http://kg.example.org/newsgraph", C)).getMessage()
                .startsWith("refusing to send credentials in clear text to kg.example.org"));
        for (String bad : new String[] {"localhost:3030/newsgraph", "ftp://localhost/newsgraph",
                "http://localhost:3030/", "http://localhost:3030/newsgraph?graph=x", "not a url"}) {
            assertThrows(ConfigException.class, () -> RemoteStore.connect(bad, C), bad);
        }
    }

    /**
     * Against a server started from the repository's fuseki-config.ttl: the graph names come whole and sorted
     * whatever the page size, a graph read back is the graph put, and a replacement happens only while the graph is
     * still what the caller read.
     */
    @Test
    void listsReadsAndReplacesGraphsOfARunningServer(@TempDir Path dir) {
        try (org.newsgraph.store.GraphStore store = org.newsgraph.store.GraphStore.open(dir.resolve("tdb2"))) {
            assertEquals(0, store.size());
        }
        try (SparqlServer server = SparqlServer.create().config(Path.of("fuseki-config.ttl"))
                .database(dir.resolve("tdb2")).port(0).build().start()) {
            RemoteStore remote = RemoteStore.connect(server.serviceUrl(),
                    Credentials.fromFile(server.passwordFile().orElseThrow(), null));
            List<String> names = new ArrayList<>();
            for (String id : List.of("b", "a", "e", "c", "d")) {
                String iri = "https://w3id.org/newsgraph/article/" + id;
                names.add(iri);
                remote.put(iri, graphOf(id));
            }
            names.sort(null);
            for (int perPage : new int[] {1, 2, 4, 5, 6, 100}) {
                // the summary graph is listed too: it is a named graph of the store
                List<String> listed = remote.graphNames(perPage);
                assertEquals(names, listed.stream().filter(n -> !n.startsWith("urn:")).toList(), "by " + perPage);
                assertEquals(names.size() + 1, listed.size(), "by " + perPage);
            }
            String a = names.get(0);
            assertTrue(remote.graph(a).isIsomorphicWith(graphOf("a")));
            assertTrue(remote.graph("https://w3id.org/newsgraph/article/none").isEmpty());
            assertFalse(remote.replace(a, graphOf("x"), graphOf("y")), "replaced what the caller had not read");
            assertTrue(remote.graph(a).isIsomorphicWith(graphOf("a")));
            assertTrue(remote.replace(a, graphOf("a"), graphOf("y")));
            assertTrue(remote.graph(a).isIsomorphicWith(graphOf("y")));
        }
    }

    private static Graph graphOf(String label) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("urn:x:" + label),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString(label));
        return g;
    }
}
