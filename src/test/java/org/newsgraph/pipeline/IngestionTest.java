package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphException;
import org.newsgraph.ProblemListener;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.extract.RuleBasedExtractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.OpenNlpAnnotator;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

class IngestionTest {
    private static final Path EXAMPLES = Path.of("examples/articles");
    private static Pipeline pipeline;
    private static List<Path> corpus;
    /** The reference: the corpus stored by one thread in transactions of four articles. */
    private static Path reference;
    private static IngestStats referenceStats;

    @TempDir
    static Path shared;

    @BeforeAll
    static void pipelineAndCorpus() {
        pipeline = Pipeline.standard();
        List<Path> paths = new ArrayList<>(List.of(EXAMPLES));
        paths.addAll(CorpusGenerator.fromExamples(EXAMPLES, 7).writeJsonLines(shared.resolve("generated"), 12));
        corpus = List.copyOf(paths);
        reference = shared.resolve("reference");
        List<String> problems = new ArrayList<>();
        referenceStats = ingest(reference, Ingestion.Options.defaults().withThreads(1).withBatchArticles(4)
                .withLoad(Ingestion.Load.TRANSACTIONS), corpus, problems);
        assertEquals(List.of(), problems);
        assertTrue(referenceStats.articles() >= 20, referenceStats.summary());
    }

    @AfterAll
    static void closePipeline() {
        pipeline.close();
    }

    private static IngestStats ingest(Path db, Ingestion.Options options, List<Path> paths, List<String> problems) {
        ProblemListener listener = (where, message) -> problems.add(where + ": " + message);
        try (GraphStore store = GraphStore.open(db)) {
            return new Ingestion(pipeline, ArticleReader.builder().build(), store, options)
                    .run(paths, listener, s -> { });
        }
    }

    private static void assertSameGraphs(Path expectedDb, Path actualDb) {
        try (GraphStore expected = GraphStore.open(expectedDb); GraphStore actual = GraphStore.open(actualDb)) {
            assertEquals(expected.graphNames(), actual.graphNames());
            assertFalse(expected.graphNames().isEmpty());
            for (String name : expected.graphNames()) {
                Graph e = expected.graph(name);
                Graph a = actual.graph(name);
                assertTrue(e.isIsomorphicWith(a), "graph " + name + " differs: " + e.size() + " vs " + a.size()
                        + " triples");
            }
            assertEquals(expected.size(), actual.size());
        }
    }

    @Test
    void twoThreadsStoreTheSameGraphsAsOne(@TempDir Path dir) {
        List<String> problems = new ArrayList<>();
        IngestStats two = ingest(dir.resolve("two"), Ingestion.Options.defaults().withThreads(2).withBatchArticles(4)
                .withLoad(Ingestion.Load.TRANSACTIONS), corpus, problems);
        assertEquals(List.of(), problems);
        assertEquals(referenceStats.summary(), two.summary());
        assertSameGraphs(reference, dir.resolve("two"));
    }

    @Test
    void bulkLoadIntoAnEmptyStoreStoresTheSameGraphsAsTransactions(@TempDir Path dir) {
        List<String> problems = new ArrayList<>();
        IngestStats bulk = ingest(dir.resolve("bulk"), Ingestion.Options.defaults().withThreads(2)
                .withLoad(Ingestion.Load.BULK), corpus, problems);
        assertEquals(List.of(), problems);
        assertSameGraphs(reference, dir.resolve("bulk"));
        try (GraphStore store = GraphStore.open(dir.resolve("bulk"))) {
            assertEquals(bulk.triples(), store.size());
        }
    }

    @Test
    void automaticLoadBulkLoadsFirstThenReplacesOnReingest(@TempDir Path dir) {
        List<String> problems = new ArrayList<>();
        Path db = dir.resolve("auto");
        ingest(db, Ingestion.Options.defaults(), corpus, problems);
        assertSameGraphs(reference, db);
        // the store is no longer empty: the second run replaces graphs in transactions, changing nothing
        ingest(db, Ingestion.Options.defaults().withBatchArticles(7), corpus, problems);
        assertEquals(List.of(), problems);
        assertSameGraphs(reference, db);
    }

    @Test
    void anUnexpectedErrorStopsTheRunAndIsThrownInsteadOfHanging(@TempDir Path dir) {
        KnowledgeBase kb = pipeline.knowledgeBase();
        Supplier<Annotator> failing = () -> {
            OpenNlpAnnotator nlp = new OpenNlpAnnotator();
            return article -> {
                if (article.id().equals("bench-000005")) throw new UnsupportedOperationException("broken annotator");
                return nlp.annotate(article);
            };
        };
        try (Pipeline broken = new Pipeline(kb, failing, new RuleBasedExtractor(new KbGeography(kb)));
             GraphStore store = GraphStore.open(dir.resolve("db"))) {
            Ingestion ingestion = new Ingestion(broken, ArticleReader.builder().build(), store,
                    Ingestion.Options.defaults().withThreads(2).withBatchArticles(2)
                            .withLoad(Ingestion.Load.TRANSACTIONS));
            UnsupportedOperationException e = assertTimeoutPreemptively(Duration.ofSeconds(120), () ->
                    assertThrows(UnsupportedOperationException.class,
                            () -> ingestion.run(corpus, (where, m) -> { }, s -> { })));
            assertEquals("broken annotator", e.getMessage());
            assertFalse(store.containsGraph(Iris.article("bench-000005")));
        }
    }

    @Test
    void bulkLoadRefusesAStoreThatHoldsData(@TempDir Path dir) {
        Path db = dir.resolve("db");
        ingest(db, Ingestion.Options.defaults().withLoad(Ingestion.Load.TRANSACTIONS), List.of(EXAMPLES),
                new ArrayList<>());
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> ingest(db,
                Ingestion.Options.defaults().withLoad(Ingestion.Load.BULK), List.of(EXAMPLES), new ArrayList<>()));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }

    @Test
    void problemsAreReportedOneLineEachAndTheOtherArticlesStored(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        Files.writeString(input.resolve("good.txt"), "Prime Minister Hana Kowalczyk visited Vilnius on Monday.");
        Files.writeString(input.resolve("bad.jsonl"), "{\"id\": \"a\", \"text\": \"Fine line.\"}\nnot json\n");
        Files.write(input.resolve("empty.md"), new byte[0]);
        List<String> problems = new ArrayList<>();
        IngestStats stats = ingest(dir.resolve("db"), Ingestion.Options.defaults().withThreads(2), List.of(input),
                problems);
        assertEquals(2, problems.size(), problems.toString());
        problems.forEach(p -> assertFalse(p.contains("\n"), p));
        assertEquals(2, stats.articles());
        assertEquals(2, stats.skipped());
    }
}
