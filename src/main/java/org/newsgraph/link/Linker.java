package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.coref.Entity;
import org.newsgraph.coref.NameCoref;
import org.newsgraph.coref.ResolvedArticle;
import org.newsgraph.nlp.Mention;

/**
 * Links the entities of an article to knowledge-base items.
 *
 * <pre>{@code
 * Linker linker = new Linker(KnowledgeBase.loadDefault());
 * LinkedArticle linked = linker.link(resolved);
 * linked.linkOf(entity).ifPresent(l -> System.out.println(l.qid() + " " + l.confidence()));
 * }</pre>
 *
 * Each entity's candidates come from the label, aliases (or, for NORP, demonyms) matching any of its mention texts.
 * A candidate must agree with the entity's type: PER only to people, LOC only to places, ORG to organisations (or,
 * with a penalty, to a country or capital acting as a government), NORP to a country through its demonym.
 * Candidates are scored by how well the name matches (a bare surname counts only when the entity has no fuller name,
 * which would be someone else's, and not at all when two people the article names in full share it), by the
 * popularity prior, and by coherence: whether the candidate's country is a place the article's other entities point
 * to. The best candidate is linked when its score reaches the threshold and no
 * other candidate comes within the tie margin. Stateless per article, so one instance serves many threads.
 */
public final class Linker implements EntityLinker {
    /** Weights of the score and the decision rule. */
    public record Settings(double threshold, double tieMargin, double matchWeight, double priorWeight,
                           double coherenceWeight) {
        public Settings {
            if (threshold < 0 || threshold > 1) {
                throw new IllegalArgumentException("threshold out of 0..1: " + threshold);
            }
            if (tieMargin < 0) throw new IllegalArgumentException("negative tie margin: " + tieMargin);
            double sum = matchWeight + priorWeight + coherenceWeight;
            if (Math.abs(sum - 1.0) > 1e-9) throw new IllegalArgumentException("weights must sum to 1, not " + sum);
        }

        public static Settings defaults() {
            return new Settings(0.6, 0.05, 0.55, 0.25, 0.20);
        }
    }

    static final double LABEL_MATCH = 1.0;
    static final double ALIAS_MATCH = 0.92;
    static final double SURNAME_MATCH = 0.6;
    /** Factor on the full name's confidence for a bare surname of a person the article has named in full. */
    static final double SURNAME_OF_NAMED = 0.95;
    /** Characters between a nationality or country and a generic organisation name it qualifies. */
    static final int QUALIFIER_WINDOW = 40;
    /**
     * Factor on the match score when an ORG mention names a country or capital acting as a government ("Russia said",
     * "Washington warned"): plausible, not the rule.
     */
    static final double ORG_AS_STATE = 0.85;

    private final KnowledgeBase kb;
    private final Settings settings;

    public Linker(KnowledgeBase kb) {
        this(kb, Settings.defaults());
    }

    public Linker(KnowledgeBase kb, Settings settings) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public LinkedArticle link(ResolvedArticle article) {
        Map<String, Map<KbEntry, Double>> matches = new LinkedHashMap<>();
        Context context = new Context(article);
        for (Entity e : article.entities()) matches.put(e.id(), candidatesOf(e, context));
        Map<String, Link> links = new HashMap<>();
        Set<String> shared = sharedNames(article);
        for (Entity e : article.entities()) {
            Map<KbEntry, Double> own = matches.get(e.id());
            if (own.isEmpty() || shared.contains(e.id())) continue;
            Set<String> countries = contextCountries(e.id(), matches);
            List<Scored> scored = new ArrayList<>();
            for (Map.Entry<KbEntry, Double> c : own.entrySet()) {
                KbEntry entry = c.getKey();
                double coherence = entry.country().filter(countries::contains).isPresent() ? 1.0 : 0.0;
                double score = settings.matchWeight() * c.getValue() + settings.priorWeight() * entry.popularity()
                        + settings.coherenceWeight() * coherence;
                scored.add(new Scored(entry, Math.min(1.0, score)));
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed());
            Scored best = scored.get(0);
            if (best.score() < settings.threshold()) continue;
            if (scored.size() > 1 && best.score() - scored.get(1).score() < settings.tieMargin()) continue;
            links.put(e.id(), new Link(best.entry().qid(), best.entry().label(), round(best.score())));
        }
        linkSurnamesToNamedPeople(article, matches, links, shared);
        return new LinkedArticle(article, links);
    }

    /**
     * The persons named only by a part of a name ("Lavrov", "Al Thani") that two or more other persons of the article
     * hold in their fuller names ("Sergei Lavrov", "Anna Lavrov"): such a name may be either of them, and links to
     * neither.
     */
    private static Set<String> sharedNames(ResolvedArticle article) {
        Set<String> out = new HashSet<>();
        for (Entity e : article.entities()) {
            if (!e.type().equals("PER")) continue;
            List<String> words = personWords(e.name());
            int holders = 0;
            for (Entity other : article.entities()) {
                List<String> fuller = other.type().equals("PER") ? personWords(other.name()) : List.of();
                if (other != e && fuller.size() > words.size() && fuller.containsAll(words)) holders++;
            }
            if (holders >= 2) out.add(e.id());
        }
        return out;
    }

    private static List<String> personWords(String name) {
        return List.of(NameCoref.normalise(name).split("[ \\-]"));
    }

    /** Type-compatible candidates of one entity with their name-match strength (the best over its mentions). */
    Map<KbEntry, Double> candidatesOf(Entity entity) {
        return candidatesOf(entity, Context.NONE);
    }

    private Map<KbEntry, Double> candidatesOf(Entity entity, Context context) {
        Set<String> surfaces = new LinkedHashSet<>();
        surfaces.add(entity.name());
        for (Mention m : entity.mentions()) if (m.isName()) surfaces.add(m.text());
        Map<KbEntry, Double> out = new LinkedHashMap<>();
        String type = entity.type();
        // the text around a mention can complete its name: "Kursk" before "region" names the region, and a
        // tokenizer that cut "Kim Jong-un" at the hyphen leaves "-un" right after the mention
        for (Mention m : entity.mentions()) {
            context.completed(m).ifPresent(full -> {
                for (KbEntry c : kb.candidates(full)) {
                    double factor = typeFactor(type, c);
                    if (factor > 0) keepBest(out, c, LABEL_MATCH * factor);
                }
            });
        }
        if (!out.isEmpty()) return out;
        for (String surface : surfaces) {
            if (type.equals("NORP")) {
                for (KbEntry c : kb.demonymCandidates(surface)) if (c.is("country")) keepBest(out, c, LABEL_MATCH);
                continue;
            }
            String key = Names.key(surface);
            for (KbEntry c : kb.candidates(surface)) {
                boolean label = Names.key(c.label()).equals(key);
                if (!label && c.is("intl") && Names.isGeneric(surface)
                        && (qualifiedByNation(entity, context) || !context.namesParentOf(c, surface, kb))) {
                    // "the Russian ... Security Council" is Russia's own, not the UN's; and a bare "Security
                    // Council" in an article that never names the United Nations may be any country's
                    continue;
                }
                double strength = label ? LABEL_MATCH : ALIAS_MATCH;
                double factor = typeFactor(type, c);
                if (factor > 0) keepBest(out, c, strength * factor);
            }
        }
        if (out.isEmpty() && type.equals("ORG")) {
            // "Xinhua News Agency", "Tass news service": the agency under its own name plus what it is
            for (String surface : surfaces) {
                String bare = Names.withoutNewsSuffix(surface);
                if (bare.equals(Names.key(surface))) continue;
                for (KbEntry c : kb.candidates(bare)) if (c.is("org")) keepBest(out, c, ALIAS_MATCH);
            }
        }
        boolean onlySurnames = surfaces.stream().noneMatch(x -> Names.isFullName(Names.key(x)));
        if (out.isEmpty() && type.equals("PER") && onlySurnames) {
            for (String surface : surfaces) {
                for (KbEntry c : kb.surnameCandidates(surface)) keepBest(out, c, SURNAME_MATCH);
            }
        }
        return out;
    }

    /**
     * Whether a nationality or a country is named shortly before every mention of the entity, in the same sentence
     * ("Russian Secretary of the Security Council", "Iran's Supreme National Security Council").
     */
    private boolean qualifiedByNation(Entity entity, Context context) {
        for (Mention m : entity.mentions()) {
            boolean qualified = false;
            for (Mention q : context.mentions) {
                if (q.sentence() != m.sentence() || q.end() > m.start() || m.start() - q.end() > QUALIFIER_WINDOW) {
                    continue;
                }
                if (q.type().equals("NORP") && !kb.demonymCandidates(q.text()).isEmpty()
                        || q.type().equals("LOC") && kb.candidates(q.text()).stream().anyMatch(c -> c.is("country"))) {
                    qualified = true;
                }
            }
            if (!qualified) return false;
        }
        return true;
    }

    /**
     * A person named only by a surname ("Kim", "Lavrov") whose candidates include exactly one person another entity
     * of the article is linked to by a fuller name: the article is speaking of that person again (unless the name is
     * one of {@code shared}, which two people of the article bear).
     */
    private void linkSurnamesToNamedPeople(ResolvedArticle article, Map<String, Map<KbEntry, Double>> matches,
                                           Map<String, Link> links, Set<String> shared) {
        Map<String, Link> named = new HashMap<>();
        for (Entity e : article.entities()) {
            Link l = links.get(e.id());
            if (l != null && e.type().equals("PER") && Names.isFullName(Names.key(e.name()))) named.put(l.qid(), l);
        }
        for (Entity e : article.entities()) {
            if (links.containsKey(e.id()) || !e.type().equals("PER") || Names.isFullName(Names.key(e.name()))
                    || shared.contains(e.id())) {
                continue;
            }
            List<KbEntry> surnameOf = new ArrayList<>();
            for (KbEntry c : kb.surnameCandidates(e.name())) if (named.containsKey(c.qid())) surnameOf.add(c);
            if (surnameOf.size() != 1 || matches.get(e.id()).keySet().stream().anyMatch(c -> !c.is("person"))) continue;
            Link full = named.get(surnameOf.get(0).qid());
            links.put(e.id(), new Link(full.qid(), full.label(), round(full.confidence() * SURNAME_OF_NAMED)));
        }
    }

    /** How far an NER type agrees with an item: 1 agrees, 0 rules it out. */
    static double typeFactor(String nerType, KbEntry c) {
        return switch (nerType) {
            case "PER" -> c.is("person") ? 1.0 : 0.0;
            case "LOC" -> c.isPlace() ? 1.0 : 0.0;
            case "ORG" -> c.is("org") ? 1.0 : c.is("country") || c.is("capital") ? ORG_AS_STATE : 0.0;
            default -> 0.0;
        };
    }

    /**
     * Countries the article's other entities point to: their candidates' countries, counted only from entities whose
     * candidates agree on one country (an ambiguous entity is no evidence).
     */
    private static Set<String> contextCountries(String self, Map<String, Map<KbEntry, Double>> matches) {
        Set<String> countries = new HashSet<>();
        for (Map.Entry<String, Map<KbEntry, Double>> m : matches.entrySet()) {
            if (m.getKey().equals(self) || m.getValue().isEmpty()) continue;
            Set<String> theirs = new HashSet<>();
            for (KbEntry c : m.getValue().keySet()) theirs.add(c.countryQid());
            if (theirs.size() == 1 && !theirs.contains(null)) countries.addAll(theirs);
        }
        return countries;
    }

    private static void keepBest(Map<KbEntry, Double> out, KbEntry c, double strength) {
        out.merge(c, strength, Math::max);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private record Scored(KbEntry entry, double score) {
    }

    /** What the linker may read around a mention: the article text and all its mentions. */
    private static final class Context {
        static final Context NONE = new Context("", List.of());
        /** Words after a place name that make it a region's name. */
        private static final List<String> REGION_WORDS = List.of("region", "oblast", "province");

        final String text;
        final List<Mention> mentions;

        Context(ResolvedArticle article) {
            this(article.doc().article().text(), article.doc().mentions());
        }

        Context(String text, List<Mention> mentions) {
            this.text = text;
            this.mentions = mentions;
        }

        /**
         * Whether the text names the body an international item's generic name belongs to: the rest of its label
         * ("United Nations" of "United Nations Security Council" for "Security Council") or any name of the item
         * that rest denotes ("UN", "U.N."), as a whole word written as the knowledge base writes it.
         */
        boolean namesParentOf(KbEntry item, String surface, KnowledgeBase kb) {
            String label = item.label();
            String labelKey = Names.key(label);
            String surfaceKey = Names.key(surface);
            if (!labelKey.endsWith(" " + surfaceKey)) return false;
            String[] labelWords = label.split(" ");
            int restWords = labelWords.length - surfaceKey.split(" ").length;
            if (restWords <= 0) return false;
            String rest = String.join(" ", java.util.Arrays.copyOf(labelWords, restWords));
            Set<String> names = new LinkedHashSet<>();
            names.add(rest);
            for (KbEntry parent : kb.candidates(rest)) {
                if (!parent.is("org")) continue;
                names.add(parent.label());
                names.addAll(parent.aliases());
            }
            for (String name : names) if (containsWord(name)) return true;
            return false;
        }

        private boolean containsWord(String name) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                        || name.endsWith(".");
                if (startOk && endOk) return true;
            }
            return false;
        }

        /** The fuller name the text gives a mention, if any: "Kursk" + " region", "Kim Jong" + "-un". */
        java.util.Optional<String> completed(Mention m) {
            if (m.end() >= text.length()) return java.util.Optional.empty();
            if (m.type().equals("LOC") && text.charAt(m.end()) == ' ') {
                int wordEnd = m.end() + 1;
                while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) wordEnd++;
                String word = text.substring(m.end() + 1, wordEnd).toLowerCase(java.util.Locale.ROOT);
                if (REGION_WORDS.contains(word)) return java.util.Optional.of(m.text() + " " + word);
            }
            if (m.type().equals("PER") && text.charAt(m.end()) == '-') {
                int wordEnd = m.end() + 1;
                while (wordEnd < text.length() && Character.isLowerCase(text.charAt(wordEnd))) wordEnd++;
                if (wordEnd > m.end() + 1 && (wordEnd == text.length() || !Character.isLetter(text.charAt(wordEnd)))) {
                    return java.util.Optional.of(text.substring(m.start(), wordEnd));
                }
            }
            return java.util.Optional.empty();
        }
    }
}
