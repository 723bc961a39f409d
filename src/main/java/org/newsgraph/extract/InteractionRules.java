package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.RuleBasedExtractor.Scope;
import org.newsgraph.extract.SentenceView.Cand;

/**
 * Rules for the events between actors: Meeting, Statement, Support, Sanction, Invitation and Attack. Each reads the
 * agent (subject, passive "by" phrase or possessor of a noun) and the other side (object or prepositional phrase)
 * around a trigger from triggers.txt; a cancelled trigger (negation, modality, a plan, a doubtful attribution) or a
 * noun hedged after it ("meetings … are likely") gives nothing. Some trigger lemmas have wordings of their own, named
 * by groups in cues.txt: "reclaiming" ("X liberated Y from Z": an attack on Z at Y), "prohibiting" ("X companies
 * are prohibited from providing services to Y": a sanction on Y), "greeting" ("X welcomed Y to Rome" is no
 * statement), "guest" ("X received Y in Z" is a meeting only with a named person received) and "armed" ("hit" attacks
 * only with a weapon or force as the attacker). The name on a weapon or fighting force that strikes is the attacker
 * ("Russian missiles hit Y"), and such an attack needs no named target, its place will do ("struck targets in Y");
 * an attack on a "discourse" noun ("X's decision") or a "pitch" noun ("the X goal"), or by a name next to a "hazard"
 * word ("Typhoon X") is none. A trigger in a product or figurative sense ({@code Grammar.otherSense}: "the
 * X phone supports Y", "X backed Y into a corner") gives no event but a statement; a sports sense is left to the
 * extractor, which knows who takes part ("X met Y in the semi-final"). A
 * Statement gets what it says ({@link Contents}) and the names in that as what it is about; a Support what it is for
 * ({@link Matters}, or for "Y did Z, aided by support from X" the deed Z). Immutable and thread-safe.
 */
final class InteractionRules {
    /** Prepositions of the place a weapon or force struck, besides "in": "attacked positions near Y". */
    private static final Set<String> NEAR = Set.of("near", "at", "outside", "around");
    private static final Set<String> LATER_HEDGES = Set.of("likely", "unlikely", "expected", "planned", "possible",
            "scheduled", "due", "proposed");
    private static final Set<String> PHRASE_STOPS = Set.of(",", ";", ":", ".", "and", "but", "which", "who", "where",
            "while", "as", "to", "(", ")", "—", "–", "\"", "“", "”");
    /** Words that introduce the event of an invitation: "invited X to take part in Y". */
    private static final List<List<String>> INVITED_TO = List.of(List.of("take", "part", "in"),
            List.of("participate", "in"), List.of("attend"), List.of("join"));

    private final Lexicon lexicon;
    private final Grammar grammar;
    private final Contents contents;
    private final Matters matters;

    InteractionRules(Lexicon lexicon, Grammar grammar) {
        this.lexicon = lexicon;
        this.grammar = grammar;
        this.contents = new Contents(lexicon, grammar);
        this.matters = new Matters(lexicon);
    }

    List<Draft> find(Scope s, int t, Lexicon.Trigger trig) {
        SentenceView v = s.v();
        boolean reporting = trig.type().equals("Statement") && trig.kind().equals("verb");
        // "urged Y to stop its strikes on Z": the request and the stopping do not cancel attacks they presuppose
        Desisted desisted = trig.type().equals("Attack") && !v.isVerbal(t) ? desisted(v, t) : null;
        boolean cancelled = desisted != null ? grammar.cancelledWithin(v, t, desisted.objectStart())
                : grammar.cancelled(v, t, trig.kind().equals("noun"), reporting);
        if (cancelled || inIdiom(v, t)) return List.of();
        // a product statement is still a statement: "the X phone maker said ..."
        if (!trig.type().equals("Statement") && grammar.otherSense(v, t)) return List.of();
        boolean verb = trig.kind().equals("verb");
        if (!reading(v, t, trig, verb)) return List.of();
        if (!verb && laterHedge(v, t)) return List.of();
        boolean passive = verb && grammar.passive(v, t);
        List<Draft> out = switch (trig.type()) {
            case "Meeting" -> lexicon.lemmaIn("calling", trig) ? call(s, t)
                    // "X received Y in Z"; "received a letter from Y" or "the Order of Y" names no guest
                    : lexicon.lemmaIn("guest", trig) && !receivesPerson(v, t, passive) ? List.of()
                    : meeting(s, t, verb);
            // welcoming a person is meeting them: "X welcomed Y to Rome"
            case "Statement" -> lexicon.lemmaIn("greeting", trig) && greetsPerson(v, t) ? meeting(s, t, true)
                    : statement(s, t, trig, passive);
            case "Support" -> support(s, t, trig, verb, passive);
            case "Sanction" -> lexicon.lemmaIn("prohibiting", trig) ? prohibition(s, t, verb, passive)
                    : lexicon.lemmaIn("freezing", trig) ? freeze(s, t, verb, passive)
                    : sanction(s, t, trig, verb, passive);
            case "Invitation" -> invitation(s, t, verb, passive);
            case "Attack" -> lexicon.lemmaIn("reclaiming", trig) ? reclaim(s, t, verb, passive)
                    : attack(s, t, trig, verb, passive);
            default -> List.of();
        };
        // a statement is dated by statement(), which knows what was said
        out.stream().filter(d -> !d.type().equals("Statement") && d.ownTime())
                .forEach(d -> RuleBasedExtractor.dated(d, s, t));
        return out;
    }

    /**
     * Whether the trigger entry fits the word's reading: a form listed as both verb and noun ("support", "attacks")
     * is read as a verb when tagged as one and as a noun otherwise.
     */
    private boolean reading(SentenceView v, int t, Lexicon.Trigger trig, boolean verb) {
        long kinds = lexicon.triggers(v.lower.get(t)).stream().filter(x -> x.type().equals(trig.type()))
                .map(Lexicon.Trigger::kind).distinct().count();
        if (kinds < 2) return true;
        if (trig.type().equals("Sanction") && pairBefore(v, t) >= 0) return !verb;   // "the two sanctioned states"
        boolean tagged = v.isVerbal(t) && !(t > 0 && (Grammar.ARTICLES.contains(v.lower.get(t - 1))
                || v.isPossessive(t - 1) || Grammar.QUOTES.contains(v.lower.get(t - 1))));
        return verb == tagged;
    }

    /** A noun trigger hedged after it: "further meetings … are likely", "an attack is expected". */
    private static boolean laterHedge(SentenceView v, int t) {
        for (int j = t + 1; j + 1 < v.size() && j <= t + 15; j++) {
            String w = v.lower.get(j);
            if (w.equals(";") || w.equals(":")) return false;
            if (Grammar.BE.contains(w) && LATER_HEDGES.contains(v.lower.get(j + 1))) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- Meeting

    private List<Draft> meeting(Scope s, int t, boolean verb) {
        SentenceView v = s.v();
        List<Cand> sides = new ArrayList<>();
        int end = grammar.objectEnd(v, t);
        if (verb) {
            // "the foreign ministers of X and Y met": the states their unnamed officials stand for
            Cand officials = officialsOf(v, grammar.clauseStart(v, t), t);
            Cand subject = officials != null ? officials : grammar.subject(v, t);
            if (subject != null && namesGathering(v, subject)) return List.of();   // "the NATO summit was hosted by X"
            if (subject != null) {
                sides.addAll(officials != null ? namesAfter(v, officials) : grammar.coordinated(v, subject));
            }
            int k = t + 1;
            if (k < end && v.lower.get(k).equals("with")) k++;
            // "X was received by Y": the other side is the passive's agent
            List<Cand> object = grammar.passive(v, t) ? grammar.agent(v, t) : grammar.phraseCands(v, k, end);
            // "X hosted the NATO summit": the name only says whose gathering it is, and names no one met
            if (!object.isEmpty() && namesGathering(v, head(v, object))) return List.of();
            if (!object.isEmpty()) sides.addAll(grammar.coordinated(v, head(v, object)));
            else if (subject != null && unnamedOfficials(v, k, end)) {
                Cand state = visitedState(s, subject);
                Optional<String> own = s.actors().citizenState("participant", subject, false)
                        .map(r -> r.arg().qid());
                if (state != null && !(own.isPresent() && own.equals(s.actors().stateOf(state)))) {
                    Draft d = new Draft("Meeting", s.index(), v.toks.get(t).text(), strength(true, false));
                    s.actors().actor("participant", title(v, subject)).ifPresent(d::add);
                    s.actors().actor("participant", state).ifPresent(d::add);
                    s.actors().place("location", state).ifPresent(d::add);
                    return d.count("participant") < 2 ? List.of() : List.of(d);
                }
            }
        } else {
            int between = indexOf(v, "between", t + 1, Math.min(v.size(), t + 6));
            int with = indexOf(v, "with", t + 1, Math.min(v.size(), t + 6));
            if (between > 0) {
                List<Cand> c = grammar.phraseCands(v, between + 1, v.size());
                if (!c.isEmpty()) for (Cand x : grammar.coordinated(v, c.get(0))) sides.add(title(v, x));
            } else if (with > 0) {
                List<Cand> c = grammar.phraseCands(v, with + 1, v.size());
                if (c.isEmpty()) return List.of();
                Cand owner = c.get(0).pronoun() ? c.get(0) : grammar.subject(v, t);
                if (owner == null) owner = possessor(v, t);
                if (owner != null) sides.addAll(grammar.coordinated(v, owner));
                List<Cand> others = grammar.coordinated(v, head(v, c));
                if (!thirdParties(v, others)) sides.addAll(others);   // "... with X and Y as guarantors": not sides
            } else {
                // "delegations from X and Y held talks": as for a verb above
                Cand officials = officialsOf(v, grammar.clauseStart(v, t), t);
                Cand subject = officials != null ? officials : grammar.subject(v, t);
                if (subject != null && verbBefore(v, t, subject) && !brokeredBy(v, t, subject)) {
                    sides.addAll(officials != null ? namesAfter(v, officials) : grammar.coordinated(v, subject));
                }
            }
        }
        Draft d = new Draft("Meeting", s.index(), v.toks.get(t).text(), strength(verb, false));
        for (Cand c : sides) s.actors().actor("participant", title(v, c)).ifPresent(d::add);
        if (d.count("participant") < 2) return List.of();
        List<Cand> places = grammar.afterPreposition(v, t + 1, end, Set.of("in", "at"));
        Cand place = places.stream().filter(c -> c.type().equals("LOC")).findFirst().orElse(null);
        if (place == null) place = frontedPlace(v, t);
        if (place != null) s.actors().place("location", place).ifPresent(d::add);
        return List.of(d);
    }

    /**
     * Whether the name {@code c} modifies a noun of cues.txt group "gathering" after it, past lower-case modifiers and
     * capitalised words ("the NATO summit", "the annual G7 meeting", "the Ukraine Recovery Conference"): it names a
     * gathering, not someone met, as the host's object or as the subject of the hosting verb in the passive.
     */
    private boolean namesGathering(SentenceView v, Cand c) {
        Lexicon.Phrases gathering = lexicon.cues("gathering");
        for (int k = c.to(); k < Math.min(v.size(), c.to() + 4) && v.candAt(k) == null; k++) {
            if (gathering.matchAt(v.lower, k) > 0) return true;
            String text = v.toks.get(k).text();
            if (!v.isModifier(k) && !(Character.isUpperCase(text.charAt(0)) && Character.isLetter(text.charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Speaking or talking by phone or video (cues.txt groups "calling", "remote"): the subject, coordinated, and the
     * name after "with" or "to" are the sides ("X spoke by phone with Y", "X and Y talked by telephone"); without a
     * remote phrase within eight words after the verb there is no meeting.
     */
    private List<Draft> call(Scope s, int t) {
        SentenceView v = s.v();
        int end = Math.min(v.size(), t + 9);
        boolean remote = false;
        for (int j = t + 1; j < end && !remote; j++) remote = lexicon.cues("remote").matchAt(v.lower, j) > 0;
        if (!remote) return List.of();
        List<Cand> sides = new ArrayList<>();
        Cand subject = grammar.subject(v, t);
        if (subject != null) sides.addAll(grammar.coordinated(v, subject));
        List<Cand> other = grammar.afterPreposition(v, t + 1, end, Set.of("with", "to"));
        if (!other.isEmpty()) sides.addAll(grammar.coordinated(v, head(v, other)));
        Draft d = new Draft("Meeting", s.index(), v.toks.get(t).text(), strength(true, false));
        for (Cand c : sides) s.actors().actor("participant", title(v, c)).ifPresent(d::add);
        return d.count("participant") < 2 ? List.of() : List.of(d);
    }

    /**
     * Whether the object in [from, to) names officials without naming anyone ("a number of ministers and senior
     * officials"): no name in it, and a word of cues.txt group "officials" ("officials", "ministers") among its words.
     */
    private boolean unnamedOfficials(SentenceView v, int from, int to) {
        boolean officials = false;
        for (int j = from; j < to; j++) {
            if (v.candAt(j) != null) return false;
            officials |= lexicon.cues("officials").matchAt(v.lower, j) > 0;
        }
        return officials;
    }

    /**
     * The one state the sentence names as a place the subject went to or is in ("on her visit to X, ... met
     * officials"): a place after "to", "in" or "at" that stands for a state; null when there is none or several.
     */
    private Cand visitedState(Scope s, Cand subject) {
        SentenceView v = s.v();
        Cand only = null;
        String onlyState = null;
        for (Cand c : v.cands) {
            if (c == subject || c.pronoun() || !c.type().equals("LOC")) continue;
            Optional<String> state = s.actors().stateOf(c);
            if (state.isEmpty()) continue;
            int before = grammar.phraseStart(v, c.from()) - 1;
            if (before < 0 || !Set.of("to", "in", "at").contains(v.lower.get(before))) return null;
            if (only != null && !state.get().equals(onlyState)) return null;
            only = c;
            onlyState = state.get();
        }
        return only;
    }

    /** The place of a sentence that opens with "In X" or "At X" before the trigger ("In Rome, A met B"), or null. */
    private static Cand frontedPlace(SentenceView v, int t) {
        if (v.size() < 3 || !(v.lower.get(0).equals("in") || v.lower.get(0).equals("at"))) return null;
        int k = v.lower.get(1).equals("the") ? 2 : 1;
        Cand c = v.candAt(k);
        return c != null && c.from() == k && c.to() < t && c.type().equals("LOC") && !c.pronoun() ? c : null;
    }

    /**
     * Whether a verb of cues.txt group "brokering" stands between the subject and the noun trigger: the subject
     * arranged the talks for others ("X and Y brokered the talks", "X hosted the negotiations"), and is no side of
     * them.
     */
    private boolean brokeredBy(SentenceView v, int t, Cand subject) {
        return lexicon.cues("brokering").anyIn(v.lower, subject.to(), t);
    }

    /**
     * Whether the coordinated names {@code names} after "with" are followed by "as" and a noun of cues.txt group
     * "mediator" ("talks were held in X with Y and Z as guarantors"): third parties of the talks, not its sides.
     */
    private boolean thirdParties(SentenceView v, List<Cand> names) {
        if (names.isEmpty()) return false;
        int k = names.get(names.size() - 1).to();
        return k + 1 < v.size() && v.lower.get(k).equals("as")
                && lexicon.cues("mediator").matchAt(v.lower, k + 1) > 0;
    }

    /** Whether a verb stands between the subject and the noun trigger ("France and Germany held talks"). */
    private static boolean verbBefore(SentenceView v, int t, Cand subject) {
        for (int j = subject.to(); j < t; j++) if (v.isVerbal(j)) return true;
        return false;
    }

    /**
     * The name a noun phrase is about: the last person in it, else its last name ("his counterpart X", "Polish
     * President X", "Russia's Y region"); the names before it only modify it.
     */
    private static Cand head(SentenceView v, List<Cand> phrase) {
        Cand last = null;
        for (Cand c : phrase) if (!c.pronoun()) last = c;
        Cand person = null;
        for (Cand c : phrase) if (!c.pronoun() && c.type().equals("PER")) person = c;
        if (person != null) return person;
        return last != null ? last : phrase.get(0);
    }

    /**
     * The person a title names when {@code c} opens it: "Russian Defence Minister X" is X, not Russia. The words in
     * between must be capitalised title words or "of"/"the"/"for".
     */
    private static Cand title(SentenceView v, Cand c) {
        if (c.type().equals("PER") || c.pronoun()) return c;
        for (int j = c.to(); j < v.size() && j <= c.to() + 8; j++) {
            Cand next = v.candAt(j);
            if (next != null && next != c) {
                if (next.type().equals("PER")) return next;
                j = next.to() - 1;
                continue;
            }
            String text = v.toks.get(j).text();
            boolean titleWord = !text.isEmpty() && Character.isUpperCase(text.charAt(0))
                    || Set.of("of", "the", "for").contains(v.lower.get(j));
            if (!titleWord) break;
        }
        return c;
    }

    // ---------------------------------------------------------------- Statement

    private List<Draft> statement(Scope s, int t, Lexicon.Trigger trig, boolean passive) {
        SentenceView v = s.v();
        if (passive || nounReading(v, t) || future(v, t)) return List.of();
        if (lexicon.lemmaIn("attributing", trig)) return attributed(s, t);
        Cand speaker = null;
        Cand after = invertedSpeaker(v, t);
        boolean quoted = t > 0 && Grammar.QUOTES.contains(v.lower.get(t - 1));
        boolean inverted = after != null && t > 0 && (quoted || v.lower.get(t - 1).equals(","));
        if (inverted) {
            speaker = title(v, after);
            // "X, speaking in Y, said Europe must ...": a name with a verb after it opens what was said; after a
            // comma, a name the person told or an object is no speaker: "X, the envoy, told the Council that ...",
            // "X, the envoy, welcomed Germany's decision", "..., urged the EU to act"
            if (v.isVerbal(speaker.to())
                    || !quoted && (lexicon.lemmaIn("addressing", trig) || objectFollows(v, speaker.to()))) {
                speaker = null;
            }
        }
        // "X admitted that Y had ..., but said ...": the second verb shares the first one's subject, before "that"
        if (speaker == null) speaker = grammar.subject(v, clauseBeforeCoordinatedVerb(v, t));
        int i = firstPersonSubject(v, t);
        if (speaker == null && i >= 0) {
            Cand author = byline(s.views());
            if (author != null && !quotedForAnother(v, i, author)) speaker = author;
        }
        if (speaker == null) return List.of();
        speaker = holderOfTitle(v, speaker);
        // "Officials in Aleppo condemned ...": a city that is no capital, or a region, speaks for nobody; officials in
        // a place not known to stand for a state are not the place either
        if (s.actors().placeWithinState(speaker) || officialsIn(v, speaker) && s.actors().stateOf(speaker).isEmpty()) {
            return List.of();
        }
        Draft d = new Draft("Statement", s.index(), v.toks.get(t).text(), strength(true, false));
        Optional<Actors.Resolved> voice = s.actors().actor("speaker", speaker);
        // "Western diplomats said": a nationality that stands for no state names no speaker
        if (voice.isEmpty() || speaker.type().equals("NORP") && voice.get().arg().qid() == null) return List.of();
        d.add(voice.get());
        quote(v.sentence.text()).ifPresent(q -> d.literal("quote", q, "string"));
        Cand own = v.cands.contains(speaker) ? speaker : null;     // a byline's speaker is named in another sentence
        Optional<Contents.Span> span = contents.of(v, t, trig.lemma(), own);
        // "X added Y to its list" says nothing: such a verb states only with what was said
        if (lexicon.lemmaIn("clausal", trig) && span.isEmpty() && !d.has("quote")
                && !contents.introducesNext(v, t, own)) {
            return List.of();
        }
        RuleBasedExtractor.dated(d, s, t, span.map(Contents.Span::from).orElse(0),
                span.map(Contents.Span::to).orElse(0));
        if (span.isPresent()) {
            said(s, v, d, span.get());
        } else if (contents.introducesNext(v, t, own)) {
            int next = s.views().indexOf(v) + 1;
            if (next > 0 && next < s.views().size()) {
                SentenceView line = s.views().get(next);
                Contents.whole(line).ifPresent(x -> said(s, line, d, x));
            }
        }
        return List.of(d);
    }

    /**
     * Whether the place {@code c} follows unnamed officials and "in" ("officials in X", "local authorities in X";
     * cues.txt group "officials"): the officials speak, and the place only says where they are.
     */
    private boolean officialsIn(SentenceView v, Cand c) {
        int in = c.from() - 1;
        if (c.pronoun() || !c.type().equals("LOC") || in < 1 || !v.lower.get(in).equals("in")) return false;
        Lexicon.Phrases officials = lexicon.cues("officials");
        for (int j = in - 1; j >= 0 && j >= in - 3; j--) {
            if (v.candAt(j) == null && officials.matchAt(v.lower, j) == in - j) return true;
        }
        return false;
    }

    /**
     * The name right after the verb at {@code t}, past an article and a title ("said the minister, X", "said Prime
     * Minister X", "said General X" where the title itself was taken for a name), or null.
     */
    private Cand invertedSpeaker(SentenceView v, int t) {
        int k = t + 1;
        if (k < v.size() && v.lower.get(k).equals("the")) k++;
        while (k < v.size() && v.candAt(k) == null && lexicon.isTitleWord(v.toks.get(k).text())) k++;
        Cand after = k < v.size() ? v.candAt(k) : null;
        if (after == null || after.from() != k) return null;
        Cand next = after.to() < v.size() ? v.candAt(after.to()) : null;
        boolean titleOnly = true;
        for (int j = after.from(); j < after.to(); j++) titleOnly &= lexicon.isTitleWord(v.toks.get(j).text());
        return titleOnly && next != null && next.from() == after.to() && next.type().equals("PER") ? next : after;
    }

    /**
     * "According to X, CLAUSE" or "CLAUSE, according to X.": X states the clause. X is the name right after "to" (past
     * an article or a title) and must end the phrase, or be followed by its title only ("According to X, Sweden's
     * foreign minister, ..."); "according to X officials" or a source inside another clause ("Y, according to X,
     * said") gives nothing.
     */
    private List<Draft> attributed(Scope s, int t) {
        SentenceView v = s.v();
        if (t + 1 >= v.size() || !v.lower.get(t + 1).equals("to")) return List.of();
        Cand source = invertedSpeaker(v, t + 1);
        if (source == null || source.to() < v.size() && !Set.of(",", ".", ";").contains(v.lower.get(source.to()))) {
            return List.of();
        }
        Optional<Contents.Span> span = contents.attributed(v, t, source);
        if (span.isEmpty()) return List.of();
        Draft d = new Draft("Statement", s.index(), v.toks.get(t).text(), strength(true, false));
        s.actors().actor("speaker", source).ifPresent(d::add);
        if (!d.has("speaker")) return List.of();
        RuleBasedExtractor.dated(d, s, t, span.get().from(), span.get().to());
        said(s, v, d, span.get());
        return List.of(d);
    }

    /**
     * Whether an auxiliary of cues.txt group "future" stands before the verb of saying at {@code t}, past adverbs:
     * "X will say on Tuesday that ..." has said nothing yet.
     */
    private boolean future(SentenceView v, int t) {
        int j = t - 1;
        while (j >= 0 && v.toks.get(j).pos().equals("ADV")) j--;
        return j >= 0 && lexicon.cues("future").matchAt(v.lower, j) > 0;
    }

    /** Whether the token at {@code i} makes the name before it an object: a possessive, "that" or "to". */
    private static boolean objectFollows(SentenceView v, int i) {
        return v.isPossessive(i) || i < v.size() && (v.lower.get(i).equals("that") || v.lower.get(i).equals("to"));
    }

    /**
     * Where to look for the subject of the verb at {@code t}: for a verb that follows ", but" or ", and" after a
     * reported clause ("X admitted that Y had sent tanks, but said ..."), the "that" opening that clause, so that the
     * subject is the first verb's, not a name inside the clause; else {@code t} itself.
     */
    private static int clauseBeforeCoordinatedVerb(SentenceView v, int t) {
        if (t < 3 || !Set.of("but", "and").contains(v.lower.get(t - 1)) || !v.lower.get(t - 2).equals(",")) return t;
        for (int j = t - 3; j > 0; j--) {
            String w = v.lower.get(j);
            if (w.equals(";") || w.equals(":") || Grammar.QUOTES.contains(w)) return t;
            if (w.equals("that") && v.candAt(j) == null) return j;
        }
        return t;
    }

    /**
     * Whether the verb at {@code t} has a named person as its object ("welcomed X to Rome"): a greeting, a meeting
     * rather than a statement, for the lemmas of cues.txt group "greeting". A possessor ("welcomed X's decision") is no
     * object; a capitalised proper noun right after the verb that the name finder missed counts as a person.
     */
    private boolean greetsPerson(SentenceView v, int t) {
        int k = t + 1;
        while (k < v.size() && v.candAt(k) == null && (Grammar.ARTICLES.contains(v.lower.get(k)) || v.isModifier(k)
                || Character.isUpperCase(v.toks.get(k).text().charAt(0)))) {
            k++;
        }
        Cand c = k < v.size() ? v.candAt(k) : null;
        // "welcomed US Secretary of State X": the person the title names
        if (c != null && !c.pronoun() && !v.isPossessive(c.to())) c = title(v, c);
        if (c == null && k > t + 1 && Character.isUpperCase(v.toks.get(k - 1).text().charAt(0))
                && v.toks.get(k - 1).pos().equals("PROPN") && !v.isPossessive(k - 1)) {
            return true;   // "welcomed Petrov at the airport": a name the name finder missed is no statement
        }
        return c != null && !c.pronoun() && c.type().equals("PER") && !v.isPossessive(c.to());
    }

    /**
     * Whether the guest of the receiving verb at {@code t} is a named person: its object ("received X in Y", see
     * {@link #greetsPerson}) or, in the passive, its subject ("X was received by Y").
     */
    private boolean receivesPerson(SentenceView v, int t, boolean passive) {
        if (!passive) return greetsPerson(v, t);
        Cand subject = grammar.subject(v, t);
        return subject != null && subject.type().equals("PER");
    }

    /**
     * Fills what the statement says from a span of {@code v}: its content, and the names in it other than the speaker
     * as what it is about.
     */
    private static void said(Scope s, SentenceView v, Draft d, Contents.Span span) {
        d.literal("content", v.text(span.from(), span.to()), "string");
        Optional<String> speaker = d.key("speaker");
        for (Cand c : v.cands) {
            if (c.pronoun() || c.from() < span.from() || c.to() > span.to()) continue;
            Optional<Actors.Resolved> r = c.type().equals("LOC") ? s.actors().place("about", c)
                    : s.actors().actor("about", c);
            r.filter(x -> !speaker.equals(Optional.of(x.key()))).ifPresent(d::addTopic);
        }
    }

    /** Whether a determiner, maybe with modifiers between, makes the word at {@code t} a noun: "a warm welcome". */
    private static boolean nounReading(SentenceView v, int t) {
        int j = t - 1;
        while (j >= 0 && v.candAt(j) == null && v.isModifier(j)) j--;
        return j >= 0 && Grammar.ARTICLES.contains(v.lower.get(j));
    }

    /**
     * Where "I" stands as the subject of the verb at {@code t}, with at most adverbs between ("I strongly condemn"),
     * or -1.
     */
    private static int firstPersonSubject(SentenceView v, int t) {
        int j = t - 1;
        while (j >= 0 && v.toks.get(j).pos().equals("ADV")) j--;
        return j >= 0 && v.toks.get(j).text().equals("I") ? j : -1;
    }

    /**
     * Whether the token at {@code i} is quoted speech of a person the sentence names outside the quotation who is
     * not {@code author}: in {@code X said: "I welcome ..."} the "I" is X, not the byline's person.
     */
    private static boolean quotedForAnother(SentenceView v, int i, Cand author) {
        if (!quoted(v, i)) return false;
        for (Cand c : v.cands) {
            if (c.pronoun() || !c.type().equals("PER") || quoted(v, c.from())) continue;
            boolean same = c.entity() != null ? c.entity().equals(author.entity())
                    : c.mention().text().equals(author.mention().text());
            if (!same) return true;
        }
        return false;
    }

    /**
     * Whether the token at {@code i} lies inside a quotation: after an odd number of straight quotes, after more
     * opening than closing curly quotes, or before a closing curly quote with no quote before it (a quotation that
     * opened in an earlier sentence).
     */
    private static boolean quoted(SentenceView v, int i) {
        int straight = 0;
        int curly = 0;
        for (int j = 0; j < i; j++) {
            String w = v.lower.get(j);
            if (w.equals("\"")) straight++;
            else if (w.equals("“")) curly++;
            else if (w.equals("”")) curly--;
        }
        if (straight % 2 == 1 || curly > 0) return true;
        if (straight > 0 || curly < 0) return false;
        for (int j = i + 1; j < v.size(); j++) {
            String w = v.lower.get(j);
            if (w.equals("”")) return true;
            if (w.equals("“") || w.equals("\"")) return false;
        }
        return false;
    }

    /**
     * The person a "Statement by ..." headline (cues.txt group "byline") names: the voice of the article's "I";
     * null when the first sentence is no such headline or names no person.
     */
    private Cand byline(List<SentenceView> views) {
        if (views.isEmpty()) return null;
        SentenceView head = views.get(0);
        if (lexicon.cues("byline").matchAt(head.lower, 0) == 0) return null;
        return head.cands.stream().filter(c -> !c.pronoun() && c.type().equals("PER")).findFirst().orElse(null);
    }

    /**
     * The person whose title a body's or nationality's name opens: in "Anna K., Trade Ministry spokeswoman, said" and
     * "Anna K., the Polish ambassador, said" the speaker is Anna K., not the ministry or Poland. Any other candidate is
     * returned as it is.
     */
    private Cand holderOfTitle(SentenceView v, Cand c) {
        if (c.type().equals("PER") || c.pronoun() || c.from() < 2 || c.to() >= v.size()) return c;
        int comma = c.from() - 1;
        if (Set.of("the", "a", "an").contains(v.lower.get(comma))) comma--;    // "X, the Polish envoy, said"
        Cand before = comma >= 1 ? v.candAt(comma - 1) : null;
        boolean apposition = v.lower.get(comma).equals(",") && before != null && !before.pronoun()
                && before.type().equals("PER");
        String next = v.lower.get(c.to());
        boolean titled = v.candAt(c.to()) == null && (lexicon.isPositionHead(next) || lexicon.isPositionModifier(next));
        return apposition && titled ? before : c;
    }

    /** The first quoted passage of a sentence, straight or curly quotes. */
    static Optional<String> quote(String text) {
        int open = -1;
        char closing = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '"' || c == '“')) {
                open = i + 1;
                closing = c == '"' ? '"' : '”';
            } else if (open >= 0 && c == closing) {
                String q = text.substring(open, i).strip();
                return q.length() > 1 ? Optional.of(q) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- Support

    private List<Draft> support(Scope s, int t, Lexicon.Trigger trig, boolean verb, boolean passive) {
        SentenceView v = s.v();
        // "X is training Y": an "-ing" form after no "be" is the noun ("during training", "Training for Y began")
        if (verb && v.lower.get(t).endsWith("ing") && lexicon.lemmaIn("training", trig)
                && (t == 0 || !Grammar.BE.contains(v.lower.get(t - 1)))) {
            return List.of();
        }
        if (lexicon.lemmaIn("adherent", trig)) return adherent(s, t);
        int end = grammar.objectEnd(v, t);
        Cand supporter;
        Cand supported;
        String aided = null;
        Cand participleHead = verb && !passive ? participleHead(v, t) : null;
        if (participleHead != null) {
            // "the Houthi rebels, backed by Iran, seized ...": the agent supports the named side the participle follows
            supporter = grammar.agent(v, t).stream().findFirst().orElse(null);
            supported = participleHead;
        } else if (passive) {
            supporter = grammar.agent(v, t).stream().findFirst().orElse(null);
            supported = grammar.subject(v, t);
        } else if (verb) {
            supporter = grammar.subject(v, t);
            if (supporter == null) supporter = undertakingOwner(v, t);
            List<Cand> object = grammar.phraseCands(v, t + 1, end);
            supported = object.isEmpty() ? null : head(v, object);
        } else {
            supporter = possessor(v, t);
            if (supporter == null || t > 0 && (v.lower.get(t - 1).equals("its") || v.lower.get(t - 1).equals("their"))) {
                Cand subject = grammar.subject(v, t);
                supporter = subject != null && backingVerbBetween(v, subject.to(), t) ? subject : null;
            }
            List<Cand> target = grammar.afterPreposition(v, t + 1, Math.min(v.size(), t + 5),
                    Set.of("for", "to", "behind"));
            supported = target.isEmpty() ? null : head(v, target);
            // the name of a "from" phrase right after the noun: "support from Y"
            int fromAt = indexOf(v, "from", t + 1, Math.min(v.size(), t + 3));
            Cand fromName = fromAt < 0 ? null : nameSoonAfter(v, fromAt + 1, end);
            Cand thanked = thankedFor(v, t);
            if (thanked != null && supported == null) {
                supporter = thanked;                                    // "X thanked Y for its support": Y's, for X
                supported = grammar.subject(v, thanked.from() - 1);
            } else if (supporter == null && supported == null) {
                // "X has received strong support from Y": Y supports X
                // "X has the backing of Y", "X enjoys the support of Y": the same, with "of" right after the noun
                Cand subject = grammar.subject(v, t);
                Cand from = fromAt < 0 && t + 1 < v.size() && v.lower.get(t + 1).equals("of")
                        ? nameSoonAfter(v, t + 2, end) : fromName;
                if (subject != null && from != null && gettingVerbBetween(v, subject.to(), t)) {
                    supporter = from;
                    supported = subject;
                }
            }
            if (supporter == null && supported == null) {
                // "with the support of Y, X attacked ..." and "X attacked ... with the support of Y": Y supports X
                Cand from = t + 1 < v.size() && Set.of("of", "from").contains(v.lower.get(t + 1))
                        ? nameSoonAfter(v, t + 2, v.size()) : null;
                int with = withBefore(v, t);
                supported = from == null || with < 0 ? null : withSupported(v, with, from);
                supporter = supported == null ? null : from;
            }
            if (supporter == null && supported == null) {
                // "X took the town, aided by strong support from Y": Y supports the subject of the clause
                int aiding = aidingBefore(v, t);
                int deed = aiding < 0 ? -1 : clauseVerb(v, aiding - 1);
                if (fromName != null && deed >= 0) {
                    supporter = fromName;
                    supported = grammar.subject(v, deed);
                    aided = v.text(deed, aiding - 1);       // the support was for what the clause did
                }
            }
        }
        if (supporter == null || supported == null) return List.of();
        // a nationality word of no state names no side ("supported by Western weapons")
        if (stateless(s, supporter) || stateless(s, supported)) return List.of();
        Draft d = new Draft("Support", s.index(), v.toks.get(t).text(), strength(verb, passive));
        s.actors().actor("supporter", supporter).ifPresent(d::add);
        s.actors().actor("supported", supported).ifPresent(d::add);
        if (!d.has("supporter") || !d.has("supported") || d.key("supporter").equals(d.key("supported"))) {
            return List.of();
        }
        if (aided != null) {
            d.literal("matter", aided, "string");
        } else if (!passive && supported.from() > t) {
            matters.of(v, supported, lexicon.lemmaIn("training", trig))
                    .ifPresent(m -> d.literal("matter", m, "string"));
        }
        return List.of(d);
    }

    /**
     * A side called a supporter (cues.txt group "adherent"): "X is a strong supporter of Y", "X has been one of Y's
     * strongest supporters", "X remains the main supporter of Y". The subject supports only when a copula (cues.txt
     * group "copula") joins it to the noun, so neither an aside ("X, a supporter of Y, ...") nor a crowd ("supporters
     * of Y marched") gives one; a negation ("X is no supporter of Y") has cancelled the trigger before. The supported
     * side is the possessor before the noun or the name right after "of" (articles aside); where that name modifies
     * the nouns after it ("the Palestinian cause"), those are the matter, and a nationality stands for its people only
     * before a cause noun (cues.txt group "cause"). No name there ("a supporter of free trade",
     * "of the team") gives none.
     */
    private List<Draft> adherent(Scope s, int t) {
        SentenceView v = s.v();
        Cand supporter = grammar.subject(v, t);
        if (supporter == null || supporter.pronoun() || !copulaBetween(v, supporter.to(), t)) return List.of();
        Cand supported = possessor(v, t);
        String matter = null;
        if (supported == null && t + 1 < v.size() && v.lower.get(t + 1).equals("of")) {
            int k = t + 2;
            while (k < v.size() && Grammar.ARTICLES.contains(v.lower.get(k))) k++;
            supported = k < v.size() ? v.candAt(k) : null;
            if (supported == null || supported.pronoun() || supported.from() != k) return List.of();
            int end = supported.to();
            while (end < v.size() && v.candAt(end) == null && v.toks.get(end).pos().equals("NOUN")
                    && Character.isLowerCase(v.toks.get(end).text().charAt(0))) {
                end++;
            }
            if (end > supported.to()) matter = v.text(k, end);
        }
        if (supported == null) return List.of();
        Draft d = new Draft("Support", s.index(), v.toks.get(t).text(), strength(false, false));
        s.actors().actor("supporter", supporter).ifPresent(d::add);
        // a nationality owns its cause ("the Palestinian cause"), not just any noun ("the Chinese dissidents")
        boolean cause = matter != null && lexicon.cues("cause").matchAt(v.lower, supported.to()) > 0;
        (cause ? s.actors().owner("supported", supported) : s.actors().actor("supported", supported))
                .ifPresent(d::add);
        if (!d.has("supporter") || !d.has("supported") || d.key("supporter").equals(d.key("supported"))) {
            return List.of();
        }
        Optional<String> m = matter != null ? Optional.of(matter)
                : supported.from() > t ? matters.of(v, supported, false) : Optional.empty();
        m.ifPresent(x -> d.literal("matter", x, "string"));
        return List.of(d);
    }

    /** Whether a copula (cues.txt group "copula": "is", "has been", "remains") stands in [from, t). */
    private boolean copulaBetween(SentenceView v, int from, int t) {
        return lexicon.cues("copula").anyIn(v.lower, from, t);
    }

    /**
     * The named side a participle with "by" after it follows: "the Houthi rebels, backed by Iran, ..." or "Houthi
     * rebels backed by Iran attacked": the last name in the noun phrase ending right before the participle at
     * {@code t} (or before the comma there); null when that phrase holds no name ("the rebels, backed by Iran") or
     * {@code t} is no such participle.
     */
    private Cand participleHead(SentenceView v, int t) {
        if (t < 1 || t + 1 >= v.size() || !v.lower.get(t + 1).equals("by") || !v.lower.get(t).endsWith("ed")) {
            return null;
        }
        int end = v.lower.get(t - 1).equals(",") ? t - 1 : t;
        Cand last = null;
        for (int j = grammar.phraseStart(v, end); j < end; j++) {
            Cand c = v.candAt(j);
            if (c != null && !c.pronoun() && !v.isPossessive(c.to())) last = c;
        }
        return last;
    }

    /** Whether {@code c} is a nationality word that stands for no state ("Western", "Shia"). */
    private static boolean stateless(Scope s, Cand c) {
        return c.type().equals("NORP") && s.actors().stateOf(c).isEmpty();
    }

    /** Where "with" stands before the noun trigger at {@code t}, only articles and modifiers between; -1 otherwise. */
    private static int withBefore(SentenceView v, int t) {
        int j = t - 1;
        while (j >= 0 && v.candAt(j) == null && (Grammar.ARTICLES.contains(v.lower.get(j)) || v.isModifier(j))) j--;
        return j >= 0 && v.lower.get(j).equals("with") ? j : -1;
    }

    /**
     * The side that acts with the support named by {@code from}: opening the sentence ("With the support of Y, X
     * attacked"), the subject of the first verb after the comma, a name after that comma; else the subject of the
     * clause's verb before "with" at {@code with} ("X attacked ... with the support of Y"); null when none is named.
     */
    private Cand withSupported(SentenceView v, int with, Cand from) {
        if (with == 0) {
            int comma = indexOf(v, ",", from.to(), Math.min(v.size(), from.to() + 3));
            if (comma < 0) return null;
            for (int j = comma + 1; j < v.size(); j++) {
                if (v.candAt(j) == null && v.isVerbal(j)) {
                    Cand subject = grammar.subject(v, j);
                    return subject != null && subject.from() > comma && !subject.pronoun() ? subject : null;
                }
            }
            return null;
        }
        int deed = clauseVerb(v, with);
        Cand subject = deed < 0 ? null : grammar.subject(v, deed);
        return subject == null || subject.pronoun() ? null : subject;
    }

    /**
     * The name thanked for the support at {@code t}: "X thanked Y for its support" (a verb of cues.txt group
     * "thanking" right before Y, and "for" and a possessive pronoun between Y and the noun); null otherwise.
     */
    private Cand thankedFor(SentenceView v, int t) {
        if (t < 4 || !Set.of("its", "their", "his", "her").contains(v.lower.get(t - 1))
                || !v.lower.get(t - 2).equals("for")) {
            return null;
        }
        Cand y = v.candAt(t - 3);
        if (y == null || y.pronoun() || y.to() != t - 2 || y.from() < 1) return null;
        return lexicon.cues("thanking").matchAt(v.lower, y.from() - 1) > 0 ? y : null;
    }

    /**
     * Whether a verb of getting or having (cues.txt group "getting": "received", "won", "has") stands in [from, t)
     * and takes the noun at {@code t} as its object: no other verb, name or preposition between them ("X has
     * criticised the support of Y" is no getting).
     */
    private boolean gettingVerbBetween(SentenceView v, int from, int t) {
        for (int j = t - 1; j >= from; j--) {
            if (lexicon.cues("getting").matchAt(v.lower, j) > 0) return true;
            if (v.candAt(j) != null || v.isVerbal(j) || v.isPreposition(j)) return false;
        }
        return false;
    }

    /**
     * Where an aiding participle (cues.txt group "aiding") starts when it follows a comma and ends, after modifiers
     * only, at the noun trigger {@code t} (", aided by strong support"); -1 otherwise.
     */
    private int aidingBefore(SentenceView v, int t) {
        Lexicon.Phrases aiding = lexicon.cues("aiding");
        for (int j = t - 1; j >= 1 && j >= t - 5; j--) {
            int n = aiding.matchAt(v.lower, j);
            if (n > 0 && v.lower.get(j - 1).equals(",")) {
                for (int k = j + n; k < t; k++) if (v.candAt(k) != null || !v.isModifier(k)) return -1;
                return j;
            }
        }
        return -1;
    }

    /**
     * The first name within three tokens from {@code from} (before {@code to}), with no punctuation or verb before
     * it: "from our ally X" even when a tagger misreads "ally".
     */
    private static Cand nameSoonAfter(SentenceView v, int from, int to) {
        for (int k = from; k < Math.min(to, from + 3); k++) {
            Cand c = v.candAt(k);
            if (c != null) return c.pronoun() ? null : c;
            if (v.isVerbal(k) || !Character.isLetter(v.toks.get(k).text().charAt(0))) return null;
        }
        return null;
    }

    /** The last verb before the comma at {@code comma}: the clause a participle phrase follows; -1 when none. */
    private static int clauseVerb(SentenceView v, int comma) {
        for (int j = comma - 1; j >= 0; j--) {
            if (v.candAt(j) == null && v.toks.get(j).pos().equals("VERB")) return j;
        }
        return -1;
    }

    /** Up to {@code max} tokens of the noun phrase from {@code from}, stopping at punctuation and clause words. */
    private static String headPhrase(SentenceView v, int from, int max) {
        int j = headPhraseEnd(v, from, max);
        return j > from ? v.text(from, j) : null;
    }

    /** Where the noun phrase of {@link #headPhrase} ends (exclusive); {@code from} when it is empty. */
    static int headPhraseEnd(SentenceView v, int from, int max) {
        int j = from;
        while (j < v.size() && j < from + max && !PHRASE_STOPS.contains(v.lower.get(j))) j++;
        while (j > from && Set.of("of", "in", "on", "for", "the", "a").contains(v.lower.get(j - 1))) j--;
        return j;
    }

    // ---------------------------------------------------------------- Sanction

    private List<Draft> sanction(Scope s, int t, Lexicon.Trigger trig, boolean verb, boolean passive) {
        SentenceView v = s.v();
        if (lexicon.lemmaIn("measuring", trig) && !imposedMeasure(v, t)) return List.of();
        int end = grammar.objectEnd(v, t);
        Cand imposer = null;
        boolean owned = false;      // "European sanctions": a nationality before the noun stands for its state
        List<Actors.Resolved> targets = new ArrayList<>();
        if (trig.lemma().equals("sanctioned")) {
            // "the two heavily sanctioned countries": the states the pair stands for
            int pair = pairBefore(v, t);
            if (pair >= 0) targets.addAll(s.actors().twoStates("sanctionTarget", s.views(), s.index(), pair));
        } else if (passive) {
            imposer = grammar.agent(v, t).stream().findFirst().orElse(null);
            Cand subject = grammar.subject(v, t);
            if (subject != null) resolveAll(s, "sanctionTarget", grammar.coordinated(v, subject), targets);
        } else if (verb) {
            imposer = grammar.subject(v, t);
            List<Cand> object = grammar.phraseCands(v, t + 1, end);
            Cand target = object.isEmpty() ? null : sanctioned(v, head(v, object));
            if (target != null) resolveAll(s, "sanctionTarget", grammar.coordinated(v, target), targets);
        } else {
            imposer = possessor(v, t);
            owned = imposer != null;
            Lexicon.Phrases imposing = lexicon.cues("imposing");
            Cand agent = t + 1 < v.size() && imposing.matchAt(v.lower, t + 1) > 0
                    ? grammar.agent(v, t + 1).stream().findFirst().orElse(null) : null;
            if (agent != null) {
                imposer = agent;        // "the sanctions imposed on Y by X": X's, whoever else the clause names
                owned = false;
            } else if (imposer == null) {
                imposer = grammar.subject(v, t);
                int governing = imposer == null ? -1 : governingVerb(v, imposer.to(), t);
                // "X opposed/supports/called for sanctions on Y": X takes a stance on them and imposes nothing
                if (governing >= 0 && imposing.matchAt(v.lower, governing) == 0) return List.of();
            }
            List<Cand> on = grammar.afterPreposition(v, t + 1, end, Set.of("on", "against"));
            Cand target = on.isEmpty() ? null : sanctioned(v, head(v, on));
            if (target != null) resolveAll(s, "sanctionTarget", grammar.coordinated(v, target), targets);
        }
        if (targets.isEmpty()) return List.of();
        List<Draft> out = new ArrayList<>();
        List<Optional<Actors.Resolved>> imposers = new ArrayList<>();
        if (imposer == null) {
            imposers.add(Optional.empty());
        } else if (owned) {
            imposers.add(s.actors().owner("imposer", imposer));
        } else {
            // "Canada and Australia imposed sanctions": each of them
            for (Cand c : grammar.coordinated(v, imposer)) imposers.add(s.actors().actor("imposer", c));
        }
        for (Optional<Actors.Resolved> by : imposers) {
            for (Actors.Resolved target : targets) {
                if (by.isPresent() && by.get().key().equals(target.key())) continue;
                Draft d = new Draft("Sanction", s.index(), v.toks.get(t).text(), strength(verb, passive));
                by.ifPresent(d::add);
                out.add(d.add(target));
            }
        }
        return out;
    }

    /**
     * A ban on providing to a target: "X companies are prohibited from providing services to Y" (imposer: the state
     * whose companies they are, or the passive agent), "X bars its firms from selling arms to Y" (imposer: the
     * subject). The banned party must be a common noun ("companies", "its firms"); the target follows "to" or
     * "with" after a verb of dealing (cues.txt group "providing": "providing", "selling", "exporting"). Anything else
     * gives nothing.
     */
    private List<Draft> prohibition(Scope s, int t, boolean verb, boolean passive) {
        SentenceView v = s.v();
        if (!verb) return List.of();
        int from = indexOf(v, "from", t + 1, Math.min(v.size(), t + 5));
        if (from < 0 || from + 1 >= v.size() || lexicon.cues("providing").matchAt(v.lower, from + 1) == 0) {
            return List.of();   // "barred from travelling to X" bans no dealings with X
        }
        for (int j = t + 1; j < from; j++) if (v.candAt(j) != null) return List.of();   // "bars Russia from ..."
        List<Cand> to = grammar.afterPreposition(v, from + 2, grammar.objectEnd(v, from + 1), Set.of("to", "with"));
        if (to.isEmpty()) return List.of();
        Optional<Actors.Resolved> imposer = Optional.empty();
        if (passive) {
            Cand agent = grammar.agent(v, t).stream().findFirst().orElse(null);
            Cand subject = grammar.subject(v, t);
            if (agent != null) {
                imposer = s.actors().actor("imposer", agent);
            } else if (subject != null && !subject.pronoun() && Set.of("NORP", "LOC").contains(subject.type())
                    && subject.to() < t && v.candAt(subject.to()) == null && !v.isVerbal(subject.to())
                    && !v.isPossessive(subject.to())) {
                imposer = s.actors().owner("imposer", subject);   // "U.S. companies": the state they belong to
            }
        } else {
            imposer = s.actors().actor("imposer", grammar.subject(v, t));
        }
        if (imposer.isEmpty()) return List.of();
        return sanctionsOn(s, t, imposer.get(), grammar.coordinated(v, to.get(0)), verb, passive);
    }

    /** One Sanction by {@code imposer} on each of {@code targets} but the imposer itself, for the trigger at {@code t}. */
    private List<Draft> sanctionsOn(Scope s, int t, Actors.Resolved imposer, List<Cand> targets, boolean verb,
            boolean passive) {
        List<Draft> out = new ArrayList<>();
        for (Cand c : targets) {
            Optional<Actors.Resolved> target = s.actors().actor("sanctionTarget", c);
            if (target.isEmpty() || target.get().key().equals(imposer.key())) continue;
            Draft d = new Draft("Sanction", s.index(), s.v().toks.get(t).text(), strength(verb, passive));
            out.add(d.add(imposer).add(target.get()));
        }
        return out;
    }

    /**
     * A freeze of what a named side holds (cues.txt groups "freezing" and "holdings"): a Sanction on each holder by
     * whoever froze it, a state or an organisation. The holdings are the verb's object ("froze the assets of Y",
     * "froze Y's accounts") or, in the passive, its subject ("the funds of Y were frozen by X"); the holder is named
     * after "of" or as their possessor. Nothing when no holdings, no named holder or no such imposer is found.
     */
    private List<Draft> freeze(Scope s, int t, boolean verb, boolean passive) {
        SentenceView v = s.v();
        if (!verb) return List.of();
        Lexicon.Phrases holdings = lexicon.cues("holdings");
        int noun = -1;
        if (passive) {
            int group = v.verbGroupStart(t);
            for (int j = group - 1; j >= Math.max(0, group - 8) && noun < 0; j--) {
                if (Set.of(",", ";", ":").contains(v.lower.get(j))) break;
                if (holdings.matchAt(v.lower, j) > 0 && (j == 0 || holdings.matchAt(v.lower, j - 1) == 0)) noun = j;
            }
        } else {
            int end = grammar.objectEnd(v, t);
            for (int j = t + 1; j < end && noun < 0; j++) if (holdings.matchAt(v.lower, j) > 0) noun = j;
        }
        if (noun < 0) return List.of();
        List<Cand> holders = holdersOf(v, noun, noun + holdings.matchAt(v.lower, noun));
        if (holders.isEmpty()) return List.of();
        Cand by = passive ? grammar.agent(v, t).stream().findFirst().orElse(null) : grammar.subject(v, t);
        if (by == null || by.type().equals("PER") || holders.contains(by)) return List.of();
        Optional<Actors.Resolved> imposer = s.actors().actor("imposer", by);
        if (imposer.isEmpty()) return List.of();
        return sanctionsOn(s, t, imposer.get(), holders, verb, passive);
    }

    /**
     * The named holders of the holdings at {@code [from, to)}: those after "of" ("the assets of A and B"), else the
     * possessor before the noun phrase ("A's frozen bank accounts"); empty when no name holds them.
     */
    private List<Cand> holdersOf(SentenceView v, int from, int to) {
        if (to + 1 < v.size() && v.lower.get(to).equals("of") && v.candAt(to + 1) != null
                && v.candAt(to + 1).from() == to + 1 && !v.candAt(to + 1).pronoun()) {
            return grammar.coordinated(v, v.candAt(to + 1));
        }
        int j = from - 1;
        while (j >= 0 && j >= from - 3 && v.candAt(j) == null && v.isModifier(j)) j--;
        if (j < 1 || !v.isPossessive(j)) return List.of();
        Cand owner = v.candAt(j - 1);
        return owner == null || owner.pronoun() ? List.of() : List.of(owner);
    }

    /**
     * Who a sanction named by {@code c} falls on: {@code c} itself, unless it only owns what is sanctioned ("Iran's
     * oil minister", "Myanmar's military leaders"): then the name in apposition to that ("..., Ivan Petrov"), or
     * none.
     */
    private Cand sanctioned(SentenceView v, Cand c) {
        if (!v.isPossessive(c.to())) return namesOthers(v, c) ? null : c;
        int j = c.to() + 1;
        while (j < v.size() && v.candAt(j) == null && (v.isModifier(j) || v.toks.get(j).pos().startsWith("NN")
                || v.toks.get(j).pos().equals("NOUN"))) {
            j++;
        }
        Cand named = j + 1 < v.size() && v.lower.get(j).equals(",") ? v.candAt(j + 1) : null;
        return named != null && named.from() == j + 1 && !named.pronoun() ? named : null;
    }

    /** Words that open a time after a name ("on Iran last week", "on Iran this month"): no noun the name modifies. */
    private static final Set<String> TIME_AFTER = Set.of("last", "next", "this", "earlier", "later", "overnight",
            "yesterday", "today", "tomorrow", "week", "month", "year", "weekend", "morning", "afternoon", "evening",
            "night");

    /**
     * Whether the state or nationality {@code c} only modifies a noun for others than its officials: "three US
     * defence firms", "US arms makers" (the firms are sanctioned), while "US officials" and "the Iranian government"
     * stand for the state (cues.txt groups "officials" and "governing"). A time right after it is no such noun
     * ({@link #TIME_AFTER}).
     */
    private boolean namesOthers(SentenceView v, Cand c) {
        if (!Set.of("LOC", "NORP").contains(c.type()) || c.pronoun()) return false;
        int j = c.to();
        boolean noun = false;
        while (j < v.size() && v.candAt(j) == null && !v.isVerbal(j)
                && Set.of("NOUN", "ADJ").contains(v.toks.get(j).pos())
                && Character.isLowerCase(v.toks.get(j).text().charAt(0))) {
            if (!noun && TIME_AFTER.contains(v.lower.get(j))) return false;   // "sanctions on Iran last week"
            boolean state = lexicon.cues("officials").matchAt(v.lower, j) > 0
                    || lexicon.cues("governing").matchAt(v.lower, j) > 0;
            if (state) return false;
            noun = true;
            j++;
        }
        return noun;
    }

    /**
     * The verb of which the noun at {@code t} is the object, searched back to {@code from}: the nearest verbal word
     * before the noun phrase ("opposed the new sanctions", not the participle of "the expanded sanctions"); without
     * a determiner, the first of the participles before the noun ("criticised expanded sanctions"); or -1.
     */
    private static int governingVerb(SentenceView v, int from, int t) {
        int j = t - 1;
        int participle = -1;
        while (j >= from && (v.isModifier(j) || isParticiple(v, j))) {
            if (isParticiple(v, j)) participle = j;
            j--;
        }
        if (participle >= 0 && (j < from || !isDeterminer(v, j))) return participle;
        while (j >= from && isDeterminer(v, j)) j--;
        for (; j >= from; j--) if (v.isVerbal(j)) return j;
        return -1;
    }

    private static boolean isDeterminer(SentenceView v, int i) {
        String pos = v.toks.get(i).pos();
        return pos.equals("DET") || pos.equals("DT") || pos.equals("PRP$") || pos.equals("CD") || pos.equals("NUM");
    }

    /** Where "two"/"both" opens "the two (heavily) sanctioned countries" around {@code t}, or -1. */
    private static int pairBefore(SentenceView v, int t) {
        for (int j = t - 1; j >= Math.max(0, t - 3); j--) {
            if (!v.lower.get(j).equals("two") && !v.lower.get(j).equals("both")) continue;
            for (int k = t + 1; k < Math.min(v.size(), t + 3); k++) if (Actors.isStateNoun(v.lower.get(k))) return j;
            return -1;
        }
        return -1;
    }

    private static void resolveAll(Scope s, String role, List<Cand> cands, List<Actors.Resolved> out) {
        for (Cand c : cands) s.actors().actor(role, c).ifPresent(out::add);
    }

    // ---------------------------------------------------------------- Invitation

    private List<Draft> invitation(Scope s, int t, boolean verb, boolean passive) {
        SentenceView v = s.v();
        Optional<List<Draft>> circumstance = onInvitation(s, t, verb);
        if (circumstance.isPresent()) return circumstance.get();
        Cand inviter;
        List<Cand> invitees = new ArrayList<>();
        int after;
        if (passive) {
            inviter = grammar.agent(v, t).stream().findFirst().orElse(null);
            Cand subject = grammar.subject(v, t);
            if (subject != null) invitees.add(subject);
            after = t + 1;
        } else if (verb) {
            inviter = grammar.subject(v, t);
            int end = grammar.objectEnd(v, t);
            // "invited the leaders of X and Y": the states their unnamed officials stand for
            Cand first = officialsOf(v, t + 1, end);
            if (first == null) {
                List<Cand> object = grammar.phraseCands(v, t + 1, end);
                first = object.isEmpty() ? null : head(v, object);
            }
            // "invited X and Y to the talks": each of them
            if (first != null) invitees.addAll(grammar.coordinated(v, first));
            after = invitees.isEmpty() ? t + 1 : invitees.get(invitees.size() - 1).to();
        } else if (extended(v, t)) {
            // "X extended an invitation to Y to attend Z": X invites Y
            int governing = governingVerb(v, grammar.clauseStart(v, t), t);
            inviter = grammar.subject(v, governing);
            int end = grammar.objectEnd(v, t + 1);
            List<Cand> object = grammar.phraseCands(v, t + 2, end);
            if (!object.isEmpty()) invitees.addAll(grammar.coordinated(v, head(v, object)));
            after = invitees.isEmpty() ? t + 1 : invitees.get(invitees.size() - 1).to();
        } else {
            List<Cand> from = grammar.afterPreposition(v, t + 1, Math.min(v.size(), t + 4), Set.of("from", "of"));
            inviter = from.isEmpty() ? possessor(v, t) : from.get(0);
            Cand subject = grammar.subject(v, t);
            if (subject != null) invitees.add(subject);
            after = from.isEmpty() ? t + 1 : from.get(0).to();
        }
        if (inviter == null || invitees.isEmpty()) return List.of();
        Optional<Actors.Resolved> by = s.actors().actor("inviter", inviter);
        if (by.isEmpty()) return List.of();
        Optional<String> to = invitedTo(v, after);
        List<Draft> out = new ArrayList<>();
        for (Cand invitee : invitees) {
            Optional<Actors.Resolved> guest = s.actors().actor("invitee", invitee);
            if (guest.isEmpty() || guest.get().key().equals(by.get().key())) continue;
            Draft d = new Draft("Invitation", s.index(), v.toks.get(t).text(), strength(verb, passive));
            d.add(by.get()).add(guest.get());
            to.ifPresent(x -> d.literal("invitedTo", x, "string"));
            out.add(d);
        }
        return out;
    }

    /**
     * Whether the invitation noun at {@code t} is the object of a verb of cues.txt group "extending" and "to" follows
     * it: "extended an invitation to Y", "sent invitations to Y".
     */
    private boolean extended(SentenceView v, int t) {
        if (t + 2 >= v.size() || !v.lower.get(t + 1).equals("to")) return false;
        int governing = governingVerb(v, grammar.clauseStart(v, t), t);
        return governing >= 0 && lexicon.cues("extending").matchAt(v.lower, governing) > 0;
    }

    /**
     * An invitation told as a circumstance of a visit or meeting: "X visited Y at the invitation of Z", "at Z's
     * invitation, X and W held talks", "invited by Z, X visited Y". Z invites the visitor, or each side of the
     * meeting's subject, to the visit or meeting (its noun, or "visit" and "meeting" for a verb): one Invitation per
     * invitee, with no date or plan of the visit's (it came before). A visit or meeting that is cancelled (not made,
     * only possible, denied), or no visit or meeting in the clause ("wrote the report at the invitation of Z"), or no
     * name after "of" ("at the invitation of the university") gives none. Empty when the trigger at {@code t} is in
     * no such wording, which the other readings then take.
     */
    private Optional<List<Draft>> onInvitation(Scope s, int t, boolean verb) {
        SentenceView v = s.v();
        Cand inviter;
        int from;
        int to;
        if (verb) {
            // a participle set off by commas: "Invited by Z, X ...", "X, invited by Z, ..."
            if (t + 1 >= v.size() || !v.lower.get(t + 1).equals("by") || t > 0 && !v.lower.get(t - 1).equals(",")) {
                return Optional.empty();
            }
            List<Cand> by = grammar.phraseCands(v, t + 2, Math.min(v.size(), t + 10));
            if (by.isEmpty() || by.get(0).from() != t + 2) return Optional.of(List.of());
            inviter = title(v, by.get(0));
            from = t;
            to = inviter.to();
            if (to >= v.size() || !v.lower.get(to).equals(",")) return Optional.of(List.of());
        } else {
            int j = t - 1;
            if (j >= 0 && v.lower.get(j).equals("the") && t + 1 < v.size() && v.lower.get(t + 1).equals("of")) {
                // "at the invitation of Z"
                List<Cand> of = grammar.phraseCands(v, t + 2, Math.min(v.size(), t + 10));
                inviter = of.isEmpty() ? null : title(v, of.get(0));
                to = inviter == null ? t + 2 : inviter.to();
                j--;
            } else if (j >= 1 && v.isPossessive(j) && v.candAt(j - 1) != null) {
                // "at Z's invitation"
                inviter = v.candAt(j - 1);
                to = t + 1;
                j = inviter.from() - 1;
            } else {
                return Optional.empty();
            }
            if (j < 0 || !ON_INVITATION.contains(v.lower.get(j))) return Optional.empty();
            if (inviter == null) return Optional.of(List.of());
            from = j;
        }
        // the phrase opening the sentence, or set off by commas, tells of the clause after it; else of the one before
        boolean ahead = to < v.size() && v.lower.get(to).equals(",")
                && (from == 0 || v.lower.get(from - 1).equals(","));
        int event = ahead ? invitedEventAfter(v, to) : invitedEventBefore(v, from);
        if (event < 0) return Optional.of(List.of());
        boolean visit = lexicon.triggers(v.lower.get(event)).stream().anyMatch(x -> x.type().equals("Visit"));
        Cand subject = verb(v, event) ? null : possessor(v, event);
        if (subject == null) subject = grammar.subject(v, event);
        if (subject == null || visit && !Set.of("PER", "ORG").contains(subject.type())) return Optional.of(List.of());
        Optional<Actors.Resolved> by = s.actors().actor("inviter", inviter);
        if (by.isEmpty()) return Optional.of(List.of());
        String to2 = visit ? "visit" : invitedMeeting(v, event);
        List<Draft> out = new ArrayList<>();
        for (Cand invitee : grammar.coordinated(v, subject)) {
            Optional<Actors.Resolved> guest = s.actors().actor("invitee", invitee);
            if (guest.isEmpty() || guest.get().key().equals(by.get().key())) continue;
            Draft d = new Draft("Invitation", s.index(), v.toks.get(t).text(), strength(verb, verb)).timeElsewhere();
            out.add(d.add(by.get()).add(guest.get()).literal("invitedTo", to2, "string"));
        }
        return Optional.of(out);
    }

    /** Prepositions that make "the invitation of Z" or "Z's invitation" a circumstance of the clause's event. */
    private static final Set<String> ON_INVITATION = Set.of("at", "on", "upon");

    /**
     * Whether a Visit or Meeting trigger stands at {@code k} and is not cancelled ("did not visit", "may meet"); a
     * verb of speaking is none.
     */
    private boolean invitedEventAt(SentenceView v, int k) {
        // speaking or talking meets only by phone ("calling"): "spoke at the forum at the invitation of Z" is none
        boolean event = lexicon.triggers(v.lower.get(k)).stream().anyMatch(x -> x.type().equals("Visit")
                || x.type().equals("Meeting") && !lexicon.lemmaIn("calling", x));
        return event && !grammar.cancelled(v, k, !verb(v, k));
    }

    /** The nearest visit or meeting before {@code from} in its clause ("visited Y on Monday at ..."); -1 if none. */
    private int invitedEventBefore(SentenceView v, int from) {
        Lexicon.Phrases boundary = lexicon.cues("boundary");
        for (int k = from - 1; k >= 0 && k >= from - 12; k--) {
            String w = v.lower.get(k);
            if (!w.equals(",") && !w.equals("and") && boundary.matchAt(v.lower, k) > 0) return -1;
            if (v.candAt(k) == null && invitedEventAt(v, k)) return k;
        }
        return -1;
    }

    /** The first visit or meeting in the clause after the comma at {@code comma}; -1 if none. */
    private int invitedEventAfter(SentenceView v, int comma) {
        int end = grammar.clauseEnd(v, comma);
        for (int k = comma + 1; k < end; k++) if (v.candAt(k) == null && invitedEventAt(v, k)) return k;
        return -1;
    }

    /** Whether the trigger word at {@code k} is read as a verb: tagged as one and not after an article. */
    private static boolean verb(SentenceView v, int k) {
        return v.isVerbal(k) && !(k > 0 && Grammar.ARTICLES.contains(v.lower.get(k - 1)));
    }

    /** What a meeting at {@code k} is called: its noun's lemma ("talks", "summit"), or "meeting" for a verb. */
    private String invitedMeeting(SentenceView v, int k) {
        return lexicon.triggers(v.lower.get(k)).stream()
                .filter(x -> x.type().equals("Meeting") && x.kind().equals("noun") && !verb(v, k))
                .map(Lexicon.Trigger::lemma).findFirst().orElse("meeting");
    }

    /**
     * The first name after unnamed officials of it that open the object at {@code from} ("the leaders of X and Y",
     * "ministers from X"; cues.txt group "officials"): a state or organisation, not a person; null otherwise.
     */
    private Cand officialsOf(SentenceView v, int from, int end) {
        int j = from;
        while (j < end && Grammar.ARTICLES.contains(v.lower.get(j))) j++;
        Lexicon.Phrases officials = lexicon.cues("officials");
        // "the senior officials of"
        while (j < end && v.candAt(j) == null && officials.matchAt(v.lower, j) == 0 && v.isModifier(j)) j++;
        int n = j < end ? officials.matchAt(v.lower, j) : 0;
        if (n == 0 || j + n + 1 >= end || !Set.of("of", "from").contains(v.lower.get(j + n))) return null;
        int k = j + n + 1;
        if (k < end && v.lower.get(k).equals("the")) k++;
        Cand c = k < end ? v.candAt(k) : null;
        return c == null || c.from() != k || c.pronoun() || c.type().equals("PER") ? null : c;
    }

    /**
     * Whether the restrictive measure at {@code t} (cues.txt group "measuring") is a sanction: a word of group
     * "restrictive" right before it ("a travel ban", "visa restrictions") and a verb of group "imposing" that governs it
     * ("X imposed a travel ban on Y") or follows it ("the export controls imposed on Y").
     */
    private boolean imposedMeasure(SentenceView v, int t) {
        if (t == 0 || lexicon.cues("restrictive").matchAt(v.lower, t - 1) == 0) return false;
        Lexicon.Phrases imposing = lexicon.cues("imposing");
        if (t + 1 < v.size() && imposing.matchAt(v.lower, t + 1) > 0) return true;
        Cand subject = grammar.subject(v, t);
        int governing = subject == null ? -1 : governingVerb(v, subject.to(), t);
        return governing >= 0 && imposing.matchAt(v.lower, governing) > 0;
    }

    /**
     * {@code first} and the names joined to it by "and" or commas right after it: "the foreign ministers of X, Y and
     * the Z met" gives X, Y and Z.
     */
    private static List<Cand> namesAfter(SentenceView v, Cand first) {
        List<Cand> out = new ArrayList<>(List.of(first));
        for (Cand cur = first; ; ) {
            int k = cur.to();
            if (k + 1 >= v.size() || !Set.of("and", ",").contains(v.lower.get(k))) return out;
            k++;
            if (v.lower.get(k).equals("the")) k++;
            Cand next = k < v.size() ? v.candAt(k) : null;
            if (next == null || next.from() != k || next.pronoun()) return out;
            out.add(next);
            cur = next;
        }
    }

    /** What someone is invited to: "to take part in the X", "to attend X", "to the X", read from {@code from}. */
    private static Optional<String> invitedTo(SentenceView v, int from) {
        for (int j = from; j < v.size() && j <= from + 6; j++) {
            if (!v.lower.get(j).equals("to")) continue;
            int k = j + 1;
            for (List<String> words : INVITED_TO) {
                if (k + words.size() <= v.size() && v.lower.subList(k, k + words.size()).equals(words)) {
                    k += words.size();
                    break;
                }
            }
            while (k < v.size() && Grammar.ARTICLES.contains(v.lower.get(k))) k++;
            return Optional.ofNullable(headPhrase(v, k, 8));
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- Attack

    private List<Draft> attack(Scope s, int t, Lexicon.Trigger trig, boolean verb, boolean passive) {
        SentenceView v = s.v();
        int end = grammar.objectEnd(v, t);
        Cand attacker;
        boolean owned = false;      // "Russian strikes": a nationality before the noun stands for its state
        List<Cand> targets = new ArrayList<>();
        boolean placesHit = false;  // "airstrikes against targets in Y and Z": the targets are the places themselves
        Cand place = null;
        Cand armed = verb ? armedAttacker(v, t, passive) : null;
        if (armed == null && lexicon.lemmaIn("armed", trig)) return List.of();   // "the sanctions hit X"
        boolean under = !verb && t >= 2 && v.lower.get(t - 1).equals("under")
                && UNDER_VERBS.contains(v.lower.get(t - 2));
        if (!verb && !under && lexicon.lemmaIn("besieged", trig)) return List.of();   // "a fire in Y"
        if (under) {
            // "X came under attack from Y": the subject is the target, the "from" phrase right after the attacker
            int from = indexOf(v, "from", t + 1, Math.min(v.size(), t + 2));
            if (from < 0) return List.of();
            armed = armedAfter(v, from + 1);
            attacker = armed;
            if (attacker == null) {
                List<Cand> by = grammar.phraseCands(v, from + 1, Math.min(v.size(), from + 3));
                // only a state or place attacks without a named weapon: a person, party or body criticises
                attacker = by.isEmpty() || !by.get(0).type().equals("LOC") ? null : by.get(0);
            }
            Cand subject = grammar.subject(v, t - 2);
            if (attacker == null || subject == null || subject.type().equals("PER") || subject.pronoun()
                    || armed == null && !subject.type().equals("LOC") || criticism(v, from + 1, end)) {
                return List.of();
            }
            targets.add(subject);
        } else if (lexicon.lemmaIn("retaliating", trig)) {
            // "X retaliated against Y with missiles": only weapons and a named side ("retaliated with tariffs": none)
            attacker = verb && !passive ? grammar.subject(v, t) : null;
            if (attacker == null || attacker.type().equals("PER")) return List.of();
            int with = indexOf(v, "with", t + 1, end);
            int after = with < 0 ? -1 : launchedWeaponEnd(v, with + 1);
            // bare strikes are arms only when a state strikes back; workers' strikes are none
            if (after < 0 && with >= 0 && with + 1 < end && Set.of("strike", "strikes").contains(v.lower.get(with + 1))
                    && s.actors().stateOf(attacker).isPresent()) {
                after = with + 2;
            }
            if (after < 0) return List.of();
            List<Cand> at = grammar.afterPreposition(v, t + 1, Math.min(v.size(), t + 2), end, AIMED_AT);
            if (at.isEmpty()) at = grammar.afterPreposition(v, after, Math.min(v.size(), after + 2), end, AIMED_AT);
            if (at.isEmpty()) return List.of();
            targets.addAll(grammar.coordinated(v, at.get(0)));
        } else if (lexicon.lemmaIn("launching", trig)) {
            // "X fired missiles at Y": only weapons fired or launched at a named side ("launched a campaign" is none)
            int after = verb && !passive ? launchedWeaponEnd(v, t + 1) : -1;
            if (after < 0) return List.of();
            attacker = grammar.subject(v, t);
            List<Cand> at = grammar.afterPreposition(v, after, Math.min(v.size(), after + 2), end, AIMED_AT);
            if (at.isEmpty()) return List.of();
            targets.addAll(grammar.coordinated(v, at.get(0)));
        } else if (passive) {
            attacker = grammar.agent(v, t).stream().findFirst().orElse(null);
            Cand subject = grammar.subject(v, t);
            if (subject != null) targets.addAll(grammar.coordinated(v, subject));
        } else if (verb) {
            attacker = grammar.subject(v, t);
            List<Cand> object = grammar.phraseCands(v, t + 1, end);
            if (!object.isEmpty()) targets.addAll(grammar.coordinated(v, head(v, object)));
            // "Syrian jets struck targets in Y": a weapon or force that strikes unnamed targets at a place attacks it
            else if (armed != null) targets.addAll(townsOnly(s, objectivePlaces(v, t + 1, end)));
        } else {
            // "X retaliated against Y with drone strikes": the verb's attack, which has the attacker, is this one
            if (retaliationWeapon(v, t)) return List.of();
            attacker = possessor(v, t);
            owned = attacker != null;
            if (attacker == null) {
                List<Cand> by = grammar.afterPreposition(v, t + 1, Math.min(v.size(), t + 3), Set.of("by"));
                attacker = by.isEmpty() ? null : by.get(0);
            }
            if (attacker == null) {
                // "Russian bombers carried out airstrikes": the nationality on the craft stands for its state
                int light = conductingVerb(v, t);
                attacker = light < 0 ? null : armedOwner(v, 0, beforeAside(v, v.verbGroupStart(light)), true);
                owned = attacker != null;
                if (attacker == null && light >= 0) attacker = grammar.subject(v, light);
            }
            Desisted desisted = desisted(v, t);
            // "urged Y to stop its strikes on Z": the one asked attacks, unless a name owns the attacks after the verb;
            // no one else does ("urged X to press the rebels to stop their ...": not X, whom "their" may reach)
            if (desisted != null && (attacker == null || attacker.from() < desisted.objectStart())) {
                attacker = desisted.asked();
                owned = false;
            }
            int from = attacker != null && attacker.from() > t ? attacker.to() : t + 1;
            List<Cand> on = grammar.afterPreposition(v, from, Math.min(v.size(), from + 4), Math.max(end, from),
                    Set.of("on", "against", "into", "of"));
            if (on.isEmpty() && attacker != null) {
                // "the X attacks in Y and Z": with a named attacker, the towns the attacks happened in were hit
                on = grammar.afterPreposition(v, from, Math.min(v.size(), from + 3), Set.of("in")).stream()
                        .filter(c -> c.type().equals("LOC")).toList();
            }
            if (on.isEmpty() && attacker != null) {
                on = townsOnly(s, unnamedObjectPlaces(v, from, end));
                placesHit = !on.isEmpty();
            }
            if (on.isEmpty()) on = antecedentOfWhere(v, t);
            if (!on.isEmpty()) {
                Cand first = on.get(0);
                if (first.type().equals("LOC") && v.isPossessive(first.to()) && on.size() > 1
                        && on.get(1).type().equals("LOC")) {
                    targets.add(first);          // "into Russia's Belgorod region": Russia, in Belgorod
                    place = on.get(1);
                } else {
                    targets.addAll(grammar.coordinated(v, first));
                }
            }
        }
        if (armed != null) {
            attacker = armed;       // "Israeli jets struck": the nationality on the weapon stands for its state
            owned = true;
        }
        // "attacked X's decision": words, not arms; "an attack on the X goal": play, not arms
        targets.removeIf(c -> modifiesNounOf(v, c, "discourse") || modifiesNounOf(v, c, "pitch"));
        if (attacker != null && hazard(v, attacker)) return List.of();
        // a weapon or force strikes even what the text leaves unnamed ("struck targets in Y"), but not a deal; a named
        // side does so when what it struck is a vessel, convoy or base ("X attacked a tanker in Y")
        boolean materiel = verb && !passive && targets.isEmpty() && attacker != null && materielObject(v, t + 1, end);
        boolean placeWillDo = (armed != null || materiel) && !agreementIn(v, t + 1, end);
        if (targets.isEmpty() && !placeWillDo) return List.of();
        boolean sided = verb || v.lower.get(t).equals("strike");   // the noun "strikes" keeps its attack reading
        if (sided && lexicon.cues("sided").matchAt(v.lower, t) > 0
                && (attacker == null || attacker.pronoun() || attacker.type().equals("PER"))) {
            return List.of();
        }
        Draft base = new Draft("Attack", s.index(), v.toks.get(t).text(), strength(verb, passive));
        if (attacker != null) {
            (owned ? s.actors().owner("attacker", attacker) : s.actors().actor("attacker", attacker))
                    .ifPresent(base::add);
        }
        // each town hit is its own place: "in Y and the Z suburbs" does not put the attack on Z in Y
        if (place == null && !placesHit) place = placeIn(grammar.afterPreposition(v, t + 1, end, Set.of("in")));
        // "troops attacked positions near Y": with no named target, where the weapon or force struck
        if (place == null && placeWillDo) place = placeIn(grammar.afterPreposition(v, t + 1, end, NEAR));
        // "a block in Y was struck by ...": the place of the passive's subject
        if (place == null && passive && targets.isEmpty()) place = placeIn(subjectPlaces(v, t));
        if (place != null) s.actors().place("location", place).ifPresent(base::add);
        String attackerKey = base.key("attacker").orElse("");
        Map<String, Draft> out = new LinkedHashMap<>();
        for (Cand c : targets) {
            // "struck Russian positions", "airstrikes on Kurdish positions": the nationality owns the force fought
            Optional<Actors.Resolved> r = c.type().equals("LOC") ? s.actors().place("attackTarget", c)
                    : c.type().equals("NORP") && modifiesNounOf(v, c, "objective") ? s.actors().owner("attackTarget", c)
                    : s.actors().actor("attackTarget", c);
            r.filter(x -> !x.key().equals(attackerKey)).ifPresent(x -> out.putIfAbsent(x.key(), base.copy().add(x)));
        }
        // "hit a Russian command post in Y": a target that stands for no one leaves the place
        if (out.isEmpty() && placeWillDo && base.has("attacker") && base.has("location")) return List.of(base);
        return List.copyOf(out.values());
    }

    /**
     * Whether the attack noun at {@code t} is what a verb of cues.txt group "retaliating" retaliates with: "with" at
     * most three words before it (no name between), and that verb before "with" in its clause ("retaliated with
     * missile strikes", "retaliated against Y with strikes").
     */
    private boolean retaliationWeapon(SentenceView v, int t) {
        int with = -1;
        for (int j = t - 1; j >= 0 && j >= t - 4 && v.candAt(j) == null; j--) {
            if (v.lower.get(j).equals("with")) {
                with = j;
                break;
            }
        }
        for (int j = with - 1; with > 0 && j >= 0 && j >= with - 8; j--) {
            if (Set.of(",", ";", ":", ".").contains(v.lower.get(j))) return false;
            boolean retaliating = lexicon.triggers(v.lower.get(j)).stream()
                    .anyMatch(x -> x.type().equals("Attack") && lexicon.lemmaIn("retaliating", x));
            if (retaliating) return true;
        }
        return false;
    }

    /** Verbs before "under attack" or "under fire" whose subject is attacked ("came under fire from Y"). */
    private static final Set<String> UNDER_VERBS = Set.of("came", "come", "comes", "coming", "was", "were", "is", "are",
            "been");

    /** Words after "came under fire from Y" that make it criticism: "over its veto", "for his stance". */
    private static final Set<String> CRITICISM = Set.of("over", "for", "because", "after");

    /** Whether a word of {@link #CRITICISM} stands in [from, end). */
    private static boolean criticism(SentenceView v, int from, int end) {
        for (int k = from; k < Math.min(v.size(), Math.max(end, from + 6)); k++) {
            if (CRITICISM.contains(v.lower.get(k))) return true;
        }
        return false;
    }

    /**
     * The owner of a weapon or fighting force phrase starting at {@code start} ("from Russian artillery", the passive's
     * "by Russian drones"): the phrase of names, possessives, modifiers and articles up to its first weapon or force;
     * null when it names none.
     */
    private Cand armedAfter(SentenceView v, int start) {
        for (int k = start; k < v.size() && (v.candAt(k) != null || v.isPossessive(k) || v.isModifier(k)
                || Grammar.ARTICLES.contains(v.lower.get(k))); k++) {
            int n = v.candAt(k) == null ? armedLength(v, k) : 0;
            if (n > 0) return armedOwner(v, start, k + n, false);
        }
        return null;
    }

    /** Prepositions before the side weapons are fired or launched at ("fired missiles at Y", "towards Y"). */
    private static final Set<String> AIMED_AT = Set.of("at", "on", "against", "towards", "toward", "into");

    /**
     * Where the weapons fired or launched end when the verb's object, from {@code k}, is one of cues.txt group
     * "striking" after articles, numbers, modifiers and names ("dozens of Iranian cruise missiles"); -1 otherwise.
     */
    private int launchedWeaponEnd(SentenceView v, int k) {
        int limit = Math.min(v.size(), k + 6);
        for (int j = k; j < limit; j++) {
            int n = v.candAt(j) == null ? lexicon.cues("striking").matchAt(v.lower, j) : 0;
            if (n > 0) return j + n;
            String pos = v.toks.get(j).pos();
            boolean filler = Grammar.ARTICLES.contains(v.lower.get(j)) || v.candAt(j) != null || v.isModifier(j)
                    || pos.equals("NUM") || pos.equals("CD") || v.lower.get(j).equals("of");
            if (!filler) return -1;
        }
        return -1;
    }

    /**
     * The name on the weapon or fighting force that attacks with the verb at {@code t}: its subject right before it
     * (auxiliaries and adverbs aside) or, in the passive, the phrase after "by", when that ends in a word of cues.txt
     * group "striking" or a force of forces.txt that is no "noncombatant" ("Russian missiles hit", "was struck by an
     * Iranian drone", "Hezbollah rockets"); null otherwise, also for a force with no name on it.
     */
    private Cand armedAttacker(SentenceView v, int t, boolean passive) {
        if (passive) {
            int by = indexOf(v, "by", t + 1, Math.min(v.size(), t + 3));
            // the phrase after "by" up to its first weapon or force: "by Russian drones overnight"
            return by < 0 ? null : armedAfter(v, by + 1);
        }
        int to = beforeAside(v, v.verbGroupStart(t));
        return armedOwner(v, 0, to, false);   // the tagger may read a plural head as a verb ("Iran's drones struck")
    }

    /**
     * Where the subject ends when a participle or relative clause set off by commas stands between it and its verb at
     * {@code to} ("North Korean soldiers, backed by Russian artillery, attacked", "Russian soldiers, who crossed the
     * border, attacked": at the first comma); else {@code to}.
     */
    private static int beforeAside(SentenceView v, int to) {
        if (to < 3 || !v.lower.get(to - 1).equals(",")) return to;
        for (int k = to - 2; k >= Math.max(1, to - 12); k--) {
            String w = v.lower.get(k);
            if (!w.equals(",")) {
                // "Russian soldiers, who crossed the border, attacked": the relative clause is an aside too
                if (Set.of("who", "which").contains(w) && v.lower.get(k - 1).equals(",")) return k - 1;
                if (Set.of(";", ":", "and", "but", "that", "who", "which").contains(w)) return to;
                continue;
            }
            boolean participle = k + 1 < to - 1 && v.toks.get(k + 1).pos().equals("VERB")
                    && (v.lower.get(k + 1).endsWith("ed") || v.lower.get(k + 1).endsWith("ing")
                    || v.lower.get(k + 1).endsWith("en"));
            return participle ? k : to;
        }
        return to;
    }

    /**
     * The name that owns the weapon or force phrase ending before {@code to}, within [from, to): the name before the
     * head's modifiers, maybe with a possessive ("a Russian missile", "Iran's drones"); null when the phrase ends in no
     * weapon or fighting force, or a person or pronoun owns it. With {@code conducted} (the subject of a verb that
     * carries out an attack noun), craft and armed bodies of cues.txt group "conductor" count too ("Israeli aircraft
     * carried out strikes", "the Iraqi army launched airstrikes").
     */
    private Cand armedOwner(SentenceView v, int from, int to, boolean conducted) {
        int head = armedEndingAt(v, from, to, conducted);
        if (head < 0) return null;
        int j = head - 1;
        while (true) {
            while (j >= from && v.candAt(j) == null && v.isModifier(j)) j--;
            // "Russian missiles and drones": the owner stands before the first of coordinated weapons
            int previous = j > from && Set.of("and", "or").contains(v.lower.get(j))
                    ? armedEndingAt(v, from, j, conducted) : -1;
            if (previous < 0) break;
            j = previous - 1;
        }
        if (j >= from && v.isPossessive(j)) j--;
        Cand c = j >= from ? v.candAt(j) : null;
        return c == null || c.pronoun() || c.type().equals("PER") ? null : c;
    }

    /** Where a weapon or force phrase that ends right before {@code end} starts, within [from, end); -1 if none does. */
    private int armedEndingAt(SentenceView v, int from, int end, boolean conducted) {
        for (int k = Math.max(from, end - 3); k < end; k++) {
            int n = armedLength(v, k);
            if (conducted) n = Math.max(n, lexicon.cues("conductor").matchAt(v.lower, k));
            if (v.candAt(k) == null && k + n == end) return k;
        }
        return -1;
    }

    /** How many tokens from {@code k} name a weapon or a fighting force (see {@link #armedAttacker}); 0 if none. */
    private int armedLength(SentenceView v, int k) {
        int force = lexicon.forces().matchAt(v.lower, k);
        if (force > 0 && lexicon.cues("noncombatant").matchAt(v.lower, k) == force) force = 0;
        return Math.max(force, lexicon.cues("striking").matchAt(v.lower, k));
    }

    /**
     * Whether the object noun phrase that opens at {@code from} (an article, a number and modifiers before its head) is
     * headed by a word of cues.txt group "materiel": a vessel, convoy, base or plant, which only arms attack ("attacked
     * a tanker", "struck two military bases"); words and plans ("attacked the plan") are none.
     */
    private boolean materielObject(SentenceView v, int from, int to) {
        int k = from;
        while (k < to && (Grammar.ARTICLES.contains(v.lower.get(k)) || v.toks.get(k).pos().equals("NUM"))) k++;
        Lexicon.Phrases materiel = lexicon.cues("materiel");
        for (; k < to && v.candAt(k) == null && v.isModifier(k); k++) {
            int n = materiel.matchAt(v.lower, k);
            if (n > 0 && !v.isModifier(k + n)) return true;
        }
        return false;
    }

    /** Whether an agreement noun (agreements.txt) starts in [from, to): "struck a deal" attacks no one. */
    private boolean agreementIn(SentenceView v, int from, int to) {
        return lexicon.agreements().anyIn(v.lower, from, to);
    }

    /**
     * The place among names after a preposition: the first place, or for a place named by its possessor ("in
     * Russia's X region") the place it owns.
     */
    private static Cand placeIn(List<Cand> cands) {
        for (int i = 0; i < cands.size(); i++) {
            Cand c = cands.get(i);
            if (c.pronoun() || !c.type().equals("LOC")) continue;
            boolean owns = i + 1 < cands.size() && cands.get(i + 1).type().equals("LOC") && cands.get(i + 1).from()
                    == c.to() + 1;
            return owns ? cands.get(i + 1) : c;
        }
        return null;
    }

    /** The names after "in" in the subject phrase of the passive verb at {@code t}: "a block in Y was struck". */
    private List<Cand> subjectPlaces(SentenceView v, int t) {
        int start = t;
        while (start > 0 && !Set.of(",", ";", ":").contains(v.lower.get(start - 1))) start--;
        return grammar.afterPreposition(v, start, t, Set.of("in"));
    }

    /**
     * Whether the name {@code c} only modifies or owns a noun of the cues.txt group {@code group}: "X's decision", "the
     * X budget plan" (group "discourse": an attack on that is criticism), "the X goal" (group "pitch": play).
     */
    private boolean modifiesNounOf(SentenceView v, Cand c, String group) {
        Lexicon.Phrases nouns = lexicon.cues(group);
        for (int k = c.to(); k < Math.min(v.size(), c.to() + 4) && v.candAt(k) == null; k++) {
            if (nouns.matchAt(v.lower, k) > 0) return true;
            if (!v.isPossessive(k) && !v.isModifier(k)) return false;
        }
        return false;
    }

    /** Whether a hazard word (cues.txt group "hazard") opens, precedes or follows the name {@code c}: "Typhoon X". */
    private boolean hazard(SentenceView v, Cand c) {
        Lexicon.Phrases hazard = lexicon.cues("hazard");
        return hazard.matchAt(v.lower, c.from()) > 0 || hazard.matchAt(v.lower, c.to()) > 0
                || c.from() > 0 && hazard.matchAt(v.lower, c.from() - 1) > 0;
    }

    /**
     * The conducting verb (cues.txt group "conducting") right before the noun phrase of the attack noun at {@code t},
     * whose subject carries the attack out: "X launched two strikes on Y", "X mounted a wave of airstrikes on Y", "X,
     * which flies strike missions against Y"; or -1.
     */
    private int conductingVerb(SentenceView v, int t) {
        int k = t - 1;
        // "launched a wave of airstrikes": a quantity noun and "of" belong to the attack noun's phrase
        while (k >= 0 && v.candAt(k) == null && (v.isModifier(k) || Grammar.ARTICLES.contains(v.lower.get(k))
                || v.toks.get(k).pos().equals("NUM") || v.lower.get(k).equals("of") && v.isModifier(k - 1)
                || lexicon.cues("striking").matchAt(v.lower, k) > 0)) {     // "drone strikes", whatever the tag
            k--;
        }
        Lexicon.Phrases conducting = lexicon.cues("conducting");
        for (int j = Math.max(0, k - 2); j <= k; j++) {
            if (j + conducting.matchAt(v.lower, j) == k + 1) return j;
        }
        return -1;
    }

    /**
     * The places after the unnamed object of the attack noun (cues.txt group "objective"), which are what was
     * attacked: "strikes against targets in Y", "airstrikes on rebel positions and civilians in Y and the suburbs of
     * Z"; the preposition ("on", "against", "into") within three words of {@code from}, then only determiners,
     * lower-case modifiers, "and" and commas up to an objective noun right before "in", "near", "at", "outside" or
     * "around". Empty when the object is no such noun ("a cyber attack on networks in Y") or names someone.
     */
    private List<Cand> unnamedObjectPlaces(SentenceView v, int from, int end) {
        for (int j = from; j < Math.min(end, from + 3); j++) {
            if (Set.of("on", "against", "into", "of").contains(v.lower.get(j))) {
                return objectivePlaces(v, j + 1, end);
            }
        }
        return List.of();
    }

    /**
     * The places of {@code places} that are no country: strikes on unnamed targets in a town or region attack it, but
     * "strikes against targets in Y", Y a country, say where they fell, not that Y was the enemy (a state may strike
     * in an ally's land).
     */
    private static List<Cand> townsOnly(Scope s, List<Cand> places) {
        return places.stream().filter(c -> !s.actors().isState(c)).toList();
    }

    /**
     * The places after an unnamed object that opens at {@code from} (see {@link #unnamedObjectPlaces}): "struck rebel
     * positions near Y" attacked Y.
     */
    private List<Cand> objectivePlaces(SentenceView v, int from, int end) {
        Lexicon.Phrases objective = lexicon.cues("objective");
        boolean head = false;
        for (int k = from; k < end; k++) {
            String w = v.lower.get(k);
            if (head && (w.equals("in") || NEAR.contains(w))) {
                Cand place = placeIn(grammar.afterPreposition(v, k, k + 1, end, Set.of(w)));
                return place == null ? List.of() : grammar.coordinated(v, place).stream()
                        .filter(c -> c.type().equals("LOC") && !c.pronoun()).toList();
            }
            if (v.candAt(k) != null) return List.of();
            int n = objective.matchAt(v.lower, k);
            head = n > 0;
            if (n > 1) k += n - 1;
            boolean filler = head || v.isModifier(k) || Grammar.ARTICLES.contains(w) || w.equals("and")
                    || w.equals(",") || v.toks.get(k).pos().equals("NUM");
            if (!filler) return List.of();
        }
        return List.of();
    }

    /**
     * A request to stop the attacks of the noun at {@code t} (cues.txt groups "desisting", "requesting", "urgency"):
     * "urged Y to stop its strikes on Z", "pressed Y to cease at once airstrikes against ...", "called for an end to
     * Y's attacks". Asking someone to stop presupposes that the attacks happen; {@code objectStart} is where the
     * attack noun's phrase opens, {@code asked} the one asked to stop (null when the request names none, as "called
     * for an end to"). Null when there is no such request, and when the one asked is a person: a person's strikes are
     * no state's.
     */
    Desisted desisted(SentenceView v, int t) {
        int k = t;
        while (k > 0 && (Grammar.ARTICLES.contains(v.lower.get(k - 1)) || v.isPossessive(k - 1)
                || v.candAt(k - 1) != null || v.isModifier(k - 1) && !v.lower.get(k - 1).equals("any")
                || lexicon.cues("striking").matchAt(v.lower, k - 1) > 0)) {     // "drone attacks", whatever the tag
            k--;
        }
        int objectStart = k;
        Lexicon.Phrases urgency = lexicon.cues("urgency");
        for (int n = 1; n <= 3 && k - n >= 0; n++) {
            if (urgency.matchAt(v.lower, k - n) == n) {
                k -= n;
                break;
            }
        }
        if (k > 0 && v.toks.get(k - 1).pos().equals("ADV") && !v.lower.get(k - 1).equals("not")) k--;
        Lexicon.Phrases desisting = lexicon.cues("desisting");
        Lexicon.Phrases requesting = lexicon.cues("requesting");
        for (int j = Math.max(0, k - 5); j < k; j++) {
            int n = desisting.matchAt(v.lower, j);
            if (n != k - j || v.candAt(j) != null) continue;
            if (n > 1) {
                // "called for an end to Y's attacks": the request is right before the noun
                for (int r = Math.max(0, j - 3); r < j; r++) {
                    if (requesting.matchAt(v.lower, r) == j - r) return new Desisted(objectStart, null);
                }
                return null;
            }
            if (j >= 2 && !v.lower.get(j - 1).equals("to")) return demandedThat(v, j, objectStart);
            if (j < 2) return null;
            // "urged Y to stop": the nearest requesting verb before "to", with only the one asked between
            for (int r = j - 2; r >= Math.max(0, j - 8); r--) {
                int opens = -1;     // where a requesting phrase ending at r opens ("called on")
                for (int q = Math.max(0, r - 2); q <= r && opens < 0; q++) {
                    if (requesting.matchAt(v.lower, q) == r - q + 1 && v.candAt(q) == null) opens = q;
                }
                if (opens >= 0) {
                    List<Cand> asked = grammar.phraseCands(v, r + 1, j - 1);
                    Cand one = asked.isEmpty() ? null : asked.get(asked.size() - 1);
                    if (one != null && (one.pronoun() || one.type().equals("PER"))) return null;
                    return new Desisted(objectStart, one);
                }
                if (v.candAt(r) == null && !v.isModifier(r) && !Grammar.ARTICLES.contains(v.lower.get(r))) {
                    return null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * Taking a place back from a side: "X liberated the town of Y from Z control", "Y was recaptured from Z by X",
     * "the liberation of Y from Z by X". Z is the target and Y the location; without a named place, "from" and a
     * named side there is no attack ("liberated areas", "retook the lead from Z").
     */
    private List<Draft> reclaim(Scope s, int t, boolean verb, boolean passive) {
        SentenceView v = s.v();
        String form = v.lower.get(t);
        // only a taking that happened: "vowed to liberate Y", "is recapturing", "the fight for the liberation of Y" do
        // not say that it did
        if (verb && !(form.endsWith("ed") || form.equals("retook") || form.equals("retaken"))) return List.of();
        int start = grammar.phraseStart(v, t);
        if (!verb && start > 0 && Set.of("for", "to", "towards", "toward").contains(v.lower.get(start - 1))) {
            return List.of();
        }
        int end = grammar.objectEnd(v, t);
        int from = indexOf(v, "from", t + 1, end);
        if (from < 0) return List.of();
        List<Cand> side = grammar.phraseCands(v, from + 1, end);
        if (side.isEmpty() || side.get(0).pronoun()) return List.of();
        Cand place = null;
        for (int j = t + 1; j < from; j++) {
            Cand c = v.candAt(j);
            if (c != null && c.type().equals("LOC") && !c.pronoun()) place = c;
        }
        Cand attacker;
        if (passive) {
            attacker = grammar.agent(v, t).stream().findFirst().orElse(null);
            Cand subject = grammar.subject(v, t);
            if (place == null && subject != null && subject.type().equals("LOC")) place = subject;
        } else if (verb) {
            attacker = grammar.subject(v, t);
        } else {
            attacker = possessor(v, t);
            if (attacker == null) {
                List<Cand> by = grammar.afterPreposition(v, side.get(0).to(), end, Set.of("by"));
                attacker = by.isEmpty() ? null : by.get(0);
            }
        }
        if (place == null) return List.of();   // "retook the lead from X" takes back no place
        Draft d = new Draft("Attack", s.index(), v.toks.get(t).text(), strength(verb, passive));
        Cand target = side.get(0);
        (target.type().equals("NORP") ? s.actors().owner("attackTarget", target)
                : s.actors().actor("attackTarget", target)).ifPresent(d::add);
        if (!d.has("attackTarget")) return List.of();
        if (attacker != null) s.actors().actor("attacker", attacker).ifPresent(d::add);
        if (d.key("attacker").equals(d.key("attackTarget"))) return List.of();
        s.actors().place("location", place).ifPresent(d::add);
        return List.of(d);
    }

    /**
     * A request to stop attacks (see {@link #desisted}): where the attack noun's phrase opens, and the one asked to
     * stop, or null when the request names no one ("called for an end to Y's attacks").
     */
    record Desisted(int objectStart, Cand asked) { }

    /**
     * A request with "that" before the desisting verb at {@code j}: "demanded that Y stop its attacks on Z", "urged
     * that the regime halt airstrikes"; the one asked is the subject between "that" and the verb. Null when no
     * requesting verb stands right before "that", the subject names no one, or names a person.
     */
    private Desisted demandedThat(SentenceView v, int j, int objectStart) {
        int k = j;
        while (k > 0 && (v.candAt(k - 1) != null || Grammar.ARTICLES.contains(v.lower.get(k - 1))
                || v.isModifier(k - 1))) {
            k--;
        }
        if (k == j || k < 2 || !v.lower.get(k - 1).equals("that")) return null;
        Lexicon.Phrases requesting = lexicon.cues("requesting");
        boolean asks = false;
        for (int q = Math.max(0, k - 4); q < k - 1 && !asks; q++) {
            asks = requesting.matchAt(v.lower, q) == k - 1 - q && v.candAt(q) == null;
        }
        List<Cand> asked = asks ? grammar.phraseCands(v, k, j) : List.of();
        Cand one = asked.isEmpty() ? null : asked.get(asked.size() - 1);
        return one == null || one.pronoun() || one.type().equals("PER") ? null : new Desisted(objectStart, one);
    }

    /** The names before ", where" when the trigger stands in that relative clause ("X's Y region, where …"). */
    private List<Cand> antecedentOfWhere(SentenceView v, int t) {
        for (int j = t - 1; j > 1; j--) {
            if (!v.lower.get(j).equals("where")) continue;
            int k = v.lower.get(j - 1).equals(",") ? j - 1 : j;
            int start = grammar.phraseStart(v, k);
            return grammar.phraseCands(v, start, k);
        }
        return List.of();
    }

    // ---------------------------------------------------------------- shared pieces

    /** The possessor or compound owner of a noun trigger: "Russia's invasion", "ISIL attacks", "its support". */
    /**
     * The owner of an undertaking (cues.txt group "undertaking") whose "to" comes right before the verb at {@code t}:
     * "Japan's commitment to support Y" -> Japan; null for any other noun there ("Japan's refusal to support Y").
     */
    private Cand undertakingOwner(SentenceView v, int t) {
        if (t < 2 || !v.lower.get(t - 1).equals("to")) return null;
        Lexicon.Phrases undertaking = lexicon.cues("undertaking");
        for (int n = 1; n <= 2 && t - 1 - n >= 0; n++) {
            if (undertaking.matchAt(v.lower, t - 1 - n) == n && v.candAt(t - 1 - n) == null) {
                return possessor(v, t - 1 - n);
            }
        }
        return null;
    }

    private Cand possessor(SentenceView v, int t) {
        int j = t - 1;
        boolean participle = false;     // "Russia's escalating attacks": only a possessive makes it a noun phrase
        while (j >= 0 && j >= t - 4 && v.candAt(j) == null) {
            if (isParticiple(v, j)) {
                participle = true;
            } else if (!v.isModifier(j) && !Grammar.QUOTES.contains(v.lower.get(j))) {
                break;
            }
            j--;
        }
        boolean pronoun = j >= 0 && Set.of("its", "their").contains(v.lower.get(j));
        if (j < 0 || participle && !v.isPossessive(j) && !pronoun) return null;
        if (pronoun) return grammar.subject(v, j);
        if (v.isPossessive(j)) j--;
        Cand c = j >= 0 ? v.candAt(j) : null;
        return c;
    }

    /** A lower-case participle that can modify a noun ("escalating", "continued"): tagged VERB, ending in -ing/-ed. */
    private static boolean isParticiple(SentenceView v, int i) {
        String pos = v.toks.get(i).pos();
        String w = v.lower.get(i);
        return (pos.equals("VERB") || pos.startsWith("VB")) && Character.isLowerCase(v.toks.get(i).text().charAt(0))
                && (w.endsWith("ing") || w.endsWith("ed")) && w.length() > 4;
    }

    /** Whether a backing verb (cues.txt group "backing") lies in [from, to). */
    private boolean backingVerbBetween(SentenceView v, int from, int to) {
        return lexicon.cues("backing").anyIn(v.lower, from, to);
    }

    /** Whether the trigger at {@code t} lies inside an idiom of cues.txt ("went on strike"). */
    private boolean inIdiom(SentenceView v, int t) {
        Lexicon.Phrases idioms = lexicon.cues("idiom");
        for (int j = Math.max(0, t - 3); j <= t; j++) if (j + idioms.matchAt(v.lower, j) > t) return true;
        return false;
    }

    /** An event's strength by how its trigger reads: a noun, an active verb or a passive one (rules.properties). */
    private double strength(boolean verb, boolean passive) {
        return lexicon.number(!verb ? "strength.noun" : passive ? "strength.verb.passive" : "strength.verb.active");
    }

    private static int indexOf(SentenceView v, String word, int from, int to) {
        for (int j = from; j < to; j++) if (v.lower.get(j).equals(word)) return j;
        return -1;
    }
}
