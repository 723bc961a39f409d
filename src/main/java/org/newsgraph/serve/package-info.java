/**
 * Serving the store over HTTP: {@link org.newsgraph.serve.SparqlServer} starts Fuseki from {@code fuseki-config.ttl}
 * with read-only SPARQL and Graph Store endpoints and, optionally, the read-only Fuseki UI.
 */
package org.newsgraph.serve;
