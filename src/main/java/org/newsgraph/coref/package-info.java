/**
 * Coreference by name within one article: groups the name mentions of an {@link org.newsgraph.nlp.AnnotatedArticle}
 * into {@link org.newsgraph.coref.Entity entities} ("Sergei Lavrov" … "Lavrov"). Stateless and thread-safe.
 */
package org.newsgraph.coref;
