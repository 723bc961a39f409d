package org.newsgraph.extract;

import static org.newsgraph.extract.Spans.find;
import static org.newsgraph.extract.Spans.findBefore;
import static org.newsgraph.extract.Spans.itemStart;
import static org.newsgraph.extract.Spans.modifiersStart;
import static org.newsgraph.extract.Spans.amountBefore;
import static org.newsgraph.extract.Spans.complementEnd;
import static org.newsgraph.extract.Spans.phrase;
import static org.newsgraph.extract.Spans.punctuationBetween;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.coref.Entity;
import org.newsgraph.coref.ResolvedArticle;
import org.newsgraph.extract.SentenceView.Cand;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

/**
 * Finds Treaty, Deployment, Supply, Visit and Role events (and, through {@link InteractionRules}, Meeting,
 * Statement, Support, Sanction, Invitation and Attack events) with trigger lexicons and shallow syntax; what it knows is
 * in the data files under {@code /extract/} (see {@link Lexicon}). A trigger under negation, modality, a plan, a
 * doubtful attribution or a claim nobody vouches for ("there is no evidence that", "has not confirmed that") gives no
 * event, and so does one used in a product or figurative sense ("the X phone supports Y"), a game's event ("X met Y
 * in the semi-final": a sport cue, and no politicians or states as the only ones taking part) or an agreement between
 * firms or clubs ("a sponsorship deal"). A signing ceremony that names no other deal and no other signatories is a
 * Meeting of the parties of the article's one treaty.
 *
 * <pre>{@code
 * EventExtractor extractor = new RuleBasedExtractor(geography);
 * List<Event> events = extractor.extract(linkedArticle);
 * }</pre>
 *
 * Immutable and thread-safe: one instance serves any number of threads.
 */
public final class RuleBasedExtractor implements EventExtractor {
    private static final Set<String> LOCATION_PREPS = Set.of("to", "in", "into", "inside", "at", "near", "on",
            "across");
    private static final Set<String> RECIPIENT_PREPS = Set.of("to", "for");

    private final Geography geography;
    private final LaterDenials denials;
    private final Lexicon lexicon;
    private final Grammar grammar;
    private final TimeResolver time = new TimeResolver();
    private final RoleRule roles;
    private final InteractionRules interactions;

    public RuleBasedExtractor(Geography geography) {
        this(geography, Lexicon.standard());
    }

    public RuleBasedExtractor(Geography geography, Lexicon lexicon) {
        this.geography = Objects.requireNonNull(geography, "geography");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.grammar = new Grammar(lexicon);
        this.roles = new RoleRule(lexicon, grammar);
        this.interactions = new InteractionRules(lexicon, grammar);
        this.denials = new LaterDenials(lexicon);
    }

    /** What a rule sees of one sentence. */
    record Scope(SentenceView v, int index, List<SentenceView> views, List<TimeResolver.TimeMention> times,
                         Actors actors, TimeResolver.TimeValue published) { }

    @Override
    public List<Event> extract(LinkedArticle article) {
        ResolvedArticle resolved = article.resolved();
        Map<String, Entity> bySpan = new HashMap<>();
        for (Entity e : resolved.entities()) for (Mention m : e.mentions()) bySpan.put(m.start() + ":" + m.end(), e);
        TimeResolver.TimeValue published = PublicationDate.of(resolved.doc().article()).orElse(null);
        Actors actors = new Actors(article, geography, lexicon);
        Descriptions descriptions = new Descriptions(article, geography, lexicon);
        List<SentenceView> views = new ArrayList<>();
        List<Cand> lastPersons = List.of();
        for (Sentence s : resolved.doc().sentences()) {
            SentenceView v = new SentenceView(s, resolved.doc().mentionsIn(s.index()),
                    m -> bySpan.get(m.start() + ":" + m.end()), lastPersons, this::portfolioModifier);
            descriptions.addTo(v);
            views.add(v);
            if (!v.persons().isEmpty()) lastPersons = v.persons();
        }
        // Role events come first: "the Foreign Secretary" is read as the article's one Foreign Secretary
        List<List<Event>> roleEvents = new ArrayList<>();
        for (SentenceView v : views) roleEvents.add(roles.find(v, actors).stream().map(Draft::build).toList());
        descriptions.noteTitles(roleEvents.stream().flatMap(List::stream).toList());
        views.forEach(descriptions::addTitlesTo);
        Set<String> politicians = politicians(roleEvents.stream().flatMap(List::stream).toList());
        boolean game = aboutAGame(views, actors);
        List<Event> out = new ArrayList<>();
        TimeResolver.TimeValue earlier = null;
        for (int i = 0; i < views.size(); i++) {
            SentenceView v = views.get(i);
            List<TimeResolver.TimeMention> times = outsideNames(v, time.find(v.sentence.text(), published, earlier));
            // "two days later" in the next sentence counts from this sentence's time when it names exactly one
            earlier = times.size() == 1 ? times.get(0).value() : null;
            Scope s = new Scope(v, v.sentence.index(), views, times, actors, published);
            for (int t = 0; t < v.size(); t++) {
                for (Lexicon.Trigger trig : lexicon.triggers(v.lower.get(t))) {
                    if (grammar.asked(v, t, trig.type().equals("Statement")) || grammar.recalled(v, t)) continue;
                    List<Draft> d = switch (trig.type()) {
                        case "Treaty" -> treaty(s, t, trig).stream().toList();
                        case "Deployment" -> deployment(s, t, trig).stream().toList();
                        case "Supply" -> supply(s, t, trig);
                        case "Visit" -> visit(s, t, trig);
                        default -> interactions.find(s, t, trig);
                    };
                    d = withCoordinatedAgents(s, t, d);
                    // a sports statement is still a statement: "the coach said ..."
                    boolean sporting = !trig.type().equals("Statement") && grammar.sporting(v, t);
                    boolean announced = !d.isEmpty() && grammar.announced(v, t, trig.kind().equals("noun"));
                    for (Draft x : d) {
                        if (x.ownTime() && !x.has("announced") && (announced || dueLater(s, t, x))) {
                            x.literal("announced", "true", "boolean");
                        }
                        Event e = x.build();
                        // in an article about a game, states that meet or host each other are teams; people who
                        // meet there are still checked only where their own clause speaks of sport
                        boolean teams = game && trig.type().equals("Meeting") && onlyStates(e);
                        if (!(sporting || teams) || political(e, trig, politicians)) out.add(e);
                    }
                }
            }
            out.addAll(roleEvents.get(i));
        }
        out.addAll(signingCeremonies(views, out, actors));
        out = denials.without(out, views, actors);
        return Merger.withoutCoarserRestatements(Merger.merge(out), geography);
    }

    // ---------------------------------------------------------------- coordinated agents

    /**
     * The role of the side that acts alone in each event type whose coordinated subjects each act on their own ("X and
     * Y sent troops": two deployments). The sides of a Meeting or Treaty act together and are listed in one event.
     */
    private static final Map<String, String> AGENT_ROLES = Map.of("Deployment", "forceOf", "Supply", "supplier",
            "Sanction", "imposer", "Support", "supporter", "Attack", "attacker", "Visit", "visitor",
            "Statement", "speaker");

    /**
     * The drafts of the trigger at {@code t}, with one copy more for each other name coordinated with the one that
     * fills the acting role (see {@link #AGENT_ROLES}): "Germany and France sent troops to X" gives France's
     * deployment and Germany's, "officials from X and Y said" a statement of each. The names are the trigger's
     * subject with those coordinated with it ({@link Grammar#coordinated}, {@link Grammar#coordinatedInGroup}), or a
     * passive's agents ("were sent by X and Y"), all of one type, the first no verb's object ("X welcomed Y and Z sent troops": Z alone). A rule that has
     * already given each name its event is left alone, and so is a copy whose new side fills another role of it.
     */
    private List<Draft> withCoordinatedAgents(Scope s, int t, List<Draft> drafts) {
        if (drafts.isEmpty()) return drafts;
        String role = AGENT_ROLES.get(drafts.get(0).type());
        if (role == null) return drafts;
        SentenceView v = s.v;
        Cand subject = grammar.subject(v, t);
        List<Cand> group = subject == null ? List.of() : grammar.coordinated(v, subject);
        if (group.size() < 2 && subject != null) group = grammar.coordinatedInGroup(v, subject);
        if (group.size() < 2) group = grammar.agent(v, t);
        if (group.size() < 2 || v.isVerbal(grammar.phraseStart(v, group.get(0).from()) - 1)) return drafts;
        String type = group.get(0).type();
        if (group.stream().anyMatch(c -> !c.type().equals(type))) return drafts;
        List<Actors.Resolved> sides = new ArrayList<>();
        for (Cand c : group) {
            Optional<Actors.Resolved> r = s.actors.actor(role, c);
            if (r.isEmpty()) return drafts;
            sides.add(r.get());
        }
        Set<String> sideKeys = sides.stream().map(Actors.Resolved::key).collect(Collectors.toSet());
        Set<String> acting = drafts.stream().map(x -> x.key(role).orElse("")).filter(sideKeys::contains)
                .collect(Collectors.toSet());
        if (acting.size() != 1) return drafts;   // none of them acts, or the rule has given each its event
        List<Draft> out = new ArrayList<>(drafts);
        for (Draft x : drafts) {
            String key = x.key(role).orElse("");
            if (x.count(role) != 1 || !acting.contains(key)) continue;
            for (Actors.Resolved side : sides) {
                if (side.key().equals(key) || x.hasKey(side.key())) continue;
                Draft copy = x.copy();
                copy.remove(role, key);
                out.add(copy.add(side));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- events at a game

    /**
     * Whether the article tells of a game: a word of cues.txt group "sport" in any sentence ("the tournament opens on
     * Friday"), or a verb of group "defeating" between two states ("France beat Germany 2-0", "Italy drew with
     * Poland"). A meeting there only between states is read as a game's (see {@link #political}); one that people
     * take part in is not, unless its own clause speaks of sport.
     */
    private boolean aboutAGame(List<SentenceView> views, Actors actors) {
        Lexicon.Phrases defeating = lexicon.cues("defeating");
        for (SentenceView v : views) {
            if (lexicon.cues("sport").anyIn(v.lower, 0, v.size())) return true;
            for (int j = 0; j < v.size(); j++) {
                int n = defeating.matchAt(v.lower, j);
                if (n == 0 || !v.isVerbal(j)) continue;
                Cand winner = grammar.subject(v, j);
                List<Cand> loser = grammar.phraseCands(v, j + n, v.size());
                if (winner != null && !loser.isEmpty() && playsForState(winner, actors)
                        && playsForState(loser.get(0), actors)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every side of the event (each entity argument but its place) is a state. */
    private boolean onlyStates(Event e) {
        List<Argument> sides = e.args().stream().filter(a -> a.isEntity() && !PLACE_ROLES.contains(a.role())).toList();
        return !sides.isEmpty() && sides.stream().allMatch(a -> a.qid() != null && isState(a.qid()));
    }

    /** Whether a name is a place that stands for a state, as a national team's name does ("France", "Germany"). */
    private static boolean playsForState(Cand c, Actors actors) {
        return !c.pronoun() && c.type().equals("LOC") && actors.stateOf(c).isPresent();
    }

    /** Roles whose argument is where an event happens, not who takes part in it. */
    private static final Set<String> PLACE_ROLES = Set.of("location", "destination");

    /**
     * The identities of the article's politicians: the persons of Role events whose position names a political office
     * (cues.txt group "statesman": "President", "Prime Minister", "Emir") held for a state or for no body named ("Real
     * Madrid president X" and "Italy captain Y" are none).
     */
    private Set<String> politicians(List<Event> roleEvents) {
        Lexicon.Phrases statesman = lexicon.cues("statesman");
        Set<String> out = new HashSet<>();
        for (Event r : roleEvents) {
            Optional<Argument> person = r.first("person");
            List<String> words = List.of(r.first("position").map(Argument::value).orElse("")
                    .toLowerCase(Locale.ROOT).split("\\s+"));
            boolean office = false;
            for (int j = 0; j < words.size(); j++) office |= statesman.matchAt(words, j) > 0;
            Optional<Argument> body = r.first("affiliation");
            boolean forState = body.isEmpty() || body.get().qid() != null && isState(body.get().qid());
            if (person.isPresent() && office && forState) out.add(person.get().identity());
        }
        return out;
    }

    private boolean isState(String qid) {
        return geography.stateOf(qid).filter(qid::equals).isPresent();
    }

    /**
     * Whether an event whose clause has a sport cue (see {@link Grammar#sporting}) is still no game's: every one who
     * takes part in it (each entity argument but its place) is one of the article's {@code politicians}, or a state
     * when the trigger has no sporting sense (cues.txt group "play"). "French President X met Italian Prime Minister Y
     * at the World Cup final" and "France held talks with Italy during the final" stand; "Italy met France in the
     * final", "X met Y in the semi-final" (players) and "UEFA barred Russia from the Champions League" do not.
     */
    private boolean political(Event e, Lexicon.Trigger trig, Set<String> politicians) {
        boolean statesCount = !lexicon.lemmaIn("play", trig);
        List<Argument> takingPart = e.args().stream().filter(a -> a.isEntity() && !PLACE_ROLES.contains(a.role()))
                .toList();
        if (takingPart.isEmpty()) return false;
        for (Argument a : takingPart) {
            boolean state = statesCount && a.qid() != null && isState(a.qid());
            if (!state && !politicians.contains(a.identity())) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- Meeting at a signing

    /**
     * A signing ceremony (cues.txt group "ceremony") is a Meeting of the parties of the article's one treaty: "X and
     * Y signed an agreement ... The signing ceremony took place in Z". Nothing when the article reports no treaty or
     * treaties between different parties, when the ceremony is negated, postponed or only possible, or when it names
     * another agreement or other signatories (see {@link #ofTreaty}).
     */
    private List<Event> signingCeremonies(List<SentenceView> views, List<Event> found, Actors actors) {
        Set<Set<String>> partySets = new HashSet<>();
        Event treaty = null;
        for (Event e : found) {
            if (!e.type().equals("Treaty")) continue;
            partySets.add(e.all("party").stream().map(Argument::identity).collect(Collectors.toSet()));
            treaty = e;
        }
        if (partySets.size() != 1) return List.of();
        Set<String> parties = partySets.iterator().next();
        Lexicon.Phrases ceremony = lexicon.cues("ceremony");
        List<Event> out = new ArrayList<>();
        for (SentenceView v : views) {
            for (int j = 0; j < v.size(); j++) {
                int n = ceremony.matchAt(v.lower, j);
                if (n == 0) continue;
                int t = j + n - 1;
                if (grammar.cancelled(v, t, true) || grammar.cancelledAfter(v, t)) continue;
                Cand place = grammar.afterPreposition(v, t + 1, grammar.objectEnd(v, t), Set.of("in", "at")).stream()
                        .filter(c -> c.type().equals("LOC")).findFirst().orElse(null);
                if (!ofTreaty(v, place, views.get(treaty.sentence()), parties, actors)) continue;
                Draft d = new Draft("Meeting", v.sentence.index(), v.toks.get(t).text(),
                        lexicon.number("strength.noun"));
                for (Argument a : treaty.all("party")) {
                    if (a.entityId() == null && a.qid() == null) continue;   // a described group stays in its sentence
                    d.add(new Actors.Resolved(Argument.entity("participant", a.entityId(), a.qid(), a.value()),
                            treaty.confidence(), a.identity()));
                }
                if (d.count("participant") < 2) continue;
                actors.place("location", place).ifPresent(d::add);
                out.add(d.build());
            }
        }
        return out;
    }

    /**
     * Whether the signing ceremony of sentence {@code v} can be the one of the treaty found in {@code treatySentence}:
     * every agreement it names ("the ceremony for the fishing accord") is written in the treaty's sentence too, and
     * every state, organisation or nationality it names, other than its place, stands for one of the treaty's
     * {@code parties} ("Italy and France attended a signing ceremony" is the ceremony of another deal). Persons may
     * attend for a party and do not count.
     */
    private boolean ofTreaty(SentenceView v, Cand place, SentenceView treatySentence, Set<String> parties,
                             Actors actors) {
        String treatyText = " " + String.join(" ", treatySentence.lower) + " ";
        for (int j = 0; j < v.size(); j++) {
            int n = lexicon.agreements().matchAt(v.lower, j);
            if (n == 0) continue;
            String named = " " + String.join(" ", v.lower.subList(modifiersStart(v, j), j + n)) + " ";
            if (!treatyText.contains(named)) return false;
            j += n - 1;
        }
        for (Cand c : v.cands) {
            if (c == place || c.pronoun() || c.type().equals("PER")) continue;
            Optional<Actors.Resolved> r = actors.actor("participant", c);
            if (r.isPresent() && !parties.contains(r.get().arg().identity())) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- Treaty

    private Optional<Draft> treaty(Scope s, int t, Lexicon.Trigger trig) {
        SentenceView v = s.v;
        if (grammar.cancelled(v, t, trig.kind().equals("noun")) || grammar.otherSense(v, t)) return Optional.empty();
        boolean verb = trig.kind().equals("verb");
        // "the pact, signed by A and B": a participle after the agreement noun is a passive without "be"
        boolean passive = verb && (grammar.passive(v, t)
                || agreementEndingAt(v, t - 1) >= 0 && t + 1 < v.size() && v.lower.get(t + 1).equals("by"));
        int noun = -1;
        int len = 0;
        if (!verb) {
            noun = t;
            len = 1;
            int b = t + 1;
            while (b < v.size() && b <= t + 4 && !v.lower.get(b).equals("between")
                    && !Set.of(",", ";", ":", ".").contains(v.lower.get(b)) && v.candAt(b) == null) {
                b++;
            }
            if (b >= v.size() || !v.lower.get(b).equals("between")) return Optional.empty();
        } else if (passive) {
            for (int j = t - 1; j >= Math.max(0, t - 6) && noun < 0; j--) {
                int n = lexicon.agreements().matchAt(v.lower, j);
                if (n > 0 && j + n <= t) {
                    noun = j;
                    len = n;
                }
            }
        } else if (lexicon.lemmaIn("agreeing", trig)) {
            noun = agreedNoun(v, t);
            len = noun < 0 ? 0 : lexicon.agreements().matchAt(v.lower, noun);
        } else {
            int end = grammar.objectEnd(v, t);
            for (int j = t + 1; j < end && noun < 0; j++) {
                int n = lexicon.agreements().matchAt(v.lower, j);
                if (n == 0) continue;
                // a name before the noun's own phrase is the verb's object, and the agreement another phrase's
                // ("struck X despite the truce with Y")
                if (nameIn(v, t + 1, grammar.phraseStart(v, j))) break;
                noun = j;
                len = n;
            }
            if (noun < 0) {
                noun = relativeAgreement(v, t);
                len = noun < 0 ? 0 : lexicon.agreements().matchAt(v.lower, noun);
            }
        }
        if (noun < 0 || commercial(v, noun)) return Optional.empty();
        // "a ceasefire agreement": the last agreement noun of a run is the head, the ones before it modifiers
        for (int n; noun + len < v.size() && (n = lexicon.agreements().matchAt(v.lower, noun + len)) > 0; ) len += n;
        String strengthKey = !verb ? "strength.noun" : passive ? "strength.verb.passive" : "strength.verb.active";
        Draft d = new Draft("Treaty", s.index, v.toks.get(t).text(), lexicon.number(strengthKey));
        List<Cand> parties = new ArrayList<>();
        if (passive) {
            parties.addAll(grammar.agent(v, t));
        } else if (verb) {
            Cand subject = grammar.subject(v, t);
            if (subject != null) {
                parties.addAll(grammar.coordinated(v, subject));
            } else {
                twoStates(s, t).forEach(d::add);
            }
        }
        int after = complementEnd(v, noun + len, Set.of("on", "of"), lexicon.cues("adverbial"));
        List<Cand> others = grammar.afterPreposition(v, after, Math.min(v.size(), after + (verb ? 3 : 6)),
                Set.of("with", "between"));
        // a hyphenated modifier stays whole: "a 30-day truce", not "day truce"
        String name = v.text(Spans.hyphenatedStart(v, modifiersStart(v, noun)), after);
        if (!others.isEmpty()) {
            List<Cand> sides = grammar.coordinated(v, others.get(0));
            parties.addAll(sides);
            // "the accord between A and B on water rights": the subject matter may follow the parties
            int close = sides.get(sides.size() - 1).to();
            int end = after == noun + len ? complementEnd(v, close, Set.of("on"), lexicon.cues("adverbial")) : close;
            if (end > close) name += " " + v.text(close, end);
        }
        for (Cand c : parties) {
            if (!c.type().equals("PER")) {
                s.actors.actor("party", c).ifPresent(d::add);
            } else {
                // a person signs for the state whose office the sentence gives them ("Finnish President X")
                roles.officeState(v, c, s.actors, this::isState).map(r -> r.as("party")).ifPresent(d::add);
            }
        }
        // a treaty has two sides; with one found, the other is unknown and the event would misstate the treaty
        if (d.count("party") < 2) return Optional.empty();
        if (name.equalsIgnoreCase("deal") && d.entityQids("party").stream().noneMatch(this::isState)) {
            return Optional.empty();   // "X Corp signed a deal with Y": a bare deal with no state is business
        }
        d.literal("treatyName", name.toLowerCase(Locale.ROOT), "string");
        dated(d, s, t);
        return Optional.of(d);
    }

    /** Whether a name starts in [from, to). */
    private static boolean nameIn(SentenceView v, int from, int to) {
        for (int j = from; j < to; j++) if (v.candAt(j) != null) return true;
        return false;
    }

    /**
     * Where the agreement noun ending at {@code j} starts, a comma after it skipped ("the treaty, signed by"); -1 when
     * none ends there.
     */
    private int agreementEndingAt(SentenceView v, int j) {
        if (j >= 0 && v.lower.get(j).equals(",")) j--;
        for (int k = Math.max(0, j - 2); k <= j; k++) {
            int n = lexicon.agreements().matchAt(v.lower, k);
            if (n > 0 && k + n == j + 1) return k;
        }
        return -1;
    }

    /**
     * The agreement noun that a relative clause of the verb at {@code t} modifies ("the agreement, which A and B
     * signed"): the subject, coordinated, opens the clause right after "which" or "that", and the noun ends just
     * before that; -1 otherwise.
     */
    private int relativeAgreement(SentenceView v, int t) {
        Cand subject = grammar.subject(v, t);
        if (subject == null) return -1;
        int j = grammar.coordinated(v, subject).get(0).from() - 1;
        if (j >= 0 && v.lower.get(j).equals("the")) j--;
        if (j < 1 || !(v.lower.get(j).equals("which") || v.lower.get(j).equals("that"))) return -1;
        return agreementEndingAt(v, j - 1);
    }

    /**
     * The agreement noun an "agree" trigger at {@code t} concludes: right after it or after "to", "on" or "upon",
     * behind at most a determiner and three lower-case modifiers or parts of a length ("agreed to a peace deal",
     * "agreed to a 30-day truce"); -1 when anything else
     * comes first ("agreed to negotiate a deal", "agreed on the need for an accord", "agreed with X that").
     */
    private int agreedNoun(SentenceView v, int t) {
        int j = t + 1;
        if (j < v.size() && Set.of("to", "on", "upon").contains(v.lower.get(j))) j++;
        if (j < v.size() && Set.of("a", "an", "the").contains(v.lower.get(j))) j++;
        for (int k = j; k < v.size() && k <= j + 3; k++) {
            if (lexicon.agreements().matchAt(v.lower, k) > 0) return k;
            // "agreed to a 30-day truce": a length is a modifier too
            boolean length = v.toks.get(k).pos().equals("NUM") || v.lower.get(k).equals("-");
            if (!v.isModifier(k) && !length) return -1;
        }
        return -1;
    }

    /**
     * Whether a word of cues.txt group "commerce" modifies the agreement noun at {@code noun} ("a sponsorship deal", "a
     * licensing agreement", "the merger agreement"): a contract between firms or clubs, no treaty.
     */
    private boolean commercial(SentenceView v, int noun) {
        return lexicon.cues("commerce").anyIn(v.lower, grammar.phraseStart(v, noun), noun);
    }

    /** "the two countries" as the subject of the trigger at {@code t}. */
    private List<Actors.Resolved> twoStates(Scope s, int t) {
        for (int j = t - 1; j >= 0 && j >= t - 8; j--) {
            if (Actors.twoStatesPhrase(s.v, j) > 0) return s.actors.twoStates("party", s.views, s.index, j);
        }
        return List.of();
    }

    // ---------------------------------------------------------------- Deployment

    private Optional<Draft> deployment(Scope s, int t, Lexicon.Trigger trig) {
        SentenceView v = s.v;
        if (grammar.cancelled(v, t, trig.kind().equals("noun")) || grammar.otherSense(v, t)) return Optional.empty();
        if (lexicon.lemmaIn("arriving", trig)) return arrival(s, t);   // its subject is what arrives
        boolean verb = trig.kind().equals("verb");
        boolean passive = verb && grammar.passive(v, t);
        int[] force;
        int end = grammar.objectEnd(v, t);
        force = find(v, lexicon.forces(), t + 1, end);
        boolean reduced = verb && !passive && !v.lower.get(t).endsWith("ing") && t > 0
                && (v.lower.get(t - 1).equals(",") || lexicon.forces().matchAt(v.lower, t - 1) > 0);
        if (force == null && (passive || reduced || !verb)) force = forceOutsideNamesBefore(v, t, 5);
        Cand named = force == null && passive ? namedForceBefore(v, t) : null;
        if (named != null) force = new int[] {forceNameHead(v, named), named.to()};   // "US Marines are based in X"
        int departure = verb ? -1 : departureBefore(v, t);
        if (force == null && departure >= 0) force = forceOutsideNamesBefore(v, departure, 8);
        if (reduced && force != null && force[1] < t) passive = true;   // "troops, deployed from X": a participle
        if (force == null || modifiesNoun(v, force[1])) return Optional.empty();
        if (verb && !passive && force[0] > t && firstItem(v, t + 1, force[0]) >= 0) return Optional.empty();
        if (verb && withdrawnWithoutDestination(v, t, force[1], end)) return Optional.empty();
        int fs = named != null ? named.from() : modifiersStart(v, force[0]);
        String strengthKey = !verb ? "strength.noun" : passive ? "strength.verb.passive" : "strength.verb.active";
        Draft d = new Draft("Deployment", s.index, v.toks.get(t).text(), lexicon.number(strengthKey));
        Cand owner = named != null ? named : ownerBefore(v, fs);
        if (owner == null && force[1] < v.size() && v.lower.get(force[1]).equals("from")) {
            List<Cand> from = grammar.phraseCands(v, force[1] + 1, v.size());
            if (!from.isEmpty()) owner = from.get(0);
        }
        if (owner == null && passive) owner = grammar.agent(v, t).stream().findFirst().orElse(null);
        if (owner == null && verb && !passive) owner = grammar.subject(v, t);
        if (owner == null && !verb) owner = ownerBefore(v, t);
        if (owner == null) return Optional.empty();
        // "French President X sent troops to Y": the state whose office the sender holds; no office, no owner
        Optional<Actors.Resolved> leader = owner.type().equals("PER") && !owner.pronoun()
                ? roles.officeState(v, owner, s.actors, this::isState).map(r -> r.as("forceOf")) : Optional.empty();
        if (owner.type().equals("PER") && leader.isEmpty()) return Optional.empty();
        // a base or town is where forces are, not whose they are: "Fort X soldiers" name no force's owner; a
        // nationality that stands for no state ("Western troops") names none either
        if (leader.isEmpty() && statelessOwner(s, owner)) return Optional.empty();
        if (leader.isPresent()) {
            d.add(leader.get());
        } else if (named != null) {
            s.actors.forceOwner("forceOf", named, v.text(named.from(), force[0])).ifPresent(d::add);
        } else {
            d.add(owner == ownerBefore(v, fs) ? s.actors.owner("forceOf", owner) : s.actors.actor("forceOf", owner));
        }
        if (!d.has("forceOf")) return Optional.empty();
        int from = Math.max(t, force[1] - 1) + 1;
        List<Cand> places = grammar.afterPreposition(v, from, grammar.objectEnd(v, from - 1), LOCATION_PREPS);
        String forceKey = d.key("forceOf").orElse("");
        specificPlace(v, places.stream().filter(c -> c.type().equals("LOC")).toList())
                .flatMap(c -> s.actors.place("location", c)).filter(r -> !r.key().equals(forceKey)).ifPresent(d::add);
        if (!d.has("location")) {
            // "Protests spread in X, where Y deployed troops": the place the clause is told of
            s.actors.place("location", grammar.wherePlace(v, t)).filter(r -> !r.key().equals(forceKey))
                    .ifPresent(d::add);
        }
        // "ordered troops to X": an order is a deployment only with the place the forces go to
        if (lexicon.lemmaIn("ordering", trig) && !d.has("location")) return Optional.empty();
        if (!d.has("location")) d.weaken(lexicon.number("missing.secondary"));
        if (police(v, force[0], force[1]) && !abroad(d)) return Optional.empty();
        Optional<Spans.Amount> size = countBefore(v, fs);
        if (size.isEmpty() && fs > 0 && v.candAt(fs - 1) != null && v.candAt(fs - 1) == ownerBefore(v, fs)) {
            size = countBefore(v, v.candAt(fs - 1).from());   // "3,000 Russian troops"
        }
        boolean own = ownCapitalised(v, fs);
        if (size.isEmpty() && own) size = countBefore(v, fs - 1);   // "94 Reserve Airmen"
        size.ifPresent(a -> {
            d.literal("size", Long.toString(a.value()), "integer");
            if (a.bound() != null) d.literal("sizeBound", a.bound(), "string");
            d.literal("sizeText", a.text(), "string");
        });
        // a unit is named with what it is made of: "a battalion of paratroopers", "a large contingent of the wing"
        int forceEnd = lexicon.cues("unit").matchAt(v.lower, force[1] - 1) > 0
                ? complementEnd(v, force[1], Set.of("of"), lexicon.cues("adverbial")) : force[1];
        int typeStart = named == null && own ? fs - 1 : modifiersStart(v, force[0]);
        d.literal("forceType", forceType(v, typeStart, forceEnd, Math.max(t + 1, forceEnd)), "string");
        dated(d, s, t);
        return Optional.of(d);
    }

    /**
     * Whether the word before the force phrase whose modifiers start at {@code fs} is a capitalised word of the
     * force's own ("Reserve Airmen", "Citizen Soldiers"): no name, no count, and no word of a headline that
     * capitalises every word ("More Troops").
     */
    private static boolean ownCapitalised(SentenceView v, int fs) {
        if (fs < 2 || v.candAt(fs - 1) != null || titleCase(v)) return false;
        String text = v.toks.get(fs - 1).text();
        String lower = v.lower.get(fs - 1);
        return Character.isUpperCase(text.charAt(0))
                && Set.of("NOUN", "PROPN", "ADJ").contains(v.toks.get(fs - 1).pos())
                && Quantities.count(lower).isEmpty() && !Spans.QUANTITY_WORDS.contains(lower);
    }

    /** Whether the sentence capitalises every word of four letters or more outside names, as a headline does. */
    private static boolean titleCase(SentenceView v) {
        for (int i = 1; i < v.size(); i++) {
            String text = v.toks.get(i).text();
            if (v.candAt(i) == null && text.length() >= 4 && Character.isLowerCase(text.charAt(0))
                    && text.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A deployed force's type: the words in [from, to), with the arms or craft that a "with" phrase after {@code after}
     * says it brings (see {@link #equipmentAfter}), in lower case: "troops with tanks and drones".
     */
    private String forceType(SentenceView v, int from, int to, int after) {
        String gear = equipmentAfter(v, after);
        return (v.text(from, to) + (gear == null ? "" : " with " + gear)).toLowerCase(Locale.ROOT);
    }

    /** A model designation, one or many: "F-16", "KC-135R", "Su-25s". */
    private static final Pattern DESIGNATION = Pattern.compile("[A-Z][A-Za-z]{0,2}-\\d{1,3}[A-Z]?s?");

    /** Words that end a "with" phrase of equipment: a preposition or a clause's first word after it. */
    private static final Set<String> EQUIPMENT_ENDS = Set.of("to", "in", "into", "on", "at", "from", "for", "that",
            "which", "who", "while", "after", "before", "as", "amid", "since", "because", "until", "by", "but");

    /**
     * The phrase after the first "with" from {@code from} on that names arms or craft (cues.txt group "equipment", or a
     * model designation such as "KC-135R"): "sent 150 troops to X with tanks and drones" gives "tanks and drones". The
     * search stops at a clause of another verb ("and supplied the army with tanks"; a purpose infinitive such as "to
     * support the mission with X" goes on, unless it supplies); "along with" and "together with" name partners. Null
     * when there is no such phrase.
     */
    private String equipmentAfter(SentenceView v, int from) {
        Lexicon.Phrases equipment = lexicon.cues("equipment");
        for (int k = from; k < v.size(); k++) {
            String w = v.lower.get(k);
            if (w.equals(";") || v.toks.get(k).pos().equals("VERB") && (k == 0 || !v.lower.get(k - 1).equals("to")
                    || lexicon.triggers(w).stream().anyMatch(tr -> tr.type().equals("Supply")))) {
                return null;
            }
            if (!w.equals("with") || k > 0 && Set.of("along", "together").contains(v.lower.get(k - 1))) continue;
            int end = k + 1;
            boolean gear = false;
            while (end < v.size() && end - k <= 8 && !EQUIPMENT_ENDS.contains(v.lower.get(end))
                    && !(v.toks.get(end).pos().equals("PUNCT") && !v.lower.get(end).equals("-"))) {
                boolean verbAfterAnd = v.lower.get(end).equals("and") && end + 1 < v.size()
                        && Set.of("VERB", "AUX").contains(v.toks.get(end + 1).pos());
                if (verbAfterAnd) break;
                if (equipment.matchAt(v.lower, end) > 0 || DESIGNATION.matcher(v.toks.get(end).text()).matches()) {
                    gear = true;
                }
                end++;
            }
            return gear ? v.text(k + 1, end) : null;
        }
        return null;
    }

    /**
     * Whether a phrase of cues.txt group "withdrawing" follows the verb at {@code t} or the force ending at {@code
     * forceEnd} ("moved its troops out of X", "sent troops home") with no place after "to" or "into" in the object
     * region ending at {@code end}: the force leaves, and goes nowhere the sentence names.
     */
    private boolean withdrawnWithoutDestination(SentenceView v, int t, int forceEnd, int end) {
        Lexicon.Phrases withdrawing = lexicon.cues("withdrawing");
        int at = -1;
        if (withdrawing.matchAt(v.lower, t + 1) > 0) at = t + 1;
        else if (forceEnd > t && forceEnd < v.size() && withdrawing.matchAt(v.lower, forceEnd) > 0) at = forceEnd;
        if (at < 0) return false;
        int reach = Math.max(end, grammar.objectEnd(v, at));
        return grammar.afterPreposition(v, at, reach, Set.of("to", "into")).stream()
                .noneMatch(c -> c.type().equals("LOC"));
    }

    /**
     * Whether a word is a model designation in the plural ({@link #DESIGNATION} ending in "s"), which names military
     * craft: "F-16s", "A-10s", "KC-135s", "MiG-29s", "Su-25s".
     */
    private static boolean craftDesignation(String text) {
        return text.endsWith("s") && DESIGNATION.matcher(text).matches();
    }

    /** Words that may stand between an arriving subject and its verb: "troops have already arrived". */
    private static final Set<String> ARRIVAL_AUXILIARIES = Set.of("have", "has", "had", "will", "also", "already",
            "finally", "first", "just", "recently");

    /**
     * The subject of an arrival verb at {@code t} when it is a force: where its force words are, whether they name
     * craft rather than people, and the unit of a "from" or "of" phrase after them ("150 Marines from the 22nd
     * Expeditionary Unit arrived"), and the organisation name that is the force itself ("US Marines arrived"), or null.
     */
    private record ArrivingForce(int from, int to, boolean craft, Cand unit, Cand named) { }

    /**
     * Where the force words that end the organisation name {@code c} start: words of forces.txt or of cues.txt group
     * "service" ("US Marines", "the French Air Force", "the 22nd Marine Expeditionary Unit"); -1 when {@code c} names
     * no force.
     */
    private int forceNameHead(SentenceView v, Cand c) {
        if (c.pronoun() || !c.type().equals("ORG")) return -1;
        for (int k = c.from(); k < c.to(); k++) {
            int n = Math.max(lexicon.forces().matchAt(v.lower, k), lexicon.cues("service").matchAt(v.lower, k));
            if (n > 0 && k + n == c.to()) return k;
        }
        return -1;
    }

    /**
     * The force that is the subject of the arrival verb at {@code t}: force words of forces.txt or a plural model
     * designation ({@link #craftDesignation}) right before the verb (auxiliaries aside) or before a "from"/"of" phrase
     * that ends there, at the head of a noun phrase that is no preposition's object ("relatives of Canadian soldiers
     * arrived" is no force arriving), or an organisation named as a force right before the verb ("US Marines arrived",
     * see {@link #forceNameHead}); null otherwise, so also for any other name there ("Minister X arrived").
     */
    private ArrivingForce arrivingForce(SentenceView v, int t) {
        int j = t;
        while (j > 0 && ARRIVAL_AUXILIARIES.contains(v.lower.get(j - 1))) j--;
        Cand unit = j > 0 ? v.candAt(j - 1) : null;
        int named = unit == null ? -1 : forceNameHead(v, unit);
        if (named >= 0 && !v.isPreposition(subjectStart(v, unit.from()) - 1)) {
            // "About 1,500 US Marines arrived": a force named as an organisation; "Marines from the X Unit" is below
            return new ArrivingForce(named, unit.to(), false, null, unit);
        }
        if (unit != null) {
            int k = unit.from();
            if (k > 0 && Set.of("the", "a", "an").contains(v.lower.get(k - 1))) k--;
            if (unit.pronoun() || k == 0 || !Set.of("from", "of").contains(v.lower.get(k - 1))) return null;
            j = k - 1;
        }
        int[] force = null;
        for (int k = Math.max(0, j - 3); k < j && force == null; k++) {
            if (v.candAt(k) == null && lexicon.forces().matchAt(v.lower, k) == j - k) force = new int[] {k, j};
        }
        boolean designation = force == null && j > 0 && v.candAt(j - 1) == null
                && craftDesignation(v.toks.get(j - 1).text());
        if (designation) force = new int[] {j - 1, j};
        if (force == null || v.isPreposition(subjectStart(v, modifiersStart(v, force[0])) - 1)) return null;
        boolean craft = designation || lexicon.cues("craft").matchAt(v.lower, force[0]) == force[1] - force[0];
        return new ArrivingForce(force[0], force[1], craft, unit, null);
    }

    /**
     * The organisation named as a force (see {@link #forceNameHead}) that is the subject right before the passive
     * verb at {@code t}, auxiliaries aside: "US Marines are based in X", "the 3rd Brigade was deployed to Y"; null when
     * there is none or it is a preposition's object ("families of the X Brigade were moved").
     */
    private Cand namedForceBefore(SentenceView v, int t) {
        int j = t;
        while (j > 0 && (ARRIVAL_AUXILIARIES.contains(v.lower.get(j - 1)) || Grammar.BE.contains(v.lower.get(j - 1))
                || v.isContraction(j - 1))) {
            j--;
        }
        Cand c = j > 0 ? v.candAt(j - 1) : null;
        if (c == null || forceNameHead(v, c) < 0 || v.isPreposition(subjectStart(v, c.from()) - 1)) return null;
        return c;
    }

    /**
     * Where the noun phrase whose modifiers start at {@code fs} begins: with its owner, its count and hedge, and an
     * article ("the first", "some 150 Canadian").
     */
    private int subjectStart(SentenceView v, int fs) {
        int start = fs;
        Cand owner = ownerBefore(v, start);
        if (owner != null) start = owner.from();
        Optional<Spans.Amount> count = countBefore(v, start);
        if (count.isPresent()) {
            for (int k = start - 1; k >= Math.max(0, start - 6); k--) {
                if (v.text(k, start).equals(count.get().text())) start = k;
            }
        }
        while (start > 0 && Set.of("the", "a", "an", "some", "all", "these", "those").contains(v.lower.get(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * A force arriving somewhere (cues.txt group "arriving"): "Canadian paratroopers arrived in Poland last week",
     * "Some 150 Marines from the 22nd Expeditionary Unit have arrived in Italy". The force is the subject (see
     * {@link #arrivingForce}); its owner is the organisation or state of a "from"/"of" phrase after it, else the name
     * before it, and for a force named as an organisation the country its name names, else itself. Craft (cues.txt
     * group "craft", or a model designation such as "A-10s") count only when an organisation owns them: "German F-16s
     * arrived in Ukraine" and "F-16s from Germany arrived" may be deliveries.
     */
    private Optional<Draft> arrival(Scope s, int t) {
        SentenceView v = s.v;
        ArrivingForce force = arrivingForce(v, t);
        if (force == null) return Optional.empty();
        Cand named = force.named();
        int fs = named != null ? named.from() : modifiersStart(v, force.from());
        Cand before = named != null ? null : ownerBefore(v, fs);
        Cand owner = named != null ? named : force.unit() != null ? force.unit() : before;
        if (owner == null || owner.type().equals("PER") || force.craft() && !owner.type().equals("ORG")) {
            return Optional.empty();
        }
        if (statelessOwner(s, owner)) return Optional.empty();
        Draft d = new Draft("Deployment", s.index, v.toks.get(t).text(), lexicon.number("strength.verb.active"));
        if (named != null) {
            s.actors.forceOwner("forceOf", named, v.text(named.from(), force.from())).ifPresent(d::add);
        } else {
            d.add(owner == before ? s.actors.owner("forceOf", owner) : s.actors.actor("forceOf", owner));
        }
        if (!d.has("forceOf")) return Optional.empty();
        List<Cand> places = grammar.afterPreposition(v, t + 1, grammar.objectEnd(v, t), LOCATION_PREPS);
        String forceKey = d.key("forceOf").orElse("");
        specificPlace(v, places.stream().filter(c -> c.type().equals("LOC")).toList())
                .flatMap(c -> s.actors.place("location", c)).filter(r -> !r.key().equals(forceKey)).ifPresent(d::add);
        if (!d.has("location")) d.weaken(lexicon.number("missing.secondary"));
        if (police(v, force.from(), force.to()) && !abroad(d)) return Optional.empty();
        Optional<Spans.Amount> size = countBefore(v, fs);
        if (size.isEmpty() && before != null && before.to() == fs) size = countBefore(v, before.from());
        size.ifPresent(a -> {
            d.literal("size", Long.toString(a.value()), "integer");
            if (a.bound() != null) d.literal("sizeBound", a.bound(), "string");
            d.literal("sizeText", a.text(), "string");
        });
        d.literal("forceType", phrase(v, force.from(), force.to()).toLowerCase(Locale.ROOT), "string");
        dated(d, s, t);
        return Optional.of(d);
    }

    /**
     * Whether a word names a government portfolio (positions.txt group "portfolio": "foreign", "defence") and is no
     * state noun itself (cues.txt group "state": "state" in "Chinese state media" is one).
     */
    private boolean portfolioModifier(String lower) {
        return lexicon.isPortfolio(lower) && lexicon.cues("state").matchAt(List.of(lower), 0) == 0;
    }

    /** Whether the force words in [from, to) are police (cues.txt group "police"). */
    private boolean police(SentenceView v, int from, int to) {
        return lexicon.cues("police").anyIn(v.lower, from, to);
    }

    /**
     * Whether a deployment's force is in another country than its own: the states of its owner and of its place are
     * both known and differ. Police keep order at home ("Polish police were deployed in Warsaw"); only police sent
     * abroad are deployed ("Kenyan police officers arrived in Haiti").
     */
    private boolean abroad(Draft d) {
        Optional<String> own = d.entityQids("forceOf").stream().findFirst().flatMap(geography::stateOf);
        Optional<String> there = d.entityQids("location").stream().findFirst().flatMap(geography::stateOf);
        return own.isPresent() && there.isPresent() && !own.equals(there);
    }

    /**
     * Whether the force phrase that ends before {@code end} only modifies the common noun there: "troop movements",
     * "soldier training" name no force.
     */
    private boolean modifiesNoun(SentenceView v, int end) {
        if (end >= v.size() || v.candAt(end) != null || lexicon.forces().matchAt(v.lower, end) > 0) return false;
        String text = v.toks.get(end).text();
        return v.toks.get(end).pos().equals("NOUN") && Character.isLowerCase(text.charAt(0))
                && !Grammar.TIME_WORDS.contains(v.lower.get(end));
    }

    /** How many a force numbers when the count stands just before {@code start}, hedged or not; never a sum. */
    private Optional<Spans.Amount> countBefore(SentenceView v, int start) {
        return amountBefore(v, start, lexicon).filter(a -> a.currency() == null);
    }

    /** The last force phrase in the {@code reach} tokens before {@code t} that is not part of a name ("Brigade"). */
    private int[] forceOutsideNamesBefore(SentenceView v, int t, int reach) {
        int limit = t;
        while (limit > 0) {
            int[] f = findBefore(v, lexicon.forces(), limit, reach - (t - limit));
            if (f == null || v.candAt(f[0]) == null) return f;
            limit = v.candAt(f[0]).from();
        }
        return null;
    }

    /**
     * Where a departure phrase (cues.txt group "departure") starts when it ends just before the noun trigger at
     * {@code t}, maybe with an article between ("departed for a deployment"); -1 otherwise.
     */
    private int departureBefore(SentenceView v, int t) {
        int end = t > 0 && Set.of("a", "an", "the", "their", "its").contains(v.lower.get(t - 1)) ? t - 1 : t;
        Lexicon.Phrases departure = lexicon.cues("departure");
        for (int j = Math.max(0, end - 3); j < end; j++) if (j + departure.matchAt(v.lower, j) == end) return j;
        return -1;
    }

    /**
     * The place of a deployment among the places after its trigger: the last one, except that in "A, B" (a base or
     * town, then its country) the first is the more specific.
     */
    private static Optional<Cand> specificPlace(SentenceView v, List<Cand> places) {
        if (places.isEmpty()) return Optional.empty();
        Cand last = places.get(places.size() - 1);
        if (places.size() > 1) {
            Cand before = places.get(places.size() - 2);
            if (before.to() + 1 == last.from() && v.lower.get(before.to()).equals(",")) return Optional.of(before);
        }
        return Optional.of(last);
    }

    /** The name that owns a phrase starting at {@code start}: "North Korean troops", "Russia's troops". */
    private Cand ownerBefore(SentenceView v, int start) {
        int j = start - 1;
        while (j >= 0 && j >= start - 3 && v.candAt(j) == null
                && (v.toks.get(j).pos().equals("NUM") || Spans.QUANTITY_WORDS.contains(v.lower.get(j)) || v.isModifier(j))) {
            j--;
        }
        if (j >= 1 && v.isPossessive(j)) j--;
        Cand c = j >= 0 ? v.candAt(j) : null;
        return c != null && !c.pronoun() && !c.type().equals("PER") ? c : null;
    }

    // ---------------------------------------------------------------- Supply

    private List<Draft> supply(Scope s, int t, Lexicon.Trigger trig) {
        SentenceView v = s.v;
        if (grammar.cancelled(v, t, trig.kind().equals("noun")) || grammar.otherSense(v, t)) return List.of();
        boolean verb = trig.kind().equals("verb");
        boolean passive = verb && grammar.passive(v, t);
        if (lexicon.lemmaIn("sourcing", trig)) return sourced(s, t, passive);
        int end = grammar.objectEnd(v, t);
        boolean allotting = lexicon.lemmaIn("allotting", trig);
        if (allotting && end < v.size() && Set.of("of", "in").contains(v.lower.get(end))) {
            end = grammar.objectEnd(v, end);   // "unveiled a new package of aid", "earmarked $50 million in aid"
        }
        int[] item = null;
        int first = firstItem(v, t + 1, end);
        if (first >= 0) {
            // "sent an aircraft carrier": a force that the goods' word begins is no goods
            if (find(v, lexicon.forces(), t + 1, first) != null
                    || lexicon.forces().matchAt(v.lower, first) > lexicon.items().matchAt(v.lower, first)) {
                return List.of();
            }
            item = new int[] {first, first + lexicon.items().matchAt(v.lower, first)};
        } else if (find(v, lexicon.forces(), t + 1, end) != null) {
            return List.of();
        }
        if (item == null && (passive || !verb)) item = findBefore(v, lexicon.items(), t, 6);
        if (item == null) return List.of();
        if (lexicon.lemmaIn("resuming", trig) && (passive || !resumedGoods(v, t, item))) return List.of();
        // the trigger is no modifier of goods after it: "which supplies drones" (tagged as nouns) supplies drones
        int is = item[0] > t ? Math.max(t + 1, itemStart(v, item[0])) : itemStart(v, item[0]);
        if (allotting && (passive || !allottedGoods(v, t, item, is))) return List.of();
        String strengthKey = !verb ? "strength.noun" : passive ? "strength.verb.passive" : "strength.verb.active";
        Draft d = new Draft("Supply", s.index, v.toks.get(t).text(), lexicon.number(strengthKey));
        if (lexicon.lemmaIn("receiving", trig)) {
            return received(s, d, t, passive, item, is);
        }
        Cand supplier = null;
        Optional<Actors.Resolved> approver = Optional.empty();
        if (passive) supplier = grammar.agent(v, t).stream().findFirst().orElse(null);
        else if (verb) supplier = grammar.subject(v, t);
        else {
            supplier = ownerBefore(v, t);
            if (supplier == null) {
                List<Cand> from = grammar.afterPreposition(v, t + 1, end, Set.of("from", "by"));
                supplier = from.isEmpty() ? null : from.get(0);
            }
            if (supplier == null) {
                // "X approved the sale of jets to Y": the approving state sells
                int approving = grammar.approvingBefore(v, t);
                Cand subject = approving < 0 ? null : grammar.subject(v, approving);
                if (subject != null) approver = approvingState(s, subject);
                if (approver.isEmpty()) return List.of();
            }
        }
        if (allotting && supplier != null && supplier.type().equals("PER")) {
            // "Minister X announced an aid package for Y": the minister's state gives it, not the minister
            approver = supplier.pronoun() ? Optional.empty()
                    : roles.officeState(v, supplier, s.actors, this::isState).map(r -> r.as("supplier"));
            if (approver.isEmpty()) return List.of();
            supplier = null;
        }
        List<Cand> givers = supplier == null ? List.of() : grammar.coordinated(v, supplier);
        Cand recipient = null;
        if (verb && !passive && t + 1 < v.size()) {
            int k = t + 1;
            if (v.lower.get(k).equals("the")) k++;
            Cand direct = v.candAt(k);
            if (direct != null && direct.from() == k && direct.to() < v.size()
                    && (v.lower.get(direct.to()).equals("with") || goodsFollow(v, direct.to(), is))) {
                recipient = direct;
            }
        }
        // "Ukraine is being supplied with missiles by Germany": the passive's subject gets the goods
        if (passive && t + 1 < v.size() && v.lower.get(t + 1).equals("with")) recipient = grammar.subject(v, t);
        if (recipient == null) {
            List<Cand> to = grammar.afterPreposition(v, t + 1, Math.max(end, Math.min(v.size(), item[1] + 4)),
                    RECIPIENT_PREPS);
            if (!to.isEmpty()) recipient = to.get(0);
        }
        if (recipient == null && item[0] > t) {
            for (int j = t + 1; j < is; j++) {
                Cand c = v.candAt(j);
                if (c != null && v.isPossessive(c.to())) {
                    recipient = c;
                    break;
                }
            }
        }
        if (recipient == null) recipient = userOfItem(v, item[1]);
        if (recipient == null && (lexicon.lemmaIn("handing", trig) || lexicon.lemmaIn("resuming", trig))) {
            return List.of();   // "handed over their weapons", "resumed arms deliveries"
        }
        List<Cand> recipients = recipient == null ? List.of() : grammar.coordinated(v, recipient);
        if (allotting && recipients.isEmpty()) return List.of();   // "announced new aid": for whom is not told
        goods(d, s, t, item, is);
        if (allotting) d.literal("announced", "true", "boolean");
        if (approver.isPresent()) {
            String key = approver.get().key();
            return perArgument(d.copy().add(approver.get()), "recipient", recipients,
                    c -> s.actors.actor("recipient", c), key);
        }
        return perSupplierAndRecipient(s, d, givers, recipients);
    }

    /**
     * The state that approves a sale through {@code c}, the subject of a verb of cues.txt group "approving": a state,
     * its capital or its government; a department whose name names its state ({@link Actors#departmentState}); a
     * person whose office in the sentence is the state's ("French President X"). Empty for a company, a legislature or
     * a department with no state named ("the State Department").
     */
    private Optional<Actors.Resolved> approvingState(Scope s, Cand c) {
        if (c.pronoun()) return Optional.empty();
        if (c.type().equals("PER")) {
            return roles.officeState(s.v, c, s.actors, this::isState).map(r -> r.as("supplier"));
        }
        if (s.actors.stateOf(c).filter(this::isState).isPresent()) return s.actors.actor("supplier", c);
        return s.actors.departmentState("supplier", c, c.from() > 0 ? s.v.candAt(c.from() - 1) : null)
                .filter(r -> isState(r.arg().qid()));
    }

    /** Signs of a currency that may open an amount of aid: "$40 million". */
    private static final Set<String> CURRENCY_SIGNS = Set.of("$", "us$", "£", "€");

    /**
     * Whether the object of the verb at {@code t} of cues.txt group "allotting" is aid or arms: the goods [item[0],
     * item[1]) end in a word of group "allotted", and before their modifiers (from {@code is}) come only articles,
     * adjectives, numbers, currency signs and words of group "allotment" ("a $40 million military aid package", "a new
     * package of humanitarian aid"), no name and no other noun ("a ban on arms sales").
     */
    private boolean allottedGoods(SentenceView v, int t, int[] item, int is) {
        if (item[0] <= t) return false;
        Lexicon.Phrases allotted = lexicon.cues("allotted");
        boolean aid = false;   // the goods end in a word of group "allotted": "humanitarian aid", "military equipment"
        for (int k = item[0]; k < item[1] && !aid; k++) aid = k + allotted.matchAt(v.lower, k) == item[1];
        if (!aid) return false;
        Lexicon.Phrases allotment = lexicon.cues("allotment");
        for (int j = t + 1; j < is; j++) {
            String pos = v.toks.get(j).pos();
            boolean fits = Grammar.ARTICLES.contains(v.lower.get(j)) || pos.equals("NUM") || pos.equals("ADJ")
                    || CURRENCY_SIGNS.contains(v.lower.get(j)) || allotment.matchAt(v.lower, j) > 0;
            if (!fits || v.candAt(j) != null) return false;
        }
        return true;
    }

    /**
     * Whether what the verb at {@code t} of cues.txt group "resuming" takes up is the goods [item[0], item[1]) or
     * their delivery: before the goods only determiners, adjectives, numbers, "of" and Supply nouns of a handing-over
     * ("resumed its deliveries of tanks"), and after them no other noun than such a Supply noun ("resumed arms
     * deliveries"; not "oil imports", "arms purchases", "aid talks").
     */
    private boolean resumedGoods(SentenceView v, int t, int[] item) {
        if (item[0] <= t) return false;
        for (int j = t + 1; j < item[0]; j++) {
            String pos = v.toks.get(j).pos();
            boolean fits = Grammar.ARTICLES.contains(v.lower.get(j)) || v.lower.get(j).equals("of")
                    || pos.equals("ADJ") || pos.equals("NUM") || handingOver(v, j);
            if (!fits || v.candAt(j) != null) return false;
        }
        return !(v.isModifier(item[1]) && !handingOver(v, item[1]));
    }

    /** Whether the word at {@code j} is a Supply trigger that hands goods over, not one of buying or sourcing them. */
    private boolean handingOver(SentenceView v, int j) {
        return lexicon.triggers(v.lower.get(j)).stream().anyMatch(x -> x.type().equals("Supply")
                && !lexicon.lemmaIn("receiving", x) && !lexicon.lemmaIn("sourcing", x)
                && !lexicon.lemmaIn("resuming", x));
    }

    /**
     * One supply per supplier and recipient ("X and Y gave Z missiles" gives two), a recipient that is the supplier
     * itself left out; none when no supplier resolves.
     */
    private List<Draft> perSupplierAndRecipient(Scope s, Draft d, List<Cand> givers, List<Cand> recipients) {
        List<Draft> out = new ArrayList<>();
        for (Cand giver : givers) {
            Draft g = d.copy().add(s.actors.actor("supplier", giver));
            if (!g.has("supplier")) continue;
            out.addAll(perArgument(g, "recipient", recipients, c -> c == giver ? Optional.empty()
                    : s.actors.actor("recipient", c), g.key("supplier").orElse("")));
        }
        return out;
    }

    /**
     * A supply told from the recipient's side (cues.txt group "receiving"): "Ukraine received jets from the
     * Netherlands", "Russia bought drones from Iran". The subject is the recipient and the first name after "from"
     * the supplier; a passive ("drones were bought from Iran") or a missing "from" names no recipient or no supplier,
     * and gives nothing.
     */
    private List<Draft> received(Scope s, Draft d, int t, boolean passive, int[] item, int is) {
        SentenceView v = s.v;
        // the tagger may read "imported" as an adjective ("imported gas"); right after the subject it is the verb
        boolean afterName = t > 0 && v.candAt(t - 1) != null && v.lower.get(t).endsWith("ed");
        if (passive || !v.isVerbal(t) && !afterName) return List.of();
        Cand recipient = grammar.subject(v, t);
        List<Cand> from = grammar.afterPreposition(v, t + 1, Math.min(v.size(), item[1] + 4), Set.of("from"));
        if (recipient == null || from.isEmpty()) return List.of();
        goods(d, s, t, item, is);
        return perSupplierAndRecipient(s, d, grammar.coordinated(v, from.get(0)), grammar.coordinated(v, recipient));
    }

    /**
     * Goods told to come from a supplier (cues.txt group "sourcing"): "about two-thirds of X's missiles come from Y",
     * "X's ammunition came from Y". The subject right before the verb (auxiliaries and adverbs aside) is the goods
     * (items.txt), their owner the recipient and a share before that the supplier's part; "from" right after the
     * verb names the supplier. Anything else ("X came from Y", a passive) gives nothing.
     */
    private List<Draft> sourced(Scope s, int t, boolean passive) {
        SentenceView v = s.v;
        if (passive || t + 2 >= v.size() || !v.lower.get(t + 1).equals("from")) return List.of();
        List<Cand> from = grammar.phraseCands(v, t + 2, v.size());
        if (from.isEmpty() || from.get(0).pronoun()) return List.of();
        int head = v.verbGroupStart(t);
        int[] item = findBefore(v, lexicon.items(), head, 4);
        if (item == null || item[1] != head) return List.of();
        int is = itemStart(v, item[0]);
        Cand recipient = ownerBefore(v, is);
        if (recipient == null) return List.of();
        Draft d = new Draft("Supply", s.index, v.toks.get(t).text(), lexicon.number("strength.verb.active"));
        goods(d, s, t, item, is);
        String before = v.text(Math.max(0, recipient.from() - 6), recipient.from());
        Quantities.find(before).stream().filter(f -> f.kind() == Quantities.Kind.SHARE).reduce((a, b) -> b)
                .ifPresent(f -> d.literal("share", f.value(), "decimal"));
        return perSupplierAndRecipient(s, d, grammar.coordinated(v, from.get(0)), grammar.coordinated(v, recipient));
    }

    /**
     * Whether the goods' phrase starting at {@code is} follows {@code from} with only their amount and modifiers
     * between ("gave X 20 new F-16 jets", "gave X long-range Storm Shadow missiles"): at most six tokens, none a name,
     * a verb, a preposition other than "than", or punctuation other than a hyphen or a currency sign.
     */
    private static boolean goodsFollow(SentenceView v, int from, int is) {
        if (is < from || is - from > 6) return false;
        for (int j = from; j < is; j++) {
            String tok = v.toks.get(j).text();
            boolean sign = tok.equals("-") || tok.equals("$") || tok.equals("€") || tok.equals("£");
            if (v.candAt(j) != null || v.isVerbal(j) || v.isPreposition(j) && !v.lower.get(j).equals("than")
                    || !sign && !Character.isLetterOrDigit(tok.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The item, share, quantity and date of a supply whose item spans [is, item[1]) and trigger sits at t. */
    private void goods(Draft d, Scope s, int t, int[] item, int is) {
        SentenceView v = s.v;
        d.literal("item", v.text(is, item[1]).toLowerCase(Locale.ROOT), "string");
        int lo = Math.min(t + 1, is);
        int hi = Math.max(t, is);
        if (hi > lo) {
            Quantities.find(v.text(lo, hi)).stream().filter(f -> f.kind() == Quantities.Kind.SHARE).findFirst()
                    .ifPresent(f -> d.literal("share", f.value(), "decimal"));
        }
        amountBefore(v, is, lexicon).ifPresent(a -> {
            d.literal("quantity", Long.toString(a.value()), "decimal");
            if (a.currency() != null) d.literal("currency", a.currency(), "string");
            if (a.bound() != null) d.literal("quantityBound", a.bound(), "string");
            d.literal("quantityText", a.text(), "string");
        });
        dated(d, s, t);
    }

    private int firstItem(SentenceView v, int from, int to) {
        for (int j = from; j < to; j++) if (lexicon.items().matchAt(v.lower, j) > 0) return j;
        return -1;
    }

    // ---------------------------------------------------------------- Visit

    private List<Draft> visit(Scope s, int t, Lexicon.Trigger trig) {
        SentenceView v = s.v;
        if (grammar.cancelled(v, t, trig.kind().equals("noun")) || grammar.otherSense(v, t)) return List.of();
        boolean verb = trig.kind().equals("verb");
        if (verb && (t > 0 && (v.lower.get(t - 1).equals("a") || v.lower.get(t - 1).equals("the")))) {
            return List.of();   // "a visit" is the noun reading, handled by its own trigger entry
        }
        // a force arriving is deployed, not visiting
        if (lexicon.lemmaIn("arriving", trig) && arrivingForce(v, t) != null) return List.of();
        if (!verb && t + 1 < v.size() && v.isVerbal(t) && !v.toks.get(t).pos().equals("NOUN")
                && !(t > 0 && (v.isPossessive(t - 1) || v.isModifier(t - 1)
                        || v.lower.get(t - 1).matches("a|the|his|her|their|its")))) {
            return List.of();   // the verb reading, handled by its own trigger entry
        }
        Draft d = new Draft("Visit", s.index, v.toks.get(t).text(),
                lexicon.number(verb ? "strength.verb.active" : "strength.noun"));
        Cand visitor = null;
        Set<String> visitorTypes = Set.of("PER", "ORG");
        if (!verb) {
            for (int j = t - 1; j >= Math.max(0, t - 4) && visitor == null; j--) {
                Cand c = v.candAt(j);
                if (c != null && (c.pronoun() || v.isPossessive(c.to()))) visitor = c;
                else if (c != null) break;
                if (!v.isModifier(j) && !v.isPossessive(j) && c == null && !v.lower.get(j).contains("-")) break;
            }
        }
        if (visitor == null) visitor = grammar.subject(v, t);
        if (visitor == null || !visitorTypes.contains(visitor.type())) return List.of();
        if (forceNameHead(v, visitor) >= 0) return List.of();   // "the British Army visited X": no visitor
        d.add(s.actors.actor("visitor", visitor));
        int end = grammar.objectEnd(v, t);
        List<Cand> places = trig.lemma().equals("visit") && verb
                ? grammar.phraseCands(v, t + 1, end)
                : grammar.afterPreposition(v, t + 1, end, Set.of("to", "in", "into"));
        List<Cand> destinations = places.stream().filter(c -> c.type().equals("LOC")).reduce((a, b) -> b)
                .map(c -> grammar.coordinated(v, c)).orElse(List.of());
        if (!d.has("visitor") || destinations.isEmpty()) return List.of();
        host(v, t).ifPresent(c -> d.add(s.actors.actor("host", c)));
        Optional<String> duration = Optional.empty();
        if (!verb) {
            String before = v.text(Math.max(0, t - 4), t);
            duration = Quantities.find(before).stream()
                    .filter(f -> f.kind() == Quantities.Kind.DURATION && f.end() == before.length())
                    .map(Quantities.Found::value).findFirst();
        }
        if (duration.isEmpty()) {
            for (int j = t + 1; j + 1 < end && duration.isEmpty(); j++) {
                if (!v.lower.get(j).equals("for")) continue;
                String after = v.text(j + 1, Math.min(end, j + 4));
                // "for three days"; "for two-day talks" is how long the talks last
                if (!LENGTH_MODIFIER.matcher(after).lookingAt()) duration = Quantities.duration(after);
            }
        }
        if (duration.isEmpty() && verb) duration = visitFor(v, t);
        Cand later = verb ? laterDestination(s, destinations.get(destinations.size() - 1)) : null;
        List<Cand> all = new ArrayList<>(destinations);
        if (later != null) all.add(later);
        String visitorKey = d.key("visitor").orElse("");
        List<Draft> out = new ArrayList<>();
        for (Cand c : all) {
            Optional<Actors.Resolved> place = s.actors.place("destination", c).filter(r -> !r.key().equals(visitorKey));
            if (place.isEmpty()) continue;
            Draft x = d.copy().add(place.get());
            if (c == later) {
                dated(x, timeAfter(s, c));   // its own days, not the first destination's
            } else {
                duration.ifPresent(p -> x.literal("duration", p, "duration"));
                dated(x, s, t);
            }
            if (!x.has("duration")) {
                // after one of several places, a range of days is the whole trip's ("A and B from 3-4 May")
                Optional<String[]> range = destinations.size() == 1 || c == later ? daysAfter(v, c) : Optional.empty();
                range.ifPresent(r -> x.literal("duration", r[0], "duration").literal("durationText", r[1], "string"));
                if (range.isEmpty()) stayAt(s, t, c).ifPresent(p -> x.literal("duration", p, "duration"));
            }
            if (!x.has("duration") && later != null && c != later) {
                // "visited A on 2 May and B from 3-4 May": B's own days end the stay in A, which took its one day
                TimeResolver.TimeMention day = timeAfter(s, c);
                if (day != null && day.value().datatype().equals("date") && timeAfter(s, later) != null) {
                    x.literal("duration", "P1D", "duration").literal("durationText", day.text(), "string");
                }
            }
            out.add(x);
        }
        return out;
    }

    /** A length that modifies a noun after it: "two-day talks", "a three-day summit". */
    private static final Pattern LENGTH_MODIFIER = Pattern.compile("(?:an? )?[\\w-]+-(?:day|week|month|year)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The length of the visit that the travel verb at {@code t} is for: "arrived in X on Monday for a three-day state
     * visit", "travelled to X for a two-day official trip" (a Visit noun of triggers.txt within four words after "for
     * a"); empty when there is none ("for two-day talks").
     */
    private Optional<String> visitFor(SentenceView v, int t) {
        for (int j = t + 1; j + 3 < v.size() && j <= t + 12; j++) {
            if (Set.of(";", ":", ".").contains(v.lower.get(j))) break;
            if (!v.lower.get(j).equals("for") || !Set.of("a", "an").contains(v.lower.get(j + 1))) continue;
            for (int k = j + 3; k < v.size() && k <= j + 6; k++) {
                boolean visitNoun = lexicon.triggers(v.lower.get(k)).stream()
                        .anyMatch(x -> x.type().equals("Visit") && x.kind().equals("noun"));
                if (visitNoun) return Quantities.duration(v.text(j + 2, k));
            }
        }
        return Optional.empty();
    }

    /**
     * A place visited on other days, named after the last destination and its own time: "visited A on 2 May and B
     * from 3-4 May". After the time come "and" and a place, and then only a time of its own or the sentence's end;
     * otherwise null ("visited A on 2 May and B closed its border").
     */
    private Cand laterDestination(Scope s, Cand last) {
        SentenceView v = s.v;
        TimeResolver.TimeMention own = timeAfter(s, last);
        if (own == null) return null;
        int and = v.tokenAt(v.sentence.start() + own.end());
        if (and < 0 || and + 1 >= v.size() || !v.lower.get(and).equals("and")) return null;
        Cand c = v.candAt(and + 1);
        if (c == null || c.from() != and + 1 || c.pronoun() || !c.type().equals("LOC")) return null;
        boolean ends = c.to() >= v.size() || Set.of(".", ",", ";").contains(v.lower.get(c.to()));
        return ends || timeAfter(s, c) != null ? c : null;
    }

    /** The time written right after a place, maybe after a preposition ("A on 2 May", "B from 3-4 May"), or null. */
    private static TimeResolver.TimeMention timeAfter(Scope s, Cand place) {
        SentenceView v = s.v;
        int k = place.to();
        if (k < v.size() && Set.of("on", "from", "in", "between", "at", "during").contains(v.lower.get(k))) k++;
        for (TimeResolver.TimeMention tm : s.times) {
            if (v.tokenAt(v.sentence.start() + tm.start()) == k) return tm;
        }
        return null;
    }

    /**
     * The days of a visit written right after its destination ("Y from 5-6 April 2016", "Y, from 5 to 6 April"): their
     * ISO length and their words; a range further away may be another event's.
     */
    private static Optional<String[]> daysAfter(SentenceView v, Cand destination) {
        int k = destination.to();
        if (k < v.size() && v.lower.get(k).equals(",")) k++;
        if (k >= v.size()) return Optional.empty();
        String rest = v.text(k, v.size());
        return Quantities.dayRange(rest).map(f -> new String[] {f.value(), rest.substring(f.start(), f.end())});
    }

    /**
     * How long the visitor stays, from a verb of staying (cues.txt group "staying") after the trigger with the length
     * right after it: "arrived in X and will spend three days in Y". The place of the stay, when named, must be the
     * destination or lie in the same state; a stay in a clause that opens with a subordinate word (cues.txt group
     * "opening": "after she spent three days in Z") is another time's.
     */
    private Optional<String> stayAt(Scope s, int t, Cand destination) {
        SentenceView v = s.v;
        Lexicon.Phrases staying = lexicon.cues("staying");
        Lexicon.Phrases opening = lexicon.cues("opening");
        for (int j = t + 1; j < v.size(); j++) {
            int n = staying.matchAt(v.lower, j);
            if (n == 0) continue;
            for (int k = Math.max(t + 1, j - 3); k < j; k++) if (opening.matchAt(v.lower, k) > 0) return Optional.empty();
            int from = j + n;
            String after = v.text(from, Math.min(v.size(), from + 3));
            Optional<Quantities.Found> length = Quantities.find(after).stream()
                    .filter(f -> f.kind() == Quantities.Kind.DURATION && f.start() == 0).findFirst();
            if (length.isEmpty()) return Optional.empty();
            List<Cand> where = grammar.afterPreposition(v, from, Math.min(v.size(), from + 6), Set.of("in", "at"));
            Cand place = where.isEmpty() ? null : where.get(0);
            boolean same = place == null || place.entity() != null && place.entity() == destination.entity()
                    || s.actors.stateOf(place).filter(x -> x.equals(s.actors.stateOf(destination).orElse(null)))
                    .isPresent();
            return same ? Optional.of(length.get().value()) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The host of a visit: "hosted by X", "at the invitation of X", "as a guest of X". */
    private Optional<Cand> host(SentenceView v, int t) {
        for (int j = t + 1; j + 1 < v.size(); j++) {
            String w = v.lower.get(j);
            if ((w.equals("hosted") || w.equals("hosts")) && v.lower.get(j + 1).equals("by")
                    || (w.equals("invitation") || w.equals("guest")) && v.lower.get(j + 1).equals("of")) {
                List<Cand> c = grammar.phraseCands(v, j + 2, v.size());
                if (!c.isEmpty()) return Optional.of(c.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The recipient named in a relative clause right after the item: "40 percent of the ammunition Russia uses",
     * "the shells that the army fires". The name must be followed at once by a verb.
     */
    private static Cand userOfItem(SentenceView v, int afterItem) {
        int k = afterItem;
        if (k < v.size() && (v.lower.get(k).equals("that") || v.lower.get(k).equals("which"))) k++;
        if (k < v.size() && v.lower.get(k).equals("the")) k++;
        Cand c = k < v.size() ? v.candAt(k) : null;
        if (c == null || c.from() != k || c.to() >= v.size()) return null;
        return v.toks.get(c.to()).pos().equals("VERB") ? c : null;
    }

    // ---------------------------------------------------------------- shared pieces

    /**
     * One draft per coordinated name in {@code role} ("provided X and Y with masks" gives two supplies); without any,
     * the draft alone, weakened when the role was wanted. A name equal to {@code exclude} is left out.
     */
    private List<Draft> perArgument(Draft base, String role, List<Cand> cands,
                                    java.util.function.Function<Cand, Optional<Actors.Resolved>> resolve,
                                    String exclude) {
        List<Draft> out = new ArrayList<>();
        for (Cand c : cands) {
            resolve.apply(c).filter(r -> !r.key().equals(exclude)).ifPresent(r -> out.add(base.copy().add(r)));
        }
        if (out.isEmpty()) out.add(base.weaken(lexicon.number("missing.secondary")));
        return out;
    }

    /**
     * Makes a sentence-opening time phrase, or one of an earlier coordinated verb, lose to any date in the trigger's
     * own clause.
     */
    private static final int SENTENCE_OPENER_PENALTY = 1000;

    /**
     * Dates a draft by the time of its trigger at {@code t}; a time that names only part of its value's period ("the
     * summer of 2017") is kept as written too, without a leading "the", as {@code dateText}.
     */
    static void dated(Draft d, Scope s, int t) {
        dateMention(s, t, 0, 0).ifPresent(tm -> dated(d, tm));
    }

    /**
     * As {@link #dated(Draft, Scope, int)}, leaving out the times inside tokens [{@code from}, {@code to}): what a
     * statement reports ("said that a plan published in February could work") is not when it was said.
     */
    static void dated(Draft d, Scope s, int t, int from, int to) {
        dateMention(s, t, from, to).ifPresent(tm -> dated(d, tm));
    }

    /** Dates a draft by a time mention (nothing when it is null), as {@link #dated(Draft, Scope, int)} does. */
    private static void dated(Draft d, TimeResolver.TimeMention tm) {
        if (tm == null) return;
        d.literal("date", tm.value().lexical(), tm.value().datatype());
        if (tm.partOfPeriod()) d.literal("dateText", tm.text().replaceFirst("(?i)^the ", ""), "string");
    }

    /**
     * Words before a time that make it a bound of the event, not its time: "more than $2 billion since 2022" was not
     * given in 2022, "by March 2026" and "by the end of March" are deadlines.
     */
    private static final Set<String> TIME_BOUNDS = Set.of("since", "until", "till", "by", "before", "after", "from");
    /** Words between a bound and its time that name a part of the period: "by the end of March". */
    private static final Set<String> PERIOD_PARTS = Set.of("the", "end", "beginning", "start", "middle", "of", "early",
            "late", "mid");

    /** Prepositions that may open a sentence-opening time phrase before the time itself: "In March 2024, ...". */
    private static final Set<String> OPENING_PREPS = Set.of("in", "on", "at", "during");

    /** Whether only a preposition and words naming part of a period stand before token {@code first}. */
    private static boolean opensSentence(SentenceView v, int first) {
        for (int j = 0; j < first; j++) {
            if (!OPENING_PREPS.contains(v.lower.get(j)) && !PERIOD_PARTS.contains(v.lower.get(j))) return false;
        }
        return true;
    }

    /**
     * Whether the trigger at {@code t} stands in a "that" clause after token {@code from}, or after "had": what the
     * main clause reports, or something earlier than its time ("In March, X said that Y had sent tanks"), which a
     * time opening the sentence does not date.
     */
    private static boolean reportedEarlier(SentenceView v, int from, int t) {
        for (int j = from + 1; j < t; j++) if (v.lower.get(j).equals("that")) return true;
        int group = v.verbGroupStart(t);
        return t > 0 && v.lower.get(group < t ? group : t - 1).equals("had");
    }

    /**
     * Words that open a phrase naming another event, whose time is then that event's: "after talks in March", "ahead
     * of the elections next month".
     */
    private static final Set<String> ANCHORS = Set.of("after", "before", "since", "until", "ahead");
    /** Words that end the phrase a time stands in, looking back from it. */
    private static final Set<String> PHRASE_ENDS = Set.of(",", ";", ":", "and", "but", "while", "—", "–", "(", ")");

    /**
     * Whether the time whose first token is {@code first} stands in a phrase that a word of {@link #ANCHORS} opens
     * within six tokens before it, not beyond the trigger at {@code t} nor across punctuation or "and": "deployed
     * troops after talks in March 2022", "less than a month after a treaty signed in June 2023". The time is the other
     * event's (a distance from it is a time of its own, see {@link TimeResolver}).
     */
    private static boolean anchoringPhraseBefore(SentenceView v, int first, int t) {
        for (int j = first - 1; j >= 0 && j >= first - 6 && j != t; j--) {
            if (PHRASE_ENDS.contains(v.lower.get(j))) return false;
            if (ANCHORS.contains(v.lower.get(j))) return true;
        }
        return false;
    }

    /** Time words that put the time right after them ahead of the article: "later this week". */
    private static final Set<String> LATER = Set.of("later");

    /**
     * Whether the draft {@code d} of the trigger at {@code t} is dated after the article was written: its date is the
     * trigger's time (see {@link #dateMention}), standing in the trigger's clause or opening the sentence, and it
     * begins after the publication date ("X signs a pact with Y next month", "Next year, X and Y sign an accord") or
     * says that it lies ahead ("next week", "tomorrow", "later this month", which may resolve to the publication's
     * own month). The event has not happened yet. A time of another clause ("an accord that takes effect next year")
     * or of another event ("ahead of the elections next month") dates nothing.
     */
    private boolean dueLater(Scope s, int t, Draft d) {
        Optional<String> date = d.literalValue("date");
        if (date.isEmpty() || s.published() == null) return false;
        Optional<TimeResolver.TimeMention> tm = dateMention(s, t, 0, 0);
        if (tm.isEmpty() || !tm.get().value().lexical().equals(date.get())) return false;
        SentenceView v = s.v();
        int first = v.tokenAt(v.sentence.start() + tm.get().start());
        int last = v.tokenAt(v.sentence.start() + tm.get().end() - 1);
        boolean inClause = first >= grammar.clauseStart(v, t) && last < grammar.clauseEnd(v, t);
        if (!inClause && !(last < t && opensSentence(v, first))) return false;
        String text = tm.get().text().strip().toLowerCase(Locale.ROOT);
        boolean ahead = text.startsWith("next ") || text.startsWith("later ") || text.equals("tomorrow")
                || first > 0 && LATER.contains(v.lower.get(first - 1));
        return ahead || TimeResolver.after(tm.get().value(), s.published());
    }

    /**
     * Where the word of {@link #ANCHORS} stands that opens the phrase of the noun trigger at {@code t} ("after talks",
     * "before the talks in X"), only articles and lower-case modifiers between; -1 otherwise. A time before that word
     * is the main clause's, not the anchoring event's.
     */
    private static int anchorOf(SentenceView v, int t) {
        for (int j = t - 1; j >= 0 && j >= t - 4; j--) {
            if (ANCHORS.contains(v.lower.get(j))) return j;
            if (!Grammar.ARTICLES.contains(v.lower.get(j)) && !v.isModifier(j)) return -1;
        }
        return -1;
    }

    /** The time expressions of a sentence that are not part of a name ("Jan Nowak", "Theresa May"). */
    private static List<TimeResolver.TimeMention> outsideNames(SentenceView v, List<TimeResolver.TimeMention> times) {
        List<TimeResolver.TimeMention> out = new ArrayList<>();
        for (TimeResolver.TimeMention tm : times) {
            Cand first = v.candAt(v.tokenAt(v.sentence.start() + tm.start()));
            if (first == null || first.pronoun() || !first.type().equals("PER")) out.add(tm);
        }
        return out;
    }

    /**
     * The time of the trigger at {@code t}: the nearest time expression of the sentence, leaving out possessive ones
     * ("last year's incursion") unless they stand right before the trigger itself, and bounds ("since 2022").
     */
    private static Optional<TimeResolver.TimeMention> dateMention(Scope s, int t, int skipFrom, int skipTo) {
        SentenceView v = s.v;
        TimeResolver.TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        int mainVerb = verbAfterParticiple(v, t);
        int dateline = v.datelineEnd();
        int anchor = anchorOf(v, t);
        for (TimeResolver.TimeMention tm : s.times) {
            int first = v.tokenAt(v.sentence.start() + tm.start());
            int last = v.tokenAt(v.sentence.start() + tm.end() - 1);
            if (first < 0 || last < 0) continue;
            if (first < dateline) continue;   // "LONDON, March 6 -": when the story was filed, not when it happened
            if (first < anchor) continue;     // "agreed on Tuesday after talks": Tuesday is the agreement's
            if (mainVerb >= 0 && first > mainVerb) continue;   // "troops stationed in X were withdrawn in May"
            int before = first - 1;
            while (before >= 0 && first - before <= 4 && PERIOD_PARTS.contains(v.lower.get(before))) before--;
            if (before >= 0 && TIME_BOUNDS.contains(v.lower.get(before))) continue;   // "by the end of March"
            if (anchoringPhraseBefore(v, first, t)) continue;   // "after talks in March": the talks' time
            if (participleBetween(v, t, first)) continue;   // "will supply X under a deal signed on Friday"
            if (first >= skipFrom && last < skipTo) continue;
            if (tm.possessive() && !(last < t && t - last <= 4)) continue;
            int distance = last < t ? t - last : first - t;
            if (punctuationBetween(v, Math.min(last, t), Math.max(first, t))) {
                // a time phrase that opens the sentence ("Last month, after talks in X, Y agreed to …") dates the
                // main clause; any date inside the trigger's own clause still wins
                if (!opensSentence(v, first) || last >= t || reportedEarlier(v, last, t)) continue;
                distance += SENTENCE_OPENER_PENALTY;
            }
            // "elected in 2019 and met X in 2021": the earlier verb's time, unless the trigger has none of its own
            if (last < t && coordinatedAfter(v, last, t)) distance += SENTENCE_OPENER_PENALTY;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = tm;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether the verb trigger at {@code t} is coordinated by "and" with a verb before it, and the time ending at token
     * {@code last} stands before that "and": the time is the earlier verb's ("X was elected in 2019 and met Y in
     * 2021"), and dates the trigger only when nothing else does ("X arrived in Y on Monday and met Z").
     */
    private static boolean coordinatedAfter(SentenceView v, int last, int t) {
        if (!v.isVerbal(t)) return false;
        int and = v.verbGroupStart(t) - 1;
        return and > last && v.lower.get(and).equals("and") && v.candAt(and - 1) == null;
    }

    /** Past participles that do not end in "-ed". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("held", "met", "made", "sent", "given", "taken",
            "struck", "won", "built", "sold", "brought", "bought", "led", "drawn", "written", "set");

    /**
     * Whether a past participle modifies a noun of a prepositional phrase between the trigger at {@code t} and the time
     * whose first token is {@code first} ("X will supply gas under a deal signed on Friday", "sent troops in line with
     * an agreement reached in May"): the time is that verb's, not the event's. A phrase after "of" is the trigger's own
     * ("supplies of shells delivered in May").
     */
    private static boolean participleBetween(SentenceView v, int t, int first) {
        for (int k = t + 2; k < first; k++) {
            String w = v.lower.get(k);
            if (v.candAt(k) != null || !v.isVerbal(k) || !(w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w))) {
                continue;
            }
            if (!v.isModifier(k - 1) || v.candAt(k - 1) != null) continue;
            int p = k - 1;
            while (p - 1 > t && (v.isModifier(p - 1) || Grammar.ARTICLES.contains(v.lower.get(p - 1)))) p--;
            boolean preposition = v.isPreposition(p - 1) || p - 1 > t && v.toks.get(p - 1).pos().equals("ADP");
            if (preposition && !v.lower.get(p - 1).equals("of")) return true;
        }
        return false;
    }

    /**
     * When the trigger at {@code t} is a participle right after a common noun, with no auxiliary ("US troops stationed
     * in X were withdrawn in September", "drones supplied by X were used in March"), the clause's own verb after it:
     * a time after that verb is that verb's, not the participle's; -1 otherwise. An infinitive or "-ing" form is no
     * such verb.
     */
    private static int verbAfterParticiple(SentenceView v, int t) {
        if (t < 1 || v.verbGroupStart(t) != t || v.candAt(t - 1) != null || !v.toks.get(t).pos().equals("VERB")
                || !v.toks.get(t - 1).pos().equals("NOUN") || v.lower.get(t).endsWith("ing")) {
            return -1;
        }
        for (int k = t + 1; k < v.size(); k++) {
            if (v.candAt(k) != null || !v.isVerbal(k) || v.lower.get(k).endsWith("ing")) continue;
            if (v.lower.get(k - 1).equals("to")) continue;
            return k;
        }
        return -1;
    }

    /**
     * Whether a force's owner is a place or nationality that stands for no state: "Fort X soldiers" (a base) or
     * "Western troops" (a nationality of no one state) name no side that deploys them.
     */
    private static boolean statelessOwner(Scope s, Cand owner) {
        return (owner.type().equals("LOC") || owner.type().equals("NORP")) && s.actors.stateOf(owner).isEmpty();
    }
}
