package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.coref.Entity;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.Link;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

/**
 * Builds the named graph of one article: the article itself, its mentions with offsets, its entities with their
 * Wikidata links, and its events with their evidence sentence and confidence.
 *
 * <pre>{@code
 * Graph g = new GraphBuilder(lookup).build(linkedArticle, events);
 * }</pre>
 */
public final class GraphBuilder {
    static final String SCHEMA = "http://schema.org/";
    static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    static final String PROV = "http://www.w3.org/ns/prov#";

    private final ItemLookup lookup;

    public GraphBuilder(ItemLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    public Graph build(LinkedArticle linked, List<Event> events) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(prefixes());
        Article article = linked.resolved().doc().article();
        Resource art = m.createResource(Iris.article(article.id()));
        describeArticle(m, art, article);

        Map<String, Resource> entityNodes = new HashMap<>();
        for (Entity e : linked.resolved().entities()) {
            Resource node = describeEntity(m, art, e, linked.linkOf(e));
            entityNodes.put(e.id(), node);
            for (Mention mention : e.mentions()) describeMention(m, art, article, mention, node);
        }
        for (Event ev : events) describeEvent(m, art, article, linked, ev, entityNodes);
        return m.getGraph();
    }

    public static Map<String, String> prefixes() {
        return Map.of("ng", NG.NS, "schema", SCHEMA, "nif", NIF, "prov", PROV, "wd", Iris.WIKIDATA,
                "owl", OWL.NS, "rdfs", RDFS.uri, "xsd", XSD.NS, "ngr", NG.BASE);
    }

    private static void describeArticle(Model m, Resource art, Article a) {
        art.addProperty(RDF.type, m.createResource(SCHEMA + "NewsArticle"));
        if (a.title() != null && !a.title().isBlank()) art.addProperty(m.createProperty(SCHEMA, "headline"), a.title());
        if (a.published() != null) {
            art.addProperty(m.createProperty(SCHEMA, "datePublished"),
                    m.createTypedLiteral(a.published().toString(), XSDDatatype.XSDdate));
        }
        if (a.source() != null && !a.source().isBlank()) {
            art.addProperty(m.createProperty(SCHEMA, a.url() != null ? "url" : "publisher"), a.source());
        }
        art.addProperty(m.createProperty(SCHEMA, "inLanguage"), a.language());
        art.addProperty(NG.textHash, Iris.sha256(a.text()));
        art.addProperty(NG.sourceFile, a.origin());
    }

    private Resource describeEntity(Model m, Resource art, Entity e, Optional<Link> link) {
        Resource node;
        if (link.isPresent()) {
            Link l = link.get();
            node = m.createResource(Iris.linkedEntity(l.qid()));
            node.addProperty(RDF.type, entityClass(e.type(), true));
            node.addProperty(RDFS.label, m.createLiteral(l.label() != null ? l.label() : e.name(), "en"));
            node.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(l.qid())));
            node.addLiteral(NG.linkConfidence, decimal(m, l.confidence()));
        } else {
            node = m.createResource(Iris.unlinkedEntity(e.type(), e.name()));
            node.addProperty(RDF.type, entityClass(e.type(), false));
            node.addProperty(RDFS.label, m.createLiteral(e.name(), "en"));
        }
        node.addProperty(NG.mentionedIn, art);
        return node;
    }

    /** A NORP entity linked to Wikidata is linked through its demonym to a country, so it is a location. */
    public static Resource entityClass(String type, boolean linked) {
        return switch (type) {
            case "PER" -> NG.Person;
            case "ORG" -> NG.Organization;
            case "LOC" -> NG.Location;
            case "NORP" -> linked ? NG.Location : NG.Group;
            default -> throw new IllegalArgumentException("not an entity type: " + type);
        };
    }

    private static void describeMention(Model m, Resource art, Article a, Mention mention, Resource entity) {
        Resource node = m.createResource(Iris.mention(a.id(), mention.start(), mention.end()));
        node.addProperty(RDF.type, NG.Mention);
        node.addLiteral(m.createProperty(NIF, "beginIndex"), integer(m, mention.start()));
        node.addLiteral(m.createProperty(NIF, "endIndex"), integer(m, mention.end()));
        node.addProperty(m.createProperty(NIF, "anchorOf"), mention.text());
        node.addProperty(NG.mentionType, mention.type());
        node.addLiteral(NG.sentenceIndex, integer(m, mention.sentence()));
        node.addProperty(NG.inArticle, art);
        node.addProperty(NG.denotes, entity);
    }

    private void describeEvent(Model m, Resource art, Article a, LinkedArticle linked, Event ev,
                               Map<String, Resource> entityNodes) {
        Resource node = m.createResource(Iris.event(eventKey(a, ev)));
        node.addProperty(RDF.type, m.createResource(NG.NS + ev.type()));
        for (Argument arg : ev.args()) {
            var property = m.createProperty(NG.NS, arg.role());
            if (arg.isEntity()) {
                Resource target = argumentNode(m, art, linked, arg, entityNodes);
                node.addProperty(property, target);
                if (arg.description() != null) describeMention(m, art, a, arg.description(), target);
            } else {
                node.addLiteral(property, literal(m, arg));
            }
        }
        node.addLiteral(NG.confidence, decimal(m, ev.confidence()));
        if (ev.trigger() != null && !ev.trigger().isBlank()) node.addProperty(NG.trigger, ev.trigger());
        node.addProperty(m.createProperty(PROV, "wasDerivedFrom"), art);

        Sentence s = linked.resolved().doc().sentence(ev.sentence());
        Resource evidence = m.createResource(Iris.evidence(a.id(), s.index()));
        evidence.addProperty(RDF.type, NG.Evidence);
        evidence.addLiteral(m.createProperty(NIF, "beginIndex"), integer(m, s.start()));
        evidence.addLiteral(m.createProperty(NIF, "endIndex"), integer(m, s.end()));
        evidence.addProperty(m.createProperty(NIF, "anchorOf"), s.text());
        evidence.addLiteral(NG.sentenceIndex, integer(m, s.index()));
        evidence.addProperty(NG.inArticle, art);
        node.addProperty(NG.evidence, evidence);
    }

    /**
     * The entity an argument names: a knowledge-base item by QID, else the article's own entity, else a group that
     * only a description names ("the Syrian opposition"), by its name.
     */
    private Resource argumentNode(Model m, Resource art, LinkedArticle linked, Argument arg,
                                  Map<String, Resource> entityNodes) {
        if (arg.qid() != null) {
            Resource node = m.createResource(Iris.linkedEntity(arg.qid()));
            if (!m.contains(node, RDF.type)) {
                Optional<ItemLookup.Item> item = lookup.item(arg.qid());
                String type = item.map(ItemLookup.Item::type).orElse("LOC");
                node.addProperty(RDF.type, entityClass(type, true));
                node.addProperty(RDFS.label, m.createLiteral(item.map(ItemLookup.Item::label).orElse(arg.value()),
                        "en"));
                node.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(arg.qid())));
            }
            return node;
        }
        if (arg.entityId() == null) {
            Resource node = m.createResource(Iris.unlinkedEntity("ORG", arg.value()));
            node.addProperty(RDF.type, entityClass("ORG", false));
            node.addProperty(RDFS.label, m.createLiteral(arg.value(), "en"));
            node.addProperty(NG.mentionedIn, art);
            return node;
        }
        Resource node = entityNodes.get(arg.entityId());
        if (node == null) {
            throw new IllegalArgumentException("event argument " + arg.role() + " names entity " + arg.entityId()
                    + ", which article " + linked.resolved().doc().article().id() + " does not have");
        }
        return node;
    }

    private static Literal literal(Model m, Argument arg) {
        if (arg.datatype().equals("string")) return m.createLiteral(arg.value());
        RDFDatatype dt = TypeMapper.getInstance().getSafeTypeByName(XSD.NS + arg.datatype());
        if (arg.datatype().equals("decimal")) return decimal(m, new BigDecimal(arg.value()).doubleValue());
        return m.createTypedLiteral(arg.value(), dt);
    }

    static Literal integer(Model m, long value) {
        return m.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }

    public static Literal decimal(Model m, double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 1) d = d.setScale(1);
        return m.createTypedLiteral(d.toPlainString(), XSDDatatype.XSDdecimal);
    }

    /** Article, sentence, type and the arguments in a fixed order: the same event always gets the same IRI. */
    static String eventKey(Article a, Event ev) {
        StringBuilder key = new StringBuilder(a.id()).append('|').append(ev.sentence()).append('|').append(ev.type());
        ev.args().stream()
                .map(arg -> arg.role() + "=" + (arg.isEntity() ? arg.identity() : arg.value() + "^^" + arg.datatype()))
                .sorted(Comparator.naturalOrder())
                .forEach(s -> key.append('|').append(s));
        return key.toString();
    }
}
