package org.newsgraph.coref;

import java.util.List;
import java.util.Objects;
import org.newsgraph.nlp.Mention;

/**
 * The mentions in one article that name the same thing ("Sergei Lavrov" … "Lavrov").
 *
 * @param id       local id within the article ("e0", "e1", …)
 * @param type     PER, ORG, LOC or NORP
 * @param name     canonical name: the longest name mention of the cluster
 * @param mentions the mentions, in text order
 */
public record Entity(String id, String type, String name, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) throw new IllegalArgumentException("entity " + id + " has no mention");
    }
}
