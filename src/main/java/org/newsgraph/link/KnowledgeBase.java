package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.ConfigException;

/**
 * The offline, Wikidata-shaped knowledge base the linker draws candidates from.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.loadDefault();
 * kb.candidates("DPRK");                 // [Q423 North Korea]
 * kb.countryForDemonym("Russian");       // Q159 Russia
 * kb.stateFor("Q18808");                 // Q423: Pyongyang stands for North Korea
 * }</pre>
 *
 * Immutable once loaded and safe to share between threads.
 */
public final class KnowledgeBase {
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    public static final String KB = "https://w3id.org/newsgraph/kb#";
    public static final String SCHEMA = "http://schema.org/";
    /** Classpath location of the knowledge base that ships with newsgraph. */
    public static final String DEFAULT_RESOURCE = "/kb/wikidata-kb.ttl";

    /**
     * Countries whose people English-language news names family name first ("Kim Jong Un" is "Kim", "Xi Jinping" is
     * "Xi"): China, North Korea, South Korea.
     */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("Q148", "Q423", "Q884");

    private static final Set<String> PLACE_KINDS = Set.of("country", "capital", "city", "region");

    private final Model model;
    private final Map<String, KbEntry> byQid;
    private final Map<String, List<KbEntry>> byName;
    private final Map<String, List<KbEntry>> bySurname;
    private final Map<String, List<KbEntry>> byDemonym;
    private final Map<String, String> capitalOf;
    private final Map<String, Set<String>> namesByType;

    private KnowledgeBase(Model source) {
        this.model = ModelFactory.createModelForGraph(new GraphReadOnly(source.getGraph()));
        Map<String, KbEntry> entries = new LinkedHashMap<>();
        Map<String, String> capitals = new HashMap<>();
        Property p36 = source.createProperty(WDT + "P36");
        source.listStatements(null, p36, (RDFNode) null).forEachRemaining(st -> {
            if (st.getObject().isURIResource()) {
                capitals.put(qidOf(st.getObject().asResource()), qidOf(st.getSubject()));
            }
        });
        source.listSubjectsWithProperty(RDFS.label).forEachRemaining(item -> {
            if (item.isURIResource() && item.getURI().startsWith(WD)) {
                KbEntry entry = entryOf(source, item);
                entries.put(entry.qid(), entry);
            }
        });
        this.byQid = Collections.unmodifiableMap(entries);
        this.capitalOf = Map.copyOf(capitals);
        Map<String, List<KbEntry>> names = new HashMap<>();
        Map<String, List<KbEntry>> surnames = new HashMap<>();
        Map<String, List<KbEntry>> demonyms = new HashMap<>();
        for (KbEntry e : entries.values()) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Names.key(e.label()));
            for (String alias : e.aliases()) keys.add(Names.key(alias));
            for (String key : keys) names.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            if (e.is("person")) {
                Set<String> lastWords = new LinkedHashSet<>();
                for (String key : keys) {
                    if (!key.contains(" ")) continue;
                    lastWords.add(Names.lastWord(key));
                    lastWords.addAll(Names.particleFamilyNames(key));
                    if (e.countryQid() != null && FAMILY_NAME_FIRST.contains(e.countryQid())) {
                        lastWords.add(key.substring(0, key.indexOf(' ')));
                    }
                }
                for (String w : lastWords) surnames.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
            }
            for (String d : e.demonyms()) demonyms.computeIfAbsent(Names.key(d), k -> new ArrayList<>()).add(e);
        }
        this.byName = frozen(names);
        this.bySurname = frozen(surnames);
        this.byDemonym = frozen(demonyms);
        this.namesByType = collectNames(entries.values());
    }

    /** Loads the knowledge base that ships with newsgraph (classpath {@value #DEFAULT_RESOURCE}). */
    public static KnowledgeBase loadDefault() {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new ConfigException("knowledge base resource " + DEFAULT_RESOURCE + " not on classpath");
            }
            return new KnowledgeBase(parse(in, DEFAULT_RESOURCE));
        } catch (IOException e) {
            throw new ConfigException("cannot read knowledge base resource " + DEFAULT_RESOURCE + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The shipped knowledge base extended by every {@code *.ttl} file in {@code dir} (in name order), such as those
     * {@code newsgraph kb import} writes. An extension adds items; an item the shipped base (or an earlier file)
     * already describes keeps that description. A missing directory adds nothing.
     */
    public static KnowledgeBase loadWithExtensions(Path dir) {
        List<Path> files = new ArrayList<>();
        if (dir != null && Files.isDirectory(dir)) {
            try (var listing = Files.list(dir)) {
                listing.filter(f -> f.getFileName().toString().endsWith(".ttl") && Files.isRegularFile(f))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new ConfigException("cannot list knowledge-base folder " + dir + ": " + e.getMessage(), e);
            }
        }
        KnowledgeBase kb = loadDefault();
        if (files.isEmpty()) return kb;
        Model merged = ModelFactory.createDefaultModel().add(kb.model);
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                addNewItems(merged, parse(in, f.toString()));
            } catch (IOException e) {
                throw new ConfigException("cannot read knowledge base " + f + ": " + e.getMessage(), e);
            }
        }
        return fromModel(merged, "knowledge-base folder " + dir);
    }

    /**
     * This knowledge base with the items of {@code extra} that it does not describe yet (for items fetched from the
     * live Wikidata); this one is left unchanged.
     */
    public KnowledgeBase withItems(Model extra) {
        Model merged = ModelFactory.createDefaultModel().add(model);
        if (addNewItems(merged, extra) == 0) return this;
        return fromModel(merged, "fetched Wikidata items");
    }

    private static KnowledgeBase fromModel(Model m, String where) {
        try {
            return new KnowledgeBase(m);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": " + e.getMessage(), e);
        }
    }

    /** Adds every statement about an item that {@code into} has no label for yet; returns how many items were new. */
    private static int addNewItems(Model into, Model extra) {
        Set<Resource> fresh = new LinkedHashSet<>();
        extra.listSubjectsWithProperty(RDFS.label).forEachRemaining(item -> {
            if (item.isURIResource() && item.getURI().startsWith(WD) && !into.contains(item, RDFS.label)) {
                fresh.add(item);
            }
        });
        for (Resource item : fresh) into.add(extra.listStatements(item, null, (RDFNode) null));
        return fresh.size();
    }

    /** Loads a Wikidata-shaped Turtle file. */
    public static KnowledgeBase load(Path ttl) {
        try (InputStream in = Files.newInputStream(ttl)) {
            return new KnowledgeBase(parse(in, ttl.toString()));
        } catch (IOException e) {
            throw new ConfigException("cannot read knowledge base " + ttl + ": " + e.getMessage(), e);
        }
    }

    private static Model parse(InputStream in, String where) {
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(in).lang(Lang.TURTLE).base(WD)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(m);
        } catch (RiotException e) {
            throw new ConfigException("knowledge base " + where + " is not valid Turtle: " + e.getMessage(), e);
        }
        return m;
    }

    /** Entries whose label or alias matches the name, after normalisation; the most popular first. */
    public List<KbEntry> candidates(String surfaceName) {
        return byName.getOrDefault(Names.key(surfaceName), List.of());
    }

    /**
     * People one of whose names ends with this single word ("Lavrov") or with this family name and its particles
     * ("von der Leyen", "bin Salman"), or for names written family name first begins with it ("Kim"); weaker evidence
     * than a full name.
     */
    public List<KbEntry> surnameCandidates(String surname) {
        String key = Names.key(surname);
        if (key.isEmpty() || Names.isFullName(key)) return List.of();
        return bySurname.getOrDefault(key, List.of());
    }

    /** Countries whose demonym this is ("Russian", "North Koreans"); more than one when the demonym is shared. */
    public List<KbEntry> demonymCandidates(String demonym) {
        String key = Names.key(demonym);
        List<KbEntry> found = byDemonym.get(key);
        if (found == null && key.endsWith("s")) found = byDemonym.get(key.substring(0, key.length() - 1));
        return found == null ? List.of() : found;
    }

    /** The country a demonym names, when exactly one country claims it. */
    public Optional<KbEntry> countryForDemonym(String demonym) {
        List<KbEntry> found = demonymCandidates(demonym);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<KbEntry> get(String qid) {
        return Optional.ofNullable(byQid.get(qid));
    }

    /** The state an item can stand for: a country stands for itself, a capital for its country. */
    public Optional<String> stateFor(String qid) {
        KbEntry e = byQid.get(qid);
        if (e == null) return Optional.empty();
        if (e.is("country")) return Optional.of(qid);
        String state = capitalOf.get(qid);
        return Optional.ofNullable(state);
    }

    /** Surface names by NER type (PER, ORG, LOC, and NORP for demonyms), sorted, for gazetteers. */
    public Map<String, Set<String>> namesByType() {
        return namesByType;
    }

    private static Map<String, Set<String>> collectNames(Iterable<KbEntry> entries) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String t : List.of("PER", "ORG", "LOC", "NORP")) out.put(t, new TreeSet<>());
        for (KbEntry e : entries) {
            Set<String> names = out.get(e.nerType());
            names.add(e.label());
            names.addAll(e.aliases());
            out.get("NORP").addAll(e.demonyms());
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        return Collections.unmodifiableMap(frozen);
    }

    /** All entries, in file order. */
    public List<KbEntry> entries() {
        return List.copyOf(byQid.values());
    }

    /** The knowledge base as RDF (read-only), for SPARQL over the same shape as Wikidata's. */
    public Model model() {
        return model;
    }

    private static KbEntry entryOf(Model m, Resource item) {
        String qid = qidOf(item);
        String label = englishOrPlain(item, RDFS.label).stream().findFirst().orElseThrow();
        List<String> aliases = englishOrPlain(item, SKOS.altLabel);
        Set<String> kinds = new LinkedHashSet<>(strings(item, m.createProperty(KB + "kind")));
        String nerType = kinds.contains("person") ? "PER" : kinds.contains("org") ? "ORG"
                : kinds.stream().anyMatch(PLACE_KINDS::contains) ? "LOC" : null;
        if (nerType == null) {
            throw new ConfigException("knowledge base entry " + qid + " (" + label + ") has no kb:kind telling "
                    + "whether it is a person, organisation or place; kinds: " + kinds);
        }
        String country = kinds.contains("country") ? qid
                : objectQid(item, m.createProperty(WDT + "P17"))
                .or(() -> objectQid(item, m.createProperty(WDT + "P27"))).orElse(null);
        List<String> demonyms = englishOrPlain(item, m.createProperty(WDT + "P1549"));
        Statement prior = item.getProperty(m.createProperty(KB + "prior"));
        double popularity = prior == null ? 0.5 : prior.getDouble();
        return new KbEntry(qid, label, aliases, nerType, kinds, country, demonyms, popularity);
    }

    private static List<String> englishOrPlain(Resource item, Property p) {
        List<String> out = new ArrayList<>();
        item.listProperties(p).forEachRemaining(st -> {
            if (st.getObject().isLiteral()) {
                Literal l = st.getLiteral();
                String lang = l.getLanguage().toLowerCase(Locale.ROOT);
                if (lang.isEmpty() || lang.startsWith("en")) out.add(l.getLexicalForm());
            }
        });
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static List<String> strings(Resource item, Property p) {
        List<String> out = new ArrayList<>();
        item.listProperties(p).forEachRemaining(st -> {
            if (st.getObject().isLiteral()) out.add(st.getLiteral().getLexicalForm());
        });
        return out;
    }

    private static Optional<String> objectQid(Resource item, Property p) {
        Statement st = item.getProperty(p);
        if (st == null || !st.getObject().isURIResource()) return Optional.empty();
        return Optional.of(qidOf(st.getObject().asResource()));
    }

    private static String qidOf(Resource r) {
        String uri = r.getURI();
        if (uri == null || !uri.startsWith(WD)) throw new ConfigException("not a Wikidata item IRI: " + r);
        return uri.substring(WD.length());
    }

    private static Map<String, List<KbEntry>> frozen(Map<String, List<KbEntry>> index) {
        Map<String, List<KbEntry>> out = new HashMap<>();
        index.forEach((k, v) -> {
            List<KbEntry> sorted = new ArrayList<>(new LinkedHashSet<>(v));
            sorted.sort(Comparator.comparingDouble(KbEntry::popularity).reversed().thenComparing(KbEntry::qid));
            out.put(k, List.copyOf(sorted));
        });
        return Map.copyOf(out);
    }
}
