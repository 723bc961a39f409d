/**
 * Wires the stages (nlp, coref, link, extract, rdf) into one {@link org.newsgraph.pipeline.Pipeline} that turns an
 * article into its graph. A pipeline is thread-safe: shared models, one annotator per thread.
 */
package org.newsgraph.pipeline;
