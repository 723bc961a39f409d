package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.store.StoreSummary;

/**
 * The named queries in {@code queries/} parse, say what they are for, and give the rows worked out by hand when run
 * against {@code src/test/resources/queries/sample.trig}, a store of two articles in the shape the rdf package writes,
 * or, for the six event types between actors, against {@code interactions.trig}.
 */
class QueriesTest {

    private static final Path QUERIES = Path.of("queries");
    /** The straightforward forms of the queries that read the summary graph, to compare their answers with. */
    private static final Path REFERENCE = Path.of("src/test/resources/queries/reference");
    private static final String ARTICLE = "https://w3id.org/newsgraph/article/";
    private static final String EVENT = "https://w3id.org/newsgraph/event/";
    private static final String LAVROV = ARTICLE + "lavrov-visit";
    private static final String SWEDEN = ARTICLE + "sweden-nato";

    private static final String TALKS = ARTICLE + "border-talks";

    /** The store of sample.trig, in TDB2 as newsgraph keeps it: one named graph per article. */
    private static Dataset sample;
    /**
     * The store of interactions.trig: the six event types between actors, in one invented article, and events of
     * several types that the article tells of as still to come (ng:announced).
     */
    private static Dataset interactions;
    /**
     * The articles of both files copied under other names with other publication dates ({@link #COPY_DATES}), so
     * that the pages the queries cut from the summary fall among many articles, dates and ties.
     */
    private static Dataset copies;
    /**
     * The publication date of each copy: several a month, two alike, one a month only, one none (an article that
     * states no date).
     */
    private static final List<String> COPY_DATES = Arrays.asList("2024-01-05", "2024-01-20", "2024-02-11",
            "2024-03-07", "2024-11-30", "2025-01-01", "2025-03-14", "2025-07-12", "2025-07-12", "2023-12-31", null,
            "2025-07");

    @BeforeAll
    static void loadSampleStore() {
        sample = store("src/test/resources/queries/sample.trig");
        interactions = store("src/test/resources/queries/interactions.trig");
        copies = copies("src/test/resources/queries/sample.trig", "src/test/resources/queries/interactions.trig");
    }

    /**
     * An in-memory TDB2 store holding {@link #COPY_DATES}'s number of copies of the articles of {@code trigs}: in
     * copy {@code i} every newsgraph IRI but the entities' ends in {@code -ci}, and every publication date is the
     * i-th of {@link #COPY_DATES} (none when null); in copy 3 North Korea is also labelled in capitals.
     */
    private static Dataset copies(String... trigs) {
        Dataset dataset = TDB2Factory.createDataset();
        Node published = NodeFactory.createURI("http://schema.org/datePublished");
        Node northKorea = NodeFactory.createURI("https://w3id.org/newsgraph/entity/wd/Q423");
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (String trig : trigs) {
                DatasetGraph source = RDFDataMgr.loadDatasetGraph(trig);
                for (int i = 0; i < COPY_DATES.size(); i++) {
                    String suffix = "-c" + i;
                    String date = COPY_DATES.get(i);
                    source.find().forEachRemaining(q -> {
                        Node g = copy(q.getGraph(), suffix);
                        Node object = copy(q.getObject(), suffix);
                        if (q.getPredicate().equals(published)) {
                            if (date == null) return;
                            object = NodeFactory.createLiteralDT(date, date.length() == 7
                                    ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate);
                        }
                        dsg.add(g, copy(q.getSubject(), suffix), q.getPredicate(), object);
                    });
                    if (i == 3) {
                        dsg.add(copy(NodeFactory.createURI(ARTICLE + "lavrov-visit"), suffix), northKorea,
                                RDFS.label.asNode(), NodeFactory.createLiteralLang("NORTH KOREA", "de"));
                    }
                }
            }
            StoreSummary.rebuild(dsg);
        });
        return dataset;
    }

    /** {@code node} with {@code suffix} added when it is a newsgraph IRI of an article's own (no entity). */
    private static Node copy(Node node, String suffix) {
        if (!node.isURI() || !node.getURI().startsWith("https://w3id.org/newsgraph/")
                || node.getURI().startsWith("https://w3id.org/newsgraph/entity/")
                || node.getURI().startsWith("https://w3id.org/newsgraph/ontology")) {
            return node;
        }
        return NodeFactory.createURI(node.getURI() + suffix);
    }

    /**
     * An in-memory TDB2 store holding the graphs of a TriG file and their summary graph, queried as GraphStore and
     * Fuseki query it.
     */
    private static Dataset store(String trig) {
        Dataset dataset = TDB2Factory.createDataset();
        Txn.executeWrite(dataset, () -> {
            RDFDataMgr.read(dataset, trig);
            StoreSummary.rebuild(dataset.asDatasetGraph());
        });
        return dataset;
    }

    /**
     * The queries that read the summary graph give, row for row, what their straightforward form (kept in {@code
     * src/test/resources/queries/reference/}: the same question computed from every mention and event) gives.
     */
    @ParameterizedTest
    @ValueSource(strings = {"event-types.rq", "top-entities.rq", "unlinked-entities.rq", "events-by-date.rq"})
    void summaryQueriesAnswerAsTheWholeStoreComputationDoes(String name) {
        String reference = read(REFERENCE.resolve(name));
        assertFalse(select(reference, sample).isEmpty(), name + " finds nothing to compare");
        for (Dataset store : List.of(sample, interactions, copies)) {
            assertEquals(select(reference, store), select(read(QUERIES.resolve(name)), store), name);
        }
    }


    static Stream<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    /**
     * The entity rankings cut their page at a mention count before they look up names: with smaller pages, so that
     * the cut falls among entities tied on their count, they still give the page that ranking every entity gives.
     */
    @ParameterizedTest
    @ValueSource(strings = {"top-entities.rq", "unlinked-entities.rq"})
    void entityRankingsCutTheirPageAsRankingEveryEntityDoes(String name) {
        String reference = read(REFERENCE.resolve(name));
        String query = read(QUERIES.resolve(name));
        String limit = query.contains("LIMIT 50") ? "LIMIT 50" : "LIMIT 100";
        // the count that the entities above the page's least count stay under, where a query states it
        String under = "< " + limit.substring("LIMIT ".length()) + ")";
        for (int size = 1; size <= 9; size++) {
            String smaller = "LIMIT " + size;
            List<Map<String, String>> expected = select(reference.replace(limit, smaller));
            assertEquals(Math.min(size, select(reference).size()), expected.size());
            assertEquals(expected, select(query.replace(limit, smaller).replace(under, "< " + size + ")")),
                    name + " by " + size);
        }
    }

    /**
     * The listings that page through the newest articles or events read the summary's publication index, its
     * per-article counts and its list of undated articles, and entity-facts its label keys: for every page size, on
     * every store, they give the rows, in order, that their earlier, straightforward form (kept in {@code
     * src/test/resources/queries/reference/}) gives.
     */
    @ParameterizedTest
    @CsvSource({"articles.rq, 50", "attacks.rq, 100", "deployments.rq, 100", "entity-facts.rq, 50",
            "event-evidence.rq, 20", "meetings.rq, 100", "roles.rq, 50", "statements.rq, 50", "supplies.rq, 100",
            "treaties.rq, 100", "visits.rq, 100"})
    void pageQueriesAnswerAsTheirStraightforwardFormsDo(String name, int limit) {
        String reference = read(REFERENCE.resolve(name));
        String query = read(QUERIES.resolve(name));
        String cut = "LIMIT " + limit;
        assertTrue(reference.contains(cut) && query.contains(cut), name + " has no " + cut);
        int compared = 0;
        for (int size : new int[] {1, 2, 3, 5, 8, 13, limit}) {
            for (Dataset store : List.of(sample, interactions, copies)) {
                List<Map<String, String>> expected = select(reference.replace(cut, "LIMIT " + size), store);
                List<Map<String, String>> actual = select(query.replace(cut, "LIMIT " + size)
                        .replace("< " + limit + ")", "< " + size + ")"), store);
                assertEquals(expected, actual, name + " by " + size);
                compared += expected.size();
            }
        }
        assertTrue(compared > 50, name + ": too few rows compared: " + compared);
    }

    /**
     * events-by-date's page, cut from the summary's date spans, is the page that dating every event and sorting them
     * all gives, whatever its size and range: pages of one event up to all of them, over ranges that cut months and
     * years.
     */
    @Test
    void eventsByDatePagesAsDatingEveryEventDoes() {
        String reference = read(REFERENCE.resolve("events-by-date.rq"));
        String query = read(QUERIES.resolve("events-by-date.rq"));
        String range = "(\"2024-01-01\"^^xsd:date \"2025-12-31\"^^xsd:date)";
        int compared = 0;
        for (String other : List.of(range, "(\"2024-06-15\"^^xsd:date \"2025-06-30\"^^xsd:date)",
                "(\"2025-03-12\"^^xsd:date \"2025-07-12\"^^xsd:date)")) {
            for (int size : new int[] {1, 2, 3, 5, 100}) {
                for (Dataset store : List.of(sample, interactions)) {
                    List<Map<String, String>> expected = select(page(reference, range, other, size), store);
                    assertEquals(expected, select(page(query, range, other, size), store), other + " by " + size);
                    compared += expected.size();
                }
            }
        }
        assertTrue(compared > 20, "too few rows compared: " + compared);
    }

    /**
     * {@code text} with its range and its page size changed: every LIMIT 100, and the 100 events before which the
     * summary query stops reading months ({@code < 100)} on its HAVING line).
     */
    private static String page(String text, String range, String otherRange, int size) {
        assertTrue(text.contains(range) && text.contains("LIMIT 100"), text);
        return text.replace(range, otherRange).replace("LIMIT 100", "LIMIT " + size)
                .replace("< 100)", "< " + size + ")");
    }

    @Test
    void theQueryDirectoryHoldsEveryNamedQueryTheDemoUses() throws IOException {
        List<String> names = queryFiles().map(f -> f.getFileName().toString()).toList();
        for (String expected : List.of("supplies.rq", "deployments.rq", "treaties.rq", "entity-facts.rq",
                "event-evidence.rq", "events-by-date.rq", "top-entities.rq", "unlinked-entities.rq", "roles.rq",
                "visits.rq", "articles.rq", "meetings.rq", "statements.rq", "supports.rq", "sanctions.rq",
                "invitations.rq", "attacks.rq")) {
            assertTrue(names.contains(expected), "missing queries/" + expected + " among " + names);
        }
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void everyQueryParsesStatesItsTitleAndQuestionAndOrdersItsRows(Path file) {
        String text = read(file);
        List<String> header = text.lines().takeWhile(l -> l.startsWith("#")).toList();
        assertTrue(header.stream().anyMatch(l -> l.matches("# title: \\S.*")), file + " has no '# title:' line");
        assertTrue(header.stream().anyMatch(l -> l.matches("# question: \\S.*\\?")),
                file + " has no '# question: …?' line");
        Query query = QueryFactory.create(text);
        assertTrue(query.isSelectType(), file + " is not a SELECT query");
        assertTrue(query.hasOrderBy(), file + " has no ORDER BY");
    }

    /**
     * An OPTIONAL that Jena cannot run once per row (by substituting the row's values) is matched against the whole
     * store and joined in memory: on a store of a million triples that took entity-facts.rq 41 s and ran out of heap.
     * An OPTIONAL aggregate subquery is the exception: it has to see the whole store, and yields one row per group.
     */
    @ParameterizedTest
    @MethodSource("queryFiles")
    void everyOptionalRunsPerRowNotAgainstTheWholeStore(Path file) {
        Op plan = Algebra.optimize(Algebra.compile(QueryFactory.create(read(file))));
        List<Op> leftJoins = new ArrayList<>();
        OpWalker.walk(plan, new OpVisitorBase() {
            @Override
            public void visit(OpLeftJoin op) {
                if (!isAggregate(op.getRight())) leftJoins.add(op);
            }
        });
        assertEquals(List.of(), leftJoins, file + " has an OPTIONAL that is joined, not substituted");
    }

    private static boolean isAggregate(Op op) {
        Op inner = op;
        while (inner instanceof Op1 one && !(inner instanceof OpGroup)) inner = one.getSubOp();
        return inner instanceof OpGroup;
    }

    @Test
    void suppliesGivesSupplierRecipientItemAndShare() {
        List<Map<String, String>> rows = run("supplies.rq");
        assertEquals(1, rows.size(), rows::toString);
        Map<String, String> row = rows.get(0);
        assertEquals("North Korea", row.get("supplier"));
        assertEquals("Russia", row.get("recipient"));
        assertEquals("ammunition", row.get("item"));
        assertEquals(0.4, Double.parseDouble(row.get("share")));
        assertEquals("0.8", row.get("confidence"));
        assertEquals(LAVROV, row.get("article"));
        assertFalse(row.containsKey("quantity"), "no quantity was stated");
        assertFalse(row.containsKey("date"), "the supply is not dated");
    }

    @Test
    void deploymentsGiveForceLocationSizeAndMonth() {
        List<Map<String, String>> rows = run("deployments.rq");
        assertEquals(1, rows.size(), rows::toString);
        Map<String, String> row = rows.get(0);
        assertEquals("Kursk Oblast", row.get("location"));
        assertEquals("North Korea", row.get("force"));
        assertEquals("6000", row.get("size"));
        assertEquals("personnel", row.get("forceType"));
        assertEquals("2025-06", row.get("date"));
    }

    @Test
    void treatiesComeOneRowEachWithTheirPartiesSortedAndOldestFirst() {
        List<Map<String, String>> rows = run("treaties.rq");
        assertEquals(List.of(EVENT + "e6-treaty", EVENT + "e3-treaty"), column(rows, "treaty"));
        assertEquals(List.of("NATO | Sweden", "North Korea | Russia"), column(rows, "parties"));
        assertEquals(List.of("2", "2"), column(rows, "partyCount"));
        assertEquals(List.of("accession to NATO", "treaty on comprehensive strategic partnership"),
                column(rows, "name"));
        assertEquals(List.of("2024-03-07", "2024-06"), column(rows, "date"));
    }

    @Test
    void treatiesArePagedByTreatyNewestArticleFirstWithAllTheirParties() {
        List<Map<String, String>> rows = select(limited("treaties.rq", "LIMIT 100", "LIMIT 1"));
        assertEquals(List.of(EVENT + "e3-treaty"), column(rows, "treaty"));
        assertEquals(List.of("North Korea | Russia"), column(rows, "parties"));
    }

    @Test
    void suppliesArePagedByEvent() {
        assertEquals(1, select(limited("supplies.rq", "LIMIT 100", "LIMIT 1")).size());
        assertEquals(List.of(), select(limited("supplies.rq", "LIMIT 100", "LIMIT 0")));
    }

    @Test
    void entityFactsListEveryEventOfNorthKoreaWithItsRoleAndTheOtherArguments() {
        List<Map<String, String>> rows = run("entity-facts.rq");
        assertEquals(List.of("Supply", "Visit", "Treaty", "Deployment"), column(rows, "eventType"));
        assertEquals(List.of("supplier", "destination", "party", "forceOf"), column(rows, "role"));
        assertEquals(List.of(
                "item=ammunition; recipient=Russia; share=0.4",
                "duration=P3D; host=Choe Son-hui; visitor=Sergei Lavrov",
                "party=Russia; treatyName=treaty on comprehensive strategic partnership",
                "forceType=personnel; location=Kursk Oblast; size=6000"), column(rows, "arguments"));
        assertTrue(rows.stream().allMatch(r -> "http://www.wikidata.org/entity/Q423".equals(r.get("wikidata"))));
        assertTrue(rows.get(0).get("sentence").contains("40 percent of the ammunition"));
    }

    @Test
    void entityFactsArePagedByEventBeforeTheOtherArgumentsAreRead() {
        List<Map<String, String>> rows = run("entity-facts.rq", q -> q.replace("LIMIT 50", "LIMIT 1"));
        assertEquals(List.of("Supply"), column(rows, "eventType"));
        assertEquals(List.of("item=ammunition; recipient=Russia; share=0.4"), column(rows, "arguments"));
    }

    /**
     * entity-facts.rq looks events up by their roles: exactly the ontology's object properties from an event to an
     * entity.
     */
    @Test
    void entityFactsLookUpEveryRoleTheOntologyDeclares() {
        Model ontology = RDFDataMgr.loadModel("ontology/newsgraph.ttl");
        List<String> declared = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(ontology).query("""
                PREFIX ng:   <https://w3id.org/newsgraph/ontology#>
                PREFIX owl:  <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?property WHERE {
                    ?property a owl:ObjectProperty ; rdfs:domain ?domain ; rdfs:range ?range .
                    ?domain rdfs:subClassOf* ng:Event .
                    ?range rdfs:subClassOf* ng:Entity .
                }""").build()) {
            execution.execSelect().forEachRemaining(s -> declared.add(s.getResource("property").getLocalName()));
        }
        String text = read(QUERIES.resolve("entity-facts.rq"));
        String values = text.substring(text.indexOf("VALUES ?roleProperty {"));
        values = values.substring(values.indexOf('{') + 1, values.indexOf('}'));
        List<String> listed = Arrays.stream(values.trim().split("\\s+")).map(t -> t.replace("ng:", "")).sorted()
                .toList();
        assertFalse(declared.isEmpty(), "the ontology declares no roles");
        assertEquals(declared.stream().sorted().toList(), listed);
    }

    @Test
    void entityFactsFindAnEntityWhoseNameIsTypedInAnotherCase() {
        List<Map<String, String>> rows = run("entity-facts.rq",
                q -> q.replace("VALUES ?name { \"North Korea\" }", "VALUES ?name { \"sweden\" }"));
        assertEquals(List.of("Role", "Treaty"), column(rows, "eventType"));
        assertEquals(List.of("affiliation", "party"), column(rows, "role"));
        assertEquals(List.of("person=Ulf Kristersson; position=Prime Minister",
                "party=NATO; treatyName=accession to NATO"), column(rows, "arguments"));
    }

    @Test
    void eventEvidenceGivesEachEventsSentenceAndOffsetsInTextOrder() {
        List<Map<String, String>> rows = run("event-evidence.rq");
        assertEquals(List.of("Role", "Visit", "Treaty", "Deployment", "Supply", "Treaty", "Role"),
                column(rows, "eventType"));
        assertEquals(List.of(LAVROV, LAVROV, LAVROV, LAVROV, LAVROV, SWEDEN, SWEDEN), column(rows, "article"));
        Map<String, String> supply = rows.get(4);
        assertEquals("1015", supply.get("begin"));
        assertEquals("1182", supply.get("end"));
        assertEquals("8", supply.get("sentenceIndex"));
        assertEquals(1182 - 1015, supply.get("sentence").length());
        assertTrue(supply.get("sentence").startsWith("Kyrylo Budanov"));
    }

    @Test
    void eventsByDateKeepMonthsAndYearsThatOverlapTheRange() {
        List<Map<String, String>> rows = run("events-by-date.rq", q -> q.replace(
                "(\"2024-01-01\"^^xsd:date \"2025-12-31\"^^xsd:date)",
                "(\"2024-06-15\"^^xsd:date \"2025-06-30\"^^xsd:date)"));
        assertEquals(List.of(EVENT + "e3-treaty", EVENT + "e2-deployment"), column(rows, "event"));
        assertEquals(List.of("2024-06", "2025-06"), column(rows, "when"));
        assertEquals(List.of("event", "event"), column(rows, "dated"));
    }

    @Test
    void eventsByDateFallBackToThePublicationDateOfUndatedEvents() {
        List<Map<String, String>> rows = run("events-by-date.rq");
        assertEquals(List.of("e7-role", "e6-treaty", "e3-treaty", "e2-deployment", "e5-role", "e1-supply", "e4-visit"),
                column(rows, "event").stream().map(e -> e.substring(EVENT.length())).toList());
        assertEquals(List.of("published", "event", "event", "event", "published", "published", "published"),
                column(rows, "dated"));
        assertEquals("2025-07-12", rows.get(6).get("when"));
    }

    @Test
    void topEntitiesCountMentionsAcrossArticlesAndBreakTiesByName() {
        List<Map<String, String>> rows = run("top-entities.rq");
        assertEquals(List.of("North Korea", "Russia", "Sergei Lavrov", "Sweden", "Choe Son-hui", "Kursk Oblast",
                "Kyrylo Budanov", "NATO", "Ulf Kristersson"), column(rows, "name"));
        assertEquals(List.of("3", "3", "2", "2", "1", "1", "1", "1", "1"), column(rows, "mentions"));
        Map<String, String> russia = rows.get(1);
        assertEquals("2", russia.get("articles"));
        assertEquals("Location", russia.get("type"));
        assertEquals("http://www.wikidata.org/entity/Q159", russia.get("wikidata"));
        assertEquals("Organization", rows.get(7).get("type"));
    }

    @Test
    void unlinkedEntitiesAreExactlyThoseWithoutSameAs() {
        List<Map<String, String>> rows = run("unlinked-entities.rq");
        assertEquals(List.of("Choe Son-hui", "Kyrylo Budanov", "Ulf Kristersson"), column(rows, "name"));
        assertEquals(List.of("Person", "Person", "Person"), column(rows, "type"));
        assertEquals(List.of("1", "1", "1"), column(rows, "mentions"));
        assertEquals("https://w3id.org/newsgraph/entity/per/choe-son-hui", rows.get(0).get("entity"));
    }

    @Test
    void rolesGivePersonPositionAndAffiliation() {
        List<Map<String, String>> rows = run("roles.rq");
        assertEquals(List.of("Sergei Lavrov", "Ulf Kristersson"), column(rows, "person"));
        assertEquals(List.of("Foreign Minister", "Prime Minister"), column(rows, "position"));
        assertEquals(List.of("Russia", "Sweden"), column(rows, "affiliation"));
        assertEquals(List.of(LAVROV, SWEDEN), column(rows, "article"));
    }

    @Test
    void rolesComeFromTheNewestArticlesOnly() {
        List<Map<String, String>> rows = run("roles.rq", q -> q.replace("LIMIT 50", "LIMIT 1"));
        assertEquals(List.of("Sergei Lavrov"), column(rows, "person"));
        assertEquals(List.of("2025-07-12"), column(rows, "published"));
    }

    @Test
    void visitsGiveVisitorDestinationHostAndDuration() {
        List<Map<String, String>> rows = run("visits.rq");
        assertEquals(1, rows.size(), rows::toString);
        Map<String, String> row = rows.get(0);
        assertEquals("Sergei Lavrov", row.get("visitor"));
        assertEquals("North Korea", row.get("destination"));
        assertEquals("Choe Son-hui", row.get("host"));
        assertEquals("P3D", row.get("duration"));
        assertFalse(row.containsKey("days"), "a three-day visit names no dates to count from");
        assertEquals("2025-07-12", row.get("published"));
        assertFalse(row.containsKey("date"), "the visit itself is not dated");
    }

    @Test
    void articlesCountTheirMentionsEntitiesAndEventsNewestFirst() {
        List<Map<String, String>> rows = run("articles.rq");
        assertEquals(List.of(LAVROV, SWEDEN), column(rows, "article"));
        assertEquals(List.of("10", "5"), column(rows, "mentions"));
        assertEquals(List.of("6", "4"), column(rows, "entities"));
        assertEquals(List.of("5", "2"), column(rows, "events"));
        assertEquals(List.of("2025-07-12", "2024-03-07"), column(rows, "published"));
        assertEquals("examples/articles/sweden-nato.md", rows.get(1).get("sourceFile"));
    }

    @Test
    void articlesArePagedNewestFirstWithTheirOwnCounts() {
        List<Map<String, String>> rows = run("articles.rq", q -> q.replace("LIMIT 50", "LIMIT 1"));
        assertEquals(List.of(LAVROV), column(rows, "article"));
        assertEquals(List.of("10"), column(rows, "mentions"));
        assertEquals(List.of("6"), column(rows, "entities"));
        assertEquals(List.of("5"), column(rows, "events"));
    }

    @Test
    void eventTypesCountEventsPerClassMostFrequentFirst() {
        List<Map<String, String>> rows = run("event-types.rq");
        assertEquals(List.of("Role", "Treaty", "Deployment", "Supply", "Visit"), column(rows, "eventType"));
        assertEquals(List.of("2", "2", "1", "1", "1"), column(rows, "events"));
        assertEquals(List.of("2", "2", "1", "1", "1"), column(rows, "articles"));
        assertEquals(0.875, Double.parseDouble(rows.get(0).get("meanConfidence")), 1e-9);
        assertEquals(0.8, Double.parseDouble(rows.get(1).get("meanConfidence")), 1e-9);
    }

    @Test
    void meetingsListTheirParticipantsSortedAndComeNewestArticleFirst() {
        List<Map<String, String>> rows = select(read(QUERIES.resolve("meetings.rq")), interactions);
        // one article, so the tie is broken by the participants
        assertEquals(List.of(EVENT + "m2-meeting", EVENT + "m1-meeting"), column(rows, "meeting"));
        assertEquals(List.of("Anna Kowalski | Marco Rossi", "Germany | Poland"), column(rows, "participants"));
        assertEquals(List.of("2", "2"), column(rows, "participantCount"));
        assertEquals(Arrays.asList(null, "Berlin"), column(rows, "location"));
        assertEquals(Arrays.asList(null, "2025-03"), column(rows, "date"));
        assertEquals(List.of(TALKS, TALKS), column(rows, "article"));
    }

    @Test
    void meetingsArePagedByMeetingNotByParticipant() {
        List<Map<String, String>> rows = select(limited("meetings.rq", "LIMIT 100", "LIMIT 1"), interactions);
        assertEquals(List.of(EVENT + "m1-meeting"), column(rows, "meeting"));
        assertEquals(List.of("Germany | Poland"), column(rows, "participants"));
        assertEquals(List.of("2"), column(rows, "participantCount"));
    }

    @Test
    void statementsGiveOneRowPerSpeakerWithTheQuoteWhenThereIsOne() {
        List<Map<String, String>> rows = select(read(QUERIES.resolve("statements.rq")), interactions);
        assertEquals(List.of("Anna Kowalski", "Germany"), column(rows, "speaker"));
        assertEquals(Arrays.asList("The border stays open.", null), column(rows, "quote"));
        assertEquals(Arrays.asList("the border between Poland and Germany stays open", null),
                column(rows, "content"));
        assertEquals(Arrays.asList("Germany | Poland", null), column(rows, "about"));
        assertEquals(List.of("2025-03-14", "2025-03-14"), column(rows, "published"));
    }

    @Test
    void supportsGiveSupporterSupportedAndMatter() {
        List<Map<String, String>> rows = select(read(QUERIES.resolve("supports.rq")), interactions);
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("Germany", rows.get(0).get("supporter"));
        assertEquals("Poland", rows.get(0).get("supported"));
        assertEquals("border security", rows.get(0).get("matter"));
        assertEquals(0.75, Double.parseDouble(rows.get(0).get("confidence")), 1e-9);
    }

    @Test
    void sanctionsListTargetsWithTheImposerWhenNamed() {
        List<Map<String, String>> rows = select(read(QUERIES.resolve("sanctions.rq")), interactions);
        assertEquals(List.of(EVENT + "n1-sanction", EVENT + "n2-sanction"), column(rows, "sanction"));
        assertEquals(List.of("Belarus", "Belarus"), column(rows, "target"));
        assertEquals(Arrays.asList(null, "Poland"), column(rows, "imposer"));
        assertEquals(Arrays.asList(null, "2024"), column(rows, "date"));
    }

    @Test
    void invitationsGiveInviterInviteeAndWhatTo() {
        List<Map<String, String>> rows = select(read(QUERIES.resolve("invitations.rq")), interactions);
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("Italy", rows.get(0).get("inviter"));
        assertEquals("Poland", rows.get(0).get("invitee"));
        assertEquals("summit on maritime security", rows.get(0).get("invitedTo"));
        assertEquals(TALKS, rows.get(0).get("article"));
    }

    @Test
    void attacksGiveAttackerTargetPlaceAndTheirOwnDateWhenTheTextGivesOne() {
        List<Map<String, String>> rows = select(read(QUERIES.resolve("attacks.rq")), interactions);
        assertEquals(List.of(EVENT + "a1-attack", EVENT + "a2-attack"), column(rows, "attack"));
        assertEquals(Arrays.asList("Russia", null), column(rows, "attacker"));
        assertEquals(List.of("Ukraine", "Kharkiv"), column(rows, "target"));
        assertEquals(Arrays.asList("Kharkiv", null), column(rows, "location"));
        assertEquals(Arrays.asList("2025-03-10", null), column(rows, "date"));
        assertEquals(List.of("2025-03-14", "2025-03-14"), column(rows, "published"));
    }

    @Test
    void attacksArePagedByEvent() {
        List<Map<String, String>> rows = select(limited("attacks.rq", "LIMIT 100", "LIMIT 1"), interactions);
        assertEquals(List.of(EVENT + "a1-attack"), column(rows, "attack"));
        assertEquals(List.of("Russia"), column(rows, "attacker"));
    }

    /**
     * Every listing of single events has an ?announced column: true for an event the text tells of as still to come
     * (ng:announced), unbound for one it reports as done, so that a reader of the rows can tell them apart. Each query
     * runs on both fixtures: the announced events are in interactions.trig, most reported ones in sample.trig.
     */
    @ParameterizedTest
    @CsvSource({"supplies.rq, event, p1-supply, e1-supply", "deployments.rq, event, d1-deployment, e2-deployment",
            "treaties.rq, treaty, t1-treaty, e6-treaty", "visits.rq, event, v1-visit, e4-visit",
            "meetings.rq, meeting, m1-meeting, m2-meeting", "sanctions.rq, sanction, n1-sanction, n2-sanction",
            "event-evidence.rq, event, d1-deployment, e3-treaty", "events-by-date.rq, event, m1-meeting, a1-attack",
            "statements.rq, statement, , s1-statement", "supports.rq, support, , u1-support",
            "invitations.rq, invitation, , i1-invitation", "attacks.rq, attack, , a1-attack"})
    void eventListingsMarkAnnouncedEventsAndLeaveReportedOnesUnmarked(String name, String column, String announced,
            String reported) {
        String text = read(QUERIES.resolve(name));
        assertTrue(QueryFactory.create(text).getResultVars().contains("announced"), name + " has no ?announced");
        Map<String, Map<String, String>> byEvent = new LinkedHashMap<>();
        for (Dataset store : List.of(sample, interactions)) {
            select(text, store).forEach(row -> byEvent.put(row.get(column), row));
        }
        if (announced != null) {
            assertTrue(byEvent.containsKey(EVENT + announced), name + " lists no " + announced + ": " + byEvent);
            assertEquals("true", byEvent.get(EVENT + announced).get("announced"), name + ": " + announced);
        }
        assertTrue(byEvent.containsKey(EVENT + reported), name + " lists no " + reported + ": " + byEvent);
        assertFalse(byEvent.get(EVENT + reported).containsKey("announced"), name + ": " + reported);
    }

    /**
     * The filters queries/README.md gives, added at the end of a listing's outer WHERE, keep only what happened or
     * only what is announced.
     */
    @ParameterizedTest
    @CsvSource({"'FILTER NOT EXISTS { ?event ng:announced true }', e4-visit", "'FILTER(BOUND(?announced))', v1-visit"})
    void aFilterOnTheAnnouncedMarkKeepsOnlyWhatHappenedOrOnlyWhatIsAnnounced(String filter, String kept) {
        String end = "}\nORDER BY DESC(?published) ?event\n";
        String filtered = read(QUERIES.resolve("visits.rq")).replace(end, "    " + filter + "\n" + end);
        assertTrue(filtered.contains(filter), "visits.rq does not end in " + end);
        List<String> events = new ArrayList<>();
        for (Dataset store : List.of(sample, interactions)) {
            events.addAll(column(select(filtered, store), "event"));
        }
        assertEquals(List.of(EVENT + kept), events);
    }

    /**
     * entity-facts marks the entity's announced events in their own column, and does not list the mark among the
     * event's other arguments.
     */
    @Test
    void entityFactsMarkAnnouncedEventsApartFromTheirArguments() {
        String query = read(QUERIES.resolve("entity-facts.rq"))
                .replace("VALUES ?name { \"North Korea\" }", "VALUES ?name { \"Germany\" }");
        List<Map<String, String>> rows = select(query, interactions);
        Map<String, String> announced = new LinkedHashMap<>();
        rows.forEach(r -> announced.put(r.get("event").substring(EVENT.length()), r.get("announced")));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("d1-deployment", "true");
        expected.put("m1-meeting", "true");
        expected.put("p1-supply", "true");
        expected.put("s1-statement", null);
        expected.put("s2-statement", null);
        expected.put("u1-support", null);
        assertEquals(expected, announced);
        assertTrue(rows.stream().noneMatch(r -> r.getOrDefault("arguments", "").contains("announced")),
                rows::toString);
    }

    @Test
    void theFixtureIsReallySplitIntoOneNamedGraphPerArticle() {
        Dataset dataset = RDFDataMgr.loadDataset("src/test/resources/queries/sample.trig");
        List<String> graphs = new ArrayList<>();
        dataset.listModelNames().forEachRemaining(r -> graphs.add(r.getURI()));
        assertEquals(List.of(LAVROV, SWEDEN), graphs.stream().sorted().toList());
        assertTrue(dataset.getDefaultModel().isEmpty(), "all triples live in the article graphs");
        assertNotEquals(0, dataset.getUnionModel().size());
    }

    private static List<Map<String, String>> run(String name) {
        return select(read(QUERIES.resolve(name)));
    }

    /** Runs the named query after an edit (such as a new VALUES line) that must change its text. */
    private static List<Map<String, String>> run(String name, UnaryOperator<String> edit) {
        String original = read(QUERIES.resolve(name));
        String edited = edit.apply(original);
        assertNotEquals(original, edited, "the edit did not change " + name);
        return select(edited);
    }

    /** The named query with its page size edited, such as {@code LIMIT 100} to {@code LIMIT 1}. */
    private static String limited(String name, String limit, String smaller) {
        String original = read(QUERIES.resolve(name));
        String edited = original.replace(limit, smaller);
        assertNotEquals(original, edited, name + " has no " + limit);
        return edited;
    }

    private static List<Map<String, String>> select(String text) {
        return select(text, sample);
    }

    /** Runs a query over the union of the store's graphs, as its default graph, and the graphs by name. */
    private static List<Map<String, String>> select(String text, Dataset store) {
        return Txn.calculateRead(store, () -> selectInTransaction(text, store));
    }

    private static List<Map<String, String>> selectInTransaction(String text, Dataset store) {
        Query query = QueryFactory.create(text);
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.dataset(store).query(query)
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String variable : results.getResultVars()) {
                    RDFNode node = solution.get(variable);
                    if (node != null) {
                        row.put(variable, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> column(List<Map<String, String>> rows, String variable) {
        return rows.stream().map(r -> r.get(variable)).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + file, e);
        }
    }
}
