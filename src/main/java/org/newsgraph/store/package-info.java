/**
 * The TDB2 store: one named graph per article, replaced atomically, with SPARQL queries and whole-store exports.
 * {@link org.newsgraph.store.GraphStore} is safe to share between threads; every access runs in its own transaction.
 */
package org.newsgraph.store;
