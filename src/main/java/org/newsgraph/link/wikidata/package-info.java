/**
 * Reads Wikidata itself: {@link org.newsgraph.link.wikidata.DumpImporter} streams the JSON and truthy N-Triples dumps
 * into Wikidata-shaped RDF, and {@link org.newsgraph.link.wikidata.WikidataClient} asks a SPARQL endpoint for items by
 * English label or alias, with a disk cache. Both yield the shape of the offline knowledge base ({@link WD}).
 */
package org.newsgraph.link.wikidata;
