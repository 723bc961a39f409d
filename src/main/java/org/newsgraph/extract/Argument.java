package org.newsgraph.extract;

import java.util.Locale;
import java.util.Objects;
import org.newsgraph.nlp.Mention;

/**
 * One filled role of an event: either an entity (an entity of the article, a knowledge-base item such as the state a
 * capital stands for, or a group that only a lower-case description names) or a literal value.
 *
 * @param role        role name as in the ontology, e.g. "supplier", "share"
 * @param entityId    local entity id in the article, or null
 * @param qid         Wikidata id when the argument is a knowledge-base item (may be set together with entityId), or
 *                    null
 * @param value       lexical form of a literal, or for an entity the text it was named by (for a described group, its
 *                    name)
 * @param datatype    XSD local name of a literal ("decimal", "integer", "gYear", "date", "duration", "string"), or
 *                    null for an entity
 * @param description the lower-case phrase that named the entity when no name did ("the Syrian opposition", "the
 *                    regime"), with its offsets and mention type {@link #DESCRIPTION}; null otherwise
 */
public record Argument(String role, String entityId, String qid, String value, String datatype,
                       Mention description) {
    /** The mention type of a description: a lower-case phrase that names an entity, not a name. */
    public static final String DESCRIPTION = "DESC";

    public Argument {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(value, "value");
        if (entityId == null && qid == null && datatype == null && description == null) {
            throw new IllegalArgumentException("argument " + role + " is neither an entity nor a typed literal");
        }
        if (description != null && (datatype != null || !description.type().equals(DESCRIPTION))) {
            throw new IllegalArgumentException("argument " + role + ": a description must be a " + DESCRIPTION
                    + " mention of an entity argument");
        }
    }

    public static Argument entity(String role, String entityId, String qid, String text) {
        return new Argument(role, entityId, qid, text, null, null);
    }

    /** An entity that the lower-case {@code description} names; with neither id nor QID, a group of that name. */
    public static Argument described(String role, String entityId, String qid, String name, Mention description) {
        return new Argument(role, entityId, qid, name, null, Objects.requireNonNull(description, "description"));
    }

    public static Argument literal(String role, String value, String datatype) {
        return new Argument(role, null, null, value, Objects.requireNonNull(datatype, "datatype"), null);
    }

    public boolean isEntity() {
        return datatype == null;
    }

    /**
     * What tells two entity arguments apart: the QID, else the article's entity id, else (a described group) its
     * name in lower case.
     */
    public String identity() {
        if (qid != null) return qid;
        if (entityId != null) return entityId;
        return groupIdentity(value);
    }

    /** The identity of a group that only a description names, from its name: the same whatever its case. */
    public static String groupIdentity(String name) {
        return "group:" + name.toLowerCase(Locale.ROOT);
    }
}
