package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphException;
import org.newsgraph.pipeline.GraphSink;
import org.newsgraph.rdf.NG;

/**
 * The summary graph holds exactly what its definition computes from the article graphs after every kind of write:
 * adding articles, writing one again unchanged, replacing one with a changed version, removing them, a bulk load, and
 * opening a store that an older newsgraph wrote without one.
 */
class StoreSummaryTest {
    private static final String ARTICLE = "https://w3id.org/newsgraph/article/";
    private static final String LAVROV = ARTICLE + "lavrov-visit";
    private static final String SWEDEN = ARTICLE + "sweden-nato";
    private static final Node RUSSIA = NodeFactory.createURI("https://w3id.org/newsgraph/entity/wd/Q159");
    private static final Node NORTH_KOREA = NodeFactory.createURI("https://w3id.org/newsgraph/entity/wd/Q423");
    private static final Node ROLE = NG.Role.asNode();

    @TempDir
    Path dir;

    /** The two articles of the queries' fixture, in the shape the rdf package writes. */
    private Map<String, Graph> articles;

    @BeforeEach
    void readArticles() {
        DatasetGraph data = RDFParser.source("src/test/resources/queries/sample.trig").lang(Lang.TRIG)
                .toDatasetGraph();
        articles = new LinkedHashMap<>();
        data.listGraphNodes().forEachRemaining(n -> articles.put(n.getURI(), data.getGraph(n)));
        assertEquals(List.of(LAVROV, SWEDEN), articles.keySet().stream().sorted().toList());
    }

    @Test
    void countsMentionsArticlesAndEventsAsTheArticlesAddUp() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.replaceGraph(LAVROV, articles.get(LAVROV));
            assertTrue(store.summaryIsCurrent());
            assertEquals(1, count(store, RUSSIA, NG.articleCount));
            long russiaInLavrov = count(store, RUSSIA, NG.mentionCount);

            store.replaceGraph(SWEDEN, articles.get(SWEDEN));
            assertTrue(store.summaryIsCurrent());
            assertIndexesMatchTheirDefinitions(store);
            assertEquals(2, count(store, RUSSIA, NG.articleCount));
            assertEquals(3, count(store, RUSSIA, NG.mentionCount));
            assertTrue(russiaInLavrov < 3);
            assertEquals(2, count(store, ROLE, NG.eventCount));
            assertEquals(2, count(store, ROLE, NG.eventArticleCount));
            assertEquals(2, count(store, ROLE, NG.confidenceCount));
        }
    }

    @Test
    void writingAnArticleAgainUnchangedLeavesTheSummaryAsItWas() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.replaceGraphs(articles);
            Graph before = store.summary();
            assertFalse(before.isEmpty());
            store.replaceGraph(LAVROV, articles.get(LAVROV));
            assertTrue(before.isIsomorphicWith(store.summary()));
        }
    }

    @Test
    void replacingAnArticleTakesOutWhatItNoLongerSaysAndKeepsWhatAnotherArticleSays() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.replaceGraphs(articles);
            Graph changed = GraphFactory.createDefaultGraph();
            articles.get(LAVROV).find().forEachRemaining(t -> {
                // the new version no longer names Russia, nor links North Korea, nor states any role
                if (t.getObject().equals(RUSSIA) || t.getSubject().equals(RUSSIA)) return;
                if (t.getSubject().equals(NORTH_KOREA) && t.getPredicate().equals(OWL.sameAs.asNode())) return;
                changed.add(t);
            });
            store.replaceGraph(LAVROV, changed);
            assertTrue(store.summaryIsCurrent());
            assertIndexesMatchTheirDefinitions(store);
            Graph summary = store.summary();
            assertEquals(1, count(store, RUSSIA, NG.articleCount));
            // Russia's label is still stated by the other article; North Korea's link by none
            assertTrue(summary.contains(RUSSIA, RDFS.label.asNode(), Node.ANY));
            assertFalse(summary.contains(NORTH_KOREA, OWL.sameAs.asNode(), Node.ANY));
        }
    }

    @Test
    void removingTheArticlesEmptiesTheSummarySoTheStoreIsEmptyAgain() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.replaceGraphs(articles);
            assertTrue(store.removeGraph(LAVROV));
            assertTrue(store.summaryIsCurrent());
            assertIndexesMatchTheirDefinitions(store);
            assertEquals(1, count(store, RUSSIA, NG.articleCount));
            assertTrue(store.removeGraph(SWEDEN));
            assertTrue(store.summary().isEmpty(), store.summary().toString());
            assertTrue(GraphSink.isEmpty(store), "an emptied store takes the bulk path again");
        }
    }

    @Test
    void aBulkLoadGetsItsSummaryWhenItFinishes() {
        try (GraphStore store = GraphStore.open(dir.resolve("db")); GraphSink sink = GraphSink.bulk(store)) {
            sink.write(articles);
            sink.finish();
            assertFalse(store.summary().isEmpty());
            assertTrue(store.summaryIsCurrent());
            assertIndexesMatchTheirDefinitions(store);
        }
    }

    @Test
    void openingAStoreWrittenWithoutASummaryBuildsIt() {
        Path db = dir.resolve("old");
        DatasetGraph raw = GraphStore.connectDatasetGraph(db);
        Txn.executeWrite(raw, () -> articles.forEach((iri, g) -> g.find().forEachRemaining(t ->
                raw.add(NodeFactory.createURI(iri), t.getSubject(), t.getPredicate(), t.getObject()))));
        assertFalse(Txn.calculateRead(raw, () -> raw.containsGraph(StoreSummary.GRAPH_NODE)));
        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(3, count(store, RUSSIA, NG.mentionCount));
            assertTrue(store.summaryIsCurrent());
        }
    }

    /**
     * The month index lists every span under each month it covers a day of (a month-dated event's span under its
     * month, a year's under its twelve) and counts each month's events by the month their span starts in; a month
     * goes when its last span does. Checked against the spans themselves after adding, re-dating and removing.
     */
    @Test
    void theMonthIndexListsEachSpanUnderTheMonthsItCoversAndCountsTheEventsStartingInEach() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.replaceGraphs(articles);
            Graph summary = store.summary();
            assertMonthIndexMatchesSpans(summary);
            assertEquals(List.of("2024-06"), monthsListing(summary, "urn:newsgraph:span:2024-06-01/2024-06-30/"));

            store.replaceGraph(ARTICLE + "a", treaty(ARTICLE + "a", "0.5", "2023"));
            summary = store.summary();
            assertMonthIndexMatchesSpans(summary);
            assertEquals(12, monthsListing(summary, "urn:newsgraph:span:2023-01-01/2023-12-31/").size());
            assertEquals(1, count(store, month("2023-01"), NG.monthEventCount));
            assertEquals(0, count(store, month("2023-02"), NG.monthEventCount));

            store.replaceGraph(ARTICLE + "a", treaty(ARTICLE + "a", "0.5", "2023-02"));
            summary = store.summary();
            assertTrue(store.summaryIsCurrent());
            assertMonthIndexMatchesSpans(summary);
            assertFalse(summary.contains(month("2023-01"), Node.ANY, Node.ANY), "a month no span covers is gone");
            assertEquals(1, count(store, month("2023-02"), NG.monthEventCount));

            store.removeGraph(ARTICLE + "a");
            store.removeGraph(LAVROV);
            summary = store.summary();
            assertTrue(store.summaryIsCurrent());
            assertIndexesMatchTheirDefinitions(store);
            assertMonthIndexMatchesSpans(summary);
            assertFalse(summary.contains(month("2023-02"), Node.ANY, Node.ANY));
        }
    }

    /**
     * A store whose summary an older newsgraph wrote (no version stated; with date spans but none of the parts added
     * since) gets a whole summary when it is opened, so that the queries find the parts they read.
     */
    @Test
    void openingAStoreWhoseSummaryIsOfAnOlderVersionRebuildsIt() {
        Path db = dir.resolve("older");
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceGraphs(articles);
            assertEquals(List.of(String.valueOf(StoreSummary.VERSION)), store.summary().find(StoreSummary.GRAPH_NODE,
                    NG.summaryVersion.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList());
        }
        DatasetGraph raw = GraphStore.connectDatasetGraph(db);
        Txn.executeWrite(raw, () -> {
            for (org.apache.jena.rdf.model.Property p : List.of(NG.monthFirstDay, NG.monthSpan, NG.monthEventCount,
                    NG.summaryVersion, NG.labelKey, NG.unlinkedMentionCount, NG.unlinkedEntity, NG.unlinkedTypeCount,
                    NG.publishedKey, NG.publishedArticle, NG.publishedCount, NG.articleMentionCount,
                    NG.articleEntityCount, NG.articleEventCount, NG.undatedArticle, NG.rankedMentionCount,
                    NG.rankedEntity, NG.rankedEntityCount, NG.publishedEventKey, NG.publishedEventType,
                    NG.publishedEventArticle, NG.publishedEventCount, NG.unlinkedCumulativeTypeCount,
                    NG.rankedCumulativeEntityCount)) {
                raw.deleteAny(StoreSummary.GRAPH_NODE, Node.ANY, p.asNode(), Node.ANY);
            }
        });
        try (GraphStore store = GraphStore.open(db)) {
            assertTrue(store.summary().contains(Node.ANY, NG.monthSpan.asNode(), Node.ANY));
            assertTrue(store.summaryIsCurrent());
            assertIndexesMatchTheirDefinitions(store);
        }
    }

    /**
     * An entity leaves the histogram of unlinked entities when an article links it, and comes back, under its new
     * mention count, when the link goes and an article names it once more; an article without a publication date is
     * listed as undated until a version with a date replaces it.
     */
    @Test
    void theHistogramAndThePublicationIndexFollowLinksCountsAndDates() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.replaceGraphs(articles);
            Node choe = NodeFactory.createURI("https://w3id.org/newsgraph/entity/per/choe-son-hui");
            Node group = NodeFactory.createURI("urn:newsgraph:unlinked:1");
            assertTrue(store.summary().contains(group, NG.unlinkedEntity.asNode(), choe));

            Graph linked = copy(articles.get(LAVROV));
            linked.add(choe, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q1"));
            store.replaceGraph(LAVROV, linked);
            assertFalse(store.summary().contains(Node.ANY, NG.unlinkedEntity.asNode(), choe));
            assertTrue(store.summaryIsCurrent());
            assertIndexesMatchTheirDefinitions(store);

            Graph again = copy(articles.get(SWEDEN));
            Node mention = NodeFactory.createURI("https://w3id.org/newsgraph/mention/sweden-nato/0-1");
            again.add(mention, org.apache.jena.vocabulary.RDF.type.asNode(), NG.Mention.asNode());
            again.add(mention, NG.denotes.asNode(), choe);
            store.replaceGraph(SWEDEN, again);
            store.replaceGraph(LAVROV, articles.get(LAVROV));
            assertTrue(store.summary().contains(NodeFactory.createURI("urn:newsgraph:unlinked:2"),
                    NG.unlinkedEntity.asNode(), choe));
            assertTrue(store.summaryIsCurrent());
            assertIndexesMatchTheirDefinitions(store);

            Node undated = NodeFactory.createURI("urn:newsgraph:undated");
            store.replaceGraph(ARTICLE + "a", treaty(ARTICLE + "a", "0.5"));
            assertTrue(store.summary().contains(undated, NG.undatedArticle.asNode(),
                    NodeFactory.createURI(ARTICLE + "a")));
            Graph dated = treaty(ARTICLE + "a", "0.5");
            dated.add(NodeFactory.createURI(ARTICLE + "a"), NodeFactory.createURI("http://schema.org/datePublished"),
                    NodeFactory.createLiteralDT("2025-07-30", XSDDatatype.XSDdate));
            store.replaceGraph(ARTICLE + "a", dated);
            assertFalse(store.summary().contains(undated, Node.ANY, Node.ANY));
            assertTrue(store.summaryIsCurrent());
            assertIndexesMatchTheirDefinitions(store);
        }
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }

    /**
     * The label keys, the histograms of counted and of unlinked entities, the per-article counts, the publication
     * index with its tallies of events and the list of undated articles that the article graphs and the summary's copies call for, worked out
     * here from their definitions, compared with those the summary holds.
     */
    private static void assertIndexesMatchTheirDefinitions(GraphStore store) {
        Graph summary = store.summary();
        Graph expected = GraphFactory.createDefaultGraph();
        summary.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> expected.add(t.getSubject(),
                NG.labelKey.asNode(), NodeFactory.createLiteralString(
                        t.getObject().getLiteralLexicalForm().toLowerCase(java.util.Locale.ROOT))));
        java.util.Map<Long, Integer> rows = new java.util.HashMap<>();
        java.util.Map<Long, Integer> entities = new java.util.HashMap<>();
        summary.find(Node.ANY, NG.mentionCount.asNode(), Node.ANY).forEachRemaining(t -> {
            Node entity = t.getSubject();
            long count = ((Number) t.getObject().getLiteralValue()).longValue();
            Node ranked = NodeFactory.createURI("urn:newsgraph:ranked:" + count);
            expected.add(ranked, NG.rankedMentionCount.asNode(), integer(count));
            expected.add(ranked, NG.rankedEntity.asNode(), entity);
            entities.merge(count, 1, Integer::sum);
            int classes = summary.find(entity, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY).toList().size();
            if (classes == 0 || summary.contains(entity, OWL.sameAs.asNode(), Node.ANY)) return;
            long mentions = ((Number) t.getObject().getLiteralValue()).longValue();
            Node group = NodeFactory.createURI("urn:newsgraph:unlinked:" + mentions);
            expected.add(group, NG.unlinkedMentionCount.asNode(), integer(mentions));
            expected.add(group, NG.unlinkedEntity.asNode(), entity);
            rows.merge(mentions, classes, Integer::sum);
        });
        rows.forEach((mentions, n) -> expected.add(NodeFactory.createURI("urn:newsgraph:unlinked:" + mentions),
                NG.unlinkedTypeCount.asNode(), integer(n)));
        entities.forEach((mentions, n) -> expected.add(NodeFactory.createURI("urn:newsgraph:ranked:" + mentions),
                NG.rankedEntityCount.asNode(), integer(n)));
        // Each group's running count: its own and those of every group of a higher mention count.
        rows.keySet().forEach(mentions -> expected.add(NodeFactory.createURI("urn:newsgraph:unlinked:" + mentions),
                NG.unlinkedCumulativeTypeCount.asNode(), integer(rows.entrySet().stream()
                        .filter(e -> e.getKey() >= mentions).mapToLong(java.util.Map.Entry::getValue).sum())));
        entities.keySet().forEach(mentions -> expected.add(NodeFactory.createURI("urn:newsgraph:ranked:" + mentions),
                NG.rankedCumulativeEntityCount.asNode(), integer(entities.entrySet().stream()
                        .filter(e -> e.getKey() >= mentions).mapToLong(java.util.Map.Entry::getValue).sum())));
        java.util.Map<Node, Integer> dates = new java.util.HashMap<>();
        java.util.Map<Node, Integer> tallies = new java.util.HashMap<>();
        Node published = NodeFactory.createURI("http://schema.org/datePublished");
        for (String iri : store.graphNames()) {
            Graph g = store.graph(iri);
            Node article = NodeFactory.createURI(iri);
            countSubjects(expected, article, NG.articleMentionCount,
                    g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), NG.Mention.asNode()).toList());
            countSubjects(expected, article, NG.articleEntityCount,
                    g.find(Node.ANY, NG.mentionedIn.asNode(), Node.ANY).toList());
            countSubjects(expected, article, NG.articleEventCount, g.find(Node.ANY,
                    NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), Node.ANY).toList());
            List<org.apache.jena.graph.Triple> own = g.find(article, published, Node.ANY).toList();
            if (own.isEmpty()) {
                expected.add(NodeFactory.createURI("urn:newsgraph:undated"), NG.undatedArticle.asNode(), article);
            }
            for (org.apache.jena.graph.Triple t : own) {
                String date = t.getObject().getLiteralLexicalForm();
                String key = date.substring(0, Math.min(7, date.length()));
                Node group = NodeFactory.createURI("urn:newsgraph:published:" + key);
                expected.add(group, NG.publishedKey.asNode(), NodeFactory.createLiteralString(key));
                expected.add(group, NG.publishedArticle.asNode(), article);
                dates.merge(group, 1, Integer::sum);
                // Each event (a subject of prov:wasDerivedFrom) of an ng: class, counted under its class and this key.
                g.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), Node.ANY)
                        .mapWith(org.apache.jena.graph.Triple::getSubject).toSet().forEach(event -> g.find(event,
                                org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY).forEachRemaining(type -> {
                                    String eventClass = type.getObject().getURI();
                                    if (!eventClass.startsWith(NG.NS)) return;
                                    Node tally = NodeFactory.createURI(group.getURI() + "/"
                                            + eventClass.substring(NG.NS.length()));
                                    expected.add(tally, NG.publishedEventKey.asNode(),
                                            NodeFactory.createLiteralString(key));
                                    expected.add(tally, NG.publishedEventType.asNode(), type.getObject());
                                    expected.add(tally, NG.publishedEventArticle.asNode(), article);
                                    tallies.merge(tally, 1, Integer::sum);
                                }));
            }
        }
        dates.forEach((group, n) -> expected.add(group, NG.publishedCount.asNode(), integer(n)));
        tallies.forEach((tally, n) -> expected.add(tally, NG.publishedEventCount.asNode(), integer(n)));
        Graph actual = GraphFactory.createDefaultGraph();
        for (org.apache.jena.rdf.model.Property p : List.of(NG.labelKey, NG.unlinkedMentionCount, NG.unlinkedEntity,
                NG.unlinkedTypeCount, NG.unlinkedCumulativeTypeCount, NG.rankedMentionCount, NG.rankedEntity,
                NG.rankedEntityCount, NG.rankedCumulativeEntityCount, NG.articleMentionCount, NG.articleEntityCount, NG.articleEventCount,
                NG.publishedKey, NG.publishedArticle, NG.publishedCount, NG.publishedEventKey,
                NG.publishedEventType, NG.publishedEventArticle, NG.publishedEventCount, NG.undatedArticle)) {
            summary.find(Node.ANY, p.asNode(), Node.ANY).forEachRemaining(actual::add);
        }
        assertTrue(expected.isIsomorphicWith(actual), "expected " + expected + "\nbut the summary holds " + actual);
    }

    /** Adds the number of distinct subjects of {@code triples} as {@code article}'s {@code count}, unless none. */
    private static void countSubjects(Graph into, Node article, org.apache.jena.rdf.model.Property count,
            List<org.apache.jena.graph.Triple> triples) {
        long n = triples.stream().map(org.apache.jena.graph.Triple::getSubject).distinct().count();
        if (n > 0) into.add(article, count.asNode(), integer(n));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The month index that the spans of {@code summary} call for, compared with the one it holds. */
    private static void assertMonthIndexMatchesSpans(Graph summary) {
        Graph expected = GraphFactory.createDefaultGraph();
        summary.find(Node.ANY, NG.firstDay.asNode(), Node.ANY).forEachRemaining(t -> {
            Node span = t.getSubject();
            java.time.YearMonth first = java.time.YearMonth.parse(t.getObject().getLiteralLexicalForm().substring(0, 7));
            java.time.YearMonth last = java.time.YearMonth.parse(summary.find(span, NG.lastDay.asNode(), Node.ANY)
                    .next().getObject().getLiteralLexicalForm().substring(0, 7));
            for (java.time.YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                expected.add(month(m.toString()), NG.monthSpan.asNode(), span);
                expected.add(month(m.toString()), NG.monthFirstDay.asNode(),
                        NodeFactory.createLiteralDT(m.atDay(1).toString(), XSDDatatype.XSDdate));
            }
        });
        java.util.Map<Node, Integer> events = new java.util.HashMap<>();
        summary.find(Node.ANY, NG.spanEvent.asNode(), Node.ANY).forEachRemaining(t -> {
            String first = summary.find(t.getSubject(), NG.firstDay.asNode(), Node.ANY).next().getObject()
                    .getLiteralLexicalForm();
            events.merge(month(first.substring(0, 7)), 1, Integer::sum);
        });
        events.forEach((m, n) -> expected.add(m, NG.monthEventCount.asNode(),
                NodeFactory.createLiteralDT(n.toString(), XSDDatatype.XSDinteger)));
        Graph actual = GraphFactory.createDefaultGraph();
        for (org.apache.jena.rdf.model.Property p : List.of(NG.monthFirstDay, NG.monthSpan, NG.monthEventCount)) {
            summary.find(Node.ANY, p.asNode(), Node.ANY).forEachRemaining(actual::add);
        }
        assertTrue(expected.isIsomorphicWith(actual), "expected " + expected + "\nbut the summary holds " + actual);
    }

    /** The months (YYYY-MM) under which the month index lists the span whose IRI starts with {@code spanPrefix}. */
    private static List<String> monthsListing(Graph summary, String spanPrefix) {
        return summary.find(Node.ANY, NG.monthSpan.asNode(), Node.ANY).filterKeep(
                t -> t.getObject().getURI().startsWith(spanPrefix))
                .mapWith(t -> t.getSubject().getURI().substring("urn:newsgraph:month:".length())).toList().stream()
                .sorted().toList();
    }

    private static Node month(String yearMonth) {
        return NodeFactory.createURI("urn:newsgraph:month:" + yearMonth);
    }

    /**
     * A sum of confidences such as 0.25 + 0.35 = 0.60 is stored as TDB2 gives it back (0.6), so that the next write
     * finds and replaces it: TDB2 keeps a decimal by its value and reads it back in canonical form.
     */
    @Test
    void confidenceSumsEndingInZeroAreReplacedNotPiledUp() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.replaceGraph(ARTICLE + "a", treaty(ARTICLE + "a", "0.25"));
            store.replaceGraph(ARTICLE + "b", treaty(ARTICLE + "b", "0.35"));
            assertTrue(store.summaryIsCurrent(), store.summary().toString());
            store.removeGraph(ARTICLE + "b");
            assertTrue(store.summaryIsCurrent(), store.summary().toString());
            store.replaceGraph(ARTICLE + "b", treaty(ARTICLE + "b", "0.75"));
            assertTrue(store.summaryIsCurrent(), store.summary().toString());
        }
    }

    /** An article graph holding one treaty with confidence {@code confidence}. */
    private static Graph treaty(String article, String confidence) {
        return treaty(article, confidence, null);
    }

    /** An article graph holding one treaty with confidence {@code confidence}, dated {@code date} unless null. */
    private static Graph treaty(String article, String confidence, String date) {
        Graph g = GraphFactory.createDefaultGraph();
        Node event = NodeFactory.createURI(article.replace("/article/", "/event/") + "-treaty");
        g.add(event, org.apache.jena.vocabulary.RDF.type.asNode(), NG.Treaty.asNode());
        g.add(event, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), NodeFactory.createURI(article));
        g.add(event, NG.confidence.asNode(), NodeFactory.createLiteralDT(confidence, XSDDatatype.XSDdecimal));
        if (date != null) {
            g.add(event, NG.date.asNode(), NodeFactory.createLiteralDT(date,
                    date.length() == 4 ? XSDDatatype.XSDgYear : XSDDatatype.XSDgYearMonth));
        }
        return g;
    }

    @Test
    void theSummaryIsNoArticle() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.replaceGraphs(articles);
            assertEquals(List.of(LAVROV, SWEDEN), store.graphNames());
            long quads = articles.values().stream().mapToLong(Graph::size).sum();
            assertEquals(quads, store.size());
            for (ExportFormat format : ExportFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.export(format, out);
                String text = out.toString(StandardCharsets.UTF_8);
                assertFalse(text.contains(StoreSummary.GRAPH), format + " export holds the summary graph");
                assertFalse(text.contains("mentionCount"), format + " export holds the summary's counts");
            }
            NewsgraphException e = assertThrows(NewsgraphException.class,
                    () -> store.replaceGraph(StoreSummary.GRAPH, articles.get(LAVROV)));
            assertTrue(e.getMessage().contains("summary"), e.getMessage());
        }
    }

    /** The count the summary holds for {@code subject} and {@code predicate}; 0 when it holds none. */
    private static long count(GraphStore store, Node subject, org.apache.jena.rdf.model.Property predicate) {
        List<Node> values = store.summary().find(subject, predicate.asNode(), Node.ANY)
                .mapWith(t -> t.getObject()).toList();
        assertTrue(values.size() <= 1, values.toString());
        if (values.isEmpty()) return 0;
        assertEquals(XSDDatatype.XSDinteger.getURI(), values.get(0).getLiteralDatatypeURI());
        return ((Number) values.get(0).getLiteralValue()).longValue();
    }
}
