package org.newsgraph.link.wikidata;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;

/**
 * Groups the triples of a Wikidata RDF dump by entity and hands each finished item to the import. The dumps write an
 * entity's triples together: its data node ({@code Special:EntityData/Q…}), the entity itself, and its sitelink
 * articles ({@code schema:about wd:Q…}); a triple whose subject names no entity (a site node) belongs to the entity
 * being read. Only the terms the knowledge base keeps are held, never the triples themselves.
 */
final class TruthyItemStream extends StreamRDFBase {
    private final ImportRun run;
    private String currentId;
    private ItemBuilder current;

    TruthyItemStream(ImportRun run) {
        this.run = run;
    }

    @Override
    public void triple(Triple t) {
        String id = entityOf(t);
        if (id != null && !id.equals(currentId)) {
            flush();
            currentId = id;
            current = WD.isItemId(id) ? new ItemBuilder(id) : null;
        }
        if (current != null) current.accept(t);
    }

    @Override
    public void finish() {
        flush();
    }

    private void flush() {
        if (currentId == null) return;
        if (current != null) run.item(current.build());
        else run.skipped();
        currentId = null;
        current = null;
    }

    /** The entity id a triple announces, or null when it just continues the current entity. */
    static String entityOf(Triple t) {
        Node s = t.getSubject();
        if (s.isURI()) {
            String iri = s.getURI();
            if (iri.startsWith(WD.ENTITY)) return entityId(iri.substring(WD.ENTITY.length()));
            if (iri.startsWith(WD.ENTITY_DATA_HTTPS)) return entityId(iri.substring(WD.ENTITY_DATA_HTTPS.length()));
            if (iri.startsWith(WD.ENTITY_DATA_HTTP)) return entityId(iri.substring(WD.ENTITY_DATA_HTTP.length()));
        }
        Node o = t.getObject();
        if (t.getPredicate().equals(WD.about) && o.isURI() && o.getURI().startsWith(WD.ENTITY)) {
            return entityId(o.getURI().substring(WD.ENTITY.length()));
        }
        return null;
    }

    /** {@code Q42}, {@code P31}, {@code L7}; null for anything else under the entity namespace. */
    private static String entityId(String local) {
        return WD.isId(local, 'Q') || WD.isId(local, 'P') || WD.isId(local, 'L') ? local : null;
    }
}
