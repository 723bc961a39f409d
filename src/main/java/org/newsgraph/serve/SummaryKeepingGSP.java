package org.newsgraph.serve;

import java.util.Map;

import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.store.StoreSummary;

/**
 * The read-write Graph Store Protocol operation, writing as the local store does: a PUT, POST or DELETE of one named
 * graph ({@code ?graph=IRI}) changes that graph and the store's {@linkplain StoreSummary summary graph} in one write
 * transaction, so that the queries reading the summary stay right while {@code ingest --server} writes. A PUT replaces
 * the graph, a POST adds to it, a DELETE drops it. What would bypass the summary is refused with 400: writes to the
 * default graph or to the whole dataset (quads), and writes to the summary graph itself. Reads are Fuseki's own.
 */
final class SummaryKeepingGSP extends GSP_RW {

    @Override
    protected void doPut(HttpAction action) {
        write(action, Mode.REPLACE);
    }

    @Override
    protected void doPost(HttpAction action) {
        write(action, Mode.ADD);
    }

    @Override
    protected void doDelete(HttpAction action) {
        write(action, Mode.DROP);
    }

    @Override
    protected void doPatch(HttpAction action) {
        ServletOps.errorMethodNotAllowed("PATCH", "this store keeps a summary of its graphs: write whole graphs");
    }

    private enum Mode { REPLACE, ADD, DROP }

    private void write(HttpAction action, Mode mode) {
        Node name = targetGraph(action);
        Graph body = mode == Mode.DROP ? GraphFactory.createDefaultGraph() : readBody(action);
        boolean existed;
        action.beginWrite();
        try {
            DatasetGraph dsg = action.getActiveDSG();
            existed = dsg.containsGraph(name);
            if (mode == Mode.DROP && !existed) {
                action.abortSilent();
            } else {
                store(dsg, name, body, mode);
                action.commit();
            }
        } catch (RuntimeException e) {
            action.abortSilent();
            throw e;
        } finally {
            action.end();
        }
        if (mode == Mode.DROP && !existed) {
            ServletOps.errorNotFound("no graph " + name.getURI());
        } else if (mode == Mode.DROP) {
            ServletOps.successNoContent(action);
        } else if (existed) {
            ServletOps.success(action);
        } else {
            ServletOps.successCreated(action);
        }
    }

    /** Makes the graph {@code name} what {@code mode} says with {@code body}, summary included, in the transaction. */
    private static void store(DatasetGraph dsg, Node name, Graph body, Mode mode) {
        Graph content = body;
        if (mode == Mode.ADD) {
            content = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEachRemaining(content::add);
            body.find().forEachRemaining(content::add);
        }
        StoreSummary.replace(dsg, Map.of(name, content));
    }

    /** The named graph the request targets; anything else is a bad request. */
    private static Node targetGraph(HttpAction action) {
        String[] graphs = action.getRequestParameterValues("graph");
        if (action.getRequestParameter("default") != null || graphs == null || graphs.length != 1) {
            ServletOps.errorBadRequest("name exactly one graph with ?graph=IRI: this store keeps a summary of its"
                    + " named graphs, and writes to the default graph or the whole dataset would bypass it");
        }
        String iri = graphs[0];
        if (!IRIs.check(iri)) {
            ServletOps.errorBadRequest("graph name is not an IRI: " + iri);
        }
        if (StoreSummary.GRAPH.equals(iri)) {
            ServletOps.errorBadRequest(iri + " is the store's summary graph, which the store keeps itself");
        }
        return NodeFactory.createURI(iri);
    }

    private static Graph readBody(HttpAction action) {
        Lang lang = RDFLanguages.contentTypeToLang(ActionLib.getContentMediaType(action));
        if (lang == null || !RDFLanguages.isTriples(lang)) {
            ServletOps.errorBadRequest("send the graph as RDF triples (N-Triples, Turtle, RDF/XML …), not "
                    + ActionLib.getContentMediaType(action));
        }
        return ActionLib.readFromRequest(action, lang);
    }
}
