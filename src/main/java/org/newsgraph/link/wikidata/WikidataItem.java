package org.newsgraph.link.wikidata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * What the knowledge base keeps of one Wikidata item: its English terms, its truthy values for
 * {@link WD#ITEM_PROPERTIES}, its English demonyms and its sitelink count. {@code properties} names every property the
 * item holds a truthy value for (also those not kept), so that a filter can ask for any of them.
 *
 * @param id the item id, {@code Q…}
 * @param label the English label, or null when the item has none
 * @param aliases English aliases, without the label, in source order
 * @param description the English description, or null
 * @param claims kept property id to item ids ({@code P31 -> [Q5]})
 * @param demonyms English values of P1549
 * @param properties ids of all properties with a truthy value
 * @param sitelinks number of sitelinks (Wikipedia and sister-project pages), the popularity signal
 */
public record WikidataItem(String id, String label, List<String> aliases, String description,
                           Map<String, List<String>> claims, List<String> demonyms, Set<String> properties,
                           int sitelinks) {
    public WikidataItem {
        if (!WD.isItemId(id)) throw new IllegalArgumentException("not a Wikidata item id: " + id);
        if (sitelinks < 0) throw new IllegalArgumentException("negative sitelink count for " + id + ": " + sitelinks);
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        properties = Set.copyOf(properties);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        claims.forEach((p, values) -> {
            if (!WD.isPropertyId(p)) throw new IllegalArgumentException("not a property id in " + id + ": " + p);
            for (String v : values) {
                if (!WD.isItemId(v)) throw new IllegalArgumentException(id + " " + p + ": not an item id: " + v);
            }
            copy.put(p, List.copyOf(values));
        });
        claims = java.util.Collections.unmodifiableMap(copy);
    }

    /** The item ids this item has for a property, empty when none. */
    public List<String> values(String property) {
        return claims.getOrDefault(property, List.of());
    }

    /** The item as Wikidata-shaped triples, in a stable order. */
    public List<Triple> triples() {
        Node s = WD.item(id);
        List<Triple> out = new ArrayList<>();
        if (label != null) out.add(Triple.create(s, WD.label, english(label)));
        for (String alias : aliases) out.add(Triple.create(s, WD.altLabel, english(alias)));
        if (description != null) out.add(Triple.create(s, WD.description, english(description)));
        claims.forEach((p, values) -> {
            for (String v : values) out.add(Triple.create(s, WD.direct(p), WD.item(v)));
        });
        for (String demonym : demonyms) out.add(Triple.create(s, WD.direct(WD.P1549), english(demonym)));
        out.add(Triple.create(s, WD.sitelinks,
                NodeFactory.createLiteralDT(Integer.toString(sitelinks), XSDDatatype.XSDinteger)));
        return out;
    }

    private static Node english(String text) {
        return NodeFactory.createLiteralLang(Objects.requireNonNull(text), "en");
    }
}
