package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/** {@code newsgraph remove} drops one article's graph and nothing else; a changed article replaces its graph. */
class RemoveAndUpdateTest {
    @TempDir
    Path dir;

    private static final Node RUSSIA = NodeFactory.createURI("https://w3id.org/newsgraph/entity/wd/Q159");

    private Path ingestTwo() throws IOException {
        Path db = dir.resolve("tdb2");
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("first.txt"), "Russia sent troops to Belarus on Monday, officials said.\n");
        Files.writeString(articles.resolve("second.txt"), "Russia and China signed a trade agreement in Beijing.\n");
        CommandLineTest.Run r = CommandLineTest.run("ingest", "--db", db.toString(), articles.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        return db;
    }

    @Test
    void removingAnArticleDropsItsGraphAndLeavesSharedEntitiesWithTheOthers() throws IOException {
        Path db = ingestTwo();
        Graph second;
        try (GraphStore store = GraphStore.open(db)) {
            assertTrue(store.graph(Iris.article("first")).contains(RUSSIA, Node.ANY, Node.ANY));
            second = store.graph(Iris.article("second"));
            assertTrue(second.contains(RUSSIA, Node.ANY, Node.ANY), second.toString());
        }
        CommandLineTest.Run r = CommandLineTest.run("remove", "--db", db.toString(), "first", "no-such-article");
        assertEquals(ExitCodes.PARTIAL, r.code(), r.err());
        assertEquals("removed 1 of 2 article(s) from " + db, r.out().strip());
        assertEquals("skipped no-such-article: no article " + Iris.article("no-such-article") + " in " + db,
                r.err().strip());
        try (GraphStore store = GraphStore.open(db)) {
            assertFalse(store.containsGraph(Iris.article("first")));
            assertTrue(second.isIsomorphicWith(store.graph(Iris.article("second"))));
            assertEquals(java.util.List.of(Iris.article("second")), store.graphNames());
            assertTrue(store.summaryIsCurrent(), "the summary graph still counts the removed article");
        }
        CommandLineTest.Run again = CommandLineTest.run("remove", "--db", db.toString(), "first");
        assertEquals(ExitCodes.FAILED, again.code(), again.err());
        CommandLineTest.Run odd = CommandLineTest.run("remove", "--db", db.toString(), "../x> } DROP ALL");
        assertEquals(ExitCodes.FAILED, odd.code(), odd.err());
        assertTrue(odd.err().contains("not an article id"), odd.err());
    }

    @Test
    void changingAnArticlesTextReplacesItsGraphWhole() throws IOException {
        Path db = ingestTwo();
        Graph oldFirst;
        Graph second;
        try (GraphStore store = GraphStore.open(db)) {
            oldFirst = store.graph(Iris.article("first"));
            second = store.graph(Iris.article("second"));
        }
        String changed = "Poland sent engineers to Lithuania on Friday, officials said.\n";
        Files.writeString(dir.resolve("articles/first.txt"), changed);
        CommandLineTest.Run r = CommandLineTest.run("ingest", "--db", db.toString(),
                dir.resolve("articles/first.txt").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        try (GraphStore store = GraphStore.open(db)) {
            Graph newFirst = store.graph(Iris.article("first"));
            assertNotEquals(oldFirst.size(), 0);
            assertFalse(newFirst.contains(RUSSIA, Node.ANY, Node.ANY), newFirst.toString());
            Node article = NodeFactory.createURI(Iris.article("first"));
            assertEquals(1, newFirst.find(article, NG.textHash.asNode(), Node.ANY).toList().size());
            assertTrue(newFirst.contains(article, NG.textHash.asNode(),
                    NodeFactory.createLiteralString(Iris.sha256(changed))));
            assertTrue(second.isIsomorphicWith(store.graph(Iris.article("second"))));
            assertEquals(2, store.graphNames().size());
            assertTrue(store.summaryIsCurrent(), "the summary graph does not match the replaced article");
        }
    }
}
