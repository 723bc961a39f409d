package org.newsgraph.link.wikidata;

/**
 * What one dump import did.
 *
 * @param entities entities read (items, properties, lexemes)
 * @param kept items that passed the filter and were written
 * @param triples triples written
 * @param problems malformed lines reported and skipped
 */
public record ImportStats(long entities, long kept, long triples, long problems) {
    public ImportStats {
        if (entities < 0 || kept < 0 || triples < 0 || problems < 0 || kept > entities) {
            throw new IllegalArgumentException("inconsistent import counts: entities " + entities + ", kept " + kept
                    + ", triples " + triples + ", problems " + problems);
        }
    }

    @Override
    public String toString() {
        return entities + " entities read, " + kept + " items kept, " + triples + " triples written, " + problems
                + " lines skipped";
    }
}
