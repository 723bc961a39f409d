package org.newsgraph.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.assembler.JA;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.main.sys.JettyLib;
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
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.ConfigException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.remote.Credentials;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreSummary;

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
 * {@code Newsgraph-Result-Limit}. Anyone may query. An operation that writes (update, upload, read-write Graph Store,
 * patch) is allowed only on an endpoint that names its users ({@code fuseki:allowedUsers}, on the endpoint or its
 * service) in a config with a password file ({@code fuseki:passwd}); anything else that writes is refused, so a config
 * cannot open the data to anonymous change. A relative password file is resolved against the directory that holds
 * the database ({@code data/passwd} beside {@code data/tdb2}); if it does not exist it is created with a random
 * password for user {@value Credentials#DEFAULT_USER} ({@link #createdPasswordFile}). With {@link Builder#ui} on, the
 * Fuseki web UI is served in a read-only form: the query pages, the server description ({@code /$/server}), ping and
 * statistics, but no admin API, so no dataset can be created or deleted. With {@link Builder#cors} on, pages from
 * other origins may query it too ({@link QueryCors}).
 */
public final class SparqlServer implements AutoCloseable {

    /** The port {@code newsgraph serve} uses unless told otherwise; Fuseki's usual port. */
    public static final int DEFAULT_PORT = 3030;

    private static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";
    private static final String FUSEKI_NS = "http://jena.apache.org/fuseki#";
    /** Operations that only read; anything else in a config is refused. */
    private static final Set<Operation> READ_ONLY = Set.of(Operation.Query, Operation.GSP_R, Operation.PREFIXES_R);

    private final FusekiServer server;
    private final String urlHost;
    private final String listenHost;
    private final String serviceName;
    private final String queryEndpoint;
    private final Path database;
    private final Path passwordFile;
    private final boolean createdPasswordFile;
    private final Optional<String> writeEndpoint;
    private final PropertyUserStore users;

    private SparqlServer(FusekiServer server, String urlHost, String listenHost, Path database, Path passwordFile,
                         boolean createdPasswordFile, PropertyUserStore users) {
        this.server = server;
        this.users = users;
        this.urlHost = urlHost;
        this.listenHost = listenHost;
        this.database = database;
        this.passwordFile = passwordFile;
        this.createdPasswordFile = createdPasswordFile;
        DataAccessPoint dap = server.getDataAccessPointRegistry().accessPoints().get(0);
        this.serviceName = dap.getName().startsWith("/") ? dap.getName().substring(1) : dap.getName();
        this.queryEndpoint = queryEndpointName(dap);
        this.writeEndpoint = dap.getDataService().getEndpoints(Operation.GSP_RW).stream()
                .filter(ep -> !ep.isUnnamed()).map(Endpoint::getName).sorted().findFirst();
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
            stopQuietly(users);
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

    /**
     * The authenticated read-write Graph Store endpoint, for example {@code http://localhost:3030/newsgraph/data}, if
     * the config declares one; {@code newsgraph ingest --server} writes there.
     */
    public Optional<String> writeUrl() {
        return writeEndpoint.map(name -> serviceUrl() + "/" + name);
    }

    /** The password file of the write endpoint's users, if the config names one. */
    public Optional<Path> passwordFile() {
        return Optional.ofNullable(passwordFile);
    }

    /** Whether building this server created {@link #passwordFile()}, with a random password. */
    public boolean createdPasswordFile() {
        return createdPasswordFile;
    }

    /** Whether the server listens on a loopback address only. */
    public boolean loopbackOnly() {
        return listenHost.equals("localhost");
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            stopQuietly(users);
        }
    }

    private static void stopQuietly(PropertyUserStore users) {
        if (users == null) return;
        try {
            users.stop();
        } catch (Exception e) {
            // a file watcher; nothing depends on it any more
        }
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
        private boolean cors;
        private Path passwordFile;

        private Builder() {
        }

        /**
         * The password file of the users who may write, instead of the config's {@code fuseki:passwd}; created with a
         * random password if it does not exist.
         */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = Objects.requireNonNull(passwordFile, "password file");
            return this;
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

        /**
         * Whether web pages from other origins may query the server (CORS, as {@link QueryCors} allows: queries and
         * their answers, no credentials, no writes). Default off.
         */
        public Builder cors(boolean cors) {
            this.cors = cors;
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
            Path passwd = passwordFile(model, config, db);
            boolean created = false;
            if (passwd != null && !Files.exists(passwd)) {
                try {
                    Credentials.createFile(passwd);
                    created = true;
                } catch (IOException e) {
                    throw new ConfigException("cannot create password file " + passwd + ": " + rootMessage(e), e);
                }
            }
            GraphStore.repairAfterCrash(db);
            boolean loopback = isLoopback(host);
            FusekiServer.Builder b = FusekiServer.create();
            try {
                // Connected here first, with node caches sized to this heap; the config's dataset gets this connection.
                StoreSummary.buildIfMissing(GraphStore.connectDatasetGraph(db));
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
            if (cors) b.addFilter("/*", new QueryCors());
            // SPARQL queries go through the result limit (a no-op when the config sets none).
            b.registerOperation(Operation.Query, new ResultLimitedQuery(serverSettings(model)));
            // Graph Store writes keep the store's summary graph, as local writes do.
            b.registerOperation(Operation.GSP_RW, new SummaryKeepingGSP());
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
            PropertyUserStore users = passwd == null ? null : userStore(passwd);
            if (users != null) {
                b.securityHandler(JettySecurityLib.makeSecurityHandler(Auth.dftRealm, users,
                        authScheme(model, config)));
            }
            FusekiServer server;
            try {
                server = b.build();
            } catch (RuntimeException e) {
                stopQuietly(users);
                if (GraphStore.isLockFailure(e)) {
                    throw GraphStore.cannotOpen(db, e);
                }
                throw new ConfigException("cannot build SPARQL server from " + config + ": " + rootMessage(e), e);
            }
            try {
                checkWriters(server, config, passwd);
            } catch (ConfigException e) {
                stopQuietly(users);
                throw e;
            }
            if (!loopback) {
                for (Connector c : server.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc) {
                        sc.setHost(host);
                    }
                }
            }
            String urlHost = loopback || host.equals("0.0.0.0") || host.equals("::") ? "localhost"
                    : host.contains(":") ? "[" + host + "]" : host;
            return new SparqlServer(server, urlHost, loopback ? "localhost" : host, db, passwd, created, users);
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

        /**
         * The password file: the one given, else the config's {@code fuseki:passwd} with a relative path resolved
         * against the database's parent directory. Null if there is none. Removed from the model: the server's user
         * store is built here ({@link #userStore}), since Fuseki would resolve the path against the working directory
         * and never stop the store's file watcher.
         */
        private Path passwordFile(Model model, Path config, Path db) {
            Property passwd = model.createProperty(FUSEKI_NS + "passwd");
            List<Resource> servers = model.listSubjectsWithProperty(RDF.type,
                    model.createResource(FUSEKI_NS + "Server")).toList();
            Path file = passwordFile;
            if (file == null) {
                List<Statement> named = model.listStatements(null, passwd, (RDFNode) null).toList();
                if (named.isEmpty()) return null;
                RDFNode value = named.get(0).getObject();
                if (named.size() > 1 || !value.isLiteral()) {
                    throw new ConfigException("Fuseki configuration " + config
                            + ": fuseki:passwd must be given once, as a string");
                }
                file = Path.of(value.asLiteral().getLexicalForm());
                if (!file.isAbsolute()) {
                    Path parent = db.toAbsolutePath().normalize().getParent();
                    file = parent == null ? file.toAbsolutePath() : parent.resolve(file);
                }
            }
            if (servers.size() != 1) {
                throw new ConfigException("Fuseki configuration " + config + " must declare one fuseki:Server to"
                        + " take a password file, found " + servers.size());
            }
            model.removeAll(null, passwd, null);
            return file;
        }

        /** The users of the password file, reread every few seconds so a changed password needs no restart. */
        private static PropertyUserStore userStore(Path passwd) {
            PropertyUserStore users = new PropertyUserStore();
            users.setConfig(JettyLib.newResource(passwd.toAbsolutePath().toString()));
            users.setReloadInterval(5);
            try {
                users.start();
            } catch (Exception e) {
                stopQuietly(users);
                throw new ConfigException("cannot read password file " + passwd + ": " + rootMessage(e), e);
            }
            return users;
        }

        /** The config's {@code fuseki:auth} (basic or digest); basic if it names none. */
        private static AuthScheme authScheme(Model model, Path config) {
            List<Statement> auth = model.listStatements(null, model.createProperty(FUSEKI_NS + "auth"), (RDFNode) null)
                    .toList();
            if (auth.isEmpty()) return AuthScheme.BASIC;
            AuthScheme scheme = auth.get(0).getObject().isLiteral()
                    ? AuthScheme.scheme(auth.get(0).getObject().asLiteral().getLexicalForm()) : null;
            if (scheme != AuthScheme.BASIC && scheme != AuthScheme.DIGEST) {
                throw new ConfigException("Fuseki configuration " + config + ": fuseki:auth must be \"basic\" or"
                        + " \"digest\", not " + auth.get(0).getObject());
            }
            return scheme;
        }

        /** Refuses a config in which anyone could change data: writes need named users and a password file. */
        private static void checkWriters(FusekiServer server, Path config, Path passwd) {
            if (server.getDataAccessPointRegistry().accessPoints().isEmpty()) {
                throw new ConfigException("Fuseki configuration " + config + " declares no service");
            }
            for (DataAccessPoint dap : server.getDataAccessPointRegistry().accessPoints()) {
                AuthPolicy servicePolicy = dap.getDataService().authPolicy();
                for (Operation op : dap.getDataService().getOperations()) {
                    if (READ_ONLY.contains(op)) continue;
                    for (Endpoint ep : dap.getDataService().getEndpoints(op)) {
                        String where = "service " + dap.getName() + " endpoint '"
                                + (ep.isUnnamed() ? "" : ep.getName()) + "'";
                        if (!requiresLogin(ep.getAuthPolicy()) && !requiresLogin(servicePolicy)) {
                            throw new ConfigException("Fuseki configuration " + config + " gives " + where
                                    + " the writing operation " + op.getName() + " without fuseki:allowedUsers;"
                                    + " newsgraph lets only named users write");
                        }
                        if (passwd == null) {
                            throw new ConfigException("Fuseki configuration " + config + " lets users write at "
                                    + where + " but names no password file (fuseki:passwd)");
                        }
                    }
                }
            }
        }

        /** Whether a policy turns away a request that has not logged in. */
        private static boolean requiresLogin(AuthPolicy policy) {
            return policy != null && !policy.isAllowed(null);
        }
    }
}
