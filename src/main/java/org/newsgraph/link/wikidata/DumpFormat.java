package org.newsgraph.link.wikidata;

/** The Wikidata dump formats {@link DumpImporter} reads; either may be gzip- or bzip2-compressed or plain. */
public enum DumpFormat {
    /** {@code latest-all.json.gz}: a JSON array with one entity per line, lines ending in a comma. */
    JSON,
    /** {@code latest-truthy.nt.gz}: N-Triples of best-rank values, grouped by entity. */
    NTRIPLES;

    /** The format whose first non-blank character this is: '[' or '{' for JSON, '<', '_' or '#' for N-Triples. */
    static DumpFormat sniff(int firstChar) {
        return switch (firstChar) {
            case '[', '{' -> JSON;
            case '<', '_', '#' -> NTRIPLES;
            default -> null;
        };
    }
}
