package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.InputException;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph export}: the store as RDF. */
@Command(name = "export", description = "Write the whole graph as RDF: Turtle (all articles merged, the default), "
        + "or TriG, N-Quads or JSON-LD (one named graph per article).")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "turtle", paramLabel = "FORMAT",
            description = "turtle, trig, nquads or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        try (GraphStore graphStore = GraphStore.open(store.existing())) {
            if (outFile == null) {
                OutputStream out = new WriterOutputStream(spec.commandLine().getOut());
                graphStore.export(format, out);
                out.flush();
                return ExitCodes.OK;
            }
            Path tmp = temporaryBeside(outFile);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                graphStore.export(format, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            try {
                Files.move(tmp, outFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw new InputException("cannot write export target " + outFile + ": " + e, e);
            }
            spec.commandLine().getErr().println("exported " + format + " to " + outFile);
        }
        return ExitCodes.OK;
    }

    /** Written beside the target and moved into place, so a failed export never leaves half a file. */
    private static Path temporaryBeside(Path target) {
        if (Files.isDirectory(target)) {
            throw new InputException("cannot write export target " + target + ": it is a folder, give a file name");
        }
        Path dir = target.toAbsolutePath().getParent();
        try {
            return Files.createTempFile(dir, ".newsgraph-export", ".tmp");
        } catch (IOException e) {
            throw new InputException("cannot write export target " + target + ": " + e.getMessage(), e);
        }
    }
}
