package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** Cross-origin requests, as a browser page on another origin sends them, to servers with and without CORS. */
class SparqlServerCorsTest {
    private static final String PAGE = "https://notebook.example.org";
    private static final String ASK = "ASK { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path tmp;

    static SparqlServer open;
    static SparqlServer closed;

    @BeforeAll
    static void startServers() {
        Path db = tmp.resolve("tdb2");
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceGraph(SparqlServerTest.ARTICLE_A, SparqlServerTest.article(SparqlServerTest.ARTICLE_A,
                    "harbour-workers-union", "Harbour Workers Union", "Statement"));
        }
        open = SparqlServer.create().config(SparqlServerTest.CONFIG).database(db).port(0).cors(true).build()
                .start();
        closed = SparqlServer.create().config(SparqlServerTest.CONFIG).database(db).port(0).build().start();
    }

    @AfterAll
    static void stopServers() {
        if (open != null) open.close();
        if (closed != null) closed.close();
    }

    private static String ask(SparqlServer server) {
        return server.url() + "?query=" + Http.encode(ASK);
    }

    @Test
    void aPageElsewhereMayReadAQueryAnswerButGetsNoCredentials() {
        HttpResponse<String> r = Http.withHeaders("GET", ask(open), "Origin", PAGE, "Accept",
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("true"), r.body());
        assertAllowed(r);
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), r.headers().toString());
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("")
                .contains(ResultLimitedQuery.HEADER), r.headers().toString());
    }

    @Test
    void aPreflightForAPostedQueryIsAllowed() {
        HttpResponse<String> r = Http.withHeaders("OPTIONS", open.url(), "Origin", PAGE,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"),
                r.headers().toString());
        assertAllowed(r);
    }

    /** The filter names the asking origin back (with Vary: Origin) rather than "*"; either lets the page read. */
    private static void assertAllowed(HttpResponse<String> r) {
        String allowed = r.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(allowed.equals("*") || allowed.equals(PAGE), r.headers().toString());
    }

    @Test
    void aPreflightForAWriteOrForCredentialsIsRefused() {
        for (String[] ask : new String[][] {{"PUT", "content-type"}, {"DELETE", "content-type"},
                {"POST", "authorization"}}) {
            HttpResponse<String> r = Http.withHeaders("OPTIONS", open.serviceUrl() + "/data", "Origin", PAGE,
                    "Access-Control-Request-Method", ask[0], "Access-Control-Request-Headers", ask[1]);
            assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                    ask[0] + " with " + ask[1] + ": " + r.headers());
        }
    }

    @Test
    void withoutCorsNoPageElsewhereMayReadTheAnswer() {
        HttpResponse<String> r = Http.withHeaders("GET", ask(closed), "Origin", PAGE, "Accept",
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
    }
}
