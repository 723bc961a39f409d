package org.newsgraph.coref;

import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Mention;

/** What the coreference stage emits: the annotated article and its entities. */
public record ResolvedArticle(AnnotatedArticle doc, List<Entity> entities) {
    public ResolvedArticle {
        entities = List.copyOf(entities);
    }

    /** The entity that a name mention belongs to. */
    public Optional<Entity> entityOf(Mention mention) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() == mention.start() && m.end() == mention.end()) return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
