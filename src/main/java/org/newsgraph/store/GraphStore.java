package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.newsgraph.NewsgraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsgraph store: a TDB2 directory holding one named graph per article, whose default graph (for queries) is
 * the union of all named graphs, the same as {@code fuseki-config.ttl} declares for the server. Beside the articles
 * it keeps one more named graph, the {@linkplain StoreSummary summary}, which every write here updates in the same
 * transaction; it is no article, so {@link #graphNames}, {@link #size} and {@link #export} leave it out.
 *
 * <pre>{@code
 * try (GraphStore store = GraphStore.open(Path.of("data/tdb2"))) {
 *     store.replaceGraph(articleIri, graph);
 *     store.query("SELECT * { ?s a ?type } LIMIT 10", QueryFormat.TABLE, System.out);
 * }
 * }</pre>
 *
 * <p>Every method runs in its own TDB2 transaction, so a store may be shared between threads and readers never see
 * half of a write. TDB2 allows one process per directory: while a {@code newsgraph serve} process holds it, opening
 * it here fails. Inside one JVM, a store and a {@code SparqlServer} on the same directory share the database.
 */
public final class GraphStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);

    /** Prefixes every export and CONSTRUCT result knows, besides those stored with the data. */
    private static final Map<String, String> STANDARD_PREFIXES = Map.of(
            "ng", "https://w3id.org/newsgraph/ontology#",
            "schema", "http://schema.org/",
            "nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
            "prov", "http://www.w3.org/ns/prov#",
            "wd", "http://www.wikidata.org/entity/",
            "owl", "http://www.w3.org/2002/07/owl#",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "xsd", "http://www.w3.org/2001/XMLSchema#");

    private final Path directory;
    private final Dataset dataset;
    private final DatasetGraph dsg;
    private volatile boolean closed;

    private GraphStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
        this.dsg = dataset.asDatasetGraph();
    }

    /**
     * Opens the TDB2 database in {@code dir}, creating the directory and an empty database if there is none.
     *
     * @throws NewsgraphException if the directory cannot be used, for instance because another process holds it
     */
    public static GraphStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NewsgraphException("cannot open store " + dir + ": it is a file, not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new NewsgraphException("cannot open store " + dir + ": cannot create the directory: " + e, e);
        }
        repairAfterCrash(dir);
        GraphStore store;
        try {
            store = connect(dir);
        } catch (RuntimeException e) {
            throw cannotOpen(dir, e);
        }
        store.summarizeIfMissing();
        return store;
    }

    /**
     * Builds the summary graph of a store that holds articles but no summary: one written by a newsgraph that kept
     * none. Every write after that keeps it up to date.
     */
    private void summarizeIfMissing() {
        checkOpen();
        if (StoreSummary.buildIfMissing(dsg)) {
            LOG.info("store {}: built the summary graph {}", directory, StoreSummary.GRAPH);
        }
    }

    /**
     * Cuts off the journal's uncommitted tail when the process that last held the store is gone ({@link
     * JournalRepair}): TDB2 5.6 refuses to open a store whose writer was killed while writing a journal entry. Left
     * alone while a live process, this one included, holds the store's lock: its journal may be mid-write. Called by
     * {@link #open}, and by the server before it opens a store.
     */
    public static void repairAfterCrash(Path dir) {
        Path lockFile = dir.resolve("tdb.lock");
        try {
            if (Files.isRegularFile(lockFile)) {
                String owner = Files.readString(lockFile).strip();
                if (!owner.isEmpty()) {
                    long pid = Long.parseLong(owner);
                    if (pid == ProcessHandle.current().pid()
                            || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        return;
                    }
                }
            }
            List<Path> cut = JournalRepair.repair(dir);
            if (!cut.isEmpty()) {
                LOG.warn("store {}: the last write was cut off by a crash before it committed; discarded its"
                        + " unfinished journal entries ({})", dir, cut);
            }
        } catch (IOException | NumberFormatException e) {
            // TDB2 reports a journal or lock file it cannot use when it opens the store
        }
    }

    /** Bytes one entry of TDB2's node caches holds on the heap (node, node id, cache and map entries), measured. */
    private static final long NODE_CACHE_ENTRY_BYTES = 230;
    /** The share of the heap TDB2's node caches may take, leaving room for the bulk loader's index phase. */
    private static final double NODE_CACHE_HEAP_SHARE = 0.15;

    /**
     * The TDB2 database in {@code dir}, connected with node caches sized to this JVM's heap ({@link
     * #storeParams}). TDB2 keeps one connection per directory in a JVM, so every part of newsgraph that opens the
     * store, the server included, connects here first.
     */
    public static DatasetGraph connectDatasetGraph(Path dir) {
        return connectDatasetGraph(dir, Runtime.getRuntime().maxMemory());
    }

    static DatasetGraph connectDatasetGraph(Path dir, long maxHeapBytes) {
        return DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()), storeParams(maxHeapBytes));
    }

    /**
     * TDB2's defaults, except that its two node caches (1.2 million entries, some 270 MB when full) shrink to about
     * 15 % of a heap too small for them: with {@code -Xmx512m} they would leave no room for the bulk loader, which
     * queues some 230 MB of index entries in its last phase. Cache sizes are dynamic settings, so a store made under
     * a small heap gets full caches when opened under a large one.
     */
    static StoreParams storeParams(long maxHeapBytes) {
        StoreParams dft = StoreParams.getDftStoreParams();
        long fullEntries = (long) dft.getNode2NodeIdCacheSize() + dft.getNodeId2NodeCacheSize();
        long entries = (long) (maxHeapBytes * NODE_CACHE_HEAP_SHARE / NODE_CACHE_ENTRY_BYTES);
        // Always a new object: TDB2 reads the store's own tdb.cfg instead when given its default params object.
        double scale = Math.min(1.0, (double) entries / fullEntries);
        return StoreParamsBuilder.create(dft)
                .node2NodeIdCacheSize((int) Math.max(1_000, dft.getNode2NodeIdCacheSize() * scale))
                .nodeId2NodeCacheSize((int) Math.max(1_000, dft.getNodeId2NodeCacheSize() * scale))
                .build();
    }

    private static GraphStore connect(Path dir) {
        Dataset ds = DatasetFactory.wrap(connectDatasetGraph(dir));
        // Opening is lazy in places; one read transaction makes a bad or foreign directory fail here.
        Txn.executeRead(ds, () -> ds.asDatasetGraph().isEmpty());
        return new GraphStore(dir, ds);
    }

    /**
     * Opens the TDB2 database in {@code dir}, which must exist: for commands that read, where creating an empty store
     * would only hide a wrong path.
     */
    public static GraphStore openExisting(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new NewsgraphException("no store at " + dir + " (run `newsgraph ingest` first)");
        }
        return open(dir);
    }

    /**
     * The exception to throw when the TDB2 database in {@code dir} cannot be opened because of {@code cause}; names the
     * usual culprit, a lock held by another process. Also used by the server, which opens the same databases.
     */
    public static NewsgraphException cannotOpen(Path dir, Throwable cause) {
        if (isLockFailure(cause)) {
            return new NewsgraphException("cannot open store " + dir + ": locked by another process"
                    + " (is `newsgraph serve` running?)", cause);
        }
        return new NewsgraphException("cannot open store " + dir + ": " + cause.getMessage(), cause);
    }

    /** Whether {@code e}, or one of its causes, is TDB2 failing to take a directory's lock. */
    public static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (t instanceof DBOpEnvException && m != null && m.contains("lock")) {
                return true;
            }
        }
        return false;
    }

    /** The directory this store lives in. */
    public Path directory() {
        return directory;
    }

    /**
     * Makes {@code g} the whole content of the named graph {@code graphIri}, in one write transaction: the old graph
     * is dropped and the new triples added together, so readers see either all of the old graph or all of the new,
     * and replacing a graph with the same triples changes nothing. An empty {@code g} removes the graph. The graph's
     * prefixes are kept with the store for exports. The summary graph changes in the same transaction.
     */
    public void replaceGraph(String graphIri, Graph g) {
        replaceGraphs(Map.of(Objects.requireNonNull(graphIri, "graph IRI"), Objects.requireNonNull(g, "graph")));
    }

    /**
     * Replaces several named graphs in one write transaction, as {@link #replaceGraph} does for one: all of them
     * change or none does. Much faster than one call per graph when loading many articles, because TDB2 makes each
     * commit durable on disk.
     */
    public void replaceGraphs(Map<String, Graph> graphs) {
        Objects.requireNonNull(graphs, "graphs");
        Map<Node, Graph> named = new LinkedHashMap<>();
        graphs.forEach((iri, g) -> named.put(graphName(iri), Objects.requireNonNull(g, "graph for " + iri)));
        checkOpen();
        Txn.executeWrite(dsg, () -> {
            StoreSummary.replace(dsg, named);
            PrefixMap stored = dsg.prefixes();
            named.forEach((name, g) -> {
                g.getPrefixMapping().getNsPrefixMap().forEach((prefix, uri) -> {
                    if (!uri.equals(stored.get(prefix))) {
                        stored.add(prefix, uri);
                    }
                });
            });
        });
    }

    /**
     * Drops the named graph {@code iri}, updating the summary graph in the same transaction; returns whether it was
     * there. Other articles are untouched.
     */
    public boolean removeGraph(String iri) {
        Node name = graphName(iri);
        checkOpen();
        return Txn.calculateWrite(dsg, () -> {
            boolean present = dsg.containsGraph(name);
            StoreSummary.replace(dsg, Map.of(name, GraphFactory.createDefaultGraph()));
            return present;
        });
    }

    /** Whether the store holds a non-empty named graph {@code iri}. */
    public boolean containsGraph(String iri) {
        Node name = graphName(iri);
        checkOpen();
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(name));
    }

    /**
     * The names of the graphs that hold a triple with predicate {@code predicateIri} and the plain string
     * {@code value} as object, sorted: how an article with a given text hash is found.
     */
    public List<String> graphsWithLiteral(String predicateIri, String value) {
        Node predicate = NodeFactory.createURI(Objects.requireNonNull(predicateIri, "predicate IRI"));
        Node literal = NodeFactory.createLiteralString(Objects.requireNonNull(value, "value"));
        checkOpen();
        List<String> names = Txn.calculateRead(dsg, () -> {
            java.util.TreeSet<String> found = new java.util.TreeSet<>();
            Iter.forEach(dsg.find(Node.ANY, Node.ANY, predicate, literal), q -> {
                if (q.getGraph().isURI()) found.add(q.getGraph().getURI());
            });
            return new ArrayList<>(found);
        });
        return List.copyOf(names);
    }

    /** An in-memory copy of the named graph {@code iri}; empty if the store has no such graph. */
    public Graph graph(String iri) {
        Node name = graphName(iri);
        checkOpen();
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** An in-memory copy of the {@linkplain StoreSummary summary graph}. */
    public Graph summary() {
        checkOpen();
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(StoreSummary.GRAPH_NODE).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** Whether the summary graph holds exactly what the article graphs give ({@link StoreSummary#isCurrent}). */
    public boolean summaryIsCurrent() {
        checkOpen();
        return Txn.calculateRead(dsg, () -> StoreSummary.isCurrent(dsg));
    }

    /** The names of all article graphs (every named graph but the summary), sorted. */
    public List<String> graphNames() {
        checkOpen();
        List<String> names = Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            for (Node n : StoreSummary.articleNames(dsg)) out.add(n.isURI() ? n.getURI() : n.toString());
            return out;
        });
        Collections.sort(names);
        return List.copyOf(names);
    }

    /** The number of quads in the article graphs (a triple in two graphs counts twice; the summary not at all). */
    public long size() {
        checkOpen();
        return Txn.calculateRead(dsg, () -> Iter.count(Iter.filter(dsg.find(), GraphStore::inArticle)));
    }

    /** Runs a query and writes its result to {@code out} in the format named {@code format} (table, csv, json). */
    public QueryResult query(String sparql, String format, OutputStream out) {
        return query(sparql, QueryFormat.parse(format), out);
    }

    /**
     * Runs a SPARQL query in a read transaction over the store (default graph = union of all named graphs) and
     * writes the result to {@code out}: SELECT and ASK results as {@code format} says, CONSTRUCT and DESCRIBE results
     * as Turtle. {@code out} is flushed, not closed.
     *
     * @throws NewsgraphException if the query does not parse or fails while running
     */
    public QueryResult query(String sparql, QueryFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Query query = parse(sparql);
        checkOpen();
        try {
            QueryResult result = Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    return run(query, qe, format, out);
                }
            });
            out.flush();
            return result;
        } catch (QueryCancelledException e) {
            throw new NewsgraphException("query cancelled (timed out)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write query result", e);
        } catch (NewsgraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new NewsgraphException("query failed on store " + directory + ": " + e.getMessage(), e);
        }
    }

    private static Query parse(String sparql) {
        Objects.requireNonNull(sparql, "query");
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new NewsgraphException("cannot parse SPARQL query: " + e.getMessage(), e);
        }
    }

    private QueryResult run(Query query, QueryExecution qe, QueryFormat format, OutputStream out) {
        switch (query.queryType()) {
            case SELECT: {
                // Count rows as they pass: some writers read the underlying rows, not the ResultSet's counter.
                RowSet rows = RowSet.adapt(qe.execSelect());
                long[] count = {0};
                ResultSet rs = ResultSet.adapt(RowSetStream.create(rows.getResultVars(), Iter.map(rows, b -> {
                    count[0]++;
                    return b;
                })));
                switch (format) {
                    case TABLE -> ResultSetFormatter.out(out, rs, query.getPrologue());
                    case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                    case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                    default -> throw new IllegalStateException("format " + format);
                }
                return new QueryResult(QueryResult.Form.SELECT, count[0]);
            }
            case ASK: {
                boolean answer = qe.execAsk();
                switch (format) {
                    case TABLE -> ResultSetFormatter.out(out, answer);
                    case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                    case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
                    default -> throw new IllegalStateException("format " + format);
                }
                return new QueryResult(QueryResult.Form.ASK, answer ? 1 : 0);
            }
            case CONSTRUCT:
            case DESCRIBE: {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                PrefixMap prefixes = prefixesWith(PrefixMapFactory.create(query.getPrefixMapping()));
                RDFWriterRegistry.getWriterGraphFactory(RDFFormat.TURTLE)
                        .create(RDFFormat.TURTLE).write(out, m.getGraph(), prefixes, null, new Context());
                return new QueryResult(query.isConstructType() ? QueryResult.Form.CONSTRUCT
                        : QueryResult.Form.DESCRIBE, m.size());
            }
            default:
                throw new NewsgraphException("unsupported query form " + query.queryType()
                        + ": use SELECT, ASK, CONSTRUCT or DESCRIBE");
        }
    }

    /** Writes the whole store to {@code out} in the format named {@code format} (turtle, trig, nquads, jsonld). */
    public void export(String format, OutputStream out) {
        export(ExportFormat.parse(format), out);
    }

    /**
     * Writes the articles to {@code out} in one read transaction: Turtle holds the union of all article graphs as one
     * graph; TriG, N-Quads and JSON-LD hold every article graph with its name. The summary graph is left out: it is
     * derived from the articles, and a store that loads them builds it again. {@code out} is flushed, not closed.
     */
    public void export(ExportFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        checkOpen();
        Txn.executeRead(dsg, () -> {
            PrefixMap prefixes = prefixesWith(PrefixMapFactory.create(dsg.prefixes()));
            DatasetGraph articles = new DatasetGraphFilteredView(dsg, GraphStore::inArticle,
                    StoreSummary.articleNames(dsg));
            switch (format) {
                case TURTLE -> writeGraph(RDFFormat.TURTLE_BLOCKS, articles.getUnionGraph(), prefixes, out);
                case TRIG -> writeDataset(RDFFormat.TRIG_BLOCKS, articles, prefixes, out);
                case NQUADS -> writeDataset(RDFFormat.NQUADS, articles, prefixes, out);
                case JSONLD -> writeDataset(RDFFormat.JSONLD11, articles, prefixes, out);
                default -> throw new IllegalStateException("format " + format);
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + format + " export of store " + directory, e);
        }
    }

    private static void writeGraph(RDFFormat fmt, Graph graph, PrefixMap prefixes, OutputStream out) {
        RDFWriterRegistry.getWriterGraphFactory(fmt).create(fmt).write(out, graph, prefixes, null, new Context());
    }

    private static void writeDataset(RDFFormat fmt, DatasetGraph data, PrefixMap prefixes, OutputStream out) {
        RDFWriterRegistry.getWriterDatasetFactory(fmt).create(fmt).write(out, data, prefixes, null, new Context());
    }

    /** Whether {@code q} is in an article graph, not the summary. */
    private static boolean inArticle(Quad q) {
        return !StoreSummary.isSummary(q.getGraph());
    }

    /** {@code base} plus the stored and standard prefixes that do not clash with it. */
    private PrefixMap prefixesWith(PrefixMap base) {
        PrefixMap all = PrefixMapFactory.create(STANDARD_PREFIXES);
        Txn.executeRead(dsg, () -> all.putAll(dsg.prefixes()));
        all.putAll(base);
        return all;
    }

    private static Node graphName(String iri) {
        Objects.requireNonNull(iri, "graph IRI");
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isAbsolute()) {
                throw new NewsgraphException("graph name '" + iri + "' is not an absolute IRI");
            }
        } catch (IRIException e) {
            throw new NewsgraphException("graph name '" + iri + "' is not a valid IRI: " + e.getMessage(), e);
        }
        if (Quad.isDefaultGraph(NodeFactory.createURI(iri)) || Quad.isUnionGraph(NodeFactory.createURI(iri))) {
            throw new NewsgraphException("graph name '" + iri + "' is reserved by Jena; use an article IRI");
        }
        if (StoreSummary.GRAPH.equals(iri)) {
            throw new NewsgraphException("graph name '" + iri + "' is the store's summary; use an article IRI");
        }
        return NodeFactory.createURI(iri);
    }

    private void checkOpen() {
        if (closed) {
            throw new NewsgraphException("store " + directory + " is closed");
        }
    }

    /**
     * Closes this handle. The database itself stays connected for the rest of the JVM's life, because a server or
     * another store in the same JVM may share it; its lock is released when the process ends.
     */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            dataset.close();
        }
    }
}
