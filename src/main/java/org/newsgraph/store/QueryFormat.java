package org.newsgraph.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.newsgraph.NewsgraphException;

/** How {@link GraphStore#query} writes SELECT and ASK results; CONSTRUCT and DESCRIBE results are always Turtle. */
public enum QueryFormat {
    /** An aligned text table with prefixed names, for people. */
    TABLE,
    /** SPARQL 1.1 Query Results CSV. */
    CSV,
    /** SPARQL 1.1 Query Results JSON. */
    JSON;

    /** The format named {@code name} (any case), for example {@code "csv"}. */
    public static QueryFormat parse(String name) {
        for (QueryFormat f : values()) {
            if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return f;
            }
        }
        throw new NewsgraphException("unknown query result format '" + name + "': expected one of " + names());
    }

    private static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
