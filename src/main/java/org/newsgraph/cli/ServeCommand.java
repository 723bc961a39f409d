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

/** {@code newsgraph serve}: Fuseki from fuseki-config.ttl, read-only. */
@Command(name = "serve", description = "Serve the store over SPARQL with Fuseki, as fuseki-config.ttl describes it: "
        + "read-only query and Graph Store endpoints and the Fuseki UI. Ctrl-C stops it.")
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

    @Option(names = "--ui", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Serve the read-only Fuseki web UI at / (default: on; --no-ui turns it off).")
    boolean ui;

    @Override
    public Integer call() throws InterruptedException {
        serve(store.existing(), Home.resolve(config), host, port, ui, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Starts the server, says where it is, and blocks until the JVM is asked to stop. Shared with {@code demo}. */
    static void serve(Path db, Path config, String host, int port, boolean ui, PrintWriter out)
            throws InterruptedException {
        SparqlServer server = SparqlServer.create().config(config).database(db).host(host).port(port).ui(ui).build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "newsgraph-serve-shutdown"));
        server.start();
        out.println("Fuseki is serving " + db + " (read-only):");
        out.println("  SPARQL endpoint  " + server.url());
        if (ui) out.println("  web UI           http://" + displayHost(host) + ":" + server.port() + "/");
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
