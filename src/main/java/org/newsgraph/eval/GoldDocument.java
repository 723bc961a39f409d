package org.newsgraph.eval;

import java.util.List;

/**
 * One gold (or predicted) document: its entities and relations. {@code published} is YYYY-MM-DD or null;
 * {@code sourceUrl} is where the article was published, or null.
 */
public record GoldDocument(String id, String published, String title, String sourceUrl, List<GoldEntity> entities,
                           List<GoldRelation> relations) {
    public GoldDocument {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }
}
