package org.newsgraph.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.assembler.JA;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.ConfigException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GraphStore;

/**
 * A read-only SPARQL server (Fuseki) for a newsgraph store, built from a Fuseki configuration file.
 *
 * <pre>{@code
 * try (SparqlServer server = SparqlServer.create().config(Path.of("fuseki-config.ttl"))
 *         .database(Path.of("data/tdb2")).port(3030).build().start()) {
 *     System.out.println("SPARQL endpoint: " + server.url());
 *     server.join();
 * }
 * }</pre>
 *
 * <p>The services, endpoints, query timeout, result limit and dataset come from the config file; {@link
 * Builder#database} only swaps the TDB2 directory. The result limit is newsgraph's own context setting
 * {@code https://w3id.org/newsgraph/config#resultLimit}: an answer cut to it carries the header
 * {@code Newsgraph-Result-Limit}. A config that declares a writable operation (update, upload, read-write Graph Store, patch) is
 * refused. With {@link Builder#ui} on, the Fuseki web UI is served in a read-only form: the query pages, the server
 * description ({@code /$/server}), ping and statistics, but no admin API, so no dataset can be created or deleted.
 */
public final class SparqlServer implements AutoCloseable {

    /** The port {@code newsgraph serve} uses unless told otherwise; Fuseki's usual port. */
    public static final int DEFAULT_PORT = 3030;

    private static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";
    /** Operations that only read; anything else in a config is refused. */
    private static final Set<Operation> READ_ONLY = Set.of(Operation.Query, Operation.GSP_R, Operation.PREFIXES_R);

    private final FusekiServer server;
    private final String urlHost;
    private final String listenHost;
    private final String serviceName;
    private final String queryEndpoint;
    private final Path database;

    private SparqlServer(FusekiServer server, String urlHost, String listenHost, Path database) {
        this.server = server;
        this.urlHost = urlHost;
        this.listenHost = listenHost;
        this.database = database;
        DataAccessPoint dap = server.getDataAccessPointRegistry().accessPoints().get(0);
        this.serviceName = dap.getName().startsWith("/") ? dap.getName().substring(1) : dap.getName();
        this.queryEndpoint = queryEndpointName(dap);
    }

    /** A builder; {@link Builder#config} is required. */
    public static Builder create() {
        return new Builder();
    }

    /** Starts serving; returns this. */
    public SparqlServer start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new NewsgraphException("cannot start SPARQL server on " + listenHost + " port " + server.getPort()
                    + ": " + rootMessage(e), e);
        }
        return this;
    }

    /** The HTTP port the server listens on (the real one when it was built with port 0, once started). */
    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query endpoint, for example {@code http://localhost:3030/newsgraph/sparql}. */
    public String url() {
        return queryEndpoint.isEmpty() ? serviceUrl() : serviceUrl() + "/" + queryEndpoint;
    }

    /** The service itself, for example {@code http://localhost:3030/newsgraph}; it answers queries too. */
    public String serviceUrl() {
        return baseUrl() + serviceName;
    }

    /** The server root, for example {@code http://localhost:3030/}; the UI lives here when enabled. */
    public String baseUrl() {
        return "http://" + urlHost + ":" + port() + "/";
    }

    /** The TDB2 directory being served. */
    public Path database() {
        return database;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop();
    }

    private static String queryEndpointName(DataAccessPoint dap) {
        List<String> names = new ArrayList<>();
        for (Endpoint ep : dap.getDataService().getEndpoints(Operation.Query)) {
            names.add(ep.isUnnamed() ? "" : ep.getName());
        }
        if (names.contains("sparql")) {
            return "sparql";
        }
        return names.stream().filter(n -> !n.isEmpty()).findFirst().orElse("");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** Settings for a {@link SparqlServer}; {@link #build()} checks them and opens the database. */
    public static final class Builder {
        private Path config;
        private Path database;
        private int port = DEFAULT_PORT;
        private String host;
        private boolean ui;

        private Builder() {
        }

        /** The Fuseki configuration file, normally {@code fuseki-config.ttl}. Required. */
        public Builder config(Path config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** Serve this TDB2 directory instead of the config's {@code tdb2:location}. */
        public Builder database(Path database) {
            this.database = Objects.requireNonNull(database, "database");
            return this;
        }

        /** The HTTP port; 0 picks a free one. Default {@value SparqlServer#DEFAULT_PORT}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new ConfigException("port " + port + " is out of range 0-65535");
            }
            this.port = port;
            return this;
        }

        /**
         * The address to listen on. Default: loopback only ({@code localhost}), so nothing outside this machine can
         * reach the server; {@code 0.0.0.0} listens on every interface.
         */
        public Builder host(String host) {
            this.host = host == null || host.isBlank() ? null : host.strip();
            return this;
        }

        /** Whether to serve the read-only Fuseki web UI at {@code /}. Default off. */
        public Builder ui(boolean ui) {
            this.ui = ui;
            return this;
        }

        /** Reads the config, opens the database and prepares the server (not yet listening). */
        public SparqlServer build() {
            if (config == null) {
                throw new ConfigException("no Fuseki configuration file given");
            }
            Model model = readConfig(config);
            Path db = database != null ? overrideLocation(model, config, database) : locationOf(model, config);
            if (!Files.isDirectory(db)) {
                throw new ConfigException("cannot serve " + db + ": no such database directory"
                        + " (run `newsgraph ingest` first, or pass --db DIR)");
            }
            checkResultLimits(model, config);
            boolean loopback = isLoopback(host);
            FusekiServer.Builder b = FusekiServer.create();
            try {
                b.parseConfig(model);
            } catch (RuntimeException e) {
                // Parsing the config builds the dataset, so this is where a database held elsewhere shows up.
                if (GraphStore.isLockFailure(e)) {
                    throw GraphStore.cannotOpen(db, e);
                }
                throw new ConfigException("cannot use Fuseki configuration " + config + ": " + rootMessage(e), e);
            }
            // After parseConfig, which resets server-level settings such as ping from the config's fuseki:Server.
            b.port(port).loopback(loopback).enablePing(true);
            // SPARQL queries go through the result limit (a no-op when the config sets none).
            b.registerOperation(Operation.Query, new ResultLimitedQuery(serverSettings(model)));
            if (ui) {
                // FMod_UI needs a server control object; it looks for <base>/webapp before the UI jar on the class
                // path. The database directory never holds one, so the files come from jena-fuseki-ui.
                b.addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(db.toAbsolutePath()));
                // The UI lists services from the server description; that action only reads.
                b.addServlet("/$/server", new ActionServerStatus());
                b.fusekiModules(FusekiModules.create(FMod_UI.create()));
            } else {
                b.fusekiModules(FusekiModules.empty());
            }
            FusekiServer server;
            try {
                server = b.build();
            } catch (RuntimeException e) {
                if (GraphStore.isLockFailure(e)) {
                    throw GraphStore.cannotOpen(db, e);
                }
                throw new ConfigException("cannot build SPARQL server from " + config + ": " + rootMessage(e), e);
            }
            checkReadOnly(server, config);
            if (!loopback) {
                for (Connector c : server.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc) {
                        sc.setHost(host);
                    }
                }
            }
            String urlHost = loopback || host.equals("0.0.0.0") || host.equals("::") ? "localhost"
                    : host.contains(":") ? "[" + host + "]" : host;
            return new SparqlServer(server, urlHost, loopback ? "localhost" : host, db);
        }

        private static boolean isLoopback(String host) {
            return host == null || host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
        }

        private static Model readConfig(Path config) {
            if (!Files.isRegularFile(config)) {
                throw new ConfigException("cannot read Fuseki configuration " + config + ": no such file");
            }
            try {
                return RDFDataMgr.loadModel(config.toString());
            } catch (RiotException e) {
                throw new ConfigException("cannot read Fuseki configuration " + config + ": " + e.getMessage(), e);
            }
        }

        /** The {@code ja:context} settings of the config's {@code fuseki:Server}, read as Fuseki reads them. */
        private static Context serverSettings(Model model) {
            Context settings = new Context();
            for (Resource server : model.listSubjectsWithProperty(RDF.type, FusekiVocab.tServer).toList()) {
                AssemblerUtils.mergeContext(server, settings);
            }
            return settings;
        }

        /**
         * Checks every {@link ResultLimitedQuery#RESULT_LIMIT} setting in the config, wherever it is, so that a bad
         * value stops the server at start instead of failing each query.
         */
        private static void checkResultLimits(Model model, Path config) {
            String name = ResultLimitedQuery.RESULT_LIMIT.getSymbol();
            for (Resource setting : model.listSubjectsWithProperty(JA.cxtName, name).toList()) {
                Statement value = setting.getProperty(JA.cxtValue);
                if (value == null || !value.getObject().isLiteral()) {
                    throw new ConfigException("Fuseki configuration " + config + ": " + name
                            + " needs a ja:cxtValue string, the most solutions an answer may hold");
                }
                try {
                    ResultLimitedQuery.parseLimit(value.getLiteral().getLexicalForm());
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("Fuseki configuration " + config + ": " + e.getMessage(), e);
                }
            }
        }

        private static List<Resource> tdb2Datasets(Model model) {
            Resource type = model.createResource(TDB2_NS + "DatasetTDB2");
            return model.listSubjectsWithProperty(RDF.type, type).toList();
        }

        private static Path locationOf(Model model, Path config) {
            Property location = model.createProperty(TDB2_NS + "location");
            List<Resource> datasets = tdb2Datasets(model);
            if (datasets.size() != 1 || !datasets.get(0).hasProperty(location)) {
                throw new ConfigException("Fuseki configuration " + config + " must declare exactly one"
                        + " tdb2:DatasetTDB2 with a tdb2:location, found " + datasets.size() + " TDB2 datasets");
            }
            RDFNode loc = datasets.get(0).getProperty(location).getObject();
            if (!loc.isLiteral()) {
                throw new ConfigException("Fuseki configuration " + config + ": tdb2:location must be a string, not "
                        + loc);
            }
            return Path.of(loc.asLiteral().getLexicalForm());
        }

        /** Points the config's one TDB2 dataset at {@code db}; relative locations are resolved by Jena. */
        private static Path overrideLocation(Model model, Path config, Path db) {
            locationOf(model, config);
            Property location = model.createProperty(TDB2_NS + "location");
            Resource ds = tdb2Datasets(model).get(0);
            List<Statement> old = ds.listProperties(location).toList();
            model.remove(old);
            ds.addProperty(location, db.toString());
            return db;
        }

        private static void checkReadOnly(FusekiServer server, Path config) {
            for (DataAccessPoint dap : server.getDataAccessPointRegistry().accessPoints()) {
                for (Operation op : dap.getDataService().getOperations()) {
                    if (!READ_ONLY.contains(op)) {
                        throw new ConfigException("Fuseki configuration " + config + " gives service " + dap.getName()
                                + " the writing operation " + op.getName() + "; newsgraph serves read-only endpoints");
                    }
                }
            }
            if (server.getDataAccessPointRegistry().accessPoints().isEmpty()) {
                throw new ConfigException("Fuseki configuration " + config + " declares no service");
            }
        }
    }
}
