package org.newsgraph.link.wikidata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Gathers what the knowledge base keeps of one item, from a JSON entity or from its triples, and makes the
 * {@link WikidataItem}. English ({@code en}) terms win; the language-neutral {@code mul} terms Wikidata gives many
 * names since 2024 stand in when an item has no English label, and add aliases otherwise.
 * Not thread-safe: one per item.
 */
final class ItemBuilder {
    private final String id;
    private final String iri;
    private String enLabel;
    private String mulLabel;
    private final Set<String> enAliases = new LinkedHashSet<>();
    private final Set<String> mulAliases = new LinkedHashSet<>();
    private String description;
    private final Map<String, Set<String>> claims = new LinkedHashMap<>();
    private final Set<String> demonyms = new LinkedHashSet<>();
    private final Set<String> properties = new LinkedHashSet<>();
    private int sitelinkCount = -1;
    private int articlesSeen;

    ItemBuilder(String id) {
        this.id = id;
        this.iri = WD.ENTITY + id;
    }

    String id() {
        return id;
    }

    void label(String language, String text) {
        if ("en".equals(language) && enLabel == null) enLabel = text;
        else if ("mul".equals(language) && mulLabel == null) mulLabel = text;
    }

    void alias(String language, String text) {
        if ("en".equals(language)) enAliases.add(text);
        else if ("mul".equals(language)) mulAliases.add(text);
    }

    void description(String language, String text) {
        if ("en".equals(language) && description == null) description = text;
    }

    /** A truthy item value; kept only for {@link WD#ITEM_PROPERTIES}. */
    void claim(String property, String value) {
        properties.add(property);
        if (WD.ITEM_PROPERTIES.contains(property) && WD.isItemId(value)) {
            claims.computeIfAbsent(property, k -> new LinkedHashSet<>()).add(value);
        }
    }

    /** A truthy value of any other kind (string, date, quantity, …): only that the item holds the property. */
    void holds(String property) {
        properties.add(property);
    }

    void demonym(String language, String text) {
        properties.add(WD.P1549);
        if ("en".equals(language)) demonyms.add(text);
    }

    void sitelinks(int count) {
        sitelinkCount = count;
    }

    /** One sitelink article seen; counts when the dump gives no {@code wikibase:sitelinks} total. */
    void article() {
        articlesSeen++;
    }

    /**
     * Reads one triple of a Wikidata RDF dump or of a Wikidata-shaped graph. The caller has grouped it under this item
     * (subject is the item, its data node, or a sitelink article about it); other triples are ignored.
     */
    void accept(Triple t) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (!p.isURI()) return;
        boolean onItem = s.isURI() && s.getURI().equals(iri);
        String pred = p.getURI();
        if (onItem && o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            String text = o.getLiteralLexicalForm();
            if (p.equals(WD.label)) label(lang, text);
            else if (p.equals(WD.altLabel)) alias(lang, text);
            else if (p.equals(WD.description)) description(lang, text);
            else if (p.equals(WD.sitelinks)) sitelinks(parseCount(o));
            else if (pred.equals(WD.DIRECT + WD.P1549)) demonym(lang, text);
            else if (pred.startsWith(WD.DIRECT)) holds(pred.substring(WD.DIRECT.length()));
        } else if (onItem && o.isURI() && pred.startsWith(WD.DIRECT)) {
            String property = pred.substring(WD.DIRECT.length());
            // "unknown value" is a skolem IRI under /.well-known/genid/: not a value
            if (o.getURI().startsWith(WD.ENTITY)) claim(property, o.getURI().substring(WD.ENTITY.length()));
            else if (!o.getURI().contains("/.well-known/genid/")) holds(property);
        } else if (!onItem && p.equals(WD.sitelinks) && o.isLiteral()) {
            sitelinks(parseCount(o));
        } else if (!onItem && p.equals(WD.about) && !isDataNode(s)) {
            article();
        }
    }

    private int parseCount(Node literal) {
        try {
            return Integer.parseInt(literal.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isDataNode(Node s) {
        return s.isURI() && (s.getURI().startsWith(WD.ENTITY_DATA_HTTPS) || s.getURI().startsWith(WD.ENTITY_DATA_HTTP));
    }

    WikidataItem build() {
        String label = enLabel != null ? enLabel : mulLabel;
        Set<String> aliases = new LinkedHashSet<>(enAliases);
        if (mulLabel != null) aliases.add(mulLabel);
        aliases.addAll(mulAliases);
        aliases.remove(label);
        Map<String, List<String>> kept = new LinkedHashMap<>();
        claims.forEach((p, values) -> kept.put(p, new ArrayList<>(values)));
        int links = sitelinkCount >= 0 ? sitelinkCount : articlesSeen;
        return new WikidataItem(id, label, new ArrayList<>(aliases), description, kept, new ArrayList<>(demonyms),
                properties, links);
    }
}
