package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.ConfigException;
import org.newsgraph.pipeline.IngestStats;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph demo}: the example articles in, every named query out, then Fuseki. */
@Command(name = "demo", description = "Ingest the bundled example articles, print the answer of every query in "
        + "queries/, then serve the graph with Fuseki until Ctrl-C.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Stop after the queries instead of starting Fuseki.")
    boolean noServe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path examples = Home.resolve("examples/articles");
        out.println("== Ingesting the example articles in " + examples);
        IngestStats stats = IngestCommand.ingest(store.db, List.of(examples), null, out,
                spec.commandLine().getErr());
        out.println("ingested " + stats.summary() + " into " + store.db);
        out.println();
        try (GraphStore graphStore = GraphStore.open(store.db)) {
            for (Path q : queries()) {
                String text = Files.readString(q, StandardCharsets.UTF_8);
                out.println("== " + header(text, "title", q.getFileName().toString()) + "  (queries/"
                        + q.getFileName() + ")");
                out.println("   " + header(text, "question", ""));
                out.flush();
                WriterOutputStream sink = new WriterOutputStream(out);
                graphStore.query(text, "table", sink);
                sink.flush();
                out.println();
            }
        }
        if (noServe) return stats.skipped() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        ServeCommand.serve(store.db, Home.resolve("fuseki-config.ttl"), null, "localhost", port, true, true, out,
                spec.commandLine().getErr());
        return ExitCodes.OK;
    }

    private static List<Path> queries() throws IOException {
        Path dir = Home.resolve("queries");
        if (!Files.isDirectory(dir)) throw new ConfigException("no queries folder at " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    /** The value of a "# key: value" comment line of a query. */
    static String header(String query, String key, String fallback) {
        for (String line : query.split("\n")) {
            String t = line.trim();
            if (t.startsWith("#") && t.substring(1).trim().startsWith(key + ":")) {
                return t.substring(1).trim().substring(key.length() + 1).trim();
            }
        }
        return fallback;
    }
}
