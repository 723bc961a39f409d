package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.cli.CommandLineTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CommandLineTest.Run;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.Linker;
import org.newsgraph.pipeline.Relinker;
import org.newsgraph.rdf.NG;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.GraphStore;

/**
 * {@code newsgraph link --server URL}: re-linking a served store through the server, started from the repository's
 * fuseki-config.ttl, gives what re-linking a local store gives, needs the write password, and leaves an article that
 * another client changed meanwhile as that client left it.
 */
class ServerLinkTest {
    private static final Path DUMP = Path.of("src/test/resources/link/wikidata/sample-all.json");
    private static final Path ARTICLE = Path.of("src/test/resources/cli/linking/author-visit.md");
    private static final Node ADAMS = NodeFactory.createURI("https://w3id.org/newsgraph/entity/wd/Q42");

    @TempDir
    Path dir;
    SparqlServer server;
    Path serverDb;
    Path passwd;
    Path emptyKb;
    Path kb;

    @BeforeEach
    void startServerAndImport() {
        serverDb = dir.resolve("served/tdb2");
        try (GraphStore store = GraphStore.open(serverDb)) {
            assertEquals(0, store.size());
        }
        server = SparqlServer.create().config(Path.of("fuseki-config.ttl")).database(serverDb).port(0).build()
                .start();
        passwd = server.passwordFile().orElseThrow();
        emptyKb = dir.resolve("no-kb");
        kb = dir.resolve("kb");
        assertEquals(ExitCodes.PARTIAL, run("kb", "import", DUMP.toString(), "--class", "Q5", "--kb", kb.toString())
                .code());
    }

    @AfterEach
    void stopServer() {
        if (server != null) server.close();
    }

    @Test
    void relinksThroughTheServerWhatALocalLinkRelinks() throws IOException {
        Path local = dir.resolve("local/tdb2");
        assertEquals(ExitCodes.OK, run("ingest", "--db", local.toString(), "--kb", emptyKb.toString(),
                ARTICLE.toString()).code());
        Run in = run("ingest", "--server", server.serviceUrl(), "--credentials", passwd.toString(), "--kb",
                emptyKb.toString(), ARTICLE.toString());
        assertEquals(ExitCodes.OK, in.code(), in.err());
        assertFalse(servedMentions(ADAMS), "linked before the import");

        Path wrong = dir.resolve("wrong-passwd");
        Files.writeString(wrong, "ingest: not-the-password\n");
        Run refused = run("link", "--server", server.serviceUrl(), "--credentials", wrong.toString(), "--kb",
                kb.toString());
        assertEquals(ExitCodes.FAILED, refused.code());
        assertTrue(refused.err().contains("refused the credentials of user ingest (HTTP 401)"), refused.err());
        assertFalse(servedMentions(ADAMS), "a refused link changes nothing");

        Run link = run("link", "--server", server.serviceUrl(), "--credentials", passwd.toString(), "--kb",
                kb.toString());
        assertEquals(ExitCodes.OK, link.code(), link.err());
        assertEquals("re-linked 1 articles, 1 changed, 1 entities with a new IRI in " + server.serviceUrl(),
                link.out().strip());
        assertTrue(servedMentions(ADAMS), "not linked after re-linking through the server");
        assertEquals(ExitCodes.OK, run("link", "--db", local.toString(), "--kb", kb.toString()).code());
        try (GraphStore served = GraphStore.open(serverDb); GraphStore relinked = GraphStore.openExisting(local)) {
            assertEquals(relinked.graphNames(), served.graphNames());
            for (String iri : relinked.graphNames()) {
                assertTrue(relinked.graph(iri).isIsomorphicWith(served.graph(iri)), iri + " differs");
            }
            assertTrue(served.summaryIsCurrent(), "the served summary does not match the re-linked articles");
        }

        Run again = run("link", "--server", server.serviceUrl(), "--credentials", passwd.toString(), "--kb",
                kb.toString());
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertTrue(again.out().contains("0 changed"), again.out());

        Run both = run("link", "--server", server.serviceUrl(), "--db", local.toString(), "--kb", kb.toString());
        assertEquals(ExitCodes.USAGE, both.code());
        assertTrue(both.err().contains("give --server or --db, not both"), both.err());
    }

    /**
     * An article that another client rewrites after the re-linker read it is not overwritten with the re-linked old
     * version: it is reported and stays as the other client wrote it.
     */
    @Test
    void leavesAnArticleChangedMeanwhileAsTheOtherClientWroteIt() {
        Run in = run("ingest", "--server", server.serviceUrl(), "--credentials", passwd.toString(), "--kb",
                emptyKb.toString(), ARTICLE.toString());
        assertEquals(ExitCodes.OK, in.code(), in.err());
        org.newsgraph.remote.RemoteStore remote = org.newsgraph.remote.RemoteStore.connect(server.serviceUrl(),
                org.newsgraph.remote.Credentials.fromFile(passwd, null));
        Triple added = Triple.create(NodeFactory.createURI("urn:x:note"), NG.quote.asNode(),
                NodeFactory.createLiteralString("written by another client"));
        AtomicInteger reads = new AtomicInteger();
        // the server's store, with another client's write landing right after the re-linker's first read
        Relinker.Articles racing = new Relinker.Articles() {
            @Override
            public List<String> graphNames() {
                return remote.graphNames();
            }

            @Override
            public Graph graph(String iri) {
                Graph g = remote.graph(iri);
                if (reads.getAndIncrement() == 0) {
                    Graph changed = remote.graph(iri);
                    changed.add(added);
                    remote.put(iri, changed);
                }
                return g;
            }

            @Override
            public boolean replace(String iri, Graph before, Graph after) {
                return remote.replace(iri, before, after);
            }
        };
        KnowledgeBase base = KnowledgeBase.loadWithExtensions(kb);
        List<String> problems = new ArrayList<>();
        Relinker.Stats stats = new Relinker(base, new Linker(base)).run(racing,
                (where, message) -> problems.add(where + ": " + message));
        assertEquals(0, stats.changed());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("changed while it was being re-linked"), problems.get(0));
        try (GraphStore served = GraphStore.open(serverDb)) {
            String iri = served.graphNames().get(0);
            assertTrue(served.graph(iri).contains(added), "the other client's write was lost");
            assertFalse(served.graph(iri).contains(Node.ANY, NG.denotes.asNode(), ADAMS));
        }
    }

    /** Whether some mention of the served store denotes {@code entity}. */
    private boolean servedMentions(Node entity) {
        try (GraphStore served = GraphStore.open(serverDb)) {
            for (String iri : served.graphNames()) {
                if (served.graph(iri).contains(Node.ANY, NG.denotes.asNode(), entity)) return true;
            }
            return false;
        }
    }
}
