package org.newsgraph.pipeline;

import java.util.List;
import java.util.Objects;
import org.newsgraph.store.GraphStore;

/**
 * Where an {@link Ingestion} stores article graphs: a local TDB2 store, or a newsgraph server written to over HTTP
 * ({@code org.newsgraph.remote.RemoteStore}).
 */
public interface IngestTarget {

    /** Whether a first load may go through Jena's bulk loader: only a local store that holds nothing. */
    boolean bulkLoadable();

    /** The names of the graphs holding a triple {@code ?s <predicateIri> "value"}, sorted; for duplicate checks. */
    List<String> graphsWithLiteral(String predicateIri, String value);

    /**
     * A sink writing to this target.
     *
     * @param bulk whether to use the bulk loader; only when {@link #bulkLoadable()}
     */
    GraphSink sink(boolean bulk);

    /** Where the graphs go, for messages: a directory or a URL. */
    String describe();

    /** A local TDB2 store. */
    static IngestTarget local(GraphStore store) {
        Objects.requireNonNull(store, "store");
        return new IngestTarget() {
            @Override
            public boolean bulkLoadable() {
                return GraphSink.isEmpty(store);
            }

            @Override
            public List<String> graphsWithLiteral(String predicateIri, String value) {
                return store.graphsWithLiteral(predicateIri, value);
            }

            @Override
            public GraphSink sink(boolean bulk) {
                return bulk ? GraphSink.bulk(store) : GraphSink.transactional(store);
            }

            @Override
            public String describe() {
                return store.directory().toString();
            }
        };
    }
}
