package org.newsgraph.eval;

import java.util.List;

/** One gold (or predicted) document: its entities and relations. {@code published} is YYYY-MM-DD or null. */
public record GoldDocument(String id, String published, String title, List<GoldEntity> entities,
                           List<GoldRelation> relations) {
    public GoldDocument {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }
}
