/**
 * Turns one processed article (its entities, links and events) into the RDF graph newsgraph stores for it, in the
 * terms of {@link org.newsgraph.rdf.NG}. IRIs are deterministic, so the same article always gives the same graph.
 * Stateless and thread-safe.
 */
package org.newsgraph.rdf;
