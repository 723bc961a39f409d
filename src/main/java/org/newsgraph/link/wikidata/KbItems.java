package org.newsgraph.link.wikidata;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.newsgraph.ConfigException;
import org.newsgraph.link.KnowledgeBase;

/**
 * Turns Wikidata items (from a dump or from the query service) into knowledge-base entries: the item's own triples
 * plus {@code kb:kind} from its classes (the table in {@value #KINDS}), {@code kb:prior} from its sitelink count and
 * {@code kb:verifiedBy} naming where it came from. An item without an English label or without a class the table
 * knows is left out, since the linker could not tell what it is.
 *
 * <pre>{@code
 * KbItems.Result r = KbItems.standard().convert(items, "Wikidata JSON dump latest-all.json.gz");
 * }</pre>
 */
public final class KbItems {
    /** Classpath table of Wikidata class to kb:kind. */
    public static final String KINDS = "/kb/kinds.properties";

    private static final Node KIND = NodeFactory.createURI(KnowledgeBase.KB + "kind");
    private static final Node PRIOR = NodeFactory.createURI(KnowledgeBase.KB + "prior");
    private static final Node VERIFIED_BY = NodeFactory.createURI(KnowledgeBase.KB + "verifiedBy");
    /** Sitelinks at which the prior reaches its ceiling; the most linked states have a few hundred. */
    private static final double SITELINKS_CEILING = 300;

    private final Map<String, List<String>> kindsByClass;

    /** What came out of a conversion: the entries as RDF, how many items were kept and how many left out. */
    public record Result(Model model, int kept, int skipped) {
        public Result {
            Objects.requireNonNull(model, "model");
        }
    }

    public KbItems(Map<String, List<String>> kindsByClass) {
        this.kindsByClass = Map.copyOf(kindsByClass);
    }

    /** The table that ships with newsgraph. */
    public static KbItems standard() {
        try (InputStream in = KbItems.class.getResourceAsStream(KINDS)) {
            if (in == null) throw new ConfigException("class table " + KINDS + " not on classpath");
            Properties p = new Properties();
            p.load(in);
            Map<String, List<String>> table = new TreeMap<>();
            for (String cls : p.stringPropertyNames()) {
                if (!WD.isItemId(cls)) throw new ConfigException(KINDS + ": not a class QID: " + cls);
                List<String> kinds = new ArrayList<>();
                for (String k : p.getProperty(cls).split(",")) if (!k.isBlank()) kinds.add(k.strip());
                table.put(cls, kinds);
            }
            return new KbItems(table);
        } catch (IOException e) {
            throw new ConfigException("cannot read class table " + KINDS + ": " + e.getMessage(), e);
        }
    }

    /** The kinds an item is, from its P31 classes; empty when none is known. */
    public Set<String> kindsOf(WikidataItem item) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String cls : item.values(WD.P31)) kinds.addAll(kindsByClass.getOrDefault(cls, List.of()));
        return kinds;
    }

    /** A coarse prior in 0.3..0.8 growing with the logarithm of the sitelink count. */
    public static double prior(int sitelinks) {
        double share = Math.min(1.0, Math.log1p(sitelinks) / Math.log1p(SITELINKS_CEILING));
        return Math.round((0.3 + 0.5 * share) * 100) / 100.0;
    }

    /** @param source where the items came from, recorded as each entry's kb:verifiedBy */
    public Result convert(Iterable<WikidataItem> items, String source) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(WD.PREFIXES);
        m.setNsPrefix("kb", KnowledgeBase.KB);
        Graph g = m.getGraph();
        int kept = 0;
        int skipped = 0;
        for (WikidataItem item : items) {
            Set<String> kinds = kindsOf(item);
            if (item.label() == null || kinds.isEmpty()) {
                skipped++;
                continue;
            }
            kept++;
            Node s = WD.item(item.id());
            for (Triple t : item.triples()) g.add(t);
            for (String k : kinds) g.add(Triple.create(s, KIND, NodeFactory.createLiteralString(k)));
            g.add(Triple.create(s, PRIOR, NodeFactory.createLiteralDT(Double.toString(prior(item.sitelinks())),
                    XSDDatatype.XSDdecimal)));
            g.add(Triple.create(s, VERIFIED_BY, NodeFactory.createLiteralString(source)));
        }
        return new Result(m, kept, skipped);
    }
}
