package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.coref.Entity;
import org.newsgraph.link.Link;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.Mention;
import org.newsgraph.extract.SentenceView.Cand;

/**
 * Turns what a sentence names into event arguments. An actor is resolved to the state it stands for: a nationality
 * ("North Korean troops") to its country, a capital ("Pyongyang agreed") to its state, and "the two countries" to the
 * two states the sentences before make clear. A place keeps what the text names. One instance per article.
 */
final class Actors {
    /** An argument with the confidence that it is the right one, and a key that tells two arguments apart. */
    record Resolved(Argument arg, double confidence, String key) {
        /** The same entity in role {@code role}. */
        Resolved as(String role) {
            return new Resolved(new Argument(role, arg.entityId(), arg.qid(), arg.value(), arg.datatype(),
                    arg.description()), confidence, key);
        }
    }

    private static final Set<String> STATE_NOUNS = Set.of("countries", "nations", "states", "sides", "governments",
            "neighbours", "neighbors", "allies", "capitals");

    private final LinkedArticle article;
    private final Geography geography;
    private final Lexicon lexicon;

    Actors(LinkedArticle article, Geography geography, Lexicon lexicon) {
        this.article = article;
        this.geography = geography;
        this.lexicon = lexicon;
    }

    private String qidOf(Entity e) {
        if (e == null) return null;
        return article.linkOf(e).map(Link::qid).orElse(null);
    }

    private double linkConfidence(Entity e) {
        return e == null ? 1.0 : article.linkOf(e).map(l -> Math.max(0.5, l.confidence())).orElse(1.0);
    }

    /** An actor: a person, organisation or the state a place or nationality stands for. */
    Optional<Resolved> actor(String role, Cand c) {
        return actor(role, c, false);
    }

    /**
     * An actor that owns the phrase after it ("Chinese marines"): a nationality then stands for its state whatever
     * noun follows, since the rule has already checked that noun.
     */
    Optional<Resolved> owner(String role, Cand c) {
        return actor(role, c, true);
    }

    private Optional<Resolved> actor(String role, Cand c, boolean owning) {
        if (c == null) return Optional.empty();
        double conf = c.mention().confidence() * (c.pronoun() ? lexicon.number("argument.pronoun") : 1.0);
        if (c.target() != null) return Optional.of(described(role, c, conf * lexicon.number("argument.description")));
        String qid = qidOf(c.entity());
        switch (c.type()) {
            case "NORP" -> {
                if (!owning && c.follower() != null && lexicon.cues("state").matchAt(List.of(c.follower()), 0) == 0) {
                    return Optional.empty();   // "the Syrian opposition": a group, not the state
                }
                String country = qid != null ? geography.stateOf(qid).orElse(qid)
                        : geography.countryOfDemonym(c.mention().text()).orElse(null);
                if (country != null) {
                    return Optional.of(state(role, country, c.mention().text(),
                            conf * lexicon.number("argument.nationality")));
                }
                // "Chechen leader X": a people or a region with no state of its own is no body a post belongs to
                if (role.equals("affiliation")) return Optional.empty();
                return Optional.ofNullable(plain(role, c, null, conf * 0.7));
            }
            case "LOC" -> {
                String state = qid == null ? null : geography.stateOf(qid).orElse(null);
                if (state != null && !state.equals(qid)) {
                    return Optional.of(state(role, state, c.mention().text(),
                            conf * lexicon.number("argument.metonymy")));
                }
                return Optional.ofNullable(plain(role, c, qid, conf * linkConfidence(c.entity())));
            }
            default -> {
                return Optional.ofNullable(plain(role, c, qid, conf * linkConfidence(c.entity())));
            }
        }
    }

    /**
     * The state a person is a citizen of, as the article names it: empty when the person is not linked, the
     * knowledge has no citizenship, or the article never names that state.
     */
    Optional<Resolved> citizenState(String role, Cand person) {
        return citizenState(role, person, true);
    }

    /**
     * The state a person is a citizen of; with {@code named}, only when the article names that state (see {@link
     * #citizenState(String, Cand)}), without it whenever the knowledge has one.
     */
    Optional<Resolved> citizenState(String role, Cand person, boolean named) {
        String qid = person == null || person.pronoun() ? null : qidOf(person.entity());
        if (qid == null) return Optional.empty();
        return geography.citizenshipOf(qid)
                .filter(state -> !named
                        || article.resolved().entities().stream().anyMatch(e -> state.equals(qidOf(e))))
                .map(state -> state(role, state, state, lexicon.number("argument.citizenship")));
    }

    /**
     * The owner of a force named as an organisation, given the words of the name before its force words: the country
     * they name or whose nationality they are ("US Marines", "the French Air Force"), else the organisation itself
     * ("the 22nd Marine Expeditionary Unit").
     */
    Optional<Resolved> forceOwner(String role, Cand c, String before) {
        Optional<String> country = before.isBlank() ? Optional.empty()
                : geography.countryNamed(before).or(() -> geography.countryOfDemonym(before));
        if (country.isEmpty()) {
            // a unit is numbered or named by its arm ("the 22nd Marine Expeditionary Unit"), or known to the knowledge
            // base; another name that ends in "Army" may be a charity's ("the Salvation Army arrived in X")
            return actor(role, c).filter(r -> r.arg().qid() != null || unitName(before));
        }
        return Optional.of(state(role, country.get(), before,
                c.mention().confidence() * lexicon.number("argument.nationality")));
    }

    /**
     * The state whose government department the organisation {@code c} is: its name ends in a word of cues.txt group
     * "department" and opens with a country or nationality ("US State Department", "German Defence Ministry"), or
     * {@code before}, the name right before it, is a country or nationality ("the US" "State Department"). Empty
     * otherwise: "the State Department" alone names no state.
     */
    Optional<Resolved> departmentState(String role, Cand c, Cand before) {
        if (!c.type().equals("ORG") || c.target() != null) return Optional.empty();
        String text = c.mention().text();
        List<String> words = List.of(text.split("\\s+"));
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (words.size() < 2 || lexicon.cues("department").matchAt(List.of(last), 0) == 0) return Optional.empty();
        double conf = c.mention().confidence() * lexicon.number("argument.nationality");
        for (int n = Math.min(2, words.size() - 2); n >= 1; n--) {
            String lead = String.join(" ", words.subList(0, n));
            Optional<String> country = geography.countryNamed(lead).or(() -> geography.countryOfDemonym(lead));
            if (country.isPresent()) return Optional.of(state(role, country.get(), lead, conf));
        }
        if (before != null && !before.pronoun() && Set.of("LOC", "NORP").contains(before.type())) {
            return stateOf(before).map(q -> state(role, q, before.mention().text(), conf));
        }
        return Optional.empty();
    }

    /** Whether the words of a force's name before its force words hold a number or a force or service word. */
    private boolean unitName(String before) {
        List<String> words = List.of(before.toLowerCase(Locale.ROOT).split("\\s+"));
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).chars().anyMatch(Character::isDigit) || lexicon.forces().matchAt(words, k) > 0
                    || lexicon.cues("service").matchAt(words, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A place, kept as the text names it (a capital stays the city). */
    Optional<Resolved> place(String role, Cand c) {
        if (c == null || !c.type().equals("LOC")) return Optional.empty();
        double confidence = c.mention().confidence() * linkConfidence(c.entity());
        return Optional.ofNullable(plain(role, c, qidOf(c.entity()), confidence));
    }

    /**
     * What a description stands for, as an argument that keeps the phrase: a state (the article's entity for it when
     * there is one), the article's organisation, or a group known only by the description.
     */
    private Resolved described(String role, Cand c, double confidence) {
        Descriptions.Target t = c.target();
        Mention phrase = c.mention();
        if (t.state()) {
            Argument a = state(role, t.qid(), phrase.text(), confidence).arg();
            return new Resolved(Argument.described(role, a.entityId(), a.qid(), a.value(), phrase), confidence,
                    t.qid());
        }
        if (t.entity() != null) {
            double linked = confidence * linkConfidence(t.entity());
            return new Resolved(Argument.described(role, t.entity().id(), t.qid(), t.name(), phrase),
                    Math.min(1, linked), t.qid() != null ? t.qid() : t.entity().id());
        }
        Argument group = Argument.described(role, null, null, t.name(), phrase);
        return new Resolved(group, confidence, group.identity());
    }

    /** Whether the place {@code c} is a state itself ("Iraq"), not a town or region in one ("Mosul", "Kyiv"). */
    boolean isState(Cand c) {
        String qid = c.type().equals("LOC") && c.target() == null ? qidOf(c.entity()) : null;
        return qid != null && geography.stateOf(qid).equals(Optional.of(qid));
    }

    /** The QID of the state a candidate stands for, if it is a state, a capital, a nationality or a government. */
    Optional<String> stateOf(Cand c) {
        if (c.target() != null) return c.target().state() ? Optional.of(c.target().qid()) : Optional.empty();
        String qid = qidOf(c.entity());
        if (c.type().equals("NORP")) {
            return qid != null ? Optional.of(geography.stateOf(qid).orElse(qid))
                    : geography.countryOfDemonym(c.mention().text());
        }
        if (c.type().equals("LOC") && qid != null) return geography.stateOf(qid);
        return Optional.empty();
    }

    /**
     * Whether a candidate is a place known to lie inside a state without standing for it: a city that is no capital,
     * a region ("Aleppo", "Bavaria"). Such a place has no voice of its own; an unlinked place is not known to be one.
     */
    boolean placeWithinState(Cand c) {
        if (c.pronoun() || c.target() != null || !c.type().equals("LOC")) return false;
        String qid = qidOf(c.entity());
        return qid != null && geography.stateOf(qid).isEmpty()
                && geography.countryOf(qid).filter(country -> !country.equals(qid)).isPresent();
    }

    /** Whether a lower-case noun names states as a group: "countries", "nations", "sides". */
    static boolean isStateNoun(String lower) {
        return STATE_NOUNS.contains(lower);
    }

    /** Whether tokens {@code i..} read "the two countries", "both nations"; the number of tokens, or 0. */
    static int twoStatesPhrase(SentenceView v, int i) {
        int j = i;
        if (j < v.size() && v.lower.get(j).equals("the")) j++;
        if (j + 1 < v.size() && v.lower.get(j).equals("two") && STATE_NOUNS.contains(v.lower.get(j + 1))) {
            return j + 2 - i;
        }
        if (i + 1 < v.size() && v.lower.get(i).equals("both") && STATE_NOUNS.contains(v.lower.get(i + 1))) return 2;
        return 0;
    }

    /**
     * The two states that "the two countries" at token {@code at} of {@code views[index]} refers to: the states named
     * earlier in the sentence, then in the sentences before, nearest first, as long as exactly two are in view when
     * the search stops and the sentence before the one that named them names no third; a pair written "A and B" is
     * clear on its own ("Poland and Lithuania share a border with Belarus"). No answer when three or more compete
     * and no two of them are named more often than the rest ("Vietnam and China clashed. India protested to Beijing.").
     */
    List<Resolved> twoStates(String role, List<SentenceView> views, int index, int at) {
        Map<String, String> found = new LinkedHashMap<>();
        int first = Math.max(0, index - 3);
        for (int s = index; s >= first; s--) {
            Map<String, String> here = statesIn(views.get(s), s == index ? at : Integer.MAX_VALUE);
            if (found.isEmpty()) {
                Map<String, String> pair = coordinatedPair(views.get(s), s == index ? at : Integer.MAX_VALUE);
                if (pair != null) return resolvedPair(role, pair, lexicon.number("argument.twoStates"));
            }
            here.forEach(found::putIfAbsent);
            if (found.size() > 2) return salientPair(role, views, index, at);
            if (found.size() == 2) {
                if (s - 1 >= first && !found.keySet().containsAll(statesIn(views.get(s - 1), Integer.MAX_VALUE)
                        .keySet())) {
                    return salientPair(role, views, index, at);
                }
                break;
            }
        }
        if (found.size() != 2) return List.of();
        return resolvedPair(role, found, lexicon.number("argument.twoStates"));
    }

    /** The states that the candidates of {@code v} before token {@code before} stand for, with their first text. */
    private Map<String, String> statesIn(SentenceView v, int before) {
        Map<String, String> here = new LinkedHashMap<>();
        for (Cand c : v.cands) {
            if (c.pronoun() || c.from() >= before) continue;
            stateOf(c).ifPresent(q -> here.putIfAbsent(q, c.mention().text()));
        }
        return here;
    }

    /**
     * The one pair of different states that {@code v} names as "A and B" (or "A and the B") before token {@code
     * before}, or null when it names none or more than one.
     */
    private Map<String, String> coordinatedPair(SentenceView v, int before) {
        Map<String, String> pair = null;
        for (int i = 0; i + 1 < v.cands.size(); i++) {
            Cand a = v.cands.get(i);
            Cand b = v.cands.get(i + 1);
            if (a.pronoun() || b.pronoun() || b.from() >= before) continue;
            int k = a.to();
            if (k >= v.size() || !v.lower.get(k).equals("and")) continue;
            k++;
            if (k < v.size() && v.lower.get(k).equals("the")) k++;
            if (k != b.from()) continue;
            Optional<String> qa = stateOf(a);
            Optional<String> qb = stateOf(b);
            if (qa.isEmpty() || qb.isEmpty() || qa.get().equals(qb.get())) continue;
            if (pair != null) return null;
            pair = new LinkedHashMap<>();
            pair.put(qa.get(), a.mention().text());
            pair.put(qb.get(), b.mention().text());
        }
        return pair;
    }

    private List<Resolved> resolvedPair(String role, Map<String, String> pair, double confidence) {
        List<Resolved> out = new ArrayList<>();
        pair.forEach((qid, text) -> out.add(state(role, qid, text, confidence)));
        return out;
    }

    /**
     * When more than two states are in view, the two named most often in the sentences so far, as long as both are
     * named more often than any third one; otherwise none.
     */
    private List<Resolved> salientPair(String role, List<SentenceView> views, int index, int at) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (int s = 0; s <= index; s++) {
            for (Cand c : views.get(s).cands) {
                if (c.pronoun() || s == index && c.from() >= at) continue;
                stateOf(c).ifPresent(q -> {
                    counts.merge(q, 1, Integer::sum);
                    texts.putIfAbsent(q, c.mention().text());
                });
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        if (ranked.size() < 2 || ranked.size() > 2 && ranked.get(1).getValue() <= ranked.get(2).getValue()) {
            return List.of();
        }
        double conf = lexicon.number("argument.twoStates") * 0.9;
        return List.of(state(role, ranked.get(0).getKey(), texts.get(ranked.get(0).getKey()), conf),
                state(role, ranked.get(1).getKey(), texts.get(ranked.get(1).getKey()), conf));
    }

    private Resolved state(String role, String qid, String fallbackText, double confidence) {
        Entity best = null;
        for (Entity e : article.resolved().entities()) {
            if (qid.equals(qidOf(e)) && (best == null || e.type().equals("LOC") && !best.type().equals("LOC"))) {
                best = e;
            }
        }
        if (best != null) return new Resolved(Argument.entity(role, best.id(), qid, best.name()), confidence, qid);
        return new Resolved(Argument.entity(role, null, qid, fallbackText), confidence, qid);
    }

    private Resolved plain(String role, Cand c, String qid, double confidence) {
        Entity e = c.entity();
        String text = e != null ? e.name() : c.mention().text();
        String key = qid != null ? qid : e != null ? e.id() : c.mention().text();
        if (e == null && qid == null) return null;   // a mention outside every entity cannot be an argument
        return new Resolved(Argument.entity(role, e != null ? e.id() : null, qid, text), Math.min(1, confidence), key);
    }
}
