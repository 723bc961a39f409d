/**
 * Entity linking: takes a {@link org.newsgraph.coref.ResolvedArticle} and links its entities to Wikidata items of the
 * offline, Wikidata-shaped {@link org.newsgraph.link.KnowledgeBase}, emitting a
 * {@link org.newsgraph.link.LinkedArticle}.
 * The knowledge base is immutable once loaded and the {@link org.newsgraph.link.Linker} holds no per-article state, so
 * both are safe to share between threads.
 */
package org.newsgraph.link;
