package org.newsgraph.link;

import java.util.Objects;

/** A link from an entity to a Wikidata item, with the linker's confidence (0..1). */
public record Link(String qid, String label, double confidence) {
    public Link {
        Objects.requireNonNull(qid, "qid");
        if (!qid.matches("Q[1-9][0-9]*")) throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
    }
}
