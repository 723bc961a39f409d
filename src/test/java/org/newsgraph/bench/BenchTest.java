package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreSummary;

class BenchTest {
    @Test
    void percentileIsTheNearestRank() {
        double[] sorted = new double[20];
        for (int i = 0; i < 20; i++) sorted[i] = i + 1;
        assertEquals(10, Bench.percentile(sorted, 50));
        assertEquals(19, Bench.percentile(sorted, 95));
        assertEquals(1, Bench.percentile(new double[] {1}, 95));
    }

    /**
     * Jena's loader is also timed on the whole store our bulk path made, so the dump it loads must hold the summary
     * graph, which exports leave out.
     */
    @Test
    void theDumpForJenasLoaderHoldsTheSummaryGraphBesideTheArticles(@TempDir Path dir) {
        Path db = dir.resolve("db");
        String article = "https://example.org/article/a1";
        Graph g = GraphFactory.createGraphMem();
        g.add(Triple.create(NodeFactory.createURI(article + "#m1"), NG.denotes.asNode(),
                NodeFactory.createURI("https://example.org/entity/e1")));
        long articleQuads;
        long summaryQuads;
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceGraph(article, g);
            articleQuads = store.size();
            summaryQuads = store.summary().size();
        }
        assertTrue(summaryQuads > 0);
        Path file = dir.resolve("all.nq");
        assertEquals(articleQuads + summaryQuads, Bench.dump(db, file));
        TDBInternal.expel(GraphStore.connectDatasetGraph(db));

        DatasetGraph loaded = RDFDataMgr.loadDatasetGraph(file.toString());
        assertEquals(articleQuads + summaryQuads, loaded.stream().count());
        assertFalse(loaded.getGraph(StoreSummary.GRAPH_NODE).isEmpty());
    }
}
