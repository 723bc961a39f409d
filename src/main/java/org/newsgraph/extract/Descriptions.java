package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.coref.Entity;
import org.newsgraph.extract.SentenceView.Cand;
import org.newsgraph.link.Link;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.Mention;

/**
 * Finds the lower-case descriptions that name an event argument (the heads come from {@code descriptions.txt}) and
 * adds them to the sentence as candidates:
 * <ul>
 *   <li>a leader's name before a government head ("the Assad regime") stands for the state the leader is a citizen
 *       of, when the article names that state;</li>
 *   <li>a government head alone after "the" ("the regime") stands for the one state the article has already named
 *       with a nationality word or a leader's name before a government head ("the Syrian government"), and for
 *       nothing when it has named none or several;</li>
 *   <li>a nationality word before a group phrase ("Syrian opposition forces") names a group of that country: the
 *       article's own organisation of that name or acronym, else a group known only by this description;</li>
 *   <li>an anaphor head after "the" ("the international coalition") stands for the one organisation of the article
 *       whose name holds that word, and for nothing when none or several do.</li>
 * </ul>
 * A nationality word before a government head needs no description: {@link Actors} already reads it as its state.
 * One instance per article; sentences must be given in text order.
 */
final class Descriptions {
    /**
     * What a description stands for.
     *
     * @param type   the entity type the rules see: ORG for a government or group
     * @param state  whether it stands for a state (then {@code qid} is the state)
     * @param qid    the state's or the organisation's Wikidata id, or null
     * @param entity the article's entity it names, or null
     * @param name   the group's name when the description names a group (for the article's organisation, its
     *               name, or the description's words when the article gives only their acronym); null for a state
     */
    record Target(String type, boolean state, String qid, Entity entity, String name) { }

    private final LinkedArticle article;
    private final Geography geography;
    private final Lexicon lexicon;
    /** The states that the sentences so far named by a nationality word or leader before a government head. */
    private final Set<String> governments = new LinkedHashSet<>();
    /** Title words (lower case, without "of", "the" ...) to the people holding that title, by entity id. */
    private final Map<List<String>, Map<String, Holder>> titles = new HashMap<>();

    /** A person who holds a title in the article, with the affiliations (identities) the Role events give. */
    private record Holder(Entity person, Set<String> affiliations) { }

    Descriptions(LinkedArticle article, Geography geography, Lexicon lexicon) {
        this.article = article;
        this.geography = geography;
        this.lexicon = lexicon;
    }

    /** Adds the descriptions of sentence {@code v} to it as candidates. */
    void addTo(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            Cand c = v.candAt(i);
            if (c != null && c.from() == i && !c.pronoun()) {
                Cand d = afterName(v, c);
                if (d != null) {
                    v.addDescription(d);
                    i = d.to() - 1;
                }
            } else if (c == null && v.lower.get(i).equals("the")) {
                Cand d = definite(v, i + 1);
                if (d != null) {
                    v.addDescription(d);
                    i = d.to() - 1;
                }
            }
        }
    }

    /** Notes who holds which title, from the article's Role events; before {@link #addTitlesTo}. */
    void noteTitles(List<Event> roles) {
        for (Event role : roles) {
            Optional<Entity> person = role.first("person").map(Argument::entityId)
                    .flatMap(article.resolved()::entity);
            Optional<String> position = role.first("position").map(Argument::value);
            if (person.isEmpty() || position.isEmpty()) continue;
            List<String> words = titleWords(List.of(position.get().toLowerCase(Locale.ROOT).split("\\s+")));
            if (words.isEmpty()) continue;
            Holder h = titles.computeIfAbsent(words, w -> new LinkedHashMap<>()).computeIfAbsent(person.get().id(),
                    id -> new Holder(person.get(), new LinkedHashSet<>()));
            role.first("affiliation").map(Argument::identity).ifPresent(h.affiliations()::add);
        }
    }

    /**
     * Adds to sentence {@code v} the titles after "the" that stand for a person: "the Foreign Secretary", "the
     * British foreign secretary", "the Secretary of State". A title that is itself a person's position (followed by
     * a name, or in apposition to one: "Jane Doe, the foreign secretary,") or that a name or "of" specifies is left
     * alone. With a nationality or organisation before the title, a holder whose Role names another affiliation is
     * no candidate.
     */
    void addTitlesTo(SentenceView v) {
        for (int i = 0; i + 1 < v.size(); i++) {
            if (v.candAt(i) != null || !v.lower.get(i).equals("the") || appositionAfterName(v, i)) continue;
            Cand d = title(v, i + 1);
            if (d != null) {
                v.addDescription(d);
                i = d.to() - 1;
            }
        }
    }

    /** A title from token {@code j} (after "the"), with an optional nationality or organisation first; or null. */
    private Cand title(SentenceView v, int j) {
        Cand owner = v.candAt(j);
        int k = j;
        if (owner != null) {
            if (owner.pronoun() || owner.target() != null || owner.type().equals("PER")) return null;
            k = owner.to();
        }
        List<String> words = new ArrayList<>();
        int end = k;
        while (end < v.size() && v.candAt(end) == null) {
            String low = v.lower.get(end);
            if (vocabulary(low)) {
                words.add(low);
                end++;
            } else if ((low.equals("of") || low.equals("for")) && !words.isEmpty() && end + 1 < v.size()
                    && v.candAt(end + 1) == null && vocabulary(v.lower.get(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        if (words.stream().noneMatch(lexicon::isPositionHead) || !endsNounPhrase(v, end)) return null;
        Map<String, Holder> holders = titles.getOrDefault(titleWords(words), Map.of());
        String ownerId = owner == null ? null : ownerIdentity(owner);
        if (owner != null && ownerId == null) return null;
        Holder only = null;
        for (Holder h : holders.values()) {
            if (ownerId != null && !h.affiliations().isEmpty() && !h.affiliations().contains(ownerId)) continue;
            if (only != null) return null;   // two holders: the title does not say which
            only = h;
        }
        if (only == null || namedIn(v, only.person())) return null;
        Entity person = only.person();
        return description(v, j, end, new Target("PER", false, qidOf(person), person, person.name()));
    }

    /** Whether the title ending before token {@code i} ends its noun phrase and no name or "of" specifies it. */
    private boolean endsNounPhrase(SentenceView v, int i) {
        if (i >= v.size()) return true;
        String text = v.toks.get(i).text();
        if (v.candAt(i) != null || v.isModifier(i) || v.lower.get(i).equals("of") || v.lower.get(i).equals("for")
                || Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        // "the Foreign Secretary, Jane Doe," names its holder itself
        return !(v.lower.get(i).equals(",") && i + 1 < v.size() && v.candAt(i + 1) != null
                && v.candAt(i + 1).type().equals("PER"));
    }

    /** Whether "the" at token {@code i} opens an apposition to a person: "Jane Doe, the foreign secretary". */
    private static boolean appositionAfterName(SentenceView v, int i) {
        if (i < 2 || !v.lower.get(i - 1).equals(",")) return false;
        Cand before = v.candAt(i - 2);
        return before != null && !before.pronoun() && before.type().equals("PER");
    }

    private static boolean namedIn(SentenceView v, Entity person) {
        return v.cands.stream().anyMatch(c -> c.entity() != null && c.entity().id().equals(person.id()));
    }

    /** The identity a Role's affiliation would have for this owner: its state, or the organisation. */
    private String ownerIdentity(Cand owner) {
        String qid = qidOf(owner.entity());
        return switch (owner.type()) {
            case "NORP" -> nationalityState(owner).orElse(null);
            case "LOC" -> qid == null ? null : geography.stateOf(qid).orElse(qid);
            default -> qid != null ? qid : owner.entity() == null ? null : owner.entity().id();
        };
    }

    /** The words of a title that tell it apart: all but "of", "for", "the", "on", "and". */
    private static List<String> titleWords(List<String> words) {
        return words.stream().filter(w -> !Set.of("of", "for", "the", "on", "and").contains(w)).toList();
    }

    private boolean vocabulary(String lower) {
        return lexicon.isPositionHead(lower) || lexicon.isPositionModifier(lower);
    }

    /** "the Assad regime", "the Syrian government" (noted, not added), "Syrian opposition forces". */
    private Cand afterName(SentenceView v, Cand name) {
        int k = name.to();
        int head = lowerCaseMatch(v, lexicon.governmentHeads(), k);
        if (head > 0) {
            Optional<String> state = switch (name.type()) {
                case "NORP" -> nationalityState(name);
                case "PER" -> leaderState(name);
                default -> Optional.empty();
            };
            state.ifPresent(governments::add);
            if (!name.type().equals("PER") || state.isEmpty()) return null;
            return description(v, name.from(), k + head, new Target("ORG", true, state.get(), null, null));
        }
        int group = lowerCaseMatch(v, lexicon.groups(), k);
        if (group == 0 || !name.type().equals("NORP") || nationalityState(name).isEmpty()) return null;
        // "Russian opposition to the plan" is a stance, not a group
        if (k + group < v.size() && v.lower.get(k + group).equals("to")) return null;
        String groupName = name.mention().text() + " " + lexicon.groupName(v.lower.subList(k, k + group));
        Entity own = organisationNamed(groupName);
        // the description spells out an acronym the article only abbreviates ("ISF"): its words are the better name
        Target target = own == null ? new Target("ORG", false, null, null, groupName)
                : new Target("ORG", false, qidOf(own), own, own.name().equals(acronym(groupName)) ? groupName
                        : own.name());
        return description(v, name.from(), k + group, target);
    }

    /** "the regime" (tokens from {@code j}, after "the"), "the international coalition". */
    private Cand definite(SentenceView v, int j) {
        int head = lowerCaseMatch(v, lexicon.governmentHeads(), j);
        if (head > 0) {
            if (governments.size() != 1 || followedByName(v, j + head)) return null;
            return description(v, j, j + head, new Target("ORG", true, governments.iterator().next(), null, null));
        }
        int h = j;
        while (h < v.size() && h < j + 2 && v.candAt(h) == null && v.isModifier(h)
                && !lexicon.isAnaphorHead(v.lower.get(h))) {
            h++;
        }
        if (h >= v.size() || v.candAt(h) != null || !lexicon.isAnaphorHead(v.lower.get(h))
                || !Character.isLowerCase(v.toks.get(h).text().charAt(0)) || followedByName(v, h + 1)) {
            return null;
        }
        Entity only = null;
        for (Entity e : article.resolved().entities()) {
            if (!e.type().equals("ORG") || !words(e.name()).contains(v.lower.get(h))) continue;
            if (only != null) return null;   // two organisations of that kind: the description does not say which
            only = e;
        }
        return only == null ? null : description(v, j, h + 1, new Target("ORG", false, qidOf(only), only,
                only.name()));
    }

    /** Length of a phrase of {@code phrases} at token {@code i} written in lower case, or 0. */
    private static int lowerCaseMatch(SentenceView v, Lexicon.Phrases phrases, int i) {
        if (i >= v.size() || v.candAt(i) != null) return 0;
        int n = phrases.matchAt(v.lower, i);
        for (int j = i; j < i + n; j++) {
            if (!Character.isLowerCase(v.toks.get(j).text().charAt(0)) || v.candAt(j) != null) return 0;
        }
        return n;
    }

    /** Whether "of" and a name follow: "the government of Iraq" is named by its own words. */
    private static boolean followedByName(SentenceView v, int i) {
        return i + 1 < v.size() && v.lower.get(i).equals("of") && v.candAt(i + 1) != null;
    }

    private Cand description(SentenceView v, int from, int to, Target target) {
        int start = v.toks.get(from).start();
        int end = v.toks.get(to - 1).end();
        Mention m = new Mention(start, end, Argument.DESCRIPTION, v.text(from, to), v.sentence.index(), 1.0);
        return new Cand(from, to, m, target.entity(), false, null, target);
    }

    private Optional<String> nationalityState(Cand c) {
        String qid = qidOf(c.entity());
        return qid != null ? Optional.of(geography.stateOf(qid).orElse(qid))
                : geography.countryOfDemonym(c.mention().text());
    }

    /** The state a linked person is a citizen of, when the article names it. */
    private Optional<String> leaderState(Cand c) {
        String qid = qidOf(c.entity());
        if (qid == null) return Optional.empty();
        return geography.citizenshipOf(qid).filter(state -> article.resolved().entities().stream()
                .anyMatch(e -> state.equals(qidOf(e))));
    }

    /** The one organisation of the article named {@code name} (any case) or by its acronym ("ISF"), or null. */
    private Entity organisationNamed(String name) {
        String acronym = acronym(name);
        Entity only = null;
        for (Entity e : article.resolved().entities()) {
            if (!e.type().equals("ORG")) continue;
            boolean same = e.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase(name)
                    || m.text().replace(".", "").equals(acronym));
            if (!same) continue;
            if (only != null && only != e) return null;
            only = e;
        }
        return only;
    }

    /** "ISF" for "Iraqi Security Forces"; no acronym (an impossible string) for a single word. */
    static String acronym(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (w.isEmpty() || Set.of("of", "and", "for", "the").contains(w.toLowerCase(Locale.ROOT))) continue;
            sb.append(Character.toUpperCase(w.charAt(0)));
        }
        return sb.length() < 2 ? "\u0000" : sb.toString();
    }

    private static List<String> words(String name) {
        return List.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
    }

    private String qidOf(Entity e) {
        return e == null ? null : article.linkOf(e).map(Link::qid).orElse(null);
    }
}
