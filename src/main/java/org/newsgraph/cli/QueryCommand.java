package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.jena.query.ParameterizedSparqlString;
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

    @Option(names = "--bind", paramLabel = "NAME=VALUE",
            description = "Bind the query variable ?NAME to the string VALUE (a literal, safely escaped); repeatable, "
                    + "e.g. --bind name='North Korea'.")
    List<String> bindings = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String b : bindings) {   // split here: picocli's map options treat quotes in values specially
            int eq = b.indexOf('=');
            if (eq < 0) throw new InputException("--bind: '" + b + "' is not NAME=VALUE");
            values.put(b.substring(0, eq), b.substring(eq + 1));
        }
        String sparql = bind(sparql(query), values);
        try (GraphStore graphStore = GraphStore.open(store.existing())) {
            OutputStream out = new WriterOutputStream(spec.commandLine().getOut());
            graphStore.query(sparql, format, out);
            out.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * {@code sparql} with each variable in {@code bindings} replaced by a string literal through Jena's
     * {@link ParameterizedSparqlString}, which escapes quotes, line breaks and brackets: a value can never change
     * the query's structure.
     */
    static String bind(String sparql, Map<String, String> bindings) {
        if (bindings.isEmpty()) return sparql;
        ParameterizedSparqlString pss = new ParameterizedSparqlString(sparql);
        for (Map.Entry<String, String> b : bindings.entrySet()) {
            String name = b.getKey();
            if (!VARIABLE.matcher(name).matches()) {
                throw new InputException("--bind: '" + name + "' is not a variable name (letters, digits, _)");
            }
            if (!Pattern.compile("[?$]" + name + "(?![A-Za-z0-9_])").matcher(sparql).find()) {
                throw new InputException("--bind: the query has no variable ?" + name);
            }
            pss.setLiteral(name, b.getValue());
        }
        return pss.toString();
    }

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The query text for a file name, a named query or inline SPARQL. */
    static String sparql(String arg) {
        try {
            if (arg.endsWith(".rq") || arg.endsWith(".sparql")) {
                Path file = Path.of(arg);
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
