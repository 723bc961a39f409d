package org.newsgraph.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.newsgraph.rdf.NG;

/**
 * The summary's publication index, for the listings of the newest articles and events: what an article graph files in
 * it, and how a write files it (see {@link StoreSummary} for the terms). Its counts, {@code ng:publishedCount} and
 * {@code ng:publishedEventCount}, are kept with the summary's other counts; here are the groups of articles by the key
 * of their publication dates, the tallies of their events by class, and the list of undated articles.
 */
final class PublicationIndex {
    private static final Node PUBLISHED_KEY = NG.publishedKey.asNode();
    private static final Node PUBLISHED_ARTICLE = NG.publishedArticle.asNode();
    private static final String PUBLISHED_PREFIX = "urn:newsgraph:published:";
    private static final Node PUBLISHED_EVENT_KEY = NG.publishedEventKey.asNode();
    private static final Node PUBLISHED_EVENT_TYPE = NG.publishedEventType.asNode();
    private static final Node PUBLISHED_EVENT_ARTICLE = NG.publishedEventArticle.asNode();
    private static final Node UNDATED = NodeFactory.createURI("urn:newsgraph:undated");
    private static final Node UNDATED_ARTICLE = NG.undatedArticle.asNode();

    private PublicationIndex() {
    }

    /**
     * Whether summary triple {@code t} is an article's own entry in the index (its {@code ng:publishedArticle}, {@code
     * ng:publishedEventArticle} or {@code ng:undatedArticle}), not a description that the entries of many articles
     * share.
     */
    static boolean isEntry(Triple t) {
        Node p = t.getPredicate();
        return PUBLISHED_ARTICLE.equals(p) || PUBLISHED_EVENT_ARTICLE.equals(p) || UNDATED_ARTICLE.equals(p);
    }

    /** The entry of {@code article} in the list of undated articles. */
    static Triple undatedEntry(Node article) {
        return Triple.create(UNDATED, UNDATED_ARTICLE, article);
    }

    /**
     * An article's entry in a node of the index (a group of publication dates, or a tally of events): the node, the
     * property that files the article there, and the triples the entry needs.
     */
    sealed interface Entry permits Publication, Tally {
        Node node();

        Node article();

        Node entryProperty();

        List<Triple> triples();
    }

    /**
     * Files the articles' entries (publication dates, or event tallies) as they are now: an article's entries go with
     * its old version, and a node of the index with the last article filed in it. The counts were applied with the
     * others.
     */
    static void replace(DatasetGraph dsg, Set<? extends Entry> before, Set<? extends Entry> after) {
        for (Entry e : after) {
            e.triples().forEach(t -> StoreSummary.add(dsg, t));
        }
        before.removeAll(after);
        for (Entry e : before) {
            Node node = e.node();
            dsg.delete(StoreSummary.GRAPH_NODE, node, e.entryProperty(), e.article());
            if (!dsg.contains(StoreSummary.GRAPH_NODE, node, e.entryProperty(), Node.ANY)) {
                dsg.deleteAny(StoreSummary.GRAPH_NODE, node, Node.ANY, Node.ANY);
            }
        }
    }

    /**
     * One publication date of an article filed in the index: the date's key (its first seven characters) and the
     * article.
     */
    record Publication(Node key, Node article) implements Entry {
        /** The group of the index that files the dates of this key. */
        @Override
        public Node node() {
            return publishedGroup(key);
        }

        @Override
        public Node entryProperty() {
            return PUBLISHED_ARTICLE;
        }

        @Override
        public List<Triple> triples() {
            Node group = node();
            return List.of(Triple.create(group, PUBLISHED_KEY, key), Triple.create(group, PUBLISHED_ARTICLE, article));
        }
    }

    /** The group of the index that files the publication dates of key {@code key}. */
    static Node publishedGroup(Node key) {
        return NodeFactory.createURI(PUBLISHED_PREFIX
                + URLEncoder.encode(key.getLiteralLexicalForm(), StandardCharsets.UTF_8));
    }

    /**
     * The key of a publication date, {@code SUBSTR(STR(?date), 1, 7)} as SPARQL computes it; null for a blank node,
     * which has no string.
     */
    static Node publishedKey(Node date) {
        if (date.isBlank()) return null;
        NodeValue text = NodeValue.makeString(NodeFunctions.str(date));
        return XSDFuncOp.substring(text, NodeValue.makeInteger(1), NodeValue.makeInteger(7)).asNode();
    }

    /**
     * An article's entry in a tally of the publication index, which counts the events of one class in the articles
     * with a publication date of one key.
     */
    record Tally(Node key, Node eventClass, Node article) implements Entry {
        @Override
        public Node node() {
            return NodeFactory.createURI(publishedGroup(key).getURI() + "/"
                    + eventClass.getURI().substring(NG.NS.length()));
        }

        @Override
        public Node entryProperty() {
            return PUBLISHED_EVENT_ARTICLE;
        }

        /** The tally's description and the article's entry; the count is kept with the other counts. */
        @Override
        public List<Triple> triples() {
            Node node = node();
            return List.of(Triple.create(node, PUBLISHED_EVENT_KEY, key),
                    Triple.create(node, PUBLISHED_EVENT_TYPE, eventClass),
                    Triple.create(node, PUBLISHED_EVENT_ARTICLE, article));
        }
    }

    /**
     * The entries of article graph {@code g}, named {@code name}, in the tallies of the publication index, each with
     * how many of its events it adds there: its events of the tally's class once per publication date of the tally's
     * key. {@code events} are the graph's events by class ({@code StoreSummary.eventsByClass}).
     */
    static Map<Tally, Integer> tallies(Node name, Graph g, Map<Node, Set<Node>> events) {
        Map<Tally, Integer> tallies = new HashMap<>();
        List<Node> keys = new ArrayList<>();
        g.find(name, StoreSummary.SCHEMA_PUBLISHED, Node.ANY).forEachRemaining(t -> {
            Node key = publishedKey(t.getObject());
            if (key != null) keys.add(key);
        });
        if (keys.isEmpty()) return tallies;
        events.forEach((eventClass, members) -> {
            for (Node key : keys) tallies.merge(new Tally(key, eventClass, name), members.size(), Integer::sum);
        });
        return tallies;
    }

    /** Whether article graph {@code g}, named {@code name}, holds triples but no publication date of {@code name}. */
    static boolean isUndated(Node name, Graph g) {
        return !g.isEmpty() && !g.contains(name, StoreSummary.SCHEMA_PUBLISHED, Node.ANY);
    }

    /** Adds the publication dates that the graph {@code g}, named {@code name}, states of {@code name}. */
    static void collectPublications(Node name, Graph g, Set<Publication> into) {
        g.find(name, StoreSummary.SCHEMA_PUBLISHED, Node.ANY).forEachRemaining(t -> {
            Node key = publishedKey(t.getObject());
            if (key != null) into.add(new Publication(key, name));
        });
    }
}
