package org.newsgraph.link.wikidata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.newsgraph.ConfigException;
import org.newsgraph.NewsgraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks names up at a Wikidata SPARQL endpoint (the Wikidata Query Service unless told otherwise) and answers with
 * Wikidata-shaped RDF, the same shape as the offline knowledge base.
 *
 * <pre>{@code
 * WikidataClient wikidata = WikidataClient.builder().cacheDir(Path.of(".newsgraph/wikidata-cache")).build();
 * try {
 *     Model candidates = wikidata.lookup("Sergei Lavrov", Set.of("Q5"));
 * } catch (WikidataUnreachableException e) {
 *     if (!e.repeat()) err.println(e.fallbackNotice());   // and link with the offline knowledge base
 * }
 * }</pre>
 *
 * A lookup finds the items whose English (or language-neutral {@code mul}) label or alias equals the name, the most
 * linked first, and returns for each its English label, aliases and description, truthy {@code wdt:P31}, {@code P17},
 * {@code P36}, {@code P39}, English {@code P1549} and {@code wikibase:sitelinks}. Answers, empty ones included, are
 * cached on disk, one file per normalised query, and reused across runs. Requests go one at a time, spaced by a
 * minimum interval, carry a User-Agent naming newsgraph, and time out. After a failure the endpoint is left alone for
 * a while and uncached lookups fail at once. Thread-safe.
 */
public final class WikidataClient {
    /** The Wikidata Query Service. */
    public static final URI WDQS = URI.create("https://query.wikidata.org/sparql");
    public static final String DEFAULT_USER_AGENT =
            "newsgraph/0.1 (https://w3id.org/newsgraph; news knowledge-graph builder) java.net.http";

    private static final Logger LOG = LoggerFactory.getLogger(WikidataClient.class);

    private final URI endpoint;
    private final Path cacheDir;
    private final Duration timeout;
    private final Duration minInterval;
    private final Duration retryAfter;
    private final String userAgent;
    private final int limit;
    private final HttpClient http;

    private final Object gate = new Object();
    private long nextRequestNanos = System.nanoTime();
    private volatile Long downUntilNanos;
    private volatile String downReason;

    private WikidataClient(Builder b) {
        this.endpoint = b.endpoint;
        this.cacheDir = b.cacheDir;
        this.timeout = b.timeout;
        this.minInterval = b.minInterval;
        this.retryAfter = b.retryAfter;
        this.userAgent = b.userAgent;
        this.limit = b.limit;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Items named {@code name}, of any kind. */
    public Model lookup(String name) {
        return lookup(name, Set.of());
    }

    /**
     * Items named {@code name} that are a direct instance (P31) of one of {@code classes} (any kind when empty).
     *
     * @throws WikidataUnreachableException when the endpoint cannot answer and the cache does not hold the query
     */
    public Model lookup(String name, Set<String> classes) {
        String query = query(name, classes);
        Path cached = cacheFile(query);
        if (cached != null && Files.isRegularFile(cached)) {
            Model hit = readCache(cached);
            if (hit != null) return hit;
        }
        Model answer = ask(query);
        if (cached != null) writeCache(cached, name, classes, answer);
        return answer;
    }

    /** The items of a lookup, the most linked (most sitelinks) first. */
    public List<WikidataItem> find(String name, Set<String> classes) {
        return items(lookup(name, classes).getGraph());
    }

    /** The items described in a Wikidata-shaped graph, the most linked first. */
    public static List<WikidataItem> items(Graph graph) {
        Map<String, ItemBuilder> byId = new LinkedHashMap<>();
        graph.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(WD.ENTITY)) return;
            String id = s.getURI().substring(WD.ENTITY.length());
            if (WD.isItemId(id)) byId.computeIfAbsent(id, ItemBuilder::new).accept(t);
        });
        List<WikidataItem> items = new ArrayList<>();
        byId.values().forEach(b -> items.add(b.build()));
        items.sort(Comparator.comparingInt(WikidataItem::sitelinks).reversed().thenComparing(WikidataItem::id));
        return items;
    }

    /** The name as looked up and cached: Unicode NFC, trimmed, inner white space made one space. */
    public static String normalise(String name) {
        Objects.requireNonNull(name, "name");
        String n = Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) throw new IllegalArgumentException("cannot look up a blank name");
        return n;
    }

    /** The SPARQL CONSTRUCT query a lookup sends; the same name and classes always give the same text. */
    public String query(String name, Set<String> classes) {
        String n = normalise(name);
        StringBuilder values = new StringBuilder();
        for (String lang : List.of("en", "mul")) {
            values.append(' ').append(NodeFmtLib.strNT(org.apache.jena.graph.NodeFactory.createLiteralLang(n, lang)));
        }
        StringBuilder kind = new StringBuilder();
        if (!classes.isEmpty()) {
            kind.append("      ?item wdt:P31 ?class .\n      VALUES ?class {");
            for (String c : new TreeSet<>(classes)) {
                if (!WD.isItemId(c)) throw new IllegalArgumentException("not a Wikidata class id: " + c);
                kind.append(" wd:").append(c);
            }
            kind.append(" }\n");
        }
        return """
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX schema: <http://schema.org/>
                PREFIX wikibase: <http://wikiba.se/ontology#>
                CONSTRUCT {
                  ?item rdfs:label ?label ; skos:altLabel ?alias ; schema:description ?description ;
                        ?property ?value ; wdt:P1549 ?demonym ; wikibase:sitelinks ?sitelinks .
                }
                WHERE {
                  {
                    SELECT ?item (MAX(?links) AS ?popularity) WHERE {
                      VALUES ?name {%s }
                      { ?item rdfs:label ?name } UNION { ?item skos:altLabel ?name }
                %s      OPTIONAL { ?item wikibase:sitelinks ?links }
                    }
                    GROUP BY ?item
                    ORDER BY DESC(?popularity) ?item
                    LIMIT %d
                  }
                  { ?item rdfs:label ?label FILTER(LANG(?label) IN ("en", "mul")) }
                  UNION { ?item skos:altLabel ?alias FILTER(LANG(?alias) IN ("en", "mul")) }
                  UNION { ?item schema:description ?description FILTER(LANG(?description) = "en") }
                  UNION { VALUES ?property { wdt:P31 wdt:P17 wdt:P36 wdt:P39 } ?item ?property ?value }
                  UNION { ?item wdt:P1549 ?demonym FILTER(LANG(?demonym) = "en") }
                  UNION { ?item wikibase:sitelinks ?sitelinks }
                }
                """.formatted(values, kind, limit);
    }

    private Model ask(String query) {
        Long down = downUntilNanos;
        if (down != null && System.nanoTime() - down < 0) {
            throw new WikidataUnreachableException(endpoint, downReason, true, null);
        }
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(timeout)
                .header("Accept", "text/turtle, application/n-triples;q=0.9")
                .header("User-Agent", userAgent)
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = sendInTurn(request);
        } catch (HttpTimeoutException e) {
            throw down("no answer within " + seconds(timeout), e);
        } catch (ConnectException e) {
            throw down("cannot connect (" + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw down(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("interrupted while asking " + endpoint, e);
        }
        int status = response.statusCode();
        if (status == 429 || status >= 500) throw down("HTTP " + status, null);
        if (status != 200) {
            String body = response.body().strip();
            throw new NewsgraphException("Wikidata query failed: HTTP " + status + " from " + endpoint + ": "
                    + body.substring(0, Math.min(body.length(), 300)));
        }
        downUntilNanos = null;
        Lang lang = response.headers().firstValue("Content-Type")
                .map(type -> RDFLanguages.contentTypeToLang(type.split(";")[0].strip())).orElse(Lang.TURTLE);
        Model raw = ModelFactory.createDefaultModel();
        try {
            RDFParser.create().source(new StringReader(response.body())).lang(lang == null ? Lang.TURTLE : lang)
                    .parse(raw);
        } catch (RiotException e) {
            throw new NewsgraphException("unreadable answer from " + endpoint + ": " + e.getMessage(), e);
        }
        return shape(raw);
    }

    /** Re-states an answer in the knowledge base's shape: English terms ({@code mul} standing in), kept values only. */
    private static Model shape(Model raw) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(WD.PREFIXES);
        Graph g = out.getGraph();
        for (WikidataItem item : items(raw.getGraph())) {
            for (Triple t : item.triples()) g.add(t);
        }
        return out;
    }

    /** One request at a time, each starting at least {@code minInterval} after the previous one ended. */
    private HttpResponse<String> sendInTurn(HttpRequest request) throws IOException, InterruptedException {
        synchronized (gate) {
            long wait = nextRequestNanos - System.nanoTime();
            if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } finally {
                nextRequestNanos = System.nanoTime() + minInterval.toNanos();
            }
        }
    }

    private WikidataUnreachableException down(String reason, Throwable cause) {
        downReason = reason;
        downUntilNanos = System.nanoTime() + retryAfter.toNanos();
        LOG.debug("Wikidata endpoint {} down: {}", endpoint, reason);
        return new WikidataUnreachableException(endpoint, reason, false, cause);
    }

    private Path cacheFile(String query) {
        if (cacheDir == null) return null;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] key = sha.digest((endpoint + "\n" + query).getBytes(StandardCharsets.UTF_8));
            return cacheDir.resolve(HexFormat.of().formatHex(key, 0, 16) + ".ttl");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static Model readCache(Path file) {
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.create().source(file).lang(Lang.TURTLE).parse(m);
            return m;
        } catch (RiotException e) {
            LOG.warn("ignoring unreadable Wikidata cache file {}: {}", file, e.getMessage());
            return null;
        }
    }

    private void writeCache(Path file, String name, Set<String> classes, Model answer) {
        Path tmp = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".part");
        try {
            Files.createDirectories(cacheDir);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                String header = "# newsgraph Wikidata cache: name \"" + normalise(name).replace("\n", " ")
                        + "\" classes " + new TreeSet<>(classes) + " endpoint " + endpoint + "\n";
                out.write(header.getBytes(StandardCharsets.UTF_8));
                RDFDataMgr.write(out, answer, Lang.TURTLE);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("cannot write Wikidata cache file {}: {}", file, e.getMessage());
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do; the answer is still returned
            }
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Settings of a {@link WikidataClient}; every one has a default. */
    public static final class Builder {
        private URI endpoint = WDQS;
        private Path cacheDir;
        private Duration timeout = Duration.ofSeconds(10);
        private Duration minInterval = Duration.ofSeconds(1);
        private Duration retryAfter = Duration.ofMinutes(5);
        private String userAgent = DEFAULT_USER_AGENT;
        private int limit = 20;

        private Builder() {
        }

        /** The SPARQL endpoint; default {@link #WDQS}. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        public Builder endpoint(String endpoint) {
            try {
                return endpoint(URI.create(endpoint));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("not a SPARQL endpoint URL: " + endpoint, e);
            }
        }

        /** Where answers are kept, one file per query; none (no cache) by default. */
        public Builder cacheDir(Path cacheDir) {
            this.cacheDir = cacheDir;
            return this;
        }

        /** Longest wait for connection and for the answer; default 10 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Shortest time from the end of one request to the start of the next; default 1 s. */
        public Builder minInterval(Duration minInterval) {
            this.minInterval = Objects.requireNonNull(minInterval, "minInterval");
            return this;
        }

        /** How long to leave the endpoint alone after it failed; default 5 min. */
        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
            return this;
        }

        /** The User-Agent header; Wikimedia asks for one that names the tool and a way to reach its makers. */
        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        /** Most items per lookup (the most linked are kept); default 20. */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public WikidataClient build() {
            String scheme = endpoint.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme) || endpoint.getHost() == null) {
                throw new ConfigException("Wikidata endpoint must be an http(s) URL: " + endpoint);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new ConfigException("timeout must be positive: " + timeout);
            }
            if (minInterval.isNegative()) throw new ConfigException("minInterval must not be negative: " + minInterval);
            if (retryAfter.isNegative()) throw new ConfigException("retryAfter must not be negative: " + retryAfter);
            if (limit < 1) throw new ConfigException("limit must be at least 1: " + limit);
            if (userAgent.isBlank()) throw new ConfigException("the User-Agent must not be blank");
            return new WikidataClient(this);
        }
    }
}
