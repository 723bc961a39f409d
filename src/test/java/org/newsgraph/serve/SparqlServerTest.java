package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
import org.newsgraph.ConfigException;
import org.newsgraph.store.GraphStore;

/** The server as {@code newsgraph serve --ui} starts it: the repository's fuseki-config.ttl over a filled store. */
class SparqlServerTest {

    static final Path CONFIG = Path.of("fuseki-config.ttl");
    static final String NG = "https://w3id.org/newsgraph/ontology#";
    static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    static final String ARTICLE_A = "https://w3id.org/newsgraph/article/ferry-strike";
    static final String ARTICLE_B = "https://w3id.org/newsgraph/article/bridge-opening";
    static final String COUNT_QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path tmp;

    static Path db;
    static SparqlServer server;
    static Graph graphA;
    /** The quads the server holds: the articles' and their summary graph's. */
    static long quads;
    /** The triples of the union graph: the articles' and the summary's, each once. */
    static long unionTriples;

    /** A small article graph: the article, one entity with a label, and an event naming the entity. */
    static Graph article(String iri, String entitySlug, String label, String eventClass) {
        Graph g = GraphFactory.createDefaultGraph();
        Node article = NodeFactory.createURI(iri);
        Node entity = NodeFactory.createURI("https://w3id.org/newsgraph/entity/org/" + entitySlug);
        Node event = NodeFactory.createURI("https://w3id.org/newsgraph/event/" + entitySlug + "-" + eventClass);
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        g.add(article, type, NodeFactory.createURI("http://schema.org/NewsArticle"));
        g.add(entity, type, NodeFactory.createURI(NG + "Organization"));
        g.add(entity, NodeFactory.createURI(RDFS_LABEL), NodeFactory.createLiteralLang(label, "en"));
        g.add(entity, NodeFactory.createURI(NG + "mentionedIn"), article);
        g.add(event, type, NodeFactory.createURI(NG + eventClass));
        g.add(event, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), article);
        return g;
    }

    @BeforeAll
    static void startServer() {
        db = tmp.resolve("tdb2");
        graphA = article(ARTICLE_A, "harbour-workers-union", "Harbour Workers Union", "Statement");
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceGraph(ARTICLE_A, graphA);
            store.replaceGraph(ARTICLE_B, article(ARTICLE_B, "river-authority", "River Authority", "Meeting"));
            Graph summary = store.summary();
            quads = store.size() + summary.size();
            Graph union = GraphFactory.createDefaultGraph();
            for (String name : store.graphNames()) store.graph(name).find().forEachRemaining(union::add);
            summary.find().forEachRemaining(union::add);
            unionTriples = union.size();
        }
        server = SparqlServer.create().config(CONFIG).database(db).port(0).ui(true).build().start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    static String query(String path, String sparql) {
        return server.baseUrl() + path + "?query=" + Http.encode(sparql);
    }

    static List<String> labels(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(b -> out.add(b.getLiteral("label").getLexicalForm()));
        return out;
    }

    static long quadCount() {
        HttpResponse<String> r = Http.get(query("newsgraph/sparql", COUNT_QUADS), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().toList().get(1).strip());
    }

    @Test
    void namesTheQueryEndpointItServes() {
        assertEquals("http://localhost:" + server.port() + "/newsgraph/sparql", server.url());
        assertTrue(server.port() > 0);
    }

    @Test
    void selectWithoutGraphSeesEveryArticleThroughTheUnionDefaultGraph() {
        String q = "SELECT ?label { ?e <" + RDFS_LABEL + "> ?label } ORDER BY ?label";
        HttpResponse<String> r = Http.get(server.url() + "?query=" + Http.encode(q),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("Harbour Workers Union", "River Authority"), labels(r.body()));
    }

    @Test
    void answersOnEveryQueryEndpointTheConfigDeclares() {
        String q = "SELECT ?label { GRAPH <" + ARTICLE_A + "> { ?e <" + RDFS_LABEL + "> ?label } }";
        for (String path : List.of("newsgraph/sparql", "newsgraph/query", "newsgraph")) {
            HttpResponse<String> r = Http.get(query(path, q), "application/sparql-results+json");
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            assertEquals(List.of("Harbour Workers Union"), labels(r.body()), path);
        }
        HttpResponse<String> posted = Http.send("POST", server.url(), "application/sparql-query", q);
        assertEquals(200, posted.statusCode(), posted.body());
    }

    @Test
    void writesCsvWhenAskedFor() {
        String q = "SELECT ?label { ?e <" + RDFS_LABEL + "> ?label } ORDER BY ?label";
        HttpResponse<String> r = Http.get(query("newsgraph/sparql", q), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("label", "Harbour Workers Union", "River Authority"),
                r.body().lines().map(String::strip).toList());
    }

    @Test
    void readOnlyGraphStoreReturnsArticleGraphsAndTheirUnion() {
        HttpResponse<String> r = Http.get(server.baseUrl() + "newsgraph/get?graph=" + Http.encode(ARTICLE_A),
                "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph served = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        assertTrue(graphA.isIsomorphicWith(served), r.body());
        HttpResponse<String> all = Http.get(server.baseUrl() + "newsgraph/get?graph=" + Http.encode(
                "urn:x-arq:UnionGraph"), "application/n-triples");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(unionTriples, RDFParser.fromString(all.body(), Lang.NTRIPLES).toGraph().size(), all.body());
        HttpResponse<String> stored = Http.get(server.baseUrl() + "newsgraph/get?default", "application/n-triples");
        assertEquals(200, stored.statusCode(), stored.body());
        assertTrue(RDFParser.fromString(stored.body(), Lang.NTRIPLES).toGraph().isEmpty(), stored.body());
    }

    @Test
    void seesWhatAStoreInTheSameJvmWritesWhileServing() {
        String article = "https://w3id.org/newsgraph/article/late-edition";
        String ask = "ASK { GRAPH <" + article + "> { ?s ?p ?o } }";
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceGraph(article, article(article, "night-desk", "Night Desk", "Statement"));
            assertTrue(Http.get(query("newsgraph/sparql", ask), "application/sparql-results+json").body()
                    .contains("true"));
            assertTrue(store.removeGraph(article));
            assertTrue(Http.get(query("newsgraph/sparql", ask), "application/sparql-results+json").body()
                    .contains("false"));
        }
        assertEquals(quads, quadCount());
    }

    @Test
    void refusesSparqlUpdateOnEveryEndpoint() {
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> \"written\" }";
        List<HttpResponse<String>> answers = List.of(
                Http.send("POST", server.baseUrl() + "newsgraph/update", "application/sparql-update", update),
                Http.send("POST", server.baseUrl() + "newsgraph/update", "application/x-www-form-urlencoded",
                        "update=" + Http.encode(update)),
                Http.send("POST", server.url(), "application/sparql-update", update),
                Http.send("POST", server.url(), "application/x-www-form-urlencoded", "update=" + Http.encode(update)),
                Http.send("POST", server.serviceUrl(), "application/sparql-update", update),
                Http.send("POST", server.serviceUrl(), "application/x-www-form-urlencoded",
                        "update=" + Http.encode(update)));
        for (HttpResponse<String> r : answers) {
            assertClientError(r);
        }
        assertEquals(quads, quadCount());
    }

    @Test
    void refusesGraphStoreWrites() {
        String turtle = "<urn:x:s> <urn:x:p> \"written\" .";
        List<String> targets = List.of(
                "newsgraph/get?graph=" + Http.encode(ARTICLE_A), "newsgraph/get?default",
                "newsgraph/get?graph=" + Http.encode("urn:x:new"),
                "newsgraph?graph=" + Http.encode(ARTICLE_A), "newsgraph?default",
                "newsgraph/sparql?graph=" + Http.encode(ARTICLE_A));
        for (String target : targets) {
            String url = server.baseUrl() + target;
            assertClientError(Http.send("PUT", url, "text/turtle", turtle));
            assertClientError(Http.send("POST", url, "text/turtle", turtle));
            assertClientError(Http.send("DELETE", url, null, null));
        }
        assertEquals(quads, quadCount());
        HttpResponse<String> stillThere = Http.get(server.baseUrl() + "newsgraph/get?graph=" + Http.encode(ARTICLE_A),
                "text/turtle");
        assertTrue(graphA.isIsomorphicWith(RDFParser.fromString(stillThere.body(), Lang.TURTLE).toGraph()));
    }

    @Test
    void servesTheReadOnlyUiButNoAdminApi() {
        assertEquals(200, Http.get(server.baseUrl(), "text/html").statusCode());
        HttpResponse<String> status = Http.get(server.baseUrl() + "$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/newsgraph"), status.body());
        assertEquals(200, Http.get(server.baseUrl() + "$/ping", "text/plain").statusCode());
        assertEquals(200, Http.get(server.baseUrl() + "$/stats", "application/json").statusCode());

        assertNotEquals(200, Http.get(server.baseUrl() + "$/datasets", "application/json").statusCode());
        HttpResponse<String> create = Http.send("POST", server.baseUrl() + "$/datasets",
                "application/x-www-form-urlencoded", "dbName=intruder&dbType=mem");
        assertTrue(create.statusCode() >= 400, "creating a dataset: " + create.statusCode());
        HttpResponse<String> delete = Http.send("DELETE", server.baseUrl() + "$/datasets/newsgraph", null, null);
        assertTrue(delete.statusCode() >= 400, "deleting the dataset: " + delete.statusCode());
        for (String admin : List.of("$/backup/newsgraph", "$/compact/newsgraph", "$/reload", "$/shutdown")) {
            HttpResponse<String> r = Http.send("POST", server.baseUrl() + admin, null, null);
            assertTrue(r.statusCode() >= 400, admin + ": " + r.statusCode());
        }
        assertEquals(200, Http.get(server.url() + "?query=" + Http.encode("ASK {}"), "application/json")
                .statusCode(), "the service survives");
    }

    @Test
    void refusesAConfigWithAnUpdateEndpoint() throws IOException {
        String text = Files.readString(CONFIG).replace(
                "fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name \"query\" ] ;",
                "fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name \"update\" ] ;");
        assertNotEquals(Files.readString(CONFIG), text);
        Path writable = tmp.resolve("writable-config.ttl");
        Files.writeString(writable, text);
        ConfigException e = assertThrows(ConfigException.class,
                () -> SparqlServer.create().config(writable).database(db).port(0).build());
        assertTrue(e.getMessage().contains("writing operation update"), e.getMessage());
    }

    @Test
    void refusesAWriteEndpointWithoutUsersOrWithoutAPasswordFile() throws IOException {
        String config = Files.readString(CONFIG);
        String open = config.replace("fuseki:allowedUsers \"ingest\" ", "");
        assertNotEquals(config, open);
        Path openConfig = tmp.resolve("open-write-config.ttl");
        Files.writeString(openConfig, open);
        ConfigException e = assertThrows(ConfigException.class,
                () -> SparqlServer.create().config(openConfig).database(db).port(0).build());
        assertTrue(e.getMessage().contains("endpoint 'data' the writing operation gsp-rw without fuseki:allowedUsers"),
                e.getMessage());

        String noPasswd = config.replace("fuseki:passwd \"passwd\" ;", "").replace("fuseki:auth \"basic\" ;", "");
        assertNotEquals(config, noPasswd);
        Path noPasswdConfig = tmp.resolve("no-passwd-config.ttl");
        Files.writeString(noPasswdConfig, noPasswd);
        e = assertThrows(ConfigException.class,
                () -> SparqlServer.create().config(noPasswdConfig).database(db).port(0).build());
        assertTrue(e.getMessage().contains("names no password file"), e.getMessage());
    }

    @Test
    void refusesAMissingConfigOrDatabase() {
        Path missing = tmp.resolve("nowhere.ttl");
        ConfigException noConfig = assertThrows(ConfigException.class,
                () -> SparqlServer.create().config(missing).build());
        assertEquals("cannot read Fuseki configuration " + missing + ": no such file", noConfig.getMessage());
        Path noDb = tmp.resolve("no-db");
        ConfigException noDatabase = assertThrows(ConfigException.class,
                () -> SparqlServer.create().config(CONFIG).database(noDb).port(0).build());
        assertTrue(noDatabase.getMessage().startsWith("cannot serve " + noDb + ": no such database directory"),
                noDatabase.getMessage());
    }

    static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                r.request().method() + " " + r.uri() + " -> " + r.statusCode() + " " + r.body());
    }
}
