package org.newsgraph.cli;

import java.io.PrintWriter;
import org.newsgraph.NewsgraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Entry point of the {@code newsgraph} command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns news articles into a knowledge graph: entities, events, Wikidata links, SPARQL.",
        subcommands = {DemoCommand.class, IngestCommand.class, RemoveCommand.class, QueryCommand.class,
                ExportCommand.class, ServeCommand.class, EvalCommand.class, TrainNerCommand.class, KbCommand.class,
                LinkCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    static boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line with the given writers and returns its exit code (for tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = e instanceof NewsgraphException ? e.getMessage() : e.toString();
            // one line: parser messages go on with "Was expecting one of: …" lists that -v shows in full
            String first = message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
            commandLine.getErr().println("newsgraph: " + first);
            if (verbose) e.printStackTrace(commandLine.getErr());
            return ExitCodes.FAILED;
        });
        return cl.execute(args);
    }
}
