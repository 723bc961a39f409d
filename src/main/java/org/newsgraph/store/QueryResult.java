package org.newsgraph.store;

import java.util.Objects;

/**
 * What a query run by {@link GraphStore#query} produced, besides the text it wrote.
 *
 * @param form the query form
 * @param size rows for SELECT, triples for CONSTRUCT and DESCRIBE, 1 (true) or 0 (false) for ASK
 */
public record QueryResult(Form form, long size) {

    /** The four SPARQL query forms. */
    public enum Form { SELECT, ASK, CONSTRUCT, DESCRIBE }

    public QueryResult {
        Objects.requireNonNull(form, "form");
        if (size < 0) {
            throw new IllegalArgumentException("negative result size " + size + " for " + form);
        }
        if (form == Form.ASK && size > 1) {
            throw new IllegalArgumentException("ASK result size must be 0 or 1, not " + size);
        }
    }
}
