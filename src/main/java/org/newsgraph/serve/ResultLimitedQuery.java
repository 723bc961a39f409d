package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Fuseki's SPARQL query operation with a cap on the size of an answer, so that one query cannot make the server build
 * or send an unbounded result.
 *
 * <p>The cap is the context setting {@link #RESULT_LIMIT}, read like {@code arq:queryTimeout} from the server, service
 * or endpoint context of the config file. A query without a LIMIT, or with a larger one, is answered as if it ended
 * with {@code LIMIT cap}: at most that many rows of a SELECT (or items of a JSON query), and for CONSTRUCT and DESCRIBE
 * at most that many solutions of the WHERE clause go into the graph. When solutions were left out, the response
 * carries the header {@value #HEADER} with the cap, so a client can tell a cut answer from a complete one. ASK is not
 * affected. Without the setting, queries run as in plain Fuseki.
 *
 * <p>To know whether there was one solution more before the response starts, a capped answer is computed in full
 * (at most cap + 1 solutions) before it is sent; a query with a LIMIT within the cap streams as usual. Computing first
 * also means that a capped query which runs past the timeout gets Fuseki's "Query timed out" error instead of a cut
 * off response body. A capped DESCRIBE describes the resources of its kept solutions in a second execution, which
 * has a timeout of its own.
 *
 * <p>Fuseki 5.6 keeps the settings of a config's {@code fuseki:Server} in one context for the whole JVM, so a second
 * server built in the same JVM (as tests do) would change the first one's timeout and result limit. This operation
 * therefore holds its own server's settings and puts them back into each request's context, below any setting of the
 * dataset or endpoint, which win as in Fuseki.
 */
final class ResultLimitedQuery extends SPARQL_QueryDataset {

    /** Context symbol for the cap, a positive whole number of solutions. */
    static final Symbol RESULT_LIMIT = Symbol.create("https://w3id.org/newsgraph/config#resultLimit");

    /** Response header sent when an answer was cut to the cap; its value is the cap. */
    static final String HEADER = "Newsgraph-Result-Limit";

    private final Context serverSettings;

    /** A query operation for the server whose {@code fuseki:Server} context settings are {@code serverSettings}. */
    ResultLimitedQuery(Context serverSettings) {
        this.serverSettings = serverSettings.copy();
    }

    /**
     * The cap in {@code value}, the lexical form of a {@code ja:cxtValue}.
     *
     * @throws IllegalArgumentException unless it is a whole number of at least 1
     */
    static long parseLimit(String value) {
        long limit;
        try {
            limit = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("result limit \"" + value + "\" is not a whole number", e);
        }
        // One more than the cap is asked for, to see whether the answer was cut.
        if (limit < 1 || limit == Long.MAX_VALUE) {
            throw new IllegalArgumentException("result limit " + limit + " is out of range 1-" + (Long.MAX_VALUE - 1));
        }
        return limit;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        applyServerSettings(action);
        long limit = limitFor(action.getContext(), query);
        if (limit < 0) {
            return super.createQueryExec(action, query, dataset);
        }
        // CONSTRUCT and DESCRIBE run as the SELECT of their solutions; executeQuery builds the graph from the first
        // solutions. CONSTRUCT needs every variable of its template, as in Jena's own CONSTRUCT.
        Query capped = query.cloneQuery();
        if (query.isConstructType()) {
            capped.setQuerySelectType();
            capped.setQueryResultStar(true);
        } else if (query.isDescribeType()) {
            capped.setQuerySelectType();
        }
        capped.setLimit(limit + 1);
        return super.createQueryExec(action, capped, dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        long limit = limitFor(action.getContext(), query);
        if (limit < 0) {
            return super.executeQuery(action, exec, query, queryStringLog);
        }
        if (query.isJsonType()) {
            Iterator<JsonObject> items = exec.execJsonItems();
            List<JsonObject> kept = take(items, limit);
            markIfCut(action, items.hasNext(), limit);
            return new QueryExecResult(kept.iterator());
        }
        RowSet rows = exec.select();
        List<Binding> kept = take(rows, limit);
        markIfCut(action, rows.hasNext(), limit);
        if (query.isSelectType()) {
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        if (query.isConstructType()) {
            DatasetGraph graph = DatasetGraphFactory.create();
            TemplateLib.calcQuads(query.getConstructTemplate().getQuads(), kept.iterator()).forEachRemaining(graph::add);
            graph.prefixes().putAll(query.getPrefixMapping());
            return new QueryExecResult(graph);
        }
        // DESCRIBE: describe the nodes of the kept solutions, and the query's own IRIs, as Jena's DESCRIBE does.
        Set<Node> nodes = new LinkedHashSet<>(query.getResultURIs());
        List<Var> vars = query.isQueryResultStar() ? rows.getResultVars() : query.getProjectVars();
        for (Binding b : kept) {
            for (Var v : vars) {
                Node n = b.get(v);
                if (n != null) {
                    nodes.add(n);
                }
            }
        }
        Query describe = new Query(query.getPrologue());
        describe.setQueryDescribeType();
        nodes.forEach(describe::addDescribeNode);
        try (QueryExec describeExec = super.createQueryExec(action, describe, exec.getDataset())) {
            Graph graph = describeExec.describe();
            return new QueryExecResult(graph);
        }
    }

    /** Puts this server's settings into the request's context where the dataset and endpoint set nothing. */
    private void applyServerSettings(HttpAction action) {
        Context dataset = action.getDataService().getDataset().getContext();
        Context endpoint = action.getEndpoint() == null ? null : action.getEndpoint().getContext();
        for (Symbol name : serverSettings.keys()) {
            if (!dataset.isDefined(name) && (endpoint == null || !endpoint.isDefined(name))) {
                action.getContext().set(name, serverSettings.get(name));
            }
        }
    }

    /** The cap to apply to {@code query} in {@code context}, or -1 when the query is left as it is. */
    private static long limitFor(Context context, Query query) {
        Object value = context.get(RESULT_LIMIT);
        if (value == null || query.isAskType()) {
            return -1;
        }
        if (query.isDescribeType() && (query.getQueryPattern() == null
                || !query.isQueryResultStar() && query.getProjectVars().isEmpty())) {
            // Only fixed resources are described: there are no solutions to cap.
            return -1;
        }
        long limit = parseLimit(value.toString());
        return query.hasLimit() && query.getLimit() <= limit ? -1 : limit;
    }

    private static <T> List<T> take(Iterator<T> it, long limit) {
        List<T> kept = new ArrayList<>();
        while (kept.size() < limit && it.hasNext()) {
            kept.add(it.next());
        }
        return kept;
    }

    private static void markIfCut(HttpAction action, boolean cut, long limit) {
        if (cut) {
            action.log.info("[{}] answer cut to the result limit of {}", action.id, limit);
            action.setResponseHeader(HEADER, Long.toString(limit));
        }
    }
}
