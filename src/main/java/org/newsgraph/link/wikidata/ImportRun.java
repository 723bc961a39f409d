package org.newsgraph.link.wikidata;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.newsgraph.ProblemListener;

/** The state of one import: filter, output, problem listener and counts. Not thread-safe. */
final class ImportRun {
    private final ItemFilter filter;
    private final StreamRDF out;
    private final ProblemListener problems;
    private long entities;
    private long kept;
    private long triples;
    private long problemCount;

    ImportRun(ItemFilter filter, StreamRDF out, ProblemListener problems) {
        this.filter = filter;
        this.out = out;
        this.problems = problems;
    }

    /** An entity that is not an item (property, lexeme): counted, never written. */
    void skipped() {
        entities++;
    }

    void item(WikidataItem item) {
        entities++;
        if (!filter.test(item)) return;
        kept++;
        for (Triple t : item.triples()) {
            out.triple(t);
            triples++;
        }
    }

    void problem(String where, String message) {
        problemCount++;
        problems.problem(where, message);
    }

    ImportStats stats() {
        return new ImportStats(entities, kept, triples, problemCount);
    }
}
