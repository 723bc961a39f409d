package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.InputException;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph query FILE.rq | NAME | 'SPARQL'}. */
@Command(name = "query", description = "Run a SPARQL query against the store: a file, the name of a query in "
        + "queries/ (e.g. supplies), or the query text itself.")
public final class QueryCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "QUERY", description = "FILE.rq, a name from queries/, or SPARQL text.")
    String query;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        String sparql = sparql(query);
        try (GraphStore graphStore = GraphStore.open(store.existing())) {
            OutputStream out = new WriterOutputStream(spec.commandLine().getOut());
            graphStore.query(sparql, format, out);
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** The query text for a file name, a named query or inline SPARQL. */
    static String sparql(String arg) {
        try {
            Path file = Path.of(arg.length() < 300 ? arg : ".");
            if (arg.endsWith(".rq") || arg.endsWith(".sparql")) {
                if (!Files.isRegularFile(file)) throw new InputException("query file not found: " + arg);
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            if (arg.matches("[A-Za-z0-9_-]+")) {
                Path named = Home.resolve("queries").resolve(arg + ".rq");
                if (!Files.isRegularFile(named)) {
                    throw new InputException("no query named '" + arg + "' in " + Home.resolve("queries"));
                }
                return Files.readString(named, StandardCharsets.UTF_8);
            }
            return arg;
        } catch (IOException e) {
            throw new InputException("cannot read query " + arg + ": " + e.getMessage(), e);
        }
    }
}
