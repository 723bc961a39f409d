package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.remote.Credentials;
import org.newsgraph.remote.RemoteStore;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --server URL} and {@code --credentials FILE}, shared by the commands that can change a running server's store
 * instead of a local one ({@code ingest}, {@code remove}, {@code link}).
 */
public final class ServerOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", description = "Write through a running `newsgraph serve` "
            + "(its service URL, e.g. http://localhost:3030/newsgraph) instead of into --db; queries keep answering "
            + "and see each article whole or not at all.")
    String server;

    @Option(names = "--credentials", paramLabel = "FILE", description = "With --server: the password file "
            + "(user: password) of the server's write endpoint (default: 'passwd' beside the --db directory, the "
            + "file `serve` creates: data/passwd). Without it, environment variables " + Credentials.PASSWORD_VARIABLE
            + " (and " + Credentials.USER_VARIABLE + ", default " + Credentials.DEFAULT_USER + ") come before that"
            + " default file.")
    Path credentials;

    /** Whether the command is to write through a server. */
    boolean given() {
        return server != null;
    }

    /**
     * The server, checked to answer and to accept the credentials; {@code store} only locates the default password
     * file. Refuses {@code --db} beside {@code --server}, since the server's own store is the one written.
     */
    RemoteStore connect(StoreOption store) {
        if (spec.commandLine().getParseResult().hasMatchedOption("--db")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --server or --db, not both: with --server the server's own store is written");
        }
        RemoteStore remote = RemoteStore.connect(server, credentials(store.db));
        remote.check();
        return remote;
    }

    /** Refuses {@code --credentials} without {@code --server}. */
    void checkLocal() {
        if (credentials != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--credentials goes with --server");
        }
    }

    /** From --credentials if given, else from the environment if a password is set there, else the default file. */
    private Credentials credentials(Path db) {
        if (credentials != null) return Credentials.fromFile(credentials, null);
        return Credentials.fromEnvironment(System.getenv()).orElseGet(() -> {
            Path parent = db.toAbsolutePath().normalize().getParent();
            return Credentials.fromFile(parent == null ? Path.of("passwd") : parent.resolve("passwd"), null);
        });
    }
}
