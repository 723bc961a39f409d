package org.newsgraph.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.newsgraph.ConfigException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.pipeline.GraphSink;
import org.newsgraph.pipeline.IngestTarget;
import org.newsgraph.pipeline.Relinker;

/**
 * A running newsgraph server as the target of an ingest: it asks the server's SPARQL endpoint what it holds and
 * writes each article's graph through the authenticated Graph Store endpoint with one HTTP {@code PUT}, which the
 * server applies in one transaction, so readers see an article's old graph or its new one, never part of it.
 *
 * <pre>{@code
 * RemoteStore server = RemoteStore.connect("http://localhost:3030/newsgraph", credentials);
 * server.check();   // reachable, and the credentials are accepted
 * new Ingestion(pipeline, reader, server, Ingestion.Options.defaults()).run(paths, problems, s -> { });
 * }</pre>
 *
 * <p>The URL is the service ({@code http://HOST:PORT/newsgraph}) or one of its endpoints; queries go to the service
 * itself and writes to its {@value #WRITE_ENDPOINT} endpoint, as {@code fuseki-config.ttl} declares them. Credentials
 * go with every request as HTTP Basic; over plain HTTP only to a loopback address, so they never cross a network in
 * clear text. Thread-safe.
 */
public final class RemoteStore implements IngestTarget, Relinker.Articles {
    /** The name of the write endpoint within the service. */
    public static final String WRITE_ENDPOINT = "data";
    private static final List<String> ENDPOINTS = List.of("sparql", "query", "get", WRITE_ENDPOINT);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    /** Graph names per query when listing them: well under the server's limit on the rows of an answer. */
    private static final int NAMES_PER_PAGE = 10_000;
    /** The read-only Graph Store endpoint, as {@code fuseki-config.ttl} declares it. */
    private static final String READ_ENDPOINT = "get";

    private final URI service;
    private final Credentials credentials;
    private final HttpClient client;

    private RemoteStore(URI service, Credentials credentials) {
        this.service = service;
        this.credentials = credentials;
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /**
     * @param url the service URL, or one of its endpoints' URLs
     * @throws ConfigException if the URL is not an http(s) URL, or is plain http to another machine
     */
    public static RemoteStore connect(String url, Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        URI uri;
        try {
            uri = URI.create(Objects.requireNonNull(url, "url").strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("not a server URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new ConfigException("not a server URL: " + url + " (expected http://HOST:PORT/SERVICE)");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new ConfigException("server URL " + url + " must not have a query or fragment");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new ConfigException("refusing to send credentials in clear text to " + uri.getHost()
                    + ": use https, or a server on this machine (localhost)");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        for (String endpoint : ENDPOINTS) {
            if (path.endsWith("/" + endpoint) && path.length() > endpoint.length() + 1) {
                path = path.substring(0, path.length() - endpoint.length() - 1);
                break;
            }
        }
        if (path.isEmpty()) {
            throw new ConfigException("server URL " + url + " names no service (expected http://HOST:PORT/SERVICE,"
                    + " as `newsgraph serve` prints it)");
        }
        return new RemoteStore(URI.create(scheme + "://" + uri.getRawAuthority() + path), credentials);
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    /** The service URL. */
    public URI service() {
        return service;
    }

    /**
     * Checks that the server answers and accepts the credentials for writing, before any article is processed.
     *
     * @throws NewsgraphException saying what is wrong, in one line
     */
    public void check() {
        query("SELECT * WHERE { } LIMIT 1");
        // A GET on the write endpoint needs the same login as a write; the stored default graph is empty.
        HttpResponse<InputStream> r = send(HttpRequest.newBuilder(URI.create(service + "/" + WRITE_ENDPOINT
                + "?default")).header("Accept", Lang.NTRIPLES.getHeaderString()).GET(), "GET");
        drain(r);
        if (r.statusCode() != 200) throw refusal(r, "write to");
    }

    @Override
    public boolean bulkLoadable() {
        return false;
    }

    @Override
    public List<String> graphsWithLiteral(String predicateIri, String value) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
        q.setIri("p", predicateIri);
        q.setLiteral("o", value);
        TreeSet<String> names = new TreeSet<>();
        ResultSet rs = query(q.toString());
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            if (row.get("g") != null && row.get("g").isURIResource()) names.add(row.getResource("g").getURI());
        }
        return new ArrayList<>(names);
    }

    @Override
    public GraphSink sink(boolean bulk) {
        if (bulk) throw new NewsgraphException("cannot bulk-load through server " + service + "; bulk loading is for"
                + " a local store");
        return new GraphSink() {
            @Override
            public void write(Map<String, Graph> batch) {
                batch.forEach(RemoteStore.this::put);
            }

            @Override
            public void finish() {
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public String describe() {
        return service.toString();
    }

    /** Replaces the server's graph {@code iri} with {@code graph}, in one request. */
    public void put(String iri, Graph graph) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, graph, Lang.NTRIPLES);
        HttpRequest.Builder b = HttpRequest.newBuilder(writeUri(iri))
                .header("Content-Type", Lang.NTRIPLES.getHeaderString() + "; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        HttpResponse<InputStream> r = send(b, "PUT");
        drain(r);
        if (r.statusCode() / 100 != 2) throw refusal(r, "PUT graph " + iri + " to");
    }

    /**
     * Drops the server's graph {@code iri} (and its share of the summary), in one request.
     *
     * @return whether the server held that graph
     */
    public boolean delete(String iri) {
        HttpResponse<InputStream> r = send(HttpRequest.newBuilder(writeUri(iri)).DELETE(), "DELETE");
        drain(r);
        if (r.statusCode() == 404) return false;
        if (r.statusCode() / 100 != 2) throw refusal(r, "DELETE graph " + iri + " from");
        return true;
    }

    /**
     * The names of the server's named graphs, sorted: asked for in pages, so that no answer reaches the server's
     * limit on rows.
     */
    @Override
    public List<String> graphNames() {
        return graphNames(NAMES_PER_PAGE);
    }

    /** {@link #graphNames()}, asking for {@code perPage} names at a time. */
    List<String> graphNames(int perPage) {
        List<String> names = new ArrayList<>();
        String after = "";
        while (true) {
            ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT ?g WHERE { GRAPH ?g { } "
                    + "FILTER(STR(?g) > ?after) } ORDER BY STR(?g) LIMIT " + perPage);
            q.setLiteral("after", after);
            ResultSet rs = query(q.toString());
            int page = 0;
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                page++;
                if (row.get("g") != null && row.get("g").isURIResource()) {
                    after = row.getResource("g").getURI();
                    names.add(after);
                }
            }
            if (page < perPage) return names;
        }
    }

    /** A copy of the server's graph {@code iri}, read through its read-only Graph Store endpoint; empty if none. */
    @Override
    public Graph graph(String iri) {
        URI uri = URI.create(service + "/" + READ_ENDPOINT + "?graph="
                + URLEncoder.encode(iri, StandardCharsets.UTF_8));
        HttpResponse<InputStream> r = send(HttpRequest.newBuilder(uri)
                .header("Accept", Lang.NTRIPLES.getHeaderString()).GET(), "GET");
        Graph g = GraphFactory.createDefaultGraph();
        if (r.statusCode() == 404) {
            drain(r);
            return g;
        }
        if (r.statusCode() != 200) {
            drain(r);
            throw refusal(r, "GET graph " + iri + " from");
        }
        try (InputStream in = r.body()) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(g);
        } catch (IOException | RiotException e) {
            throw new NewsgraphException("server " + service + " sent an unreadable graph " + iri + ": "
                    + e.getMessage(), e);
        }
        return g;
    }

    /**
     * Replaces graph {@code iri} with {@code after} if the server still holds {@code before} there: it reads the graph
     * again just before the write. Another client's write between that read and the write is not detected (the
     * Graph Store Protocol has no conditional write); the window is one request long.
     */
    @Override
    public boolean replace(String iri, Graph before, Graph after) {
        if (!graph(iri).isIsomorphicWith(before)) return false;
        put(iri, after);
        return true;
    }

    private ResultSet query(String sparql) {
        HttpRequest.Builder b = HttpRequest.newBuilder(service)
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", ResultSetLang.RS_JSON.getHeaderString())
                .POST(HttpRequest.BodyPublishers.ofString(sparql, StandardCharsets.UTF_8));
        HttpResponse<InputStream> r = send(b, "query");
        if (r.statusCode() != 200) {
            drain(r);
            throw refusal(r, "query");
        }
        try (InputStream in = r.body()) {
            return ResultSetMgr.read(in, ResultSetLang.RS_JSON).materialise();
        } catch (IOException | RiotException e) {
            throw new NewsgraphException("server " + service + " sent an unreadable query answer: "
                    + e.getMessage(), e);
        }
    }

    private URI writeUri(String graph) {
        return URI.create(service + "/" + WRITE_ENDPOINT + "?graph="
                + URLEncoder.encode(graph, StandardCharsets.UTF_8));
    }

    private HttpResponse<InputStream> send(HttpRequest.Builder b, String what) {
        HttpRequest request = b.header("Authorization", credentials.basicAuthorization())
                .timeout(REQUEST_TIMEOUT).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw new NewsgraphException("cannot reach server " + service + ": connection refused (is `newsgraph"
                    + " serve` running?)", e);
        } catch (HttpTimeoutException e) {
            throw new NewsgraphException("server " + service + " did not answer the " + what + " in time", e);
        } catch (IOException e) {
            throw new NewsgraphException("cannot reach server " + service + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("interrupted while talking to server " + service, e);
        }
    }

    private NewsgraphException refusal(HttpResponse<?> r, String what) {
        int code = r.statusCode();
        String why = switch (code) {
            case 401 -> "it refused the credentials of user " + credentials.user();
            case 403 -> "user " + credentials.user() + " may not write there";
            case 404, 405 -> "it has no such endpoint (is " + service + " a newsgraph service with a '"
                    + WRITE_ENDPOINT + "' endpoint?)";
            default -> "it answered HTTP " + code;
        };
        return new NewsgraphException("cannot " + what + " server " + service + ": " + why + " (HTTP " + code + ")");
    }

    private static void drain(HttpResponse<InputStream> r) {
        try (InputStream in = r.body()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the status line is what matters; a broken body changes nothing
        }
    }
}
