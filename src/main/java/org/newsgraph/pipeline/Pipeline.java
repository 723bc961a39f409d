package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsgraph.coref.NameCoref;
import org.newsgraph.coref.ResolvedArticle;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventExtractor;
import org.newsgraph.extract.RuleBasedExtractor;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.link.Linker;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.OpenNlpAnnotator;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.rdf.ItemLookup;

/**
 * Article in, graph out: NLP, coreference, Wikidata linking, event extraction and RDF.
 *
 * <pre>{@code
 * try (Pipeline p = Pipeline.standard()) {
 *     ArticleResult r = p.process(article);   // r.graph() is the article's named graph
 * }
 * }</pre>
 * Thread-safe: models and the knowledge base are shared; each thread gets its own annotator.
 */
public final class Pipeline implements AutoCloseable {
    private final KnowledgeBase kb;
    private final ThreadLocal<Annotator> annotator;
    private final List<Annotator> annotators = new ArrayList<>();
    private final NameCoref coref;
    private final EntityLinker linker;
    private final EventExtractor extractor;
    private final GraphBuilder graphs;

    public Pipeline(KnowledgeBase kb, Supplier<Annotator> annotators, EventExtractor extractor) {
        this(kb, annotators, new Linker(kb), extractor);
    }

    /** @param linker the linking stage, e.g. a {@link Linker} over {@code kb} or one that also asks Wikidata */
    public Pipeline(KnowledgeBase kb, Supplier<Annotator> annotators, EntityLinker linker, EventExtractor extractor) {
        this.kb = kb;
        this.annotator = ThreadLocal.withInitial(() -> {
            Annotator a = annotators.get();
            synchronized (this.annotators) {
                this.annotators.add(a);
            }
            return a;
        });
        this.coref = new NameCoref(m -> knownId(kb, m));
        this.linker = linker;
        this.extractor = extractor;
        this.graphs = new GraphBuilder(itemLookup(kb));
    }

    /** The shipped models, knowledge base and rules. */
    public static Pipeline standard() {
        return standard(KnowledgeBase.loadDefault());
    }

    /** The shipped models and rules over the given knowledge base (e.g. the shipped one with extensions). */
    public static Pipeline standard(KnowledgeBase kb) {
        return standard(kb, new Linker(kb));
    }

    /** The shipped models and rules, with the given linking stage over {@code kb}. */
    public static Pipeline standard(KnowledgeBase kb, EntityLinker linker) {
        return new Pipeline(kb, OpenNlpAnnotator::new, linker, new RuleBasedExtractor(new KbGeography(kb)));
    }

    public ArticleResult process(Article article) {
        AnnotatedArticle doc = annotator.get().annotate(article);
        ResolvedArticle resolved = coref.resolve(doc);
        LinkedArticle linked = linker.link(resolved);
        List<Event> events = extractor.extract(linked);
        return new ArticleResult(article, linked, events, graphs.build(linked, events));
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** The knowledge-base item a name mention unambiguously names, so that coreference joins its aliases. */
    static Optional<String> knownId(KnowledgeBase kb, Mention m) {
        if (m.type().equals("NORP")) return kb.countryForDemonym(m.text()).map(KbEntry::qid);
        List<KbEntry> fitting = kb.candidates(m.text()).stream().filter(e -> e.nerType().equals(m.type())).toList();
        return fitting.size() == 1 ? Optional.of(fitting.get(0).qid()) : Optional.empty();
    }

    /** Labels and types of knowledge-base items, for the graph builder and for predictions. */
    public ItemLookup itemLookup() {
        return itemLookup(kb);
    }

    static ItemLookup itemLookup(KnowledgeBase kb) {
        return qid -> kb.get(qid).map(e -> new ItemLookup.Item(e.qid(), e.label(), e.nerType()));
    }

    @Override
    public void close() {
        synchronized (annotators) {
            for (Annotator a : annotators) {
                if (a instanceof AutoCloseable c) {
                    try {
                        c.close();
                    } catch (Exception e) {
                        // closing an annotator only frees memory; nothing to report
                    }
                }
            }
            annotators.clear();
        }
    }
}
