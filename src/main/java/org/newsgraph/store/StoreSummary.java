package org.newsgraph.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.NG;

/**
 * The summary graph: counts kept at write time so that the named queries that rank or count over the whole store
 * ({@code top-entities}, {@code unlinked-entities}, {@code event-types}) read some thousands of summary triples
 * instead of every mention and event. It lives in the named graph {@value #GRAPH}, beside the article graphs, and
 * holds exactly what these queries would compute from the article graphs:
 *
 * <ul>
 *   <li>per entity that a mention denotes ({@code ng:denotes} in any article graph): {@code ng:mentionCount}, the
 *       number of such mentions, and {@code ng:articleCount}, the number of article graphs holding one;</li>
 *   <li>per event class (an {@code ng:} class of a resource with {@code prov:wasDerivedFrom}): {@code
 *       ng:eventCount}, {@code ng:eventArticleCount} (the distinct articles those events are derived from), {@code
 *       ng:confidenceSum} and {@code ng:confidenceCount} (for the mean confidence);</li>
 *   <li>a copy of every {@code rdfs:label}, {@code owl:sameAs} and {@code rdf:type ng:Person|Organization|Location|
 *       Group} triple of any article graph, each once, so that the entity rankings read names, types and links
 *       without visiting every article that repeats them;</li>
 *   <li>date spans for {@code events-by-date}: every event is dated by its {@code ng:date}, else its article's
 *       {@code schema:datePublished}, to the first and last day that date covers (a year from 1 January to 31
 *       December, a month from its first to its last day); the events of one event class with the same first and
 *       last day share a span {@code urn:newsgraph:span:FIRST/LAST/Class} with {@code ng:firstDay}, {@code
 *       ng:lastDay}, {@code ng:spanType} (the class) and one {@code ng:spanEvent} per event. A span exists while it
 *       holds an event, so a query that pages through spans in date order reads each span's events once;</li>
 *   <li>a month index over the spans, so that {@code events-by-date} reads the spans of the months its page needs,
 *       not every span: per calendar month that some span covers a day of, {@code urn:newsgraph:month:YYYY-MM} with
 *       {@code ng:monthFirstDay}, one {@code ng:monthSpan} per span covering a day of it (a year's span under each
 *       of its twelve months), and {@code ng:monthEventCount}, the number of span events whose span starts in the
 *       month (absent when none does). A month exists while a span covers a day of it;</li>
 *   <li>per copied {@code rdfs:label}, its entity's {@code ng:labelKey}: the label in lower case as SPARQL's {@code
 *       LCASE(STR(?label))} gives it, so that {@code entity-facts} finds a name whatever its case by one lookup;</li>
 *   <li>a histogram of the unlinked entities for {@code unlinked-entities}: the entities with a mention count, an
 *       entity class and no {@code owl:sameAs} (all three as the summary holds them), grouped by their mention count
 *       under {@code urn:newsgraph:unlinked:COUNT} with {@code ng:unlinkedMentionCount}, one {@code
 *       ng:unlinkedEntity} per entity, {@code ng:unlinkedTypeCount}, the number of their entity classes (one row
 *       each in the query), and {@code ng:unlinkedCumulativeTypeCount}, that number summed over the group and every
 *       group of a higher count, so that the query finds the least count of its page by one lookup per group; a group
 *       exists while it holds an entity;</li>
 *   <li>the same for every entity with a mention count, for {@code top-entities}: {@code urn:newsgraph:ranked:COUNT}
 *       with {@code ng:rankedMentionCount}, one {@code ng:rankedEntity} per entity, {@code ng:rankedEntityCount},
 *       the number of them, and {@code ng:rankedCumulativeEntityCount}, its running sum from the highest count;</li>
 *   <li>per article graph, its counts for the {@code articles} listing, under the graph's name: {@code
 *       ng:articleMentionCount} (its {@code ng:Mention}s), {@code ng:articleEntityCount} (the subjects of its {@code
 *       ng:mentionedIn}) and {@code ng:articleEventCount} (the subjects of its {@code prov:wasDerivedFrom}), each
 *       absent when zero;</li>
 *   <li>a publication index for the listings of the newest articles: every publication date (a literal or IRI) that
 *       an article graph states of the article it is named after is filed under its first seven characters, as
 *       SPARQL's {@code SUBSTR(STR(?date), 1, 7)} gives them, in {@code urn:newsgraph:published:KEY} with {@code
 *       ng:publishedKey}, one {@code ng:publishedArticle} per article and {@code ng:publishedCount}, the number of
 *       such dates. A date of a later key is later as a string, so a listing reads the newest keys only; and every
 *       article graph that states no publication date of its article as an {@code ng:undatedArticle} of {@code
 *       urn:newsgraph:undated}, so that a query can join each event with its article's date and take the events of
 *       undated articles apart, instead of looking the date up as an OPTIONAL once per event;</li>
 *   <li>in the publication index, per key and event class (an {@code ng:} class of a resource with {@code
 *       prov:wasDerivedFrom}), a tally {@code urn:newsgraph:published:KEY/Class} with {@code ng:publishedEventKey},
 *       {@code ng:publishedEventType} (the class), one {@code ng:publishedEventArticle} per article of the key that
 *       holds such an event, and {@code ng:publishedEventCount}: how many such events those articles hold, each
 *       counted once per publication date of that key that its article states. A per-type listing of the newest
 *       events so reads the newest keys' articles that hold its type only. A tally exists while it lists an
 *       article;</li>
 *   <li>{@code <urn:newsgraph:summary> ng:summaryVersion N}, while the summary holds anything else: which of these
 *       parts it holds ({@value #VERSION} for all of them).</li>
 * </ul>
 *
 * <p>The store updates it in the same write transaction as the article graphs it replaces or removes ({@link
 * #replace}): the counts by the difference between an article's old and new contribution, a copied triple added
 * when an article brings it and dropped when the last article holding it goes. A bulk load gathers it as the
 * articles stream in ({@link Gatherer}); a store written by an older newsgraph, with no summary or one of an older
 * version, gets it from {@link #rebuild}. Each article is assumed to hold its own events and mentions: their IRIs
 * contain the article's, so no two article graphs share one. What an article files in the publication index, and how a
 * write files it, is kept in {@code PublicationIndex}; the histograms of entities in {@code EntityHistograms}.
 */
public final class StoreSummary {
    /** The name of the summary graph. It is no article: exports, {@code graphNames} and re-linking leave it out. */
    public static final String GRAPH = "urn:newsgraph:summary";
    /** {@link #GRAPH} as a node. */
    public static final Node GRAPH_NODE = NodeFactory.createURI(GRAPH);

    private static final Node DENOTES = NG.denotes.asNode();
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node CONFIDENCE = NG.confidence.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node MENTION_COUNT = NG.mentionCount.asNode();
    private static final Node ARTICLE_COUNT = NG.articleCount.asNode();
    private static final Node EVENT_COUNT = NG.eventCount.asNode();
    private static final Node EVENT_ARTICLE_COUNT = NG.eventArticleCount.asNode();
    private static final Node CONFIDENCE_SUM = NG.confidenceSum.asNode();
    private static final Node CONFIDENCE_COUNT = NG.confidenceCount.asNode();
    /** Predicates whose triples the summary copies (rdf:type only for the entity classes). */
    private static final Set<Node> COPIED = Set.of(RDFS.label.asNode(), OWL.sameAs.asNode());
    static final Node SCHEMA_PUBLISHED = NodeFactory.createURI("http://schema.org/datePublished");
    private static final Node EVENT_DATE = NG.date.asNode();
    private static final Node FIRST_DAY = NG.firstDay.asNode();
    private static final Node LAST_DAY = NG.lastDay.asNode();
    private static final Node SPAN_TYPE = NG.spanType.asNode();
    private static final Node SPAN_EVENT = NG.spanEvent.asNode();
    private static final String SPAN_PREFIX = "urn:newsgraph:span:";
    private static final Node MONTH_FIRST_DAY = NG.monthFirstDay.asNode();
    private static final Node MONTH_SPAN = NG.monthSpan.asNode();
    private static final Node MONTH_EVENT_COUNT = NG.monthEventCount.asNode();
    private static final String MONTH_PREFIX = "urn:newsgraph:month:";
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node LABEL_KEY = NG.labelKey.asNode();
    private static final Node PUBLISHED_COUNT = NG.publishedCount.asNode();
    private static final Node PUBLISHED_EVENT_COUNT = NG.publishedEventCount.asNode();
    private static final Node MENTION = NG.Mention.asNode();
    private static final Node MENTIONED_IN = NG.mentionedIn.asNode();
    private static final Node ARTICLE_MENTION_COUNT = NG.articleMentionCount.asNode();
    private static final Node ARTICLE_ENTITY_COUNT = NG.articleEntityCount.asNode();
    private static final Node ARTICLE_EVENT_COUNT = NG.articleEventCount.asNode();
    private static final Node SUMMARY_VERSION = NG.summaryVersion.asNode();
    /**
     * The summary's version: raised whenever the summary gains a part, so that a store whose summary an older
     * newsgraph kept gets the whole of it when it is opened.
     */
    static final int VERSION = 5;
    private static final Triple VERSION_TRIPLE = Triple.create(GRAPH_NODE, SUMMARY_VERSION,
            NodeFactory.createLiteralDT(Integer.toString(VERSION), XSDDatatype.XSDinteger));
    private static final Set<Node> ENTITY_CLASSES = Set.of(NG.Person.asNode(), NG.Organization.asNode(),
            NG.Location.asNode(), NG.Group.asNode());

    private StoreSummary() {
    }

    /** Whether {@code graphName} is the summary graph's name. */
    public static boolean isSummary(Node graphName) {
        return GRAPH_NODE.equals(graphName);
    }

    /**
     * Replaces the named graphs {@code graphs} (name to new content; an empty graph removes it) in {@code dsg} and
     * brings the summary up to date, inside the caller's write transaction. Every write to a newsgraph store goes
     * through here: {@link GraphStore}'s, and the server's Graph Store endpoint.
     */
    public static void replace(DatasetGraph dsg, Map<Node, Graph> graphs) {
        Map<Counter, BigDecimal> delta = new HashMap<>();
        Set<Triple> copiesBefore = new LinkedHashSet<>();
        Set<Triple> copiesAfter = new LinkedHashSet<>();
        Set<SpanEvent> spansBefore = new LinkedHashSet<>();
        Set<SpanEvent> spansAfter = new LinkedHashSet<>();
        Set<PublicationIndex.Publication> publishedBefore = new LinkedHashSet<>();
        Set<PublicationIndex.Publication> publishedAfter = new LinkedHashSet<>();
        Set<PublicationIndex.Tally> talliesBefore = new LinkedHashSet<>();
        Set<PublicationIndex.Tally> talliesAfter = new LinkedHashSet<>();
        for (Node name : graphs.keySet()) {
            Graph old = dsg.getGraph(name);
            talliesBefore.addAll(count(name, old, delta, -1));
            collectCopies(old, copiesBefore);
            collectSpans(old, spansBefore);
            PublicationIndex.collectPublications(name, old, publishedBefore);
        }
        graphs.forEach((name, g) -> {
            talliesAfter.addAll(count(name, g, delta, +1));
            collectCopies(g, copiesAfter);
            collectSpans(g, spansAfter);
            PublicationIndex.collectPublications(name, g, publishedAfter);
        });
        // The entities whose places in the histograms of entities may change (their mention count, link or classes),
        // with what they were before this write.
        Map<Node, EntityHistograms.Unlinked> unlinkedBefore = new HashMap<>();
        delta.keySet().forEach(c -> {
            if (MENTION_COUNT.equals(c.predicate())) {
                unlinkedBefore.computeIfAbsent(c.subject(), e -> EntityHistograms.unlinked(dsg, e));
            }
        });
        for (Set<Triple> copies : List.of(copiesBefore, copiesAfter)) {
            for (Triple t : copies) {
                if (!LABEL.equals(t.getPredicate())) {
                    unlinkedBefore.computeIfAbsent(t.getSubject(), e -> EntityHistograms.unlinked(dsg, e));
                }
            }
        }
        graphs.forEach((name, g) -> {
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            Triple undated = PublicationIndex.undatedEntry(name);
            dsg.delete(GRAPH_NODE, undated.getSubject(), undated.getPredicate(), undated.getObject());
            if (PublicationIndex.isUndated(name, g)) add(dsg, undated);
        });
        countMonths(spansBefore, delta, -1);
        countMonths(spansAfter, delta, +1);
        apply(dsg, delta);
        copiesBefore.removeAll(copiesAfter);
        spansBefore.removeAll(spansAfter);
        for (Triple t : copiesAfter) {
            add(dsg, t);
        }
        for (Triple t : copiesBefore) {
            if (!inSomeArticle(dsg, t)) {
                dsg.delete(GRAPH_NODE, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
        for (SpanEvent e : spansAfter) {
            e.triples().forEach(t -> add(dsg, t));
        }
        // An event belongs to its article alone, so its span membership goes with the article's old version; a span
        // itself (its days and type, and its entries in the month index) goes when no event is left in it, and a
        // month of the index when no span is left in it.
        Map<Node, SpanEvent> spansLeft = new HashMap<>();
        for (SpanEvent e : spansBefore) {
            dsg.delete(GRAPH_NODE, e.span(), SPAN_EVENT, e.event());
            spansLeft.put(e.span(), e);
        }
        Set<Node> monthsLeft = new LinkedHashSet<>();
        spansLeft.forEach((span, e) -> {
            if (dsg.contains(GRAPH_NODE, span, SPAN_EVENT, Node.ANY)) return;
            dsg.deleteAny(GRAPH_NODE, span, Node.ANY, Node.ANY);
            for (YearMonth month : e.months()) {
                dsg.delete(GRAPH_NODE, monthNode(month), MONTH_SPAN, span);
                monthsLeft.add(monthNode(month));
            }
        });
        for (Node month : monthsLeft) {
            if (!dsg.contains(GRAPH_NODE, month, MONTH_SPAN, Node.ANY)) {
                dsg.deleteAny(GRAPH_NODE, month, Node.ANY, Node.ANY);
            }
        }
        replaceLabelKeys(dsg, copiesBefore, copiesAfter);
        PublicationIndex.replace(dsg, publishedBefore, publishedAfter);
        PublicationIndex.replace(dsg, talliesBefore, talliesAfter);
        EntityHistograms.replace(dsg, unlinkedBefore);
        // The version is stated while the summary holds anything else, as a gathered summary states it.
        if (Iter.anyMatch(dsg.find(GRAPH_NODE, Node.ANY, Node.ANY, Node.ANY),
                q -> !VERSION_TRIPLE.equals(q.asTriple()))) {
            add(dsg, VERSION_TRIPLE);
        } else {
            dsg.delete(GRAPH_NODE, GRAPH_NODE, SUMMARY_VERSION, VERSION_TRIPLE.getObject());
        }
    }

    /**
     * Adds the label keys of the labels copied now ({@code copiesAfter}) and drops those of the copies dropped ({@code
     * gone}) that no label left in the summary gives.
     */
    private static void replaceLabelKeys(DatasetGraph dsg, Set<Triple> gone, Set<Triple> copiesAfter) {
        Set<Triple> keysAfter = new HashSet<>();
        for (Triple t : copiesAfter) {
            Triple key = labelKey(t);
            if (key != null && keysAfter.add(key)) add(dsg, key);
        }
        for (Triple t : gone) {
            Triple key = labelKey(t);
            if (key == null || keysAfter.contains(key)) continue;
            boolean given = Iter.anyMatch(dsg.find(GRAPH_NODE, key.getSubject(), LABEL, Node.ANY),
                    q -> key.equals(labelKey(q.asTriple())));
            if (!given) dsg.delete(GRAPH_NODE, key.getSubject(), LABEL_KEY, key.getObject());
        }
    }

    /** The label key a copied {@code rdfs:label} triple gives; null for another triple or a blank-node label. */
    private static Triple labelKey(Triple copy) {
        if (!LABEL.equals(copy.getPredicate()) || copy.getObject().isBlank()) return null;
        NodeValue text = NodeValue.makeString(NodeFunctions.str(copy.getObject()));
        return Triple.create(copy.getSubject(), LABEL_KEY, XSDFuncOp.strLowerCase(text).asNode());
    }

    /** Adds {@code t} to the summary graph of {@code dsg}. */
    static void add(DatasetGraph dsg, Triple t) {
        dsg.add(GRAPH_NODE, t.getSubject(), t.getPredicate(), t.getObject());
    }

    /**
     * Builds the summary graph, in a write transaction of its own, if {@code dsg} holds articles but no summary (a
     * store written by a newsgraph that kept none) or a summary of another {@linkplain #VERSION version} (one written
     * by a newsgraph that kept fewer parts). Returns whether it did.
     */
    public static boolean buildIfMissing(DatasetGraph dsg) {
        boolean missing = Txn.calculateRead(dsg, () -> isMissing(dsg));
        if (missing) {
            Txn.executeWrite(dsg, () -> {
                if (isMissing(dsg)) rebuild(dsg);
            });
        }
        return missing;
    }

    private static boolean isMissing(DatasetGraph dsg) {
        if (dsg.containsGraph(GRAPH_NODE)) {
            return !dsg.contains(GRAPH_NODE, GRAPH_NODE, SUMMARY_VERSION, VERSION_TRIPLE.getObject());
        }
        return Iter.anyMatch(dsg.listGraphNodes(), n -> !isSummary(n));
    }

    /**
     * Computes the summary afresh from every article graph of {@code dsg} and makes it the content of {@link #GRAPH},
     * inside the caller's write transaction: for a store an older newsgraph wrote.
     */
    public static void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(GRAPH_NODE, Node.ANY, Node.ANY, Node.ANY);
        // Straight into the store, so that the span memberships (some 700,000 triples after a bulk load of 100,000
        // articles) are never all held in memory.
        gatherAll(dsg, t -> add(dsg, t));
    }

    /** Hands on the summary of every article graph of {@code dsg}, as a {@link Gatherer} gives it. */
    private static void gatherAll(DatasetGraph dsg, Consumer<Triple> out) {
        Gatherer gatherer = new Gatherer();
        for (Node name : articleNames(dsg)) gatherer.add(name, dsg.getGraph(name), out);
        gatherer.finish(out);
    }

    /**
     * The summary of articles that are only added, gathered article by article as a bulk load streams them: the
     * counts are kept until {@link #finish}, everything else is handed on at once, each triple once (a label of an
     * entity named in many articles is handed on with the first). Memory grows with the distinct entities and date
     * spans, not with the articles. Not thread-safe.
     */
    public static final class Gatherer {
        private final Map<Counter, BigDecimal> totals = new HashMap<>();
        /**
         * Copies, span descriptions and month index entries handed on so far; an event's span membership is its
         * article's alone.
         */
        private final Set<Triple> handedOn = new HashSet<>();
        /** Whether some article added was undated: its entry is handed on at once, as it is that article's alone. */
        private boolean undated;

        /**
         * Counts article graph {@code g}, named {@code name}, and hands on what it adds of copied triples, label keys,
         * date spans and publication dates.
         */
        public void add(Node name, Graph g, Consumer<Triple> out) {
            Set<PublicationIndex.Tally> tallies = count(name, g, totals, +1);
            Set<Triple> copies = new LinkedHashSet<>();
            collectCopies(g, copies);
            Set<SpanEvent> spans = new LinkedHashSet<>();
            collectSpans(g, spans);
            countMonths(spans, totals, +1);
            Set<PublicationIndex.Publication> publications = new LinkedHashSet<>();
            PublicationIndex.collectPublications(name, g, publications);
            for (Triple t : copies) {
                if (!handedOn.add(t)) continue;
                out.accept(t);
                Triple key = labelKey(t);
                if (key != null && handedOn.add(key)) out.accept(key);
            }
            for (SpanEvent e : spans) {
                for (Triple t : e.triples()) {
                    if (SPAN_EVENT.equals(t.getPredicate()) || handedOn.add(t)) out.accept(t);
                }
            }
            for (PublicationIndex.Publication p : publications) {
                for (Triple t : p.triples()) {
                    if (PublicationIndex.isEntry(t) || handedOn.add(t)) out.accept(t);
                }
            }
            for (PublicationIndex.Tally tally : tallies) {
                for (Triple t : tally.triples()) {
                    if (PublicationIndex.isEntry(t) || handedOn.add(t)) out.accept(t);
                }
            }
            if (PublicationIndex.isUndated(name, g)) {
                out.accept(PublicationIndex.undatedEntry(name));
                undated = true;
            }
        }

        /**
         * Hands on the counts of every article added, the histograms of counted and of unlinked entities that the
         * counts and copies give, and the summary's version; then forgets what it gathered.
         */
        public void finish(Consumer<Triple> out) {
            Set<Node> linked = new HashSet<>();
            Map<Node, Integer> classes = new HashMap<>();
            for (Triple t : handedOn) {
                if (SAME_AS.equals(t.getPredicate())) linked.add(t.getSubject());
                if (TYPE.equals(t.getPredicate())) classes.merge(t.getSubject(), 1, Integer::sum);
            }
            Map<Node, BigInteger> mentions = new HashMap<>();
            totals.forEach((c, v) -> {
                if (MENTION_COUNT.equals(c.predicate()) && v.signum() != 0) {
                    mentions.put(c.subject(), v.toBigIntegerExact());
                }
            });
            totals.putAll(EntityHistograms.gather(mentions, linked, classes, out));
            boolean any = undated || !handedOn.isEmpty();
            for (Map.Entry<Counter, BigDecimal> e : totals.entrySet()) {
                Counter c = e.getKey();
                if (e.getValue().signum() == 0) continue;
                out.accept(Triple.create(c.subject(), c.predicate(), literal(c.predicate(), e.getValue())));
                any = true;
            }
            if (any) out.accept(VERSION_TRIPLE);
            totals.clear();
            handedOn.clear();
            undated = false;
        }
    }

    /** The names of every named graph of {@code dsg} but the summary: the articles (inside a transaction). */
    static List<Node> articleNames(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        Iter.forEach(dsg.listGraphNodes(), n -> {
            if (!isSummary(n)) names.add(n);
        });
        return names;
    }

    /** The summary as computed from the article graphs of {@code dsg} alone (in a read or write transaction). */
    public static Graph compute(DatasetGraph dsg) {
        Graph summary = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        gatherAll(dsg, summary::add);
        return summary;
    }

    /** Whether the store's summary graph holds exactly what {@link #compute} gives (in a read transaction). */
    public static boolean isCurrent(DatasetGraph dsg) {
        return dsg.getGraph(GRAPH_NODE).isIsomorphicWith(compute(dsg));
    }

    /** A count in the summary: its subject (an entity or an event class) and predicate. */
    record Counter(Node subject, Node predicate) {
    }

    /**
     * Adds {@code sign} times the counts of article graph {@code g}, named {@code name}, to {@code into}; returns the
     * article's entries in the tallies of the publication index, whose counts are among them.
     */
    private static Set<PublicationIndex.Tally> count(Node name, Graph g, Map<Counter, BigDecimal> into, int sign) {
        BigDecimal unit = BigDecimal.valueOf(sign);
        countSubjects(g.find(Node.ANY, TYPE, MENTION), new Counter(name, ARTICLE_MENTION_COUNT), into, sign);
        countSubjects(g.find(Node.ANY, MENTIONED_IN, Node.ANY), new Counter(name, ARTICLE_ENTITY_COUNT), into, sign);
        countSubjects(g.find(Node.ANY, DERIVED_FROM, Node.ANY), new Counter(name, ARTICLE_EVENT_COUNT), into, sign);
        g.find(name, SCHEMA_PUBLISHED, Node.ANY).forEachRemaining(t -> {
            Node key = PublicationIndex.publishedKey(t.getObject());
            if (key != null) {
                into.merge(new Counter(PublicationIndex.publishedGroup(key), PUBLISHED_COUNT), unit, BigDecimal::add);
            }
        });
        Map<Node, Integer> mentions = new HashMap<>();
        g.find(Node.ANY, DENOTES, Node.ANY).forEachRemaining(t -> mentions.merge(t.getObject(), 1, Integer::sum));
        mentions.forEach((entity, n) -> {
            into.merge(new Counter(entity, MENTION_COUNT), BigDecimal.valueOf((long) sign * n), BigDecimal::add);
            into.merge(new Counter(entity, ARTICLE_COUNT), unit, BigDecimal::add);
        });
        Map<Node, Set<Node>> events = eventsByClass(g);
        Map<PublicationIndex.Tally, Integer> tallies = PublicationIndex.tallies(name, g, events);
        tallies.forEach((tally, n) -> into.merge(new Counter(tally.node(), PUBLISHED_EVENT_COUNT),
                BigDecimal.valueOf((long) sign * n), BigDecimal::add));
        events.forEach((eventClass, members) -> {
            Set<Node> articles = new HashSet<>();
            for (Node event : members) {
                g.find(event, DERIVED_FROM, Node.ANY).forEachRemaining(t -> articles.add(t.getObject()));
            }
            into.merge(new Counter(eventClass, EVENT_COUNT), BigDecimal.valueOf((long) sign * members.size()),
                    BigDecimal::add);
            into.merge(new Counter(eventClass, EVENT_ARTICLE_COUNT),
                    BigDecimal.valueOf((long) sign * articles.size()), BigDecimal::add);
            for (Node event : members) {
                g.find(event, CONFIDENCE, Node.ANY).forEachRemaining(c -> {
                    if (!(c.getObject().getLiteralValue() instanceof Number n)) return;
                    into.merge(new Counter(eventClass, CONFIDENCE_SUM),
                            new BigDecimal(n.toString()).multiply(unit), BigDecimal::add);
                    into.merge(new Counter(eventClass, CONFIDENCE_COUNT), unit, BigDecimal::add);
                });
            }
        });
        return tallies.keySet();
    }

    /**
     * The events of article graph {@code g} (the subjects of {@code prov:wasDerivedFrom}) by their {@code ng:}
     * classes.
     */
    static Map<Node, Set<Node>> eventsByClass(Graph g) {
        Map<Node, Set<Node>> events = new HashMap<>();
        g.find(Node.ANY, DERIVED_FROM, Node.ANY).forEachRemaining(t -> {
            Node event = t.getSubject();
            g.find(event, TYPE, Node.ANY).forEachRemaining(type -> {
                Node eventClass = type.getObject();
                if (!eventClass.isURI() || !eventClass.getURI().startsWith(NG.NS)) return;
                events.computeIfAbsent(eventClass, c -> new HashSet<>()).add(event);
            });
        });
        return events;
    }

    /** Adds {@code sign} times the number of distinct subjects of {@code triples} to {@code counter}, unless none. */
    private static void countSubjects(Iterator<Triple> triples, Counter counter, Map<Counter, BigDecimal> into,
            int sign) {
        Set<Node> subjects = new HashSet<>();
        triples.forEachRemaining(t -> subjects.add(t.getSubject()));
        if (!subjects.isEmpty()) {
            into.merge(counter, BigDecimal.valueOf((long) sign * subjects.size()), BigDecimal::add);
        }
    }

    private static void collectCopies(Graph g, Set<Triple> into) {
        for (Node p : COPIED) {
            g.find(Node.ANY, p, Node.ANY).forEachRemaining(into::add);
        }
        for (Node c : ENTITY_CLASSES) {
            g.find(Node.ANY, TYPE, c).forEachRemaining(into::add);
        }
    }

    /**
     * One event's place in a date span: the span's first and last day and event class, and the event. An event dated
     * twice, or of two classes, has a place in each of its spans.
     */
    private record SpanEvent(LocalDate firstDay, LocalDate lastDay, Node eventClass, Node event) {
        Node span() {
            return NodeFactory.createURI(SPAN_PREFIX + firstDay + "/" + lastDay + "/"
                    + eventClass.getURI().substring(NG.NS.length()));
        }

        /** The months the span covers a day of, first to last. */
        List<YearMonth> months() {
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = YearMonth.from(firstDay); !m.isAfter(YearMonth.from(lastDay)); m = m.plusMonths(1)) {
                months.add(m);
            }
            return months;
        }

        /** The summary triples that state this place: the span, the event's membership and the month index. */
        List<Triple> triples() {
            Node span = span();
            List<Triple> triples = new ArrayList<>(List.of(Triple.create(span, FIRST_DAY, day(firstDay)),
                    Triple.create(span, LAST_DAY, day(lastDay)), Triple.create(span, SPAN_TYPE, eventClass),
                    Triple.create(span, SPAN_EVENT, event)));
            for (YearMonth month : months()) {
                Node node = monthNode(month);
                triples.add(Triple.create(node, MONTH_FIRST_DAY, day(month.atDay(1))));
                triples.add(Triple.create(node, MONTH_SPAN, span));
            }
            return triples;
        }
    }

    private static Node monthNode(YearMonth month) {
        return NodeFactory.createURI(MONTH_PREFIX + month);
    }

    /** Adds {@code sign} for each of {@code spans} to the event count of the month its span starts in. */
    private static void countMonths(Set<SpanEvent> spans, Map<Counter, BigDecimal> into, int sign) {
        for (SpanEvent e : spans) {
            into.merge(new Counter(monthNode(YearMonth.from(e.firstDay())), MONTH_EVENT_COUNT),
                    BigDecimal.valueOf(sign), BigDecimal::add);
        }
    }

    /**
     * Adds the date-span places of the events of article graph {@code g} to {@code into}. An event whose date does
     * not start with a year, month and day as ISO 8601 writes them is in no span.
     */
    private static void collectSpans(Graph g, Set<SpanEvent> into) {
        g.find(Node.ANY, DERIVED_FROM, Node.ANY).forEachRemaining(t -> {
            Node event = t.getSubject();
            Node article = t.getObject();
            List<Node> dates = g.find(event, EVENT_DATE, Node.ANY).mapWith(Triple::getObject).toList();
            if (dates.isEmpty()) {
                dates = g.find(article, SCHEMA_PUBLISHED, Node.ANY).mapWith(Triple::getObject).toList();
            }
            for (Node date : dates) {
                LocalDate[] days = days(date);
                if (days == null) continue;
                g.find(event, TYPE, Node.ANY).forEachRemaining(type -> {
                    Node eventClass = type.getObject();
                    if (!eventClass.isURI() || !eventClass.getURI().startsWith(NG.NS)) return;
                    into.add(new SpanEvent(days[0], days[1], eventClass, event));
                });
            }
        });
    }

    /**
     * The first and last day a date covers, as {@code events-by-date} has always read it from the date's lexical form:
     * four characters are a year, seven a year and month, anything else is read by its first ten; null when those are
     * no date.
     */
    private static LocalDate[] days(Node date) {
        if (!date.isLiteral()) return null;
        String text = date.getLiteralLexicalForm();
        try {
            if (text.length() == 4) {
                Year year = Year.parse(text);
                return new LocalDate[] {year.atDay(1), year.atMonth(12).atEndOfMonth()};
            }
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            if (text.length() < 10) return null;
            LocalDate day = LocalDate.parse(text.substring(0, 10));
            return new LocalDate[] {day, day};
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Node day(LocalDate day) {
        return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
    }

    /** Whether some graph other than the summary holds {@code t}. */
    private static boolean inSomeArticle(DatasetGraph dsg, Triple t) {
        return Iter.anyMatch(dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()),
                q -> !isSummary(q.getGraph()));
    }

    /** Adds {@code delta} to the counts stored in the summary graph; a count that reaches zero is dropped. */
    static void apply(DatasetGraph dsg, Map<Counter, BigDecimal> delta) {
        delta.forEach((c, change) -> {
            if (change.signum() == 0) return;
            BigDecimal value = change;
            for (Quad q : Iter.toList(dsg.find(GRAPH_NODE, c.subject, c.predicate, Node.ANY))) {
                value = value.add(new BigDecimal(((Number) q.getObject().getLiteralValue()).toString()));
            }
            dsg.deleteAny(GRAPH_NODE, c.subject, c.predicate, Node.ANY);
            if (value.signum() != 0) {
                dsg.add(GRAPH_NODE, c.subject, c.predicate, literal(c.predicate, value));
            }
        });
    }

    /** How the summary writes a count or sum of {@code predicate}: an integer, or a canonical decimal for sums. */
    static Node literal(Node predicate, BigDecimal value) {
        if (CONFIDENCE_SUM.equals(predicate)) {
            // In canonical form ("0.6", not "0.60"): TDB2 stores a decimal by its value and gives it back so, and a
            // term that read back differently could not be found again to be replaced.
            return NodeFactory.createLiteralDT(XSDFuncOp.canonicalDecimalStr(value), XSDDatatype.XSDdecimal);
        }
        return NodeFactory.createLiteralDT(value.toBigIntegerExact().toString(), XSDDatatype.XSDinteger);
    }
}
