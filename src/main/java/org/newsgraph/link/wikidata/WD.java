package org.newsgraph.link.wikidata;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Wikidata's namespaces and the few terms the knowledge base keeps, as Jena nodes. The IRIs are Wikidata's own, so
 * the same SPARQL runs against the offline knowledge base and the Wikidata Query Service.
 */
public final class WD {
    /** Items: {@code wd:Q159}. */
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    /** Truthy (best-rank) statement values: {@code wdt:P31}. */
    public static final String DIRECT = "http://www.wikidata.org/prop/direct/";
    public static final String SCHEMA = "http://schema.org/";
    public static final String WIKIBASE = "http://wikiba.se/ontology#";
    /** Per-entity data nodes of the RDF dumps; the dumps use https, older ones http. */
    static final String ENTITY_DATA_HTTPS = "https://www.wikidata.org/wiki/Special:EntityData/";
    static final String ENTITY_DATA_HTTP = "http://www.wikidata.org/wiki/Special:EntityData/";

    /** Instance of. */
    public static final String P31 = "P31";
    /** Country. */
    public static final String P17 = "P17";
    /** Capital. */
    public static final String P36 = "P36";
    /** Position held. */
    public static final String P39 = "P39";
    /** Demonym (monolingual text; only English is kept). */
    public static final String P1549 = "P1549";
    /** The item-valued properties the knowledge base keeps. */
    public static final Set<String> ITEM_PROPERTIES = Set.of(P31, P17, P36, P39);

    public static final Node label = RDFS.Nodes.label;
    public static final Node altLabel = SKOS.altLabel.asNode();
    public static final Node description = NodeFactory.createURI(SCHEMA + "description");
    public static final Node about = NodeFactory.createURI(SCHEMA + "about");
    public static final Node sitelinks = NodeFactory.createURI(WIKIBASE + "sitelinks");

    /** Prefixes for writing Wikidata-shaped Turtle. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("wd", ENTITY)
            .setNsPrefix("wdt", DIRECT)
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("schema", SCHEMA)
            .setNsPrefix("wikibase", WIKIBASE)
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .lock();

    private WD() {
    }

    /** {@code wd:Q…} for an item id. */
    public static Node item(String qid) {
        return NodeFactory.createURI(ENTITY + qid);
    }

    /** {@code wdt:P…} for a property id. */
    public static Node direct(String pid) {
        return NodeFactory.createURI(DIRECT + pid);
    }

    /** True for {@code Q} followed by a number without leading zero. */
    public static boolean isItemId(String id) {
        return isId(id, 'Q');
    }

    /** True for {@code P} followed by a number without leading zero. */
    public static boolean isPropertyId(String id) {
        return isId(id, 'P');
    }

    /** A letter and a number without leading zero; checked by hand, as dump imports call this per triple. */
    static boolean isId(String id, char letter) {
        if (id == null || id.length() < 2 || id.length() > 12 || id.charAt(0) != letter || id.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }
}
