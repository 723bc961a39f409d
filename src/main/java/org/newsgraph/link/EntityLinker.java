package org.newsgraph.link;

import org.newsgraph.coref.ResolvedArticle;

/** The linking stage: links an article's entities to Wikidata items where it can. */
@FunctionalInterface
public interface EntityLinker {
    LinkedArticle link(ResolvedArticle article);
}
