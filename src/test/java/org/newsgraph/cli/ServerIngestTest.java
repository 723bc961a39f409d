package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.cli.CommandLineTest.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CommandLineTest.Run;
import org.newsgraph.remote.Credentials;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreSummary;

/**
 * {@code newsgraph ingest --server URL} against a server started from the repository's fuseki-config.ttl, as a user
 * runs them: writes need the password, land whole per article, equal what a local ingest stores, and readers querying
 * over HTTP meanwhile see each article's old or new graph, never a part.
 */
class ServerIngestTest {
    private static final String NG = "https://w3id.org/newsgraph/ontology#";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Per article graph: its text hash and size, read in one query, so in one read transaction. */
    private static final String GRAPH_STATES = "PREFIX ng: <" + NG + ">\n"
            + "SELECT ?g ?hash (COUNT(*) AS ?n) { GRAPH ?g { ?article ng:textHash ?hash . ?s ?p ?o } } "
            + "GROUP BY ?g ?hash";

    @TempDir
    static Path dir;
    static SparqlServer server;
    static Path serverDb;
    static Path passwd;

    @BeforeAll
    static void startServer() {
        serverDb = dir.resolve("served/tdb2");
        try (GraphStore store = GraphStore.open(serverDb)) {
            assertEquals(0, store.size());
        }
        server = SparqlServer.create().config(Path.of("fuseki-config.ttl")).database(serverDb).port(0).build()
                .start();
        passwd = server.passwordFile().orElseThrow();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
    }

    private static Run ingestThroughServer(String... paths) {
        List<String> args = new ArrayList<>(List.of("ingest", "--server", server.serviceUrl(),
                "--credentials", passwd.toString()));
        args.addAll(List.of(paths));
        return run(args.toArray(String[]::new));
    }

    @Test
    void createsThePasswordFileBesideTheDatabaseReadableByItsOwnerOnly() throws IOException {
        assertEquals(serverDb.toAbsolutePath().getParent().resolve("passwd"), passwd);
        assertTrue(server.createdPasswordFile());
        if (Files.getFileStore(passwd).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwd)));
        }
        Credentials c = Credentials.fromFile(passwd, null);
        assertEquals(Credentials.DEFAULT_USER, c.user());
        assertTrue(c.password().length() >= 20, "a long random password");
        assertEquals(server.serviceUrl() + "/data", server.writeUrl().orElseThrow());
    }

    @Test
    void storesThroughTheServerWhatALocalIngestStores() {
        Path localDb = dir.resolve("local/tdb2");
        Run local = run("ingest", "--db", localDb.toString(), "examples/articles/lavrov-visit.md",
                "examples/articles/sweden-nato.md");
        assertEquals(ExitCodes.OK, local.code(), local.err());
        Run remote = ingestThroughServer("examples/articles/lavrov-visit.md", "examples/articles/sweden-nato.md");
        assertEquals(ExitCodes.OK, remote.code(), remote.err());
        assertTrue(remote.out().startsWith("ingested articles 2,"), remote.out());
        assertSummaryIsCurrent();
        try (GraphStore store = GraphStore.openExisting(localDb)) {
            for (String iri : store.graphNames()) {
                Graph served = servedGraph(iri);
                assertFalse(served.isEmpty(), iri);
                assertTrue(store.graph(iri).isIsomorphicWith(served), iri + " differs from a local ingest");
            }
        }
        Map<String, State> before = graphStates();
        Run again = ingestThroughServer("examples/articles/lavrov-visit.md", "examples/articles/sweden-nato.md");
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertEquals(before, graphStates(), "re-ingesting through the server changes nothing");
    }

    /**
     * Writes through the server keep the store's summary graph as local writes do: a graph put, added to and deleted
     * by hand (and an ingest, in {@link #storesThroughTheServerWhatALocalIngestStores}). What would bypass the summary
     * (the default graph, the whole dataset, the summary itself) is refused.
     */
    @Test
    void writesThroughTheServerKeepTheSummaryGraph() {
        Credentials right = Credentials.fromFile(passwd, null);
        String write = server.writeUrl().orElseThrow() + "?graph=";
        String graph = write + URLEncoder.encode("https://w3id.org/newsgraph/article/by-hand", StandardCharsets.UTF_8);
        String mention = "<urn:x:m1> <https://w3id.org/newsgraph/ontology#denotes> <urn:x:e> .\n"
                + "<urn:x:e> <http://www.w3.org/2000/01/rdf-schema#label> \"By hand\" .\n";
        assertEquals(201, send("PUT", graph, mention, right));
        assertSummaryIsCurrent();
        assertEquals(200, send("POST", graph, mention.replace("m1", "m2"), right));
        assertSummaryIsCurrent();
        try (GraphStore store = GraphStore.open(serverDb)) {
            assertTrue(store.summary().contains(NodeFactory.createURI("urn:x:e"), org.newsgraph.rdf.NG.mentionCount.asNode(),
                    NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger)), store.summary().toString());
        }
        assertEquals(204, send("DELETE", graph, null, right));
        assertEquals(404, send("DELETE", graph, null, right));
        assertSummaryIsCurrent();

        String summary = write + URLEncoder.encode(StoreSummary.GRAPH, StandardCharsets.UTF_8);
        assertEquals(400, send("PUT", summary, mention, right));
        assertEquals(400, send("PUT", server.writeUrl().orElseThrow() + "?default", mention, right));
        assertEquals(400, send("PUT", server.writeUrl().orElseThrow(), mention, right));
        assertSummaryIsCurrent();
    }

    private static void assertSummaryIsCurrent() {
        try (GraphStore store = GraphStore.open(serverDb)) {
            assertTrue(store.summaryIsCurrent(), "the served store's summary graph does not match its articles: "
                    + store.summary());
        }
    }

    @Test
    void refusesWritesWithoutTheRightPasswordAndChangesNothing() throws IOException {
        Map<String, State> before = graphStates();
        Path wrong = dir.resolve("wrong-passwd");
        Files.writeString(wrong, "ingest: not-the-password\n");
        Run r = run("ingest", "--server", server.serviceUrl(), "--credentials", wrong.toString(),
                "examples/articles/aukus-submarines.md");
        assertEquals(ExitCodes.FAILED, r.code());
        assertEquals("newsgraph: cannot write to server " + server.serviceUrl() + ": it refused the credentials of"
                + " user ingest (HTTP 401)", r.err().strip());

        String nt = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        String graph = "?graph=" + URLEncoder.encode("urn:x:intruder", StandardCharsets.UTF_8);
        for (String method : List.of("PUT", "POST")) {
            assertEquals(401, send(method, server.writeUrl().orElseThrow() + graph, nt, null), method);
            assertEquals(401, send(method, server.writeUrl().orElseThrow() + graph, nt,
                    new Credentials("ingest", "guess")), method + " with a wrong password");
        }
        assertEquals(401, send("DELETE", server.writeUrl().orElseThrow() + graph, null, null));
        assertEquals(401, send("GET", server.writeUrl().orElseThrow() + "?default", null, null));
        // The password opens the write endpoint only: the public endpoints stay read-only even with it.
        Credentials right = Credentials.fromFile(passwd, null);
        assertTrue(send("PUT", server.serviceUrl() + "/get" + graph, nt, right) / 100 == 4);
        assertTrue(send("POST", server.serviceUrl() + "/sparql", null, right,
                "update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8)) / 100 == 4);
        assertEquals(before, graphStates());
    }

    /** {@code remove --server}: the article goes from the served store, summary and all, while the server runs. */
    @Test
    void removesArticlesThroughTheServer() throws IOException {
        Run in = ingestThroughServer("examples/articles/rwanda-mozambique.md");
        assertEquals(ExitCodes.OK, in.code(), in.err());
        String iri = org.newsgraph.rdf.Iris.article("rwanda-mozambique");
        assertFalse(servedGraph(iri).isEmpty());

        Path wrong = dir.resolve("wrong-passwd-remove");
        Files.writeString(wrong, "ingest: not-the-password\n");
        Run refused = run("remove", "--server", server.serviceUrl(), "--credentials", wrong.toString(),
                "rwanda-mozambique");
        assertEquals(ExitCodes.FAILED, refused.code());
        assertTrue(refused.err().contains("refused the credentials of user ingest (HTTP 401)"), refused.err());
        assertFalse(servedGraph(iri).isEmpty(), "a refused remove removes nothing");

        Run removed = run("remove", "--server", server.serviceUrl(), "--credentials", passwd.toString(),
                "rwanda-mozambique", "no-such-article");
        assertEquals(ExitCodes.PARTIAL, removed.code(), removed.err());
        assertEquals("removed 1 of 2 article(s) from " + server.serviceUrl(), removed.out().strip());
        assertEquals("skipped no-such-article: no article " + org.newsgraph.rdf.Iris.article("no-such-article")
                + " in " + server.serviceUrl(), removed.err().strip());
        assertTrue(servedGraph(iri).isEmpty(), "the article is gone from the served store");
        assertSummaryIsCurrent();

        Run both = run("remove", "--server", server.serviceUrl(), "--db", dir.resolve("x").toString(),
                "rwanda-mozambique");
        assertEquals(ExitCodes.USAGE, both.code());
        assertTrue(both.err().contains("give --server or --db, not both"), both.err());
    }

    @Test
    void takesEitherTheServerOrALocalStore() {
        Run both = run("ingest", "--server", server.serviceUrl(), "--db", dir.resolve("x").toString(),
                "examples/articles/aukus-submarines.md");
        assertEquals(ExitCodes.USAGE, both.code());
        assertTrue(both.err().contains("give --server or --db, not both"), both.err());
        Run credentialsAlone = run("ingest", "--db", dir.resolve("x").toString(), "--credentials", passwd.toString(),
                "examples/articles/aukus-submarines.md");
        assertEquals(ExitCodes.USAGE, credentialsAlone.code());
        Run down = run("ingest", "--server", "http://localhost:1/newsgraph", "--credentials", passwd.toString(),
                "examples/articles/aukus-submarines.md");
        assertEquals(ExitCodes.FAILED, down.code());
        assertEquals("newsgraph: cannot reach server http://localhost:1/newsgraph: connection refused (is `newsgraph"
                + " serve` running?)", down.err().strip());
    }

    @Test
    void queriesDuringAnIngestSeeEachArticleWholeOrNotAtAll() throws Exception {
        Path v1 = dir.resolve("v1");
        Path v2 = dir.resolve("v2");
        writeVersions(v1, v2);
        Run first = ingestThroughServer(v1.toString());
        assertEquals(ExitCodes.OK, first.code(), first.err());
        Map<String, State> old = graphStates();

        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Map<String, State>> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    seen.add(graphStates());
                    answered.incrementAndGet();
                } catch (RuntimeException | AssertionError e) {
                    failed.incrementAndGet();
                }
            }
        });
        reader.start();
        Run second;
        try {
            second = ingestThroughServer(v2.toString());
        } finally {
            done.set(true);
            reader.join();
        }
        assertEquals(ExitCodes.OK, second.code(), second.err());
        Map<String, State> now = graphStates();
        assertEquals(old.keySet(), now.keySet());
        Set<String> changed = new HashSet<>();
        for (String g : now.keySet()) {
            if (!now.get(g).equals(old.get(g))) changed.add(g);
        }
        assertEquals(11, changed.size(), "the updated texts replaced their graphs: " + changed);
        assertEquals(0, failed.get(), "queries that failed during the ingest");
        assertTrue(answered.get() >= 5, "too few queries ran during the ingest: " + answered.get());
        for (Map<String, State> snapshot : seen) {
            assertEquals(old.keySet(), snapshot.keySet(), "an article vanished or appeared mid-update");
            snapshot.forEach((g, state) -> assertTrue(state.equals(old.get(g)) || state.equals(now.get(g)),
                    g + " seen half-written: " + state + ", neither " + old.get(g) + " nor " + now.get(g)));
        }
        System.out.printf("queries during ingest through the server: %d answered, %d failed%n", answered.get(),
                failed.get());
    }

    /** The bundled articles under new ids, then each with a sentence added: an update of every article. */
    private static void writeVersions(Path v1, Path v2) throws IOException {
        Files.createDirectories(v1);
        Files.createDirectories(v2);
        String added = "The Foreign Ministry of Norway said it welcomed the talks.";
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(Path.of("examples/articles"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md")) {
                    String text = Files.readString(file).replaceFirst("\nid: ", "\nid: update-");
                    Files.writeString(v1.resolve(name), text);
                    Files.writeString(v2.resolve(name), text.stripTrailing() + "\n\n" + added + "\n");
                } else if (name.endsWith(".jsonl")) {
                    List<String> first = new ArrayList<>();
                    List<String> second = new ArrayList<>();
                    for (String line : Files.readAllLines(file)) {
                        if (line.isBlank()) continue;
                        ObjectNode article = (ObjectNode) json.readTree(line);
                        article.put("id", "update-" + article.get("id").asText());
                        first.add(json.writeValueAsString(article));
                        article.put("text", article.get("text").asText() + "\n\n" + added);
                        second.add(json.writeValueAsString(article));
                    }
                    Files.write(v1.resolve(name), first);
                    Files.write(v2.resolve(name), second);
                }
            }
        }
    }

    private record State(String hash, long triples) {
    }

    private static Map<String, State> graphStates() {
        ResultSet rs = select(GRAPH_STATES);
        Map<String, State> states = new HashMap<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            State previous = states.put(row.getResource("g").getURI(),
                    new State(row.getLiteral("hash").getLexicalForm(), row.getLiteral("n").getLong()));
            assertEquals(null, previous, "two text hashes in one article graph");
        }
        return states;
    }

    private static ResultSet select(String sparql) {
        HttpResponse<String> r = request(HttpRequest.newBuilder(URI.create(server.url() + "?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .GET());
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON).materialise();
    }

    private static Graph servedGraph(String iri) {
        HttpResponse<String> r = request(HttpRequest.newBuilder(URI.create(server.serviceUrl() + "/get?graph="
                + URLEncoder.encode(iri, StandardCharsets.UTF_8))).header("Accept", "application/n-triples").GET());
        Graph g = GraphFactory.createDefaultGraph();
        if (r.statusCode() == 404) return g;
        assertEquals(200, r.statusCode(), r.body());
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        return g;
    }

    private static int send(String method, String url, String ntriples, Credentials credentials) {
        return send(method, url, ntriples, credentials, null);
    }

    private static int send(String method, String url, String ntriples, Credentials credentials, String form) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (credentials != null) b.header("Authorization", credentials.basicAuthorization());
        if (form != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form));
        } else if (ntriples != null) {
            b.header("Content-Type", "application/n-triples").method(method,
                    HttpRequest.BodyPublishers.ofString(ntriples));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        // A connection of its own: Jetty may close one after refusing a request whose body it did not read.
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return request(client, b).statusCode();
    }

    private static HttpResponse<String> request(HttpRequest.Builder b) {
        return request(HTTP, b);
    }

    private static HttpResponse<String> request(HttpClient client, HttpRequest.Builder b) {
        try {
            return client.send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
