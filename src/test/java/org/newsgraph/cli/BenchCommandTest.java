package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** A smoke test, not a timing: every figure is printed once as "name: value" and is a positive number. */
class BenchCommandTest {
    private static final List<String> FIGURES = List.of("floor_tokens_per_s", "nlp_tokens_per_s",
            "ingest_tokens_per_s", "ingest_articles_per_s", "ingest_triples_per_s", "nlp_to_floor", "ingest_to_nlp",
            "speedup_1_to_T", "peak_heap_mb", "bulk_load_quads_per_s", "tdbloader_quads_per_s", "bulk_to_tdbloader",
            "serve_start_ms", "query_supplies_p50_ms", "query_supplies_p95_ms", "query_top_entities_p95_ms",
            "process_cpu_s_with_linking", "process_cpu_s_without_linking", "linking_rounds", "linker_cpu_ms",
            "timed_rounds", "nlp_to_floor_min", "nlp_to_floor_max", "ingest_to_nlp_min", "ingest_to_nlp_max",
            "speedup_1_to_T_min", "speedup_1_to_T_max", "bulk_to_tdbloader_min", "bulk_to_tdbloader_max");

    @Test
    void benchOfFiveArticlesPrintsEveryFigurePositive(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path work = dir.resolve("work");
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "bench", "--articles", "5", "--threads", "2",
                "--work", work.toString());
        assertEquals(0, code, err.toString());
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String line : out.toString().split("\n")) {
            String[] parts = line.split(": ", 2);
            assertEquals(2, parts.length, "not a 'name: value' line: " + line);
            assertNull(figures.put(parts[0], Double.parseDouble(parts[1])), parts[0] + " printed twice");
        }
        for (String name : FIGURES) {
            assertTrue(figures.containsKey(name), name + " missing from " + figures.keySet());
            assertTrue(figures.get(name) > 0, name + " = " + figures.get(name));
        }
        for (String spread : List.of("nlp_to_floor", "ingest_to_nlp", "speedup_1_to_T", "bulk_to_tdbloader")) {
            assertTrue(figures.get(spread + "_min") <= figures.get(spread)
                    && figures.get(spread) <= figures.get(spread + "_max"), spread + " outside its rounds' range");
        }
        assertTrue(figures.containsKey("linking_cost_share"), "linking_cost_share missing");
        assertTrue(figures.containsKey("linker_cpu_share"), "linker_cpu_share missing");
        assertEquals(5, figures.get("articles"));
        assertTrue(Files.isDirectory(work.resolve("ingest")));
    }

    @Test
    void queriesOnAStorePrintItsSizeAndEveryNamedQuerysLatencyOnly(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Dataset sample = RDFDataMgr.loadDataset("src/test/resources/queries/sample.trig");
        Map<String, Graph> graphs = new LinkedHashMap<>();
        sample.listNames().forEachRemaining(name -> graphs.put(name, sample.getNamedModel(name).getGraph()));
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceGraphs(graphs);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "bench", "--queries-on", db.toString());
        assertEquals(0, code, err.toString());
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String line : out.toString().split("\n")) {
            String[] parts = line.split(": ", 2);
            figures.put(parts[0], Double.parseDouble(parts[1]));
        }
        assertEquals((double) sample.asDatasetGraph().stream().count(), figures.get("store_quads"));
        List<String> queries;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            queries = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".rq")).toList();
        }
        for (String file : queries) {
            String name = "query_" + file.replace(".rq", "").replace('-', '_') + "_p95_ms";
            assertTrue(figures.containsKey(name), name + " missing from " + figures.keySet());
        }
        assertEquals(1 + 3 * queries.size(), figures.size(), "nothing but the store's size and the queries");
    }

    @Test
    void queriesOnRefusesAWorkFolder(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench", "--queries-on",
                dir.toString(), "--work", dir.resolve("work").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--work cannot go with --queries-on"), err.toString());
    }
}
