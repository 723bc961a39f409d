/**
 * Serving the store over HTTP: {@link org.newsgraph.serve.SparqlServer} starts Fuseki from {@code fuseki-config.ttl}
 * with SPARQL and Graph Store endpoints open to reading, a write endpoint for the users of a password file only, and,
 * optionally, the read-only Fuseki UI; the config's query timeout and result limit bound what one query can cost.
 */
package org.newsgraph.serve;
