package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.bench.Bench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench}: throughput, memory and latency figures on a generated corpus, one per line. */
@Command(name = "bench", description = "Generate a deterministic corpus from the example articles and the name-finder "
        + "templates, then measure NLP, ingest, bulk loading, the stored queries and the server start. Prints one "
        + "'name: value' line per figure.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "300",
            description = "Articles in the generated corpus (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", paramLabel = "T",
            description = "Ingest worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Corpus seed; the same seed gives the same corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Keep the corpus and stores in DIR (must not exist) instead of a temporary folder that is "
                    + "deleted afterwards.")
    Path work;

    @Option(names = "--queries-on", paramLabel = "DB",
            description = "Only time the named queries, on this existing store (for example one that ingest built "
                    + "from a larger corpus), and print store_quads and each query's p50, p95 and runs.")
    Path queriesOn;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (queriesOn != null) return timeQueries(out);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (articles < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be at least 1, got "
                    + articles);
        }
        if (t < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + t);
        }
        if (work != null && Files.exists(work)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--work " + work + " already exists");
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("newsgraph-bench");
        try {
            Bench.run(new Bench.Settings(articles, t, seed, Home.resolve("examples/articles"), Home.resolve("queries"),
                    Home.resolve("fuseki-config.ttl"), dir), (name, value) -> {
                        out.println(name + ": " + value);
                        out.flush();
                    });
        } finally {
            if (work == null) deleteTree(dir);
        }
        return ExitCodes.OK;
    }

    private int timeQueries(PrintWriter out) {
        if (work != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--work cannot go with --queries-on");
        }
        if (!Files.isDirectory(queriesOn)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--queries-on " + queriesOn
                    + " is not a store directory");
        }
        Bench.queries(queriesOn, Home.resolve("queries"), (name, value) -> {
            out.println(name + ": " + value);
            out.flush();
        });
        return ExitCodes.OK;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("newsgraph: could not delete benchmark folder " + dir + ": " + e.getMessage());
        }
    }
}
