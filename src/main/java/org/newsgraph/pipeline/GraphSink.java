package org.newsgraph.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreSummary;

/**
 * Where an ingest writes its article graphs, a batch at a time, in article order. Used by one thread.
 */
public interface GraphSink extends AutoCloseable {

    /**
     * Stores every graph of the batch (graph IRI to graph), each replacing what was stored under its name. If it
     * throws, each graph is stored whole or not at all: the local sinks store none of the batch, a sink writing to a
     * server may have stored the batch's first graphs.
     */
    void write(Map<String, Graph> batch);

    /** Makes everything written durable; a sink that is closed without finishing may drop what it was given. */
    void finish();

    @Override
    void close();

    /** Each batch in one TDB2 write transaction, replacing what the store held under those graph names. */
    static GraphSink transactional(GraphStore store) {
        Objects.requireNonNull(store, "store");
        return new GraphSink() {
            @Override
            public void write(Map<String, Graph> batch) {
                store.replaceGraphs(batch);
            }

            @Override
            public void finish() {
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Jena's phased TDB2 bulk loader (the one {@code tdb2.tdbloader} uses by default), fed in process, for a first
     * load into an empty store: much faster than transactions but it only adds, so the store must hold nothing and
     * graph names must not repeat. Nothing is visible to readers before {@link #finish}. The store's summary graph is
     * gathered as the articles stream in and loaded with them.
     *
     * @throws NewsgraphException if the store is not empty
     */
    static GraphSink bulk(GraphStore store) {
        return new BulkSink(store);
    }

    /** Whether the store holds no quads at all, the condition for {@link #bulk}. */
    static boolean isEmpty(GraphStore store) {
        DatasetGraph dsg = GraphStore.connectDatasetGraph(store.directory());
        return Txn.calculateRead(dsg, dsg::isEmpty);
    }

    /** The bulk loader behind {@link GraphSink#bulk}. */
    final class BulkSink implements GraphSink {
        private final GraphStore store;
        private final DataLoader loader;
        private final StreamRDF stream;
        private final Map<String, String> prefixes = new LinkedHashMap<>();
        private final StoreSummary.Gatherer summary = new StoreSummary.Gatherer();
        private boolean finished;

        private BulkSink(GraphStore store) {
            this.store = Objects.requireNonNull(store, "store");
            if (!isEmpty(store)) {
                throw new NewsgraphException("cannot bulk-load into store " + store.directory()
                        + ": it is not empty (the bulk path is for a first load only)");
            }
            // The same database the store holds: TDB2 shares one connection per directory within a JVM.
            DatasetGraph dsg = GraphStore.connectDatasetGraph(store.directory());
            this.loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            this.stream = loader.stream();
        }

        @Override
        public void write(Map<String, Graph> batch) {
            batch.forEach((iri, g) -> {
                Node name = NodeFactory.createURI(iri);
                g.find().forEachRemaining(t ->
                        stream.quad(Quad.create(name, t.getSubject(), t.getPredicate(), t.getObject())));
                summary.add(name, g, this::summaryQuad);
                g.getPrefixMapping().getNsPrefixMap().forEach(prefixes::put);
            });
        }

        @Override
        public void finish() {
            if (finished) return;
            finished = true;
            // The bulk loader bypasses the store's writes, which keep the summary: it was gathered along the way.
            summary.finish(this::summaryQuad);
            loader.finishBulk();
            if (!prefixes.isEmpty()) {
                // Prefixes go in as a normal transaction, as GraphStore.replaceGraphs keeps them.
                DatasetGraph dsg = GraphStore.connectDatasetGraph(store.directory());
                Txn.executeWrite(dsg, () -> prefixes.forEach((p, uri) -> dsg.prefixes().add(p, uri)));
            }
        }

        private void summaryQuad(Triple t) {
            stream.quad(Quad.create(StoreSummary.GRAPH_NODE, t.getSubject(), t.getPredicate(), t.getObject()));
        }

        @Override
        public void close() {
            if (!finished) {
                finished = true;
                loader.finishException(new NewsgraphException("ingest stopped before the bulk load finished"));
            }
        }
    }
}
