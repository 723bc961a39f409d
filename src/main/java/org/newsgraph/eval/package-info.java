/**
 * Scores the pipeline against gold annotations in the JSON format of {@code DESIGN.md}: entities (exact and lenient),
 * Wikidata links and relations, and writes predictions in that same format. Stateless and thread-safe.
 */
package org.newsgraph.eval;
