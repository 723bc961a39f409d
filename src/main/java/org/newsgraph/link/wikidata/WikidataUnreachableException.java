package org.newsgraph.link.wikidata;

import java.net.URI;

import org.newsgraph.NewsgraphException;

/**
 * The SPARQL endpoint could not answer: no connection, a timeout, or an overloaded service (HTTP 429 or 5xx). The
 * caller goes on with the offline knowledge base and prints {@link #fallbackNotice()} once: every later lookup that
 * misses the cache while the client waits to retry throws again with {@link #repeat()} true.
 */
public class WikidataUnreachableException extends NewsgraphException {
    private final URI endpoint;
    private final String reason;
    private final boolean repeat;

    public WikidataUnreachableException(URI endpoint, String reason, boolean repeat, Throwable cause) {
        super("Wikidata unreachable: " + endpoint + ": " + reason, cause);
        this.endpoint = endpoint;
        this.reason = reason;
        this.repeat = repeat;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** What went wrong, e.g. "connection refused" or "no answer within 10 s". */
    public String reason() {
        return reason;
    }

    /** True when the client already reported this endpoint down and did not try it again. */
    public boolean repeat() {
        return repeat;
    }

    /** The line to print once: {@code Wikidata unreachable: URL: reason; using the offline knowledge base}. */
    public String fallbackNotice() {
        return getMessage() + "; using the offline knowledge base";
    }
}
