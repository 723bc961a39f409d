package org.newsgraph.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A relation in gold format. {@code args} maps role names (gold spelling: "force_of", "parties") to a string, a
 * number, a list of strings, or null; {@code qidArgs} maps entity roles to a QID, a list of QIDs, or null.
 */
public record GoldRelation(String type, Map<String, Object> args, Map<String, Object> qidArgs, String evidence) {
    public GoldRelation {
        Objects.requireNonNull(type, "type");
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        qidArgs = Collections.unmodifiableMap(new LinkedHashMap<>(qidArgs == null ? Map.of() : qidArgs));
    }
}
