package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.serve.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: Fuseki from fuseki-config.ttl; open to queries, writable only after a login. */
@Command(name = "serve", description = "Serve the store over SPARQL with Fuseki, as fuseki-config.ttl describes it: "
        + "open read-only query and Graph Store endpoints, the Fuseki UI, and a write endpoint for `ingest --server` "
        + "that needs a password. Ctrl-C stops it.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "localhost",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; only loopback unless you say otherwise).")
    String host;

    @Option(names = "--config", defaultValue = "fuseki-config.ttl", paramLabel = "FILE",
            description = "Fuseki configuration (default: ${DEFAULT-VALUE}).")
    String config;

    @Option(names = "--passwd", paramLabel = "FILE", description = "Password file (user: password lines) of the "
            + "users who may write (default: the config's fuseki:passwd, 'passwd' beside the --db directory); "
            + "created with a random password for user ingest if missing.")
    Path passwd;

    @Option(names = "--ui", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Serve the read-only Fuseki web UI at / (default: on; --no-ui turns it off).")
    boolean ui;

    @Option(names = "--cors", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Let web pages from any origin send SPARQL queries and read the answers, without "
                    + "credentials and without writes (default: on, as in Fuseki; --no-cors turns it off).")
    boolean cors;

    @Override
    public Integer call() throws InterruptedException {
        serve(store.existing(), Home.resolve(config), passwd, host, port, ui, cors, spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return ExitCodes.OK;
    }

    /** Starts the server, says where it is, and blocks until the JVM is asked to stop. Shared with {@code demo}. */
    static void serve(Path db, Path config, Path passwd, String host, int port, boolean ui, boolean cors,
                      PrintWriter out, PrintWriter err) throws InterruptedException {
        SparqlServer.Builder builder = SparqlServer.create().config(config).database(db).host(host).port(port).ui(ui)
                .cors(cors);
        if (passwd != null) builder.passwordFile(passwd);
        SparqlServer server = builder.build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "newsgraph-serve-shutdown"));
        server.start();
        out.println("Fuseki is serving " + db + ":");
        out.println("  SPARQL endpoint  " + server.url() + " (read-only, open to all)");
        if (ui) out.println("  web UI           http://" + displayHost(host) + ":" + server.port() + "/");
        server.writeUrl().ifPresent(url -> {
            out.println("  write endpoint   " + url + " (Graph Store Protocol, users and passwords in "
                    + server.passwordFile().map(Path::toString).orElse("?") + ")");
            out.println("  ingest with:     newsgraph ingest --server " + server.serviceUrl() + " PATH...");
            if (server.createdPasswordFile()) {
                out.println("  created " + server.passwordFile().orElseThrow() + " with a random password for user "
                        + org.newsgraph.remote.Credentials.DEFAULT_USER + " (readable by you only)");
            }
            if (!server.loopbackOnly()) {
                err.println("warning: listening beyond loopback on " + host + ": the write endpoint's HTTP Basic"
                        + " passwords cross the network in clear text; put a TLS proxy in front or use --host"
                        + " localhost");
            }
        });
        out.println("  try: curl -s '" + server.url() + "' --data-urlencode "
                + "'query=SELECT (COUNT(*) AS ?triples) { ?s ?p ?o }'");
        out.println("Ctrl-C stops it.");
        out.flush();
        stopped.await();
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") ? "localhost" : host;
    }
}
