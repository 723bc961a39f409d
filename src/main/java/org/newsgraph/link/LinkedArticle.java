package org.newsgraph.link;

import java.util.Map;
import java.util.Optional;
import org.newsgraph.coref.Entity;
import org.newsgraph.coref.ResolvedArticle;

/** What the linking stage emits: the resolved article and, for the entities it could link, their links. */
public record LinkedArticle(ResolvedArticle resolved, Map<String, Link> links) {
    public LinkedArticle {
        links = Map.copyOf(links);
    }

    public Optional<Link> linkOf(Entity entity) {
        return Optional.ofNullable(links.get(entity.id()));
    }
}
