package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the client over real HTTP against a local Fuseki serving {@code wdqs-sample.ttl}, a few items in the shape of
 * the Wikidata Query Service, and against endpoints that fail: one that never answers and one that is closed.
 */
class WikidataClientTest {
    private static final String PREFIXES = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            PREFIX wikibase: <http://wikiba.se/ontology#>
            """;

    @TempDir
    Path tmp;

    private FusekiServer fuseki;
    private String endpoint;

    @BeforeEach
    void startFuseki() {
        Model data = RDFDataMgr.loadModel("src/test/resources/link/wikidata/wdqs-sample.ttl");
        fuseki = FusekiServer.create().port(0).loopback(true).add("/wd", DatasetFactory.wrap(data)).build().start();
        endpoint = "http://localhost:" + fuseki.getPort() + "/wd/sparql";
    }

    @AfterEach
    void stopFuseki() {
        if (fuseki != null) fuseki.stop();
    }

    private WikidataClient.Builder client() {
        return WikidataClient.builder().endpoint(endpoint).cacheDir(tmp.resolve("cache"))
                .minInterval(Duration.ZERO).timeout(Duration.ofSeconds(5));
    }

    private static Model turtle(String body) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(PREFIXES + body)).lang(Lang.TURTLE).parse(m);
        return m;
    }

    @Test
    void findsACountryByItsEnglishLabelWithKeptFactsOnly() {
        Model got = client().build().lookup("Russia");
        Model expected = turtle("""
                wd:Q159 rdfs:label "Russia"@en ;
                    skos:altLabel "Russian Federation"@en , "RU"@en ;
                    schema:description "country in Eastern Europe and Northern Asia"@en ;
                    wdt:P31 wd:Q6256 , wd:Q3624078 ; wdt:P17 wd:Q159 ; wdt:P36 wd:Q649 ;
                    wdt:P1549 "Russian"@en ;
                    wikibase:sitelinks 300 .
                """);
        assertTrue(got.isIsomorphicWith(expected), () -> "got " + got.getGraph());
    }

    @Test
    void findsAPersonByAnAliasAndGivesTheMulLabelAsEnglish() {
        Model got = client().build().lookup("  Sergei   Lavrov ");
        Model expected = turtle("""
                wd:Q58217 rdfs:label "Sergey Lavrov"@en ;
                    skos:altLabel "Sergei Lavrov"@en , "Sergei Viktorovich Lavrov"@en ;
                    schema:description "Russian diplomat, Minister of Foreign Affairs since 2004"@en ;
                    wdt:P31 wd:Q5 ;
                    wikibase:sitelinks 100 .
                """);
        assertTrue(got.isIsomorphicWith(expected), () -> "got " + got.getGraph());
    }

    @Test
    void ambiguousNameGivesEveryItemMostLinkedFirstAndTheKindNarrowsIt() {
        WikidataClient wikidata = client().build();
        List<WikidataItem> all = wikidata.find("Washington", Set.of());
        assertEquals(List.of("Q61", "Q1223"), all.stream().map(WikidataItem::id).toList());
        List<WikidataItem> states = wikidata.find("Washington", Set.of("Q35657"));
        assertEquals(List.of("Q1223"), states.stream().map(WikidataItem::id).toList());
        assertEquals(List.of("Q30"), states.get(0).values(WD.P17));
        assertTrue(wikidata.find("Washington", Set.of("Q5")).isEmpty());
    }

    @Test
    void unknownNameGivesAnEmptyModel() {
        assertTrue(client().build().lookup("Atlantis").isEmpty());
    }

    @Test
    void answersAreCachedOnDiskAndServeANewClientWithTheServerStopped() throws IOException {
        Model first = client().build().lookup("Moscow");
        assertFalse(first.isEmpty());
        client().build().lookup("Nowhere at all");
        try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".ttl")).count());
        }
        fuseki.stop();
        fuseki = null;
        WikidataClient offline = client().build();
        assertTrue(offline.lookup(" Moscow").isIsomorphicWith(first), "same normalised query, same cache file");
        assertTrue(offline.lookup("Nowhere at all").isEmpty(), "empty answers are cached too");
        assertThrows(WikidataUnreachableException.class, () -> offline.lookup("Russia"));
    }

    @Test
    void serverThatNeverAnswersTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) held.add(silent.accept());   // accept, read nothing, answer nothing
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            WikidataClient wikidata = WikidataClient.builder()
                    .endpoint("http://127.0.0.1:" + silent.getLocalPort() + "/sparql")
                    .timeout(Duration.ofMillis(400)).minInterval(Duration.ZERO).build();
            long start = System.nanoTime();
            WikidataUnreachableException e = assertThrows(WikidataUnreachableException.class,
                    () -> wikidata.lookup("Russia"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 350 && millis < 5000, "took " + millis + " ms");
            assertEquals("no answer within 400 ms", e.reason());
            assertFalse(e.repeat());
            for (Socket s : held) s.close();
        }
    }

    @Test
    void closedPortIsReportedOnceWithAFallbackNoticeAndThenFailsFast() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/sparql";
        WikidataClient wikidata = WikidataClient.builder().endpoint(url).minInterval(Duration.ZERO).build();
        WikidataUnreachableException first = assertThrows(WikidataUnreachableException.class,
                () -> wikidata.lookup("Russia"));
        assertFalse(first.repeat());
        assertTrue(first.getMessage().startsWith("Wikidata unreachable: " + url + ": cannot connect"),
                first.getMessage());
        assertTrue(first.fallbackNotice().endsWith("; using the offline knowledge base"), first.fallbackNotice());
        WikidataUnreachableException second = assertThrows(WikidataUnreachableException.class,
                () -> wikidata.lookup("Moscow"));
        assertTrue(second.repeat(), "the endpoint is left alone after it failed");
    }

    @Test
    void requestsCarryTheUserAgentAreSpacedAndOverloadCountsAsUnreachable() throws IOException {
        List<String> agents = new ArrayList<>();
        List<Long> arrivals = new ArrayList<>();
        HttpServer server = HttpServer.create(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sparql", exchange -> {
            synchronized (agents) {
                agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
                arrivals.add(System.nanoTime());
            }
            boolean overloaded = exchange.getRequestURI().getRawQuery().contains("Overloaded");
            byte[] body = "".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/turtle");
            exchange.sendResponseHeaders(overloaded ? 503 : 200, body.length == 0 ? -1 : body.length);
            exchange.close();
        });
        server.start();
        try {
            WikidataClient wikidata = WikidataClient.builder()
                    .endpoint("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql")
                    .minInterval(Duration.ofMillis(300)).build();
            wikidata.lookup("First");
            wikidata.lookup("Second");
            assertEquals(List.of(WikidataClient.DEFAULT_USER_AGENT, WikidataClient.DEFAULT_USER_AGENT), agents);
            long gapMillis = (arrivals.get(1) - arrivals.get(0)) / 1_000_000;
            assertTrue(gapMillis >= 290, "requests " + gapMillis + " ms apart");
            assertTrue(WikidataClient.DEFAULT_USER_AGENT.startsWith("newsgraph/"));
            WikidataUnreachableException e = assertThrows(WikidataUnreachableException.class,
                    () -> wikidata.lookup("Overloaded"));
            assertEquals("HTTP 503", e.reason());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void sameNameAndClassesAlwaysGiveTheSameQuery() {
        WikidataClient wikidata = client().build();
        assertEquals(wikidata.query("Sergei  Lavrov", Set.of("Q5", "Q6256")),
                wikidata.query(" Sergei Lavrov", Set.of("Q6256", "Q5")));
        assertTrue(wikidata.query("Say \"no\"", Set.of()).contains("\"Say \\\"no\\\"\"@en"));
        assertThrows(IllegalArgumentException.class, () -> wikidata.query(" ", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> wikidata.query("Russia", Set.of("country")));
    }

    @Test
    void badSettingsAreRefusedAtBuild() {
        assertThrows(org.newsgraph.ConfigException.class,
                () -> WikidataClient.builder().endpoint("ftp://example.org/sparql").build());
        assertThrows(org.newsgraph.ConfigException.class,
                () -> WikidataClient.builder().timeout(Duration.ZERO).build());
    }
}
