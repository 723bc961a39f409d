package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.extract.SentenceView.Cand;

/**
 * Reads positions around a person's name: a title before it ("Russian Foreign Minister Sergei Lavrov",
 * "Russia's defence minister Ivan Petrov", "Secretary of State Mary Jones") or an apposition after it
 * ("Anna Kowalski, head of Polish military intelligence,"; "Marco Rossi, the president of Italy"). The position
 * must hold a head word from positions.txt. A state office named without its country or body ("President Anne Roy")
 * is held for the state the person is a citizen of, when the article names that state; a department's office
 * ("Defence Minister Anne Roy") is held for it even when the article never names it, as no international body has
 * one; an organisation that ends the title after "for" or "of" is the post's ("Special Envoy for the Northern Fisheries
 * Council X"), a place there stays in the post ("Special Envoy for Syria X"). An apposition may name the body after its
 * own comma ("Anna Roy, commander, Northern Command."). A post may
 * also follow a verb that gives it ("X was appointed ambassador to France", cues.txt group "appointing"); a name
 * after "to" is where the post is sent, not whose it is, and a time after the post ("on Monday", "in 2020") is no
 * part of it. A relative clause may give it too ("X, who heads the United Nations,", positions.txt group "leading").
 * A past post
 * keeps its word ("Late President X"); a post that ends in the sentence ("dismissed Interior Minister X", "Minister X
 * resigned"), was held only then ("X, then the foreign minister,") or is not held yet ("the nominee for minister",
 * "President-elect X") gives no Role (positions.txt groups "past" and "unheld", cues.txt groups "leaving", "removing"
 * and "bygone"). Nor does a post in sport ("captain of the team", "head coach": positions.txt groups "sport",
 * "teamhead" and "team").
 */
final class RoleRule {
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "on", "and");
    /** Words that open a time bounding a tenure ("minister since 2004"), which ends the position's phrase. */
    private static final Set<String> TIME_BOUNDS = Set.of("since", "until", "till", "between", "during", "before",
            "after");
    /**
     * Auxiliaries besides the forms of "be" (Grammar.BE) between a titled name and a verb that ends its post ("X has
     * resigned", "X was sacked", "X is being sacked").
     */
    private static final Set<String> PERFECT = Set.of("has", "have", "had");

    /**
     * Whether token {@code j} after a titled name is an auxiliary or an adverb: "X has been sacked", "X's been named"
     * (a contracted "has"); the possessive in "X's dismissed aide" is none and ends the search.
     */
    private static boolean auxiliaryOrAdverb(SentenceView v, int j) {
        String w = v.lower.get(j);
        return PERFECT.contains(w) || Grammar.BE.contains(w) || v.isContraction(j) || v.toks.get(j).pos().equals("ADV");
    }
    private static final Set<String> OBJECT_DETERMINERS = Set.of("the", "its", "his", "her", "their");
    private static final Set<String> CLOSING = Set.of(",", ".", ";", "\"", "\u201d", ")");
    /** Verbs after a closing comma that end an apposition naming a speaker ("..., Northern Command, said"). */
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "stated", "added", "noted",
            "explained", "announced", "warned");
    /** Punctuation that ends a sentence after an apposition's last name. */
    private static final Set<String> TAIL_END = Set.of(".", "\"", "\u201d", ")", "!");
    private static final Set<String> TRAILING = Set.of("of", "for", "the", "at", "in", "and", "'s", "on");

    private final Lexicon lexicon;
    private final Grammar grammar;

    RoleRule(Lexicon lexicon, Grammar grammar) {
        this.lexicon = lexicon;
        this.grammar = grammar;
    }

    List<Draft> find(SentenceView v, Actors actors) {
        List<Draft> out = new ArrayList<>();
        Set<Cand> seen = new HashSet<>();
        for (Cand c : v.cands) {
            if (c.pronoun() || !c.type().equals("PER") || !seen.add(c)) continue;
            held(v, c, actors).ifPresent(out::add);
        }
        return out;
    }

    /** The post that sentence {@code v} gives {@code person} (a PER candidate) as a Role, if it gives one. */
    Optional<Draft> held(SentenceView v, Cand person, Actors actors) {
        Draft d = title(v, person, actors);
        if (d == null) d = apposition(v, person, actors);
        if (d == null) d = preposed(v, person, actors);
        if (d == null) d = appointment(v, person, actors);
        if (d == null) d = relative(v, person, actors);
        if (d == null || positionHas(d, lexicon::isUnheldWord)) return Optional.empty();   // "the nominee for minister"
        if (sportsPost(d)) return Optional.empty();                      // "was named captain of the team"
        if (!d.has("affiliation") && stateOffice(d)) {
            d.add(actors.citizenState("affiliation", person, !ministry(d)));
        }
        return Optional.of(d);
    }

    /**
     * The state for which sentence {@code v} says {@code person} holds a current state office ("Finnish President
     * X", "X, the prime minister of Norway,"), as the affiliation of that Role; empty for another post, a past one
     * ("Former President X") or one held for something other than a state, as {@code isState} tells of a QID.
     */
    Optional<Actors.Resolved> officeState(SentenceView v, Cand person, Actors actors, Predicate<String> isState) {
        return held(v, person, actors)
                .filter(d -> stateOffice(d) && !positionHas(d, lexicon::isPastWord))
                .flatMap(d -> d.resolved("affiliation"))
                .filter(r -> r.arg().qid() != null && isState.test(r.arg().qid()));
    }

    private boolean stateOffice(Draft d) {
        return positionHas(d, lexicon::isStateOffice);
    }

    /** A state office of a government department ("Defence Minister"): no international body has one. */
    private boolean ministry(Draft d) {
        return positionHas(d, lexicon::isPortfolio);
    }

    /**
     * A post in sport ("captain of the team", "head coach", "Italy captain X"), by positions.txt groups "sport",
     * "teamhead", "team" and "armed".
     */
    private boolean sportsPost(Draft d) {
        List<String> owner = d.resolved("affiliation")
                .map(r -> List.of(r.arg().value().toLowerCase(Locale.ROOT).split("[\\s']+"))).orElse(List.of());
        return d.literalValue("position")
                .map(p -> lexicon.isSportsPost(List.of(p.toLowerCase(Locale.ROOT).split("[\\s']+")), owner))
                .orElse(false);
    }

    private static boolean positionHas(Draft d, Predicate<String> word) {
        return d.literalValue("position").map(p -> {
            for (String w : p.toLowerCase(Locale.ROOT).split("[\\s-]+")) if (word.test(w)) return true;
            return false;
        }).orElse(false);
    }

    private boolean vocabulary(String lower) {
        return lexicon.isPositionHead(lower) || lexicon.isPositionModifier(lower);
    }

    /**
     * Where the capitalised honorifics (positions.txt) that stand, outside names, right before token {@code from}
     * start ("Sheikh" before "Tamim ..."); {@code from} when there are none.
     */
    private int honorificsStart(SentenceView v, int from) {
        int k = from;
        while (k >= 1 && v.candAt(k - 1) == null && lexicon.isHonorific(v.lower.get(k - 1))
                && Character.isUpperCase(v.toks.get(k - 1).text().charAt(0))) {
            k--;
        }
        return k;
    }

    /**
     * Whether token {@code k} is a hyphen written with no space on either side, inside a title the tokenizer split
     * ("Secretary-General", "Attorney-General"): part of the title, not its edge.
     */
    private static boolean innerHyphen(SentenceView v, int k) {
        return v.lower.get(k).equals("-") && v.attached(k) && v.attached(k + 1);
    }

    private Draft title(SentenceView v, Cand person, Actors actors) {
        // "Emir of X Sheikh Y": an honorific the name finder left out ends the title, no part of it
        int end = honorificsStart(v, person.from());
        int k = end - 1;
        while (k >= 0 && !v.lineBreakBefore(k + 1)) {
            Cand inner = v.candAt(k);
            if (inner != null) {
                int before = inner.from() - 1;
                if (before > 0 && v.lower.get(before).equals("the")) before--;
                if (before >= 0 && (v.lower.get(before).equals("for") || v.lower.get(before).equals("of"))) {
                    k = inner.from() - 1;
                    continue;
                }
                break;
            }
            String text = v.toks.get(k).text();
            String low = v.lower.get(k);
            boolean capital = !text.isEmpty() && Character.isUpperCase(text.charAt(0))
                    && text.chars().anyMatch(Character::isLetter);
            if (vocabulary(low) || capital || CONNECTORS.contains(low) || innerHyphen(v, k)) k--;
            else break;
        }
        int left = -1;
        for (int j = k + 1; j < end; j++) {
            if (v.candAt(j) == null && vocabulary(v.lower.get(j))) {
                left = j;
                break;
            }
        }
        if (left < 0) return null;
        if (person.to() < v.size() && v.isPossessive(person.to())) left = possessorsTitle(v, left, end);
        left = ownTitle(v, left, end);
        if (left < 0) return null;
        boolean head = false;
        for (int j = left; j < end; j++) head |= v.candAt(j) == null && lexicon.isPositionHead(v.lower.get(j));
        if (!head) return null;
        int stop = end;
        int lastWord = left;
        for (int j = left; j < end; j++) if (v.candAt(j) == null && vocabulary(v.lower.get(j))) lastWord = j;
        if (lastWord < end - 1 && !Set.of("of", "for", "on").contains(v.lower.get(lastWord + 1))) {
            stop = lastWord + 1;   // "President Joe" when only "Biden" was found: the title ends at its last word
        }
        String position = v.text(left, stop);
        Draft d = new Draft("Role", v.sentence.index(), position, lexicon.number("strength.title"));
        d.add(actors.actor("person", person));
        if (!d.has("person")) return null;
        int o = left - 1;
        if (o >= 1 && v.isPossessive(o)) o--;
        Cand owner = o >= 0 && !v.lineBreakBefore(left) ? v.candAt(o) : null;
        boolean adjacent = owner != null && left - 1 == (v.isPossessive(left - 1) ? owner.to() : owner.to() - 1);
        int start = left;
        if (adjacent && !owner.pronoun() && !owner.type().equals("PER")) {
            d.add(actors.actor("affiliation", owner));
            start = owner.from();
        } else {
            // "Special Envoy for the Northern Fisheries Council X": the body that ends the title is whom it serves
            Cand body = v.candAt(stop - 1);
            int prep = body == null ? -1 : body.from() - 1;
            if (prep > left && v.lower.get(prep).equals("the")) prep--;
            if (body != null && body.to() == stop && body.type().equals("ORG") && !body.pronoun() && prep > left
                    && (v.lower.get(prep).equals("for") || v.lower.get(prep).equals("of"))) {
                d.add(actors.actor("affiliation", body));
                if (d.has("affiliation")) position = v.text(left, prep);
            }
        }
        // "Former German chancellor X", "Late President X": the post is past, even with the nationality between
        int before = pastWordBefore(v, start);
        if (before >= 0) {
            String past = v.text(before, start);
            position = past + (past.endsWith("-") ? "" : " ") + position;
        }
        if (removedBefore(v, start) || leavesAfter(v, person.to())) return null;
        d.literal("position", position, "string");
        return d;
    }

    /**
     * Where a word of positions.txt group "past" right before the title starting at {@code start} begins, or -1:
     * "Former X", and the same word joined by a hyphen ("Ex-defence minister", tokenised "Ex", "-", "defence", or
     * "ex-" as one token), or a word of group "joinedpast" so joined ("then-President X").
     */
    private int pastWordBefore(SentenceView v, int start) {
        if (start < 1 || v.lineBreakBefore(start)) return -1;
        int before = start - 1;
        boolean joined = v.lower.get(before).endsWith("-") && v.attached(start);
        if (lexicon.isPastWord(v.lower.get(before)) && (joined || !v.lower.get(before).endsWith("-"))) return before;
        boolean hyphen = v.lower.get(before).equals("-") && v.attached(start);
        if (hyphen && before >= 1 && v.attached(before) && lexicon.isPastWord(v.lower.get(before - 1) + "-")) {
            return before - 1;
        }
        return -1;
    }

    /**
     * Whether a verb that takes a post away governs the titled name starting at {@code start} as its object
     * ("dismissed Interior Minister X", "ousted the prime minister, X"): cues.txt group "removing".
     */
    private boolean removedBefore(SentenceView v, int start) {
        int j = start - 1;
        while (j >= 0 && OBJECT_DETERMINERS.contains(v.lower.get(j))) j--;
        return j >= 0 && lexicon.cues("removing").matchAt(v.lower, j) > 0;
    }

    /**
     * Whether the titled name ending before {@code i} is the subject of a verb that ends its post, past auxiliaries
     * and adverbs: "resigned", "has stepped down" (cues.txt group "leaving"), or a passive of group "removing" ("was
     * sacked"). "Minister X sacked the general" ends another's post.
     */
    private boolean leavesAfter(SentenceView v, int i) {
        boolean passive = false;
        int j = i;
        while (j < v.size() && auxiliaryOrAdverb(v, j)) {
            passive |= Grammar.BE.contains(v.lower.get(j));
            j++;
        }
        return j < v.size() && (lexicon.cues("leaving").matchAt(v.lower, j) > 0
                || passive && lexicon.cues("removing").matchAt(v.lower, j) > 0);
    }

    /**
     * Where the name's own title begins when a preposition links a lower-case post to it: in "a spokesman for Prime
     * Minister X" the spokesman is someone else and X's title starts at "Prime"; in "a spokesman for X" X has none
     * (-1). A title that starts with a capital ("Secretary of State X") or runs on in lower case after the preposition
     * ("head of military intelligence X") is kept whole.
     */
    private int ownTitle(SentenceView v, int left, int end) {
        for (int j = left; j < end; j++) {
            String low = v.lower.get(j);
            if (lexicon.isTitleWord(v.toks.get(j).text())) return left;
            if (!Set.of("of", "for", "to").contains(low)) continue;
            int next = j + 1;
            while (next < end && v.lower.get(next).equals("the")) next++;
            if (next == end) return -1;
            return lexicon.isTitleWord(v.toks.get(next).text()) ? next : left;
        }
        return left;
    }

    /**
     * Where the title of a possessor begins: in "a deputy head of President Anna Berg's office" the lower-case words
     * before "of" name a post in the office, held by someone else, and only "President" is hers. A title that starts
     * with a capital ("Minister of Foreign Affairs Marco Rossi's visit") is kept whole.
     */
    private static int possessorsTitle(SentenceView v, int left, int end) {
        for (int j = left; j < end; j++) {
            String text = v.toks.get(j).text();
            if (CONNECTORS.contains(v.lower.get(j)) && !v.lower.get(j).equals("the")) {
                int next = j + 1;
                while (next < end && v.lower.get(next).equals("the")) next++;
                return next < end ? next : left;
            }
            if (!text.isEmpty() && Character.isUpperCase(text.charAt(0))) return left;
        }
        return left;
    }

    private Draft apposition(SentenceView v, Cand person, Actors actors) {
        int j = person.to();
        if (j >= v.size() || !v.lower.get(j).equals(",")) return null;
        return post(v, person, j + 1, actors);
    }

    /**
     * A post written before the name and set off by commas: "Poland's ambassador to Canada, Anna Nowak, said", "X met
     * Germany's chancellor, Lena Vogel, on Monday". The name must be closed by a comma or the sentence's end, since in
     * "Speaking to the ambassador, Anna Nowak said" it opens the next clause. The post's phrase runs back from the
     * comma over names, possessives, words of positions.txt, lower-case nouns and adjectives and their linking words,
     * to a verb, a comma or the sentence's start; read as an apposition's post is ({@link #post}). A past post
     * ("former") or one that the verb after the name ends ("..., Lena Vogel, resigned") gives none. An honorific of
     * positions.txt that the name finder left out may stand between the comma and the name ("..., Sheikh X, said").
     */
    private Draft preposed(SentenceView v, Cand person, Actors actors) {
        // "The emir of X, Sheikh Y, said": an honorific the name finder left out stands between comma and name
        int comma = honorificsStart(v, person.from()) - 1;
        if (comma < 1 || !v.lower.get(comma).equals(",")) return null;
        int close = person.to();
        if (close < v.size() && !v.lower.get(close).equals(",") && !v.lower.get(close).equals(".")) return null;
        int start = comma;
        for (int j = comma - 1; j >= 0 && j >= comma - 10; j--) {
            Cand c = v.candAt(j);
            if (c != null) {
                if (c.type().equals("PER") || c.pronoun()) return null;   // "Roy's spokesman": not a post of a state
                j = c.from();
                start = j;
                continue;
            }
            String low = v.lower.get(j);
            String pos = v.toks.get(j).pos();
            boolean word = vocabulary(low) || v.isPossessive(j) || CONNECTORS.contains(low) || low.equals("to")
                    || low.equals("a") || low.equals("an") || lexicon.isPastWord(low) || innerHyphen(v, j)
                    || (pos.equals("ADJ") || pos.equals("NOUN")) && Character.isLowerCase(v.toks.get(j).text().charAt(0));
            if (!word) break;
            start = j;
        }
        // "..., and France's president, X": the phrase starts after a linking word
        while (start < comma && Set.of("and", "of", "for", "on", "to").contains(v.lower.get(start))) start++;
        if (start == comma) return null;
        for (int j = start; j < comma; j++) if (lexicon.isPastWord(v.lower.get(j))) return null;   // "former"
        Draft d = post(v, person, start, actors);
        if (d == null || close < v.size() && v.lower.get(close).equals(",") && leavesAfter(v, close + 1)) return null;
        return d;
    }

    /** Whether a time opens at {@code j}: "on Monday", "on 4 May", "in 2020", "in March", "last week", "yesterday". */
    private static boolean timeAt(SentenceView v, int j) {
        String low = v.lower.get(j);
        if (Set.of("last", "yesterday", "today", "earlier").contains(low)) return true;
        if (!(low.equals("on") || low.equals("in")) || j + 1 >= v.size()) return false;
        String next = v.toks.get(j + 1).text();
        return next.endsWith("day") && Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0))
                || TimeResolver.isMonthName(v.lower.get(j + 1));
    }

    /**
     * A post the person is given or takes in the sentence, named after the verb (cues.txt group "appointing"): "X was
     * appointed ambassador to France", "X has been named foreign minister of Sweden", "X became the head of Y".
     */
    private Draft appointment(SentenceView v, Cand person, Actors actors) {
        int j = person.to();
        while (j < v.size() && auxiliaryOrAdverb(v, j)) j++;
        int verb = lexicon.cues("appointing").matchAt(v.lower, j);
        if (verb == 0) {
            Draft d = succession(v, person, j, actors);
            return d != null ? d : appointedObject(v, person, actors);
        }
        j += verb;
        if (j < v.size() && v.lower.get(j).equals("as")) j++;
        return post(v, person, j, actors);
    }

    /**
     * A post the person is given as the object of a verb of cues.txt group "appointing-object" right before the name:
     * "X appointed Y as defence minister", "parliament elected Y speaker of the house". The post follows "as", or
     * follows the name directly when it opens with a word of the post vocabulary; "named Y in her speech" and "named Y
     * as a suspect" give none. Nor does an appointment that a cue cancels as it cancels any event's verb ({@link
     * Grammar#cancelled}): "has not appointed", "may appoint", "is expected to have appointed".
     */
    private Draft appointedObject(SentenceView v, Cand person, Actors actors) {
        int k = person.from() - 1;
        if (k < 0 || v.candAt(k) != null || lexicon.cues("appointing-object").matchAt(v.lower, k) != 1
                || !v.isVerbal(k)) {
            return null;
        }
        if (grammar.cancelled(v, k, false)) return null;
        int j = person.to();
        if (j < v.size() && v.lower.get(j).equals("as")) {
            j++;
        } else if (j >= v.size() || !vocabulary(v.lower.get(j))) {
            return null;
        }
        Draft d = post(v, person, j, actors);
        return d == null || !positionHas(d, this::vocabulary) ? null : d;
    }

    /**
     * A post the person took over from a named predecessor, from {@code j} on (cues.txt group "succeeding"): "X
     * replaced Y as foreign minister", "X succeeded Y as president of Z", "X took over from Y as head of Z". Only the
     * successor holds it; the predecessor's name, right after the verb and before "as", gets no post. The post must
     * name its body or be a state office ("as foreign minister"): "X replaced Y as captain of the team" is none. Null
     * for another wording.
     */
    private Draft succession(SentenceView v, Cand person, int j, Actors actors) {
        int verb = lexicon.cues("succeeding").matchAt(v.lower, j);
        if (verb == 0) return null;
        Cand predecessor = j + verb < v.size() ? v.candAt(j + verb) : null;
        if (predecessor == null || predecessor.from() != j + verb || !predecessor.type().equals("PER")) return null;
        int as = predecessor.to();
        if (as >= v.size() || !v.lower.get(as).equals("as")) return null;
        Draft d = post(v, person, as + 1, actors);
        // "replaced Y as captain of the team": a sports side's post is none; a body's or a state office is kept
        return d == null || d.has("affiliation") || stateOffice(d) ? d : null;
    }

    /**
     * A post held by what a relative clause right after the name says (positions.txt group "leading"): "X, who heads
     * the United Nations," is its head, "X, who leads NATO," its leader. Only a present-tense verb gives one ("who
     * headed X until 2019" no longer does), and only over a named organisation or country right after it (past
     * "the") that is no possessor or modifier of another noun ("who leads X's campaign", "who heads the X refugee
     * agency").
     */
    private Draft relative(SentenceView v, Cand person, Actors actors) {
        int j = person.to();
        if (j + 2 >= v.size() || !v.lower.get(j).equals(",") || !v.lower.get(j + 1).equals("who")) return null;
        String position = lexicon.ledPosition(v.lower.get(j + 2));
        if (position == null) return null;
        int k = j + 3;
        if (k < v.size() && v.lower.get(k).equals("the")) k++;
        Cand body = k < v.size() ? v.candAt(k) : null;
        if (body == null || body.from() != k || body.pronoun() || v.isPossessive(body.to()) || v.isModifier(body.to())
                || body.to() < v.size() && v.toks.get(body.to()).pos().equals("PROPN")) {
            return null;
        }
        Optional<Actors.Resolved> affiliation = actors.actor("affiliation", body);
        if (affiliation.isEmpty()) return null;
        String qid = affiliation.get().arg().qid();
        boolean country = body.type().equals("LOC") && qid != null && actors.stateOf(body).equals(Optional.of(qid));
        if (!body.type().equals("ORG") && !country) return null;
        String verb = v.toks.get(j + 2).text();
        Draft d = new Draft("Role", v.sentence.index(), verb, lexicon.number("strength.apposition"));
        d.add(actors.actor("person", person));
        if (!d.has("person")) return null;
        d.add(affiliation.get());
        d.literal("position", position, "string");
        return d;
    }

    /** The post named from {@code j} on, after an apposition's comma or an appointing verb, held by {@code person}. */
    private Draft post(SentenceView v, Cand person, int j, Actors actors) {
        Lexicon.Phrases bygone = lexicon.cues("bygone");
        if (bygone.matchAt(v.lower, j) > 0) return null;        // "X, then the foreign minister,": a past post
        while (j < v.size() && Set.of("the", "a", "an").contains(v.lower.get(j))) j++;
        int start = j;
        Cand owner = null;
        List<Integer> kept = new ArrayList<>();
        boolean head = false;
        for (; j < v.size() && j < start + 9; j++) {
            String low = v.lower.get(j);
            if (low.equals(",") || low.equals(".") || low.equals(";") || low.equals("who") || low.equals("said")
                    || TIME_BOUNDS.contains(low) || timeAt(v, j)) {
                break;   // "foreign minister since 2004", "appointed ambassador on Monday": no part of the post
            }
            if (bygone.matchAt(v.lower, j) > 0) return null;     // "X, foreign minister at the time,"
            Cand c = v.candAt(j);
            if (c != null && portfolioName(v, c)) c = null;   // "Minister of Finance", "Finance" taken for a name
            if (c != null) {
                if (c.type().equals("PER") || c.pronoun()) return null;
                int before = c.from() - 1;
                if (before > start && v.lower.get(before).equals("the")) before--;
                // "ambassador to France": where the post is sent, not whose it is; "the Minister for Central Asia",
                // "envoy for Syria": what the post covers
                boolean covered = before > start && v.lower.get(before).equals("for") && c.type().equals("LOC")
                        && lexicon.isCoveringHead(v.lower.get(before - 1));
                if (owner == null && !covered && (before < 0 || !v.lower.get(before).equals("to"))) owner = c;
                j = c.to() - 1;
                if (c != owner) for (int x = c.from(); x < c.to(); x++) kept.add(x);
                continue;
            }
            if (j == start && !vocabulary(low)) return null;
            if (v.isVerbal(j) && !vocabulary(low)) break;   // "acting" may be tagged a verb: "acting minister"
            head |= lexicon.isPositionHead(low);
            if (!(owner != null && v.isPossessive(j) && j == owner.to())) kept.add(j);
        }
        if (!head || kept.isEmpty()) return null;
        // "dismissed X, the interior minister,", "X, the defence minister, resigned": the post has ended
        if (removedBefore(v, person.from()) || j < v.size() && v.lower.get(j).equals(",") && leavesAfter(v, j + 1)) {
            return null;
        }
        if (owner == null) owner = bodyAfterComma(v, j);
        while (!kept.isEmpty() && TRAILING.contains(v.lower.get(kept.get(kept.size() - 1)))) {
            kept.remove(kept.size() - 1);
        }
        StringBuilder position = new StringBuilder();
        int previous = -1;
        for (int x : kept) {
            // "the president's spokesman"; "commander-in-chief", whose hyphens the tokenizer split off, stays joined
            boolean joined = v.isPossessive(x)
                    || previous == x - 1 && v.attached(x);
            if (position.length() > 0 && !joined) position.append(' ');
            position.append(v.toks.get(x).text());
            previous = x;
        }
        String p = position.toString();
        Draft d = new Draft("Role", v.sentence.index(), p, lexicon.number("strength.apposition"));
        d.add(actors.actor("person", person));
        if (!d.has("person")) return null;
        if (owner != null) d.add(actors.actor("affiliation", owner));
        d.literal("position", p.strip(), "string");
        return p.toLowerCase(Locale.ROOT).isBlank() ? null : d;
    }

    /**
     * Whether a name the name finder found is one portfolio word of positions.txt ("Finance", "Defence") right after
     * "of" or "for": the department of a post ("Minister of Finance"), not a place or body that holds it.
     */
    private boolean portfolioName(SentenceView v, Cand c) {
        if (c.pronoun() || c.to() - c.from() != 1 || c.from() < 1) return false;
        String before = v.lower.get(c.from() - 1);
        return (before.equals("of") || before.equals("for")) && lexicon.isPortfolio(v.lower.get(c.from()));
    }

    /**
     * An organisation named after the title's own comma that closes the apposition ("Anna Roy, commander, Northern
     * Command." or "..., Northern Command, said"): not a person or place, and nothing but punctuation after it, as
     * a name running on into the sentence may start a list or a clause of its own; or a last comma and a place or
     * phrase that ends the sentence ({@link #closingTail}).
     */
    private static Cand bodyAfterComma(SentenceView v, int comma) {
        if (comma + 1 >= v.size() || !v.lower.get(comma).equals(",")) return null;
        Cand body = v.candAt(comma + 1);
        if (body == null || body.pronoun() || !body.type().equals("ORG") || body.from() != comma + 1) return null;
        if (body.to() == v.size()) return body;
        String next = v.lower.get(body.to());
        if (next.equals(",")) {
            // "..., Northern Command, said": a comma closes the apposition only before a reporting verb or the end;
            // "Anna Roy, a senior adviser, Google, Microsoft and Apple" is a list
            int after = body.to() + 1;
            return after >= v.size() || v.isVerbal(after) && REPORTING.contains(v.lower.get(after))
                    || closingTail(v, after) ? body : null;
        }
        return CLOSING.contains(next) ? body : null;
    }

    /**
     * Whether what follows a named unit's closing comma from {@code j} on ends the sentence without naming more: a
     * place where the unit is ("..., Combined Air Operations Center, Qatar.") or a phrase opened by "in", "on" or "at"
     * ("..., 3rd Brigade, in a statement."), with no "and" or comma after it that would make it a list.
     */
    private static boolean closingTail(SentenceView v, int j) {
        Cand place = v.candAt(j);
        int rest;
        if (place != null && place.from() == j && place.type().equals("LOC")) {
            rest = place.to();
        } else if (Set.of("in", "on", "at").contains(v.lower.get(j))) {
            rest = j + 1;
            while (rest < v.size() && !v.lower.get(rest).equals("and") && !CLOSING.contains(v.lower.get(rest))) rest++;
        } else {
            return false;
        }
        for (int k = rest; k < v.size(); k++) if (!TAIL_END.contains(v.lower.get(k))) return false;
        return true;
    }
}
