package org.newsgraph.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.newsgraph.NewsgraphException;

/** The RDF syntaxes {@link GraphStore#export} writes. */
public enum ExportFormat {
    /** Turtle: the union of all article graphs as one graph (graph names are lost). */
    TURTLE,
    /** TriG: every named graph, with its name. */
    TRIG,
    /** N-Quads: one quad per line, with graph names; good for streaming and diffing. */
    NQUADS,
    /** JSON-LD 1.1 of the whole dataset, named graphs included. */
    JSONLD;

    /** The format named {@code name} (any case, {@code ttl} and {@code json-ld} accepted too). */
    public static ExportFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "ttl":
                return TURTLE;
            case "nq":
                return NQUADS;
            case "json-ld":
                return JSONLD;
            default:
                break;
        }
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(n)) {
                return f;
            }
        }
        throw new NewsgraphException("unknown export format '" + name + "': expected one of " + names());
    }

    private static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
