package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries running in a loop while articles are written and rewritten never fail and see each article's graph either
 * whole or not at all: the per-graph triple count is always one that some write produced.
 */
class ConcurrentReadWriteTest {
    static final int ARTICLES = 15;
    /** The triples of each article graph; the summary graph (which lists these undated articles) is no article. */
    static final String COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <"
            + StoreSummary.GRAPH + ">) } GROUP BY ?g";

    @TempDir
    Path dir;

    /** Article i's graph in version v has 50 + 10 i + 1000 v triples, so every count tells which write it came from. */
    static Graph graph(int i, int version) {
        Graph g = GraphFactory.createDefaultGraph();
        int size = size(i, version);
        for (int t = 0; t < size; t++) {
            g.add(Triple.create(NodeFactory.createURI("urn:x:s" + t), NodeFactory.createURI("urn:x:p"),
                    NodeFactory.createLiteralString("article " + i + " version " + version + " triple " + t)));
        }
        return g;
    }

    static int size(int i, int version) {
        return 50 + 10 * i + 1000 * version;
    }

    static String iri(int i) {
        return "https://w3id.org/newsgraph/article/a" + i;
    }

    @Test
    void readersSeeEachArticleWholeOrAbsentWhileItIsWritten() throws Exception {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int version = 0; version < 2; version++) {
                        for (int i = 0; i < ARTICLES; i++) store.replaceGraph(iri(i), graph(i, version));
                    }
                } finally {
                    writing.set(false);
                }
                return null;
            });
            Future<long[]> reader = pool.submit(() -> {
                long queries = 0;
                long failures = 0;
                while (writing.get() || queries == 0) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try {
                        store.query(COUNTS, QueryFormat.CSV, out);
                    } catch (RuntimeException e) {
                        failures++;
                        continue;
                    } finally {
                        queries++;
                    }
                    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
                    for (String line : lines) {
                        String[] cells = line.split(",");
                        int i = Integer.parseInt(cells[0].substring(cells[0].lastIndexOf("/a") + 2));
                        int n = Integer.parseInt(cells[1].strip());
                        if (n != size(i, 0) && n != size(i, 1)) {
                            throw new AssertionError("article " + i + " seen with " + n + " triples");
                        }
                    }
                }
                return new long[] {queries, failures};
            });
            writer.get(120, TimeUnit.SECONDS);
            long[] result = reader.get(60, TimeUnit.SECONDS);
            pool.shutdown();
            System.out.println("concurrent reads: " + result[0] + " queries during " + 2 * ARTICLES
                    + " graph writes, " + result[1] + " failed");
            assertTrue(result[0] > 1, "only " + result[0] + " queries ran");
            assertEquals(0, result[1]);
            List<String> names = new ArrayList<>(store.graphNames());
            assertEquals(ARTICLES, names.size());
            for (int i = 0; i < ARTICLES; i++) assertEquals(size(i, 1), store.graph(iri(i)).size());
        }
    }
}
