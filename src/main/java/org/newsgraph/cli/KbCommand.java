package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.InputException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.ProblemListener;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.wikidata.DumpImporter;
import org.newsgraph.link.wikidata.ImportStats;
import org.newsgraph.link.wikidata.ItemFilter;
import org.newsgraph.link.wikidata.KbItems;
import org.newsgraph.link.wikidata.WikidataClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph kb import DUMP}: grows the offline knowledge base from a Wikidata dump. */
@Command(name = "kb", description = "Manage the offline knowledge base.",
        subcommands = {KbCommand.Import.class})
public final class KbCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kb import}. */
    @Command(name = "import", description = "Import items from a Wikidata dump (JSON latest-all.json or truthy "
            + "N-Triples, plain, .gz or .bz2) into a knowledge-base extension; the shipped knowledge base is not "
            + "changed. Items need an English label and a class the linker knows (person, country, city, region, "
            + "organisation).")
    public static final class Import implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DUMP", description = "The Wikidata dump file.")
        Path dump;

        @Option(names = "--class", paramLabel = "QID", split = ",",
                description = "Keep only direct instances (P31) of these classes, e.g. Q5 (default: any class).")
        List<String> classes = new ArrayList<>();

        @Option(names = "--require", paramLabel = "PID", split = ",",
                description = "Keep only items with a value for each of these properties, e.g. P39.")
        List<String> required = new ArrayList<>();

        @Option(names = "--kb", paramLabel = "DIR", defaultValue = "data/kb",
                description = "Knowledge-base extension folder (default: ${DEFAULT-VALUE}); the file goes there "
                        + "unless --out is given.")
        Path kbDir;

        @Option(names = "--out", paramLabel = "FILE",
                description = "The Turtle file to write (default: DIR/imported-<dump name>.ttl).")
        Path out;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter stdout = spec.commandLine().getOut();
            ItemFilter filter;
            try {
                filter = new ItemFilter(java.util.Set.copyOf(classes), java.util.Set.copyOf(required), true);
            } catch (IllegalArgumentException e) {
                throw new InputException("kb import: " + e.getMessage());
            }
            int[] problems = {0};
            ProblemListener listener = (where, message) -> {
                problems[0]++;
                err.println("skipped " + where + ": " + message);
            };
            Graph raw = GraphFactory.createDefaultGraph();
            ImportStats stats = new DumpImporter(filter, listener).importDump(dump, raw);
            KbItems.Result result = KbItems.standard().convert(WikidataClient.items(raw),
                    "imported from Wikidata dump " + dump.getFileName());
            Path target = out != null ? out : kbDir.resolve("imported-" + baseName(dump) + ".ttl");
            write(result, target);
            // the file must load: a broken extension would stop every later ingest
            KnowledgeBase.loadWithExtensions(target.toAbsolutePath().getParent());
            stdout.printf(Locale.ROOT, "imported %d items into %s (%d read, %d matched the filter, %d without a "
                    + "known class or English label left out, %d problems)%n", result.kept(), target,
                    stats.entities(), stats.kept(), result.skipped(), problems[0]);
            if (result.kept() == 0) return ExitCodes.FAILED;
            return problems[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        }

        private static void write(KbItems.Result result, Path target) {
            Path dir = target.toAbsolutePath().getParent();
            Path partial = dir.resolve(target.getFileName() + ".part");
            try {
                Files.createDirectories(dir);
                try (OutputStream o = Files.newOutputStream(partial)) {
                    o.write(("# Knowledge-base extension written by `newsgraph kb import`; loaded after the shipped "
                            + "knowledge base.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    RDFDataMgr.write(o, result.model(), Lang.TURTLE);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new NewsgraphException("cannot write knowledge-base extension " + target + ": "
                        + e.getMessage(), e);
            } finally {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a stray .part file is harmless: only *.ttl files are loaded
                }
            }
        }

        static String baseName(Path dump) {
            String name = dump.getFileName().toString();
            for (String ext : List.of(".gz", ".bz2", ".json", ".nt", ".ttl")) {
                if (name.endsWith(ext)) name = name.substring(0, name.length() - ext.length());
            }
            String slug = name.replaceAll("[^A-Za-z0-9._-]+", "-");
            return slug.isEmpty() ? "dump" : slug;
        }
    }
}
