package org.newsgraph.rdf;

import java.util.Optional;

/**
 * What the graph builder needs to know of a knowledge-base item that an event names without the article naming it
 * (the state behind "Pyongyang agreed …"): its label and its mention type.
 */
@FunctionalInterface
public interface ItemLookup {
    Optional<Item> item(String qid);

    /** @param type PER, ORG, LOC or NORP */
    record Item(String qid, String label, String type) {
    }
}
