package org.newsgraph.extract;

import java.util.Objects;

/**
 * One filled role of an event: either an entity (an entity of the article, or a knowledge-base item such as the state
 * a capital stands for) or a literal value.
 *
 * @param role     role name as in the ontology, e.g. "supplier", "share"
 * @param entityId local entity id in the article, or null
 * @param qid      Wikidata id when the argument is a knowledge-base item (may be set together with entityId), or null
 * @param value    lexical form of a literal, or for an entity the text it was named by
 * @param datatype XSD local name of a literal ("decimal", "integer", "gYear", "date", "duration", "string"), or null
 *                 for an entity
 */
public record Argument(String role, String entityId, String qid, String value, String datatype) {
    public Argument {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(value, "value");
        if (entityId == null && qid == null && datatype == null) {
            throw new IllegalArgumentException("argument " + role + " is neither an entity nor a typed literal");
        }
    }

    public static Argument entity(String role, String entityId, String qid, String text) {
        return new Argument(role, entityId, qid, text, null);
    }

    public static Argument literal(String role, String value, String datatype) {
        return new Argument(role, null, null, value, Objects.requireNonNull(datatype, "datatype"));
    }

    public boolean isEntity() {
        return datatype == null;
    }
}
