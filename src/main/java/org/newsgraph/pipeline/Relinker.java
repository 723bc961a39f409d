package org.newsgraph.pipeline;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.NewsgraphException;
import org.newsgraph.ProblemListener;
import org.newsgraph.coref.Entity;
import org.newsgraph.coref.NameCoref;
import org.newsgraph.coref.ResolvedArticle;
import org.newsgraph.extract.Argument;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.Link;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Mention;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * Re-links the articles of a store after the knowledge base changed, without running NLP again: from each article
 * graph's mentions it redoes coreference and linking, then rewrites the entities (IRI, label, {@code owl:sameAs},
 * {@code ng:linkConfidence}), the mentions' {@code ng:denotes}, and every event argument that named an entity whose
 * IRI changed, together with the IRI of that event, which depends on its arguments. Each article is replaced in one
 * write transaction.
 *
 * <pre>{@code
 * Relinker.Stats s = new Relinker(kb, linker).run(store, problems);
 * }</pre>
 * One instance serves one thread.
 *
 * The text the linker reads around mentions comes from the article's source file when it is still there unchanged
 * (checked against {@code ng:textHash}). What it does not redo is extraction: events keep their type, literal
 * arguments, evidence and confidence as first extracted (an event's confidence depends on NER confidences the store
 * does not keep), so after a change of links an event's {@code ng:confidence} may differ from a fresh ingest.
 */
public final class Relinker {
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final String ARTICLE_PREFIX = NG.BASE + "article/";
    private static final String EVENT_PREFIX = NG.BASE + "event/";
    private static final String LINKED_PREFIX = NG.BASE + "entity/wd/";

    private final KnowledgeBase kb;
    private final EntityLinker linker;
    private final NameCoref coref;
    private final ArticleReader reader = ArticleReader.builder().build();
    /** The last source file read and its articles (a JSON Lines file holds many, stored one after another). */
    private Path lastSource;
    private List<Article> lastArticles = List.of();

    /** Counts of one run. */
    public static final class Stats {
        int articles;
        int changed;
        int entitiesRelinked;

        public int articles() {
            return articles;
        }

        public int changed() {
            return changed;
        }

        public int entitiesRelinked() {
            return entitiesRelinked;
        }

        @Override
        public String toString() {
            return articles + " articles, " + changed + " changed, " + entitiesRelinked + " entities with a new IRI";
        }
    }

    public Relinker(KnowledgeBase kb, EntityLinker linker) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.linker = Objects.requireNonNull(linker, "linker");
        this.coref = new NameCoref(m -> Pipeline.knownId(kb, m));
    }

    /**
     * The article graphs that {@link #run(Articles, ProblemListener)} re-links: a local store, or a running server's
     * (where another client may write between the read of an article and its write).
     */
    public interface Articles {
        /** The names of the stored graphs; those that are no article graphs are passed over. */
        List<String> graphNames();

        /** A copy of graph {@code iri}. */
        Graph graph(String iri);

        /**
         * Replaces graph {@code iri} with {@code after} unless it no longer holds {@code before} (another writer
         * changed it meanwhile); returns whether it did.
         */
        boolean replace(String iri, Graph before, Graph after);
    }

    /** Re-links every article graph of {@code store}; one that cannot be re-linked is reported and left as it was. */
    public Stats run(GraphStore store, ProblemListener problems) {
        // The local store is this process's alone (TDB2 admits one), so nobody writes between read and write.
        return run(new Articles() {
            @Override
            public List<String> graphNames() {
                return store.graphNames();
            }

            @Override
            public Graph graph(String iri) {
                return store.graph(iri);
            }

            @Override
            public boolean replace(String iri, Graph before, Graph after) {
                store.replaceGraph(iri, after);
                return true;
            }
        }, problems);
    }

    /**
     * Re-links every article graph of {@code articles}; an article that cannot be re-linked, or that changed while
     * it was being re-linked, is reported and left as it is.
     */
    public Stats run(Articles articles, ProblemListener problems) {
        Stats stats = new Stats();
        for (String name : articles.graphNames()) {
            if (!name.startsWith(ARTICLE_PREFIX)) continue;
            stats.articles++;
            Graph before = articles.graph(name);
            Graph after;
            try {
                after = relink(name, before, stats);
            } catch (NewsgraphException | IllegalArgumentException e) {
                problems.problem(name, "cannot re-link: " + e.getMessage());
                continue;
            }
            if (after.isIsomorphicWith(before)) continue;
            if (articles.replace(name, before, after)) {
                stats.changed++;
            } else {
                problems.problem(name, "changed while it was being re-linked (written by another client); left as"
                        + " it is now, run link again");
            }
        }
        return stats;
    }

    /** The article graph {@code graph} (named {@code articleIri}) as linking with this knowledge base gives it. */
    public Graph relink(String articleIri, Graph graph, Stats stats) {
        Model m = ModelFactory.createModelForGraph(copy(graph));
        m.setNsPrefixes(GraphBuilder.prefixes());
        Resource art = m.createResource(articleIri);
        String articleId = articleIri.substring(ARTICLE_PREFIX.length());

        Map<Resource, Mention> mentions = mentions(m);
        List<Mention> ordered = new ArrayList<>(mentions.values());
        ordered.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        Map<Mention, Resource> oldEntityOf = new HashMap<>();
        mentions.forEach((node, mention) -> oldEntityOf.put(mention, node.getPropertyResourceValue(NG.denotes)));

        Article article = new Article(articleId, null, null, null, "en", text(m, art, articleId, ordered), articleId);
        ResolvedArticle resolved = coref.resolve(new AnnotatedArticle(article, List.of(), ordered));
        LinkedArticle linked = linker.link(resolved);

        // old entity node -> new one, through the entity its first mention now belongs to
        Map<Resource, Resource> renamed = new LinkedHashMap<>();
        Map<Resource, String> newEntityIds = new HashMap<>();
        Map<String, Resource> newNodes = new LinkedHashMap<>();
        for (Entity e : resolved.entities()) {
            Optional<Link> link = linked.linkOf(e);
            Resource node = m.createResource(link.map(l -> Iris.linkedEntity(l.qid()))
                    .orElseGet(() -> Iris.unlinkedEntity(e.type(), e.name())));
            newNodes.put(e.id(), node);
            newEntityIds.putIfAbsent(node, e.id());
            for (Mention mention : e.mentions()) {
                Resource old = oldEntityOf.get(mention);
                if (old != null) renamed.putIfAbsent(old, node);
            }
        }
        // drop the old entity descriptions and mention links, then describe the new entities
        for (Resource old : new LinkedHashSet<>(oldEntityOf.values())) {
            if (old != null) m.removeAll(old, null, null);
        }
        for (Resource mentionNode : mentions.keySet()) m.removeAll(mentionNode, NG.denotes, null);
        for (Entity e : resolved.entities()) {
            Resource node = newNodes.get(e.id());
            describe(m, art, node, e, linked.linkOf(e));
            for (Mention mention : e.mentions()) {
                for (Map.Entry<Resource, Mention> entry : mentions.entrySet()) {
                    if (entry.getValue().equals(mention)) entry.getKey().addProperty(NG.denotes, node);
                }
            }
        }
        renamed.forEach((old, now) -> {
            if (!old.equals(now)) stats.entitiesRelinked++;
        });
        // a description ("the regime") follows the entity it named to its new node
        for (Resource description : descriptions(m)) {
            Resource old = description.getPropertyResourceValue(NG.denotes);
            Resource now = old == null ? null : renamed.get(old);
            if (now != null && !now.equals(old)) {
                description.removeAll(NG.denotes);
                description.addProperty(NG.denotes, now);
            }
        }
        rewriteEvents(m, articleId, renamed, newEntityIds);
        return m.getGraph();
    }

    private void describe(Model m, Resource art, Resource node, Entity e, Optional<Link> link) {
        if (link.isPresent()) {
            Link l = link.get();
            node.addProperty(RDF.type, GraphBuilder.entityClass(e.type(), true));
            node.addProperty(RDFS.label, m.createLiteral(l.label() != null ? l.label() : e.name(), "en"));
            node.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(l.qid())));
            node.addLiteral(NG.linkConfidence, GraphBuilder.decimal(m, l.confidence()));
        } else {
            node.addProperty(RDF.type, GraphBuilder.entityClass(e.type(), false));
            node.addProperty(RDFS.label, m.createLiteral(e.name(), "en"));
        }
        node.addProperty(NG.mentionedIn, art);
    }

    /** Points event arguments at the new entity nodes and renames each event whose arguments changed. */
    private void rewriteEvents(Model m, String articleId, Map<Resource, Resource> renamed,
                               Map<Resource, String> entityIds) {
        List<Resource> events = new ArrayList<>();
        m.listSubjectsWithProperty(NG.evidence).forEachRemaining(events::add);
        for (Resource event : events) {
            boolean changed = false;
            for (Statement st : event.listProperties().toList()) {
                if (!st.getPredicate().getURI().startsWith(NG.NS) || !st.getObject().isURIResource()) continue;
                Resource target = st.getObject().asResource();
                Resource now = renamed.get(target);
                if (now != null && !now.equals(target)) {
                    m.remove(st);
                    event.addProperty(st.getPredicate(), now);
                    changed = true;
                }
            }
            // a knowledge-base item an argument names without the article naming it keeps its wd IRI; describe it
            // again if it lost its description with an old entity node
            for (Statement st : event.listProperties().toList()) {
                if (!st.getPredicate().getURI().startsWith(NG.NS) || !st.getObject().isURIResource()) continue;
                Resource target = st.getObject().asResource();
                if (target.getURI().startsWith(LINKED_PREFIX) && !m.contains(target, RDF.type)) {
                    describeItem(m, target);
                }
            }
            if (changed) rename(m, event, eventKey(articleId, event, entityIds));
        }
    }

    private void describeItem(Model m, Resource node) {
        String qid = node.getURI().substring(LINKED_PREFIX.length());
        Optional<KbEntry> entry = kb.get(qid);
        node.addProperty(RDF.type, GraphBuilder.entityClass(entry.map(KbEntry::nerType).orElse("LOC"), true));
        node.addProperty(RDFS.label, m.createLiteral(entry.map(KbEntry::label).orElse(qid), "en"));
        node.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(qid)));
    }

    /** The key {@link GraphBuilder} hashes into an event IRI, rebuilt from the event's triples. */
    static String eventKey(String articleId, Resource event, Map<Resource, String> entityIds) {
        Resource evidence = event.getPropertyResourceValue(NG.evidence);
        int sentence = evidence.getProperty(NG.sentenceIndex).getInt();
        String type = null;
        for (Statement st : event.listProperties(RDF.type).toList()) {
            String uri = st.getResource().getURI();
            if (uri.startsWith(NG.NS)) type = uri.substring(NG.NS.length());
        }
        StringBuilder key = new StringBuilder(articleId).append('|').append(sentence).append('|').append(type);
        Set<String> skip = Set.of(NG.confidence.getURI(), NG.trigger.getURI(), NG.evidence.getURI());
        List<String> args = new ArrayList<>();
        for (Statement st : event.listProperties().toList()) {
            String p = st.getPredicate().getURI();
            if (!p.startsWith(NG.NS) || skip.contains(p)) continue;
            String role = p.substring(NG.NS.length());
            RDFNode o = st.getObject();
            if (o.isURIResource()) {
                String uri = o.asResource().getURI();
                String id = uri.startsWith(LINKED_PREFIX) ? uri.substring(LINKED_PREFIX.length())
                        : entityIds.containsKey(o.asResource()) ? entityIds.get(o.asResource())
                        : describedGroup(o.asResource());
                args.add(role + "=" + id);
            } else if (o.isLiteral()) {
                Literal l = o.asLiteral();
                String dt = l.getDatatypeURI() == null || l.getDatatypeURI().equals(XSD.xstring.getURI()) ? "string"
                        : l.getDatatypeURI().substring(XSD.NS.length());
                args.add(role + "=" + l.getLexicalForm() + "^^" + dt);
            }
        }
        args.sort(Comparator.naturalOrder());
        for (String a : args) key.append('|').append(a);
        return key.toString();
    }

    /** The identity {@link Argument#identity()} gives a group that only a description names. */
    private static String describedGroup(Resource node) {
        Statement label = node.getProperty(RDFS.label);
        return label == null ? null : Argument.groupIdentity(label.getString());
    }

    private static void rename(Model m, Resource event, String key) {
        Resource renamed = m.createResource(Iris.event(key));
        if (renamed.equals(event)) return;
        for (Statement st : event.listProperties().toList()) renamed.addProperty(st.getPredicate(), st.getObject());
        for (Statement st : m.listStatements(null, null, event).toList()) {
            st.getSubject().addProperty(st.getPredicate(), renamed);
        }
        m.removeAll(event, null, null);
        m.removeAll(null, null, event);
    }

    /** The name mentions of the graph; descriptions ({@link Argument#DESCRIPTION}) are no names and left out. */
    private static Map<Resource, Mention> mentions(Model m) {
        Map<Resource, Mention> out = new TreeMap<>(Comparator.comparing(Resource::getURI));
        m.listSubjectsWithProperty(RDF.type, NG.Mention).forEachRemaining(node -> {
            if (isDescription(node)) return;
            int start = intOf(node, m.createProperty(NIF, "beginIndex"));
            int end = intOf(node, m.createProperty(NIF, "endIndex"));
            String text = node.getProperty(m.createProperty(NIF, "anchorOf")).getString();
            String type = node.getProperty(NG.mentionType).getString();
            int sentence = intOf(node, NG.sentenceIndex);
            out.put(node, new Mention(start, end, type, text, sentence, 1.0));
        });
        return out;
    }

    private static List<Resource> descriptions(Model m) {
        return m.listSubjectsWithProperty(RDF.type, NG.Mention).filterKeep(Relinker::isDescription).toList();
    }

    private static boolean isDescription(Resource mention) {
        Statement type = mention.getProperty(NG.mentionType);
        return type != null && type.getString().equals(Argument.DESCRIPTION);
    }

    private static int intOf(Resource node, org.apache.jena.rdf.model.Property p) {
        Statement st = node.getProperty(p);
        if (st == null) throw new NewsgraphException("mention " + node.getURI() + " has no " + p.getLocalName());
        return new BigInteger(st.getLiteral().getLexicalForm()).intValueExact();
    }

    /**
     * The article's text, which the linker reads around mentions ("Kursk" before "region"): read again from the
     * source file when that file still holds an article of this id whose text has the stored hash; otherwise as far as
     * the graph tells it, the evidence sentences and mentions at their offsets and blanks elsewhere.
     */
    private String text(Model m, Resource art, String articleId, List<Mention> mentions) {
        Statement source = art.getProperty(NG.sourceFile);
        Statement hash = art.getProperty(NG.textHash);
        if (source != null && hash != null) {
            Optional<String> read = sourceText(source.getString(), articleId, hash.getString());
            if (read.isPresent()) return read.get();
        }
        int length = mentions.stream().mapToInt(Mention::end).max().orElse(0);
        List<Resource> evidence = m.listSubjectsWithProperty(RDF.type, NG.Evidence).toList();
        for (Resource ev : evidence) length = Math.max(length, intOf(ev, m.createProperty(NIF, "endIndex")));
        char[] text = new char[Math.max(1, length)];
        java.util.Arrays.fill(text, ' ');
        for (Resource ev : evidence) {
            String sentence = ev.getProperty(m.createProperty(NIF, "anchorOf")).getString();
            int begin = intOf(ev, m.createProperty(NIF, "beginIndex"));
            if (begin + sentence.length() <= text.length) sentence.getChars(0, sentence.length(), text, begin);
        }
        for (Mention mention : mentions) mention.text().getChars(0, mention.text().length(), text, mention.start());
        return new String(text);
    }

    private Optional<String> sourceText(String origin, String articleId, String textHash) {
        Path file = Path.of(origin);
        if (!Files.isRegularFile(file)) {
            int colon = origin.lastIndexOf(':');
            if (colon <= 0) return Optional.empty();
            file = Path.of(origin.substring(0, colon));
            if (!Files.isRegularFile(file)) return Optional.empty();
        }
        if (!file.equals(lastSource)) {
            List<Article> found = new ArrayList<>();
            reader.read(List.of(file), found::add, (where, message) -> { });
            lastSource = file;
            lastArticles = found;
        }
        return lastArticles.stream().filter(a -> a.id().equals(articleId) && Iris.sha256(a.text()).equals(textHash))
                .map(Article::text).findFirst();
    }

    private static Graph copy(Graph g) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }
}
