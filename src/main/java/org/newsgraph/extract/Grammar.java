package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.SentenceView.Cand;

/**
 * Shallow syntax over a {@link SentenceView}: subjects, passive agents, coordinated names, prepositional objects,
 * clause ends and the cues that cancel an event. Immutable and thread-safe.
 */
final class Grammar {
    /**
     * The forms of "be" that make a passive, a progressive or a hedge ("is sent", "are being planned", "has been
     * sacked", "they 're expected"), for every rule. A contracted "'s" is none: before a participle it is mostly a
     * possessive ("Russia's sanctioned banks", "X's dismissed aide"), and "X's been sent" has its "been" (see
     * {@link SentenceView#isContraction}).
     */
    static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been", "being", "'re", "'m");
    /** Tokens a subject search does not cross. */
    private static final Set<String> HARD_STOPS = Set.of(";", ":", "as", "while", "when", "because", "where", "which",
            "who", "whereas", "although", "said", "says", "told", "—", "–", "(", ")", "\"", "“", "”");
    /** Pronouns that open a relative clause set off by commas after a name ("X, who heads Y, said"). */
    private static final Set<String> RELATIVES = Set.of("which", "who", "whose");
    /** Pronouns that can only be subjects: a subject search that meets one has found an unnamed subject. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "they");
    /** Time nouns, which may stand between a subject and its verb ("Russia yesterday attacked") or after an object. */
    static final Set<String> TIME_WORDS = Set.of("yesterday", "today", "tonight", "tomorrow", "now");
    /** Tokens that end the object region of a trigger. */
    private static final Set<String> OBJECT_STOPS = Set.of(";", ":", ",", "where", "which", "who", "while", "whereas",
            "although", "because", "when", "as", "said", "—", "–", "(", "“", "\"");
    /**
     * Articles and possessive determiners: words that open a noun phrase and never stand right before a verb, so a
     * trigger word after one is a noun ("our support", "a warm welcome").
     */
    static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "your", "my");
    /** Quotation marks as tokens, straight and curly, double and single. */
    static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’");
    /** Marks that end a sentence, or a question inside one. */
    private static final Set<String> SENTENCE_MARKS = Set.of(".", "!", "?");
    /**
     * Words that may open a noun phrase: the articles and the demonstratives and quantifiers, which may also stand
     * alone or open a relative clause before a verb ("the states that support X", "they all condemned").
     */
    private static final Set<String> DETERMINERS = union(ARTICLES, Set.of("this", "that", "these", "those", "some",
            "all"));

    private final Lexicon lexicon;

    Grammar(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Whether the verb at {@code t} is passive: a form of "be" shortly before it and no -ing form. */
    boolean passive(SentenceView v, int t) {
        if (v.lower.get(t).endsWith("ing")) return false;
        for (int j = t - 1; j >= Math.max(0, t - 3); j--) {
            if (BE.contains(v.lower.get(j))) return true;
            String pos = v.toks.get(j).pos();
            if (!pos.equals("ADV") && !pos.startsWith("RB")) return false;
        }
        return false;
    }

    /** The first token of the noun phrase that ends just before {@code i}: determiners, modifiers, names, numbers. */
    int phraseStart(SentenceView v, int i) {
        int j = i;
        while (j > 0) {
            int k = j - 1;
            String pos = v.toks.get(k).pos();
            boolean np = v.candAt(k) != null || v.isPossessive(k) || DETERMINERS.contains(v.lower.get(k))
                    || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM");
            if (!np) break;
            j = k;
        }
        return j;
    }

    /**
     * Where a person's name starts together with the title written before it: the capitalised title words ("Prime
     * Minister") and the nationality or country name before them ("Italian", "Italy's"); the name's own start for
     * any other candidate or a name without such a title.
     */
    int titledStart(SentenceView v, Cand c) {
        if (!c.type().equals("PER") || c.pronoun()) return c.from();
        int k = c.from();
        while (k > 0 && v.candAt(k - 1) == null && lexicon.isTitleWord(v.toks.get(k - 1).text())) k--;
        if (k == c.from()) return k;
        int owner = k > 0 && v.isPossessive(k - 1) ? k - 2 : k - 1;
        Cand before = owner >= 0 ? v.candAt(owner) : null;
        if (before != null && (before.type().equals("NORP") || before.type().equals("LOC"))) k = before.from();
        return k;
    }

    /**
     * The subject of the trigger at {@code t}: the nearest name to its left outside a prepositional phrase; for a verb
     * coordinated with one before it ("A met B and said"), that verb's subject.
     */
    Cand subject(SentenceView v, int t) {
        int earlier = coordinatedVerb(v, t);
        if (earlier >= 0) return subject(v, earlier);
        if (unnamedNounSubject(v, t)) return null;   // "..., officials said": not a name further left
        if (unrecognisedNameSubject(v, t)) return null;
        int dateline = v.datelineEnd();   // "KYIV, May 3 (Reuters) - ...": the place and agency are no subject
        for (int j = t - 1; j >= dateline; j--) {
            if (relativeAfterName(v, j)) return antecedent(v, v.candAt(j - 2));   // "X, which flies ...": X
            int opener = relativeClosedAt(v, j);
            if (opener >= 0) return antecedent(v, v.candAt(opener - 2));   // "X, who heads Y, arrived": X
            opener = appositionClosedAt(v, j);
            if (opener >= 0) return antecedent(v, v.candAt(opener - 1));   // "X, the NATO chief, arrived": X
            if (HARD_STOPS.contains(v.lower.get(j)) || v.lineBreakBefore(j + 1)) return null;
            if (SUBJECT_PRONOUNS.contains(v.lower.get(j)) && v.candAt(j) == null) return null;   // "we urge"
            Cand c = v.candAt(j);
            if (c == null) continue;
            j = c.from();
            if (v.isPossessive(c.to())) continue;               // a possessor modifies a noun, it is no subject
            boolean oblique = v.isPreposition(phraseStart(v, c.from()) - 1);
            boolean beforeVerb = v.isVerbal(c.to()) || c.to() < v.size() && (v.toks.get(c.to()).pos().equals("ADV")
                    && v.isVerbal(c.to() + 1));
            if (!oblique) return c;
            if (beforeVerb) return obliqueActor(v, c);        // "fans of X flew": not X
        }
        return null;
    }

    /**
     * The verb that the verb at {@code t} (or for a noun, the verb it follows without a name between: "pledged
     * support") is coordinated with, when "and" (or ", and") stands right before its verb group: "A met B and said",
     * "A met B and pledged support" (the nearest verb to the left, outside names, that is no "-ing" form, which may
     * modify a noun); -1 otherwise. The two share their subject, which is not B. A clause with a subject of its own
     * ("A met B, and B said") has a name or noun before its verb instead.
     */
    private static int coordinatedVerb(SentenceView v, int t) {
        int verb = t;
        while (verb >= 0 && !v.isVerbal(verb)) {
            if (v.candAt(verb) != null || HARD_STOPS.contains(v.lower.get(verb))) return -1;
            verb--;
        }
        if (verb < 0) return -1;
        int j = v.verbGroupStart(verb) - 1;
        if (j < 1 || !v.lower.get(j).equals("and")) return -1;
        int k = j - 1;
        if (v.lower.get(k).equals(",")) k--;
        for (; k >= 0; k--) {
            if (HARD_STOPS.contains(v.lower.get(k))) return -1;
            if (v.candAt(k) != null || !v.isVerbal(k) || v.lower.get(k).endsWith("ing")) continue;
            return k;
        }
        return -1;
    }

    /**
     * Whether a capitalised word that the name finder did not take for a name stands right before the verb at
     * {@code t} (adverbs and auxiliaries between), inside the sentence: the subject is a name unknown to the rules, not
     * one further left ("the AUKUS treaty, a deal Beijing condemned" with "Beijing" missed is no statement by AUKUS).
     */
    private static boolean unrecognisedNameSubject(SentenceView v, int t) {
        if (!v.isVerbal(t)) return false;
        int j = v.verbGroupStart(t) - 1;
        if (j < 1 || v.candAt(j) != null || v.lower.get(j).equals("i")) return false;
        // the tagger may take such a word for anything ("a deal Beijing condemned": a verb), so only its form counts
        String word = v.toks.get(j).text();
        return Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter);
    }

    /**
     * Whether a common noun stands right before the verb trigger at {@code t} (adverbs and auxiliaries between) as a
     * subject that names no one: its phrase has no name ("..., officials said"), or the names in it only modify it
     * ("the X factory welcomed", see {@link #agentNoun}). Time words ("Russia yesterday attacked") are no subject.
     */
    private boolean unnamedNounSubject(SentenceView v, int t) {
        // a noun trigger's phrase ("a phone call") is no subject, and a passive's subject is what the verb acts on:
        // "X companies are prohibited from ..." concerns X
        if (!v.isVerbal(t) || passive(v, t)) return false;
        // "to" is not skipped: an infinitive has no subject of its own ("X's commitment to support Y": X supports)
        int j = v.verbGroupStart(t) - 1;
        if (j < 0 || v.candAt(j) != null || !v.toks.get(j).pos().equals("NOUN") || TIME_WORDS.contains(v.lower.get(j))
                || !Character.isLowerCase(v.toks.get(j).text().charAt(0))) {
            return false;
        }
        for (int k = phraseStart(v, j + 1); k <= j; k++) if (v.candAt(k) != null) return !agentNoun(v, j);
        return true;
    }

    /**
     * Whether the noun at {@code j} names people who act for the name before it ("Russian troops", "X officials",
     * "the X spokesman"), so that the name may stand for the subject: a group noun or a position head. A name before
     * any other noun only modifies it ("the X factory").
     */
    private boolean agentNoun(SentenceView v, int j) {
        return groupNoun(v, j) || lexicon.isPositionHead(v.lower.get(j));
    }

    /**
     * Whether the noun at {@code j} names a group that acts for a state or body: a state noun, officials, a force
     * other than the police (cues.txt group "police": "German police said" is no statement by Germany).
     */
    private boolean groupNoun(SentenceView v, int j) {
        return lexicon.cues("state").matchAt(v.lower, j) > 0 || lexicon.cues("officials").matchAt(v.lower, j) > 0
                || lexicon.forces().matchAt(v.lower, j) > 0 && lexicon.cues("police").matchAt(v.lower, j) == 0;
    }

    /** Whether token {@code j} is "which" or "who" opening a relative clause right after a name and a comma. */
    private static boolean relativeAfterName(SentenceView v, int j) {
        if (j < 2 || !(v.lower.get(j).equals("which") || v.lower.get(j).equals("who"))) return false;
        Cand c = v.candAt(j - 2);
        return v.lower.get(j - 1).equals(",") && c != null && !c.pronoun() && c.to() == j - 1;
    }

    /**
     * Where the relative clause that the comma at {@code comma} closes opens ("X, who heads Y, arrived": at "who"), or
     * -1: a "which", "who" or "whose" right after a name and a comma, with no other comma or clause boundary between
     * it and this one. The verb after the clause has the name as its subject, not a name inside the clause.
     */
    private static int relativeClosedAt(SentenceView v, int comma) {
        if (!v.lower.get(comma).equals(",")) return -1;
        for (int k = comma - 1; k >= 2; k--) {
            String w = v.lower.get(k);
            if (w.equals(",") || HARD_STOPS.contains(w) && !RELATIVES.contains(w)) return -1;
            if (!RELATIVES.contains(w)) continue;
            Cand c = v.candAt(k - 2);
            return v.lower.get(k - 1).equals(",") && c != null && !c.pronoun() && c.to() == k - 1 ? k : -1;
        }
        return -1;
    }

    /**
     * Where the apposition that the comma at {@code comma} closes opens (its opening comma), when a name ends right
     * before that: a noun phrase of determiners, modifiers, names and possessives whose head is a lower-case word
     * ("X, the NATO secretary general, visited", "X, a senior EU diplomat, said"), which may end in a phrase of
     * names after "to", "of", "for" or "in" ("X, a former US ambassador to Russia, said"); -1 otherwise, so also for
     * a list of names ("X, Y and Z") or a clause ("X, after meeting Y, left").
     */
    private static int appositionClosedAt(SentenceView v, int comma) {
        if (!v.lower.get(comma).equals(",") || comma < 3) return -1;
        int head = headBeforeNamedTail(v, comma - 1);
        if (head < 1 || v.candAt(head) != null || !Character.isLowerCase(v.toks.get(head).text().charAt(0))) return -1;
        for (int k = head; k >= 1; k--) {
            if (v.lower.get(k).equals(",")) {
                Cand c = v.candAt(k - 1);
                return c != null && !c.pronoun() && c.to() == k ? k : -1;
            }
            String pos = v.toks.get(k).pos();
            boolean np = v.candAt(k) != null || v.isPossessive(k) || DETERMINERS.contains(v.lower.get(k))
                    || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM");
            if (!np) return -1;
        }
        return -1;
    }

    /**
     * The word before a tail of names after a preposition that ends at {@code end} ("ambassador" in "ambassador to
     * Russia", "envoy to the United States and Canada"); {@code end} itself when no name ends there.
     */
    private static int headBeforeNamedTail(SentenceView v, int end) {
        if (v.candAt(end) == null) return end;
        int k = end;
        while (k >= 0) {
            Cand c = v.candAt(k);
            if (c != null && !c.pronoun()) k = c.from() - 1;
            else if (Set.of("the", "and").contains(v.lower.get(k))) k--;
            else break;
        }
        return k >= 1 && Set.of("to", "of", "for", "in").contains(v.lower.get(k)) ? k - 1 : -1;
    }

    /**
     * The antecedent of a relative clause after the name {@code c}: {@code c} itself, unless it is the object of a
     * preposition ("the ambassador of X, who ..."), where the clause belongs to the head the phrase modifies: the name
     * that ends right before the preposition ("Y of X, who ..."), or none when that head is unnamed.
     */
    private Cand antecedent(SentenceView v, Cand c) {
        return v.isPreposition(phraseStart(v, c.from()) - 1) ? obliqueActor(v, c) : c;
    }

    /**
     * Who acts when the name {@code c} is the object of a preposition in the subject's phrase ("H of X", "H from X"):
     * the name H ends with ("Y of X": Y); X when H is a group that acts for it ("troops from X", "officials in X",
     * see {@link #groupNoun}); else nobody named ("the ambassador of X", "fans of X"). A person is the head of a
     * title phrase that holds a preposition and acts himself.
     */
    private Cand obliqueActor(SentenceView v, Cand c) {
        if (c.type().equals("PER")) return c;   // a title's "of": "Secretary of State X said", "In Y Minister X met"
        int prep = phraseStart(v, c.from()) - 1;
        Cand head = v.candAt(prep - 1);
        if (head != null) return head.pronoun() ? null : head;
        // a phrase that opens the clause modifies no noun: "On Sunday the regime bombed X"
        if (prep < 1 || !v.toks.get(prep - 1).pos().equals("NOUN")) return c;
        return groupNoun(v, prep - 1) ? c : null;
    }

    /**
     * {@code c} and the names coordinated with it ("X, Y and Z"), in text order. A list joined by commas alone is an
     * apposition ("Berlin, Germany"), not a coordination, and gives {@code c} alone. A name before {@code c} that is
     * a preposition's object while {@code c} is none ends another clause ("X sent tanks to Y and Z sent drones"), and
     * so does a name after an object {@code c} that a trigger verb follows, unless "between" joins the two.
     */
    List<Cand> coordinated(SentenceView v, Cand c) {
        List<Cand> out = new ArrayList<>();
        out.add(c);
        boolean and = false;
        Cand cur = c;
        int before = phraseStart(v, c.from()) - 1;
        boolean oblique = v.isPreposition(before);
        boolean object = oblique || v.isVerbal(before);
        // "talks between X and Y resumed": a pair after "between" is one, whatever verb follows it
        boolean pair = before >= 0 && v.lower.get(before).equals("between");
        while (true) {
            int k = titledStart(v, cur);   // "Canada and Italian President X signed": X's title is part of it
            if (k >= 1 && v.lower.get(k - 1).equals("the")) k--;   // "X and the Philippines"
            if (k < 2 || !Set.of("and", ",").contains(v.lower.get(k - 1))) break;
            Cand prev = v.candAt(k - 2);
            if (prev == null || prev == cur) break;
            if (!oblique && v.isPreposition(phraseStart(v, prev.from()) - 1)) break;
            and |= v.lower.get(k - 1).equals("and");
            out.add(0, prev);
            cur = prev;
        }
        cur = c;
        while (true) {
            int k = cur.to();
            while (k < v.size() && k < cur.to() + 3 && v.isModifier(k) && v.candAt(k) == null) k++;
            if (k + 1 >= v.size() || !(v.lower.get(k).equals("and") || v.lower.get(k).equals(","))) break;
            boolean isAnd = v.lower.get(k).equals("and");
            k++;
            if (k < v.size() && v.lower.get(k).equals("the")) k++;
            Cand next = v.candAt(k);
            // "X sent tanks to Y and Z sent drones": a trigger verb after Z opens Z's own clause
            if (next == null || object && !pair && v.isVerbal(next.to()) && next.to() < v.size()
                    && !lexicon.triggers(v.lower.get(next.to())).isEmpty()) {
                break;
            }
            and |= isAnd;
            out.add(next);
            cur = next;
        }
        return and ? out : List.of(c);
    }

    /**
     * The place that a "where" clause holding the trigger at {@code t} is told of: the place name that ends right
     * before "where" (a comma between): "Protests spread in X, where Y deployed troops" gives X. Null when the
     * trigger's clause (see {@link #clauseStart}) is not opened by such a "where" ("in X, where talks ended and Y
     * deployed troops") or no place stands before it ("a case where").
     */
    Cand wherePlace(SentenceView v, int t) {
        int start = clauseStart(v, t);
        if (start < 2 || !v.lower.get(start - 1).equals("where")) return null;
        int end = v.lower.get(start - 2).equals(",") ? start - 2 : start - 1;
        Cand c = end >= 1 ? v.candAt(end - 1) : null;
        return c != null && !c.pronoun() && c.to() == end && c.type().equals("LOC") ? c : null;
    }

    /**
     * {@code c} and the names coordinated with it before it in the phrase of a group that acts for them, when that
     * phrase ends at a verb: "officials from X and the Y said", "troops of X, Y and Z arrived" give X, Y (and Z),
     * and so does "Ministers from X and Y said", whose capital the tagger may read as a name's;
     * {@code c} alone otherwise, so also for a name that follows another clause's object ("X sent tanks to Y and Z
     * sent drones": Z alone). {@link #coordinated} reads names that are subjects themselves.
     */
    List<Cand> coordinatedInGroup(SentenceView v, Cand c) {
        int after = c.to() < v.size() && v.toks.get(c.to()).pos().equals("ADV") ? c.to() + 1 : c.to();
        if (!v.isVerbal(after)) return List.of(c);
        List<Cand> out = new ArrayList<>(List.of(c));
        boolean and = false;
        int k = c.from();
        while (true) {
            if (k >= 1 && v.lower.get(k - 1).equals("the")) k--;
            if (k < 2 || !Set.of("and", ",").contains(v.lower.get(k - 1))) break;
            Cand prev = v.candAt(k - 2);
            if (prev == null || prev.pronoun()) break;
            and |= v.lower.get(k - 1).equals("and");
            out.add(0, prev);
            k = prev.from();
        }
        int prep = k - 1;
        boolean group = prep >= 1 && Set.of("from", "of").contains(v.lower.get(prep)) && v.candAt(prep - 1) == null
                && Set.of("NOUN", "PROPN").contains(v.toks.get(prep - 1).pos()) && groupNoun(v, prep - 1);
        return and && group ? out : List.of(c);
    }

    /**
     * The end (exclusive) of the object region of the trigger at {@code t}: a clause word, punctuation or an
     * infinitive ends it.
     */
    int objectEnd(SentenceView v, int t) {
        int limit = (int) Math.min(v.size(), t + 1 + lexicon.number("window.object"));
        for (int j = t + 1; j < limit; j++) {
            if (OBJECT_STOPS.contains(v.lower.get(j)) && !(v.lower.get(j).equals("as") && nearAs(v, j))) return j;
            // an infinitive opens a clause of its own: "gave X the go-ahead to send tanks" gives no tanks
            if (v.lower.get(j).equals("to") && j + 1 < limit && v.toks.get(j + 1).pos().equals("VERB")
                    && v.candAt(j + 1) == null && Character.isLowerCase(v.toks.get(j + 1).text().charAt(0))) {
                return j;
            }
        }
        return limit;
    }

    /** "as much as", "as many as": an amount, not a clause. */
    private static boolean nearAs(SentenceView v, int j) {
        return j + 2 < v.size() && (v.lower.get(j + 1).equals("much") || v.lower.get(j + 1).equals("many"))
                && v.lower.get(j + 2).equals("as")
                || j >= 2 && v.lower.get(j - 2).equals("as");
    }

    /** The names after the first of {@code preps} in [from, to): the noun phrase following the preposition. */
    List<Cand> afterPreposition(SentenceView v, int from, int to, Set<String> preps) {
        return afterPreposition(v, from, to, to, preps);
    }

    /**
     * As {@link #afterPreposition(SentenceView, int, int, Set)}, the preposition in [from, to) and its noun phrase
     * ending by {@code phraseEnd} at the latest ("an attack on the city of X": the name after a short reach).
     */
    List<Cand> afterPreposition(SentenceView v, int from, int to, int phraseEnd, Set<String> preps) {
        for (int j = from; j < to; j++) {
            if (!preps.contains(v.lower.get(j))) continue;
            List<Cand> out = phraseCands(v, j + 1, Math.max(to, phraseEnd));
            if (!out.isEmpty()) return out;
        }
        return List.of();
    }

    /**
     * The names in the noun phrase starting at {@code from}, in text order; a place noun's "of" goes on to the place's
     * name ("the Russian town of Belgorod": Russian, Belgorod; cues.txt group "settlement"). A name in a hyphenated
     * modifier is passed over ("Iranian-backed Houthi rebels": Houthi; see {@link SentenceView#fusedModifierEnd}).
     */
    List<Cand> phraseCands(SentenceView v, int from, int to) {
        List<Cand> out = new ArrayList<>();
        int k = from;
        while (k < to) {
            Cand c = v.candAt(k);
            int fused = c == null ? -1 : v.fusedModifierEnd(c);
            if (fused > 0) {
                k = fused;          // "Iranian-backed militias": a modifier of the noun, no name of the phrase
                continue;
            }
            if (c != null) {
                if (!out.contains(c)) out.add(c);
                k = c.to();
                continue;
            }
            String pos = v.toks.get(k).pos();
            // a post's word is a noun whatever the tagger says ("met US envoy X": "envoy" is no verb)
            boolean np = v.isPossessive(k) || DETERMINERS.contains(v.lower.get(k)) || pos.equals("ADJ")
                    || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")
                    || lexicon.isPositionHead(v.lower.get(k))
                    || v.lower.get(k).equals("of") && k > from && v.candAt(k - 1) == null
                            && lexicon.cues("settlement").matchAt(v.lower, k - 1) == 1;
            if (!np) break;
            k++;
        }
        return out;
    }

    /**
     * The agent of a passive: the names after "by" (coordinated), or none. Officials named by their post and states
     * ("by the defence ministers of X and Y", see {@link #agentNoun}) stand for the states.
     */
    List<Cand> agent(SentenceView v, int t) {
        int end = Math.min(v.size(), t + 1 + (int) lexicon.number("window.object"));
        for (int j = t + 1; j < end; j++) {
            if (OBJECT_STOPS.contains(v.lower.get(j)) && !v.lower.get(j).equals(",")) break;
            if (v.lower.get(j).equals("by")) {
                List<Cand> after = phraseCands(v, j + 1, v.size());
                if (!after.isEmpty()) return coordinated(v, after.get(0));
                int of = j + 1;
                while (of < v.size() && v.candAt(of) == null && !v.lower.get(of).equals("of")
                        && (DETERMINERS.contains(v.lower.get(of)) || v.isModifier(of)
                                || v.toks.get(of).pos().equals("NOUN"))) {
                    of++;
                }
                if (of > j + 1 && of + 1 < v.size() && v.lower.get(of).equals("of") && agentNoun(v, of - 1)) {
                    List<Cand> states = phraseCands(v, of + 1, v.size());
                    if (!states.isEmpty()) return coordinated(v, states.get(0));
                }
            }
        }
        return List.of();
    }

    /**
     * Whether a negation, modality or plan cue follows the noun trigger at {@code t} in its clause: "the ceremony was
     * postponed", "the ceremony will not take place".
     */
    boolean cancelledAfter(SentenceView v, int t) {
        return cueIn(v, t + 1, clauseEnd(v, t));
    }

    /**
     * The end (exclusive) of the clause of the token at {@code t}: the next clause boundary of cues.txt, where an
     * "and" between two names ("talks between X and Y were cancelled") is none.
     */
    int clauseEnd(SentenceView v, int t) {
        Lexicon.Phrases boundary = lexicon.cues("boundary");
        for (int j = t + 1; j < v.size(); j++) {
            if (boundary.matchAt(v.lower, j) > 0 && !andBetweenNames(v, j)) return j;
        }
        return v.size();
    }

    /**
     * The start of the clause of the token at {@code t}, looking back at most the cue window (rules.properties
     * "window.cue"): just after the previous clause boundary of cues.txt.
     */
    int clauseStart(SentenceView v, int t) {
        Lexicon.Phrases boundary = lexicon.cues("boundary");
        int start = Math.max(0, t - (int) lexicon.number("window.cue"));
        for (int j = t - 1; j >= start; j--) {
            if (boundary.matchAt(v.lower, j) > 0 && !andBetweenNames(v, j)) return j + 1;
        }
        return start;
    }

    private static boolean andBetweenNames(SentenceView v, int j) {
        return v.lower.get(j).equals("and") && j > 0 && v.candAt(j - 1) != null;
    }

    /**
     * Whether a cue in cues.txt cancels the trigger at {@code t} (a {@code noun} trigger or a verb): negation,
     * modality, a plan, a doubtful claim, an ending verb that governs the trigger, or for a noun (or a verb trigger
     * used as one: "X's supply of Y"), a passive ending or denial or an "unrealised" phrase after it.
     */
    boolean cancelled(SentenceView v, int t, boolean noun) {
        return cancelled(v, t, noun, false);
    }

    /**
     * As {@link #cancelled(SentenceView, int, boolean)}; for a {@code reporting} trigger (a verb of saying) a condition
     * after it belongs to what was said ("said she would resign if the deal failed"), not to the saying.
     */
    boolean cancelled(SentenceView v, int t, boolean noun, boolean reporting) {
        if (attributedBefore(v, t)) return true;
        if (!reporting && unvouched(v, t)) return true;
        int start = clauseStart(v, t);
        int would = noun ? -1 : reportedWould(v, t);       // "X would visit Y, her spokesman said": no modal
        boolean cue = would < 0 ? cueIn(v, start, t) : cueIn(v, start, would) || cueIn(v, would + 1, t);
        return cue || endingBefore(v, start, t) || (noun || !v.isVerbal(t)) && endingAfter(v, t)
                || !reporting && conditionAfter(v, t)
                || (noun || gerundOpens(v, start, t)) && hedgedSubject(v, start, t)
                || !noun && noObject(v, t);
    }

    /**
     * Whether a cue cancels the noun trigger at {@code t} whose phrase opens at {@code from}, when what comes before
     * that phrase does not: a request to stop attacks presupposes them ("urged Y to stop its strikes"), whatever the
     * request's own mood. A doubtful claim anywhere before, a cue inside the phrase ("stop any strikes") and a passive
     * ending after it still cancel.
     */
    boolean cancelledWithin(SentenceView v, int t, int from) {
        return attributedBefore(v, t) || unvouched(v, t) || cueIn(v, from, t) || endingAfter(v, t);
    }

    /**
     * Whether a phrase of cues.txt group "attribution" ("accused X of", "denied") stands anywhere before the trigger at
     * {@code t}, outside a relative clause set off by commas that closes before it: in "X, which has denied Y,
     * attacked Z" the denial is the clause's own, in "X, which denied attacking Z, ..." it governs the attack.
     */
    private boolean attributedBefore(SentenceView v, int t) {
        Lexicon.Phrases attribution = lexicon.cues("attribution");
        for (int j = 0; j < t; j++) {
            int close = asideEnd(v, j, t);
            if (close > j) j = close;
            else if (attribution.matchAt(v.lower, j) > 0) return true;
        }
        return false;
    }

    /**
     * Where a relative clause set off by commas that opens at the comma {@code j} (", which", ", who", ", whose")
     * closes: its closing comma, before {@code t}; -1 when none opens there or it does not close before {@code t}.
     */
    private static int asideEnd(SentenceView v, int j, int t) {
        if (j + 1 >= t || !v.lower.get(j).equals(",") || !RELATIVES.contains(v.lower.get(j + 1))) return -1;
        for (int k = j + 2; k < t; k++) {
            String w = v.lower.get(k);
            if (w.equals(",")) return k;
            if (w.equals(";") || w.equals(":")) return -1;
        }
        return -1;
    }

    /**
     * Whether the sentence says that nobody vouches for the event of the trigger at {@code t}: before it, after the
     * last word of cues.txt group "contrast", a phrase of group "unfounded" ("it is unclear whether"), missing
     * evidence ("there is no evidence that", see {@link #lackingEvidence}), a rejected report ("X rejected reports
     * that", groups "rejecting" and "reports") or a negated verb of confirming ("has not confirmed that", "declined to
     * confirm", "neither X nor Y has confirmed"); or a report before it that a phrase of group "refuted" after it,
     * before the next contrast, calls untrue ("reports that X sent drones proved false"); or, after it, a negated verb
     * of confirming what was told ("..., but X would not confirm it") or a report that is denied ("according to
     * reports that X has denied"). A verb of saying is left alone: "there is no evidence that ..., X said" is still
     * X's statement.
     */
    private boolean unvouched(SentenceView v, int t) {
        Lexicon.Phrases confirming = lexicon.cues("confirming");
        int from = t;
        while (from > 0 && !contrastAt(v, from - 1)) from--;
        boolean report = false;
        for (int j = from; j < t; j++) {
            if (lexicon.cues("unfounded").matchAt(v.lower, j) > 0 || lackingEvidence(v, j) || rejectedReport(v, j)) {
                return true;
            }
            if (confirming.matchAt(v.lower, j) > 0 && v.isVerbal(j) && negatedAt(v, j)) return true;
            report |= lexicon.cues("reports").matchAt(v.lower, j) > 0;
        }
        int to = t + 1;
        while (to < v.size() && !contrastAt(v, to)) to++;
        if (report && anyIn(v, "refuted", t + 1, to)) return true;
        for (int j = t + 1; j < v.size(); j++) {
            if (confirming.matchAt(v.lower, j) > 0 && v.isVerbal(j) && negatedAt(v, j) && echoAfter(v, j + 1)) {
                return true;
            }
            if (deniedReport(v, j)) return true;
        }
        return false;
    }

    /**
     * Whether, from {@code k} on (adverbs aside), a phrase of cues.txt group "echo" ends its clause: the object of a
     * verb of confirming that points back at what was told before ("..., but X would not confirm it", "... confirm
     * the report."), not at a clause of its own ("confirm reports that ...").
     */
    private boolean echoAfter(SentenceView v, int k) {
        while (k < v.size() && v.toks.get(k).pos().equals("ADV")) k++;
        int n = k < v.size() ? lexicon.cues("echo").matchAt(v.lower, k) : 0;
        return n > 0 && clauseEndsAt(v, k + n);
    }

    /**
     * Whether a report (cues.txt group "reports") at {@code j} is the object of a denial in a relative clause after it
     * that ends there ("according to reports that Tehran has denied", "claims which Moscow rejects"): a denying verb
     * (groups "attribution" and "rejecting") after "that" or "which" and at most a name, auxiliaries and adverbs.
     */
    private boolean deniedReport(SentenceView v, int j) {
        int n = lexicon.cues("reports").matchAt(v.lower, j);
        if (n == 0 || j + n >= v.size() || !Set.of("that", "which").contains(v.lower.get(j + n))) return false;
        int k = j + n + 1;
        for (int steps = 0; k < v.size() && steps < 6; steps++) {
            Cand c = v.candAt(k);
            if (c != null) {
                k = c.to();
            } else if (v.lower.get(k).equals("the") || Set.of("ADV", "AUX").contains(v.toks.get(k).pos())) {
                k++;
            } else {
                break;
            }
        }
        if (k >= v.size()) return false;
        int m = Math.max(lexicon.cues("attribution").matchAt(v.lower, k),
                lexicon.cues("rejecting").matchAt(v.lower, k));
        return m > 0 && clauseEndsAt(v, k + m);
    }

    /** Whether token {@code k} ends a clause: the sentence's end or a comma, semicolon or full stop. */
    private static boolean clauseEndsAt(SentenceView v, int k) {
        return k >= v.size() || Set.of(".", ",", ";", "!", "?").contains(v.lower.get(k));
    }

    /**
     * Whether a clause of its own opens at {@code j} with a phrase of cues.txt group "contrast" ("but", ", and"), so
     * that doubt before it does not reach a trigger after it; "..., and that X sent ..." is one more doubted clause.
     */
    private boolean contrastAt(SentenceView v, int j) {
        int n = lexicon.cues("contrast").matchAt(v.lower, j);
        return n > 0 && !(j + n < v.size() && Set.of("that", "whether", "if").contains(v.lower.get(j + n)));
    }

    /**
     * Whether a missing evidence opens at {@code j}: a word of cues.txt group "lacking", adjectives or "any", a noun of
     * group "evidence" and "that", "whether" or "to" ("no evidence that", "without clear signs that", "no proof to").
     */
    private boolean lackingEvidence(SentenceView v, int j) {
        int n = lexicon.cues("lacking").matchAt(v.lower, j);
        if (n == 0 || v.candAt(j) != null) return false;
        int k = j + n;
        while (k < v.size() && (v.lower.get(k).equals("any") || v.toks.get(k).pos().equals("ADJ"))) k++;
        int m = k < v.size() ? lexicon.cues("evidence").matchAt(v.lower, k) : 0;
        return m > 0 && k + m < v.size() && Set.of("that", "whether", "to").contains(v.lower.get(k + m));
    }

    /** Whether a verb of cues.txt group "rejecting" at {@code j} has a report as its object ("rejected reports"). */
    private boolean rejectedReport(SentenceView v, int j) {
        int n = lexicon.cues("rejecting").matchAt(v.lower, j);
        if (n == 0) return false;
        int k = j + n;
        while (k < v.size() && (DETERMINERS.contains(v.lower.get(k)) || v.toks.get(k).pos().equals("ADJ"))) k++;
        return k < v.size() && lexicon.cues("reports").matchAt(v.lower, k) > 0;
    }

    /** Whether a negation cue (cues.txt group "negation") stands in the clause of the verb at {@code j} before it. */
    private boolean negatedAt(SentenceView v, int j) {
        return anyOutsideNames(v, "negation", clauseStart(v, j), j);
    }

    /**
     * Whether the object of the verb at {@code t} opens, past names and modifiers, with "no" ("sent no troops", "gave
     * X no weapons"); "no more than 500" is an amount, and a "no" in a later phrase ("with no warning") is another's.
     */
    private static boolean noObject(SentenceView v, int t) {
        for (int j = t + 1; j < v.size() && j <= t + 6; j++) {
            if (v.lower.get(j).equals("no")) {
                return !(j + 1 < v.size() && Set.of("more", "fewer", "less", "longer").contains(v.lower.get(j + 1)));
            }
            Cand c = v.candAt(j);
            if (c != null) {
                j = c.to() - 1;
                continue;
            }
            if (!DETERMINERS.contains(v.lower.get(j)) && !v.isModifier(j)) return false;
        }
        return false;
    }

    /**
     * Whether the event of the trigger at {@code t} is told as still to come (cues.txt group "future"): a cue in the
     * trigger's clause before it ("X will send tanks", "X is due to visit Y"), or, for a noun trigger that is its
     * clause's subject, in the verb group after it ("the visit will take place next week"); or a commitment to it
     * (see {@link #committed}); for a verb, a "would" that a verb of saying reports (see {@link #reportedWould}); for
     * a Supply noun, a state's approval of it (see {@link #approvingBefore}).
     */
    boolean announced(SentenceView v, int t, boolean noun) {
        int start = clauseStart(v, t);
        if (anyIn(v, "future", start, t) || committed(v, start, t)) return true;
        if (!noun && reportedWould(v, t) >= 0) return true;
        if (noun && approvingBefore(v, t) >= 0) return true;
        int[] group = noun ? subjectVerbGroup(v, start, t) : null;
        return group != null && anyIn(v, "future", group[0], group[1]);
    }

    /**
     * How many words after the comma closing its clause may come before the verb reporting a "would": "her
     * spokesman".
     */
    private static final int REPORTER_GAP = 6;

    /**
     * Where "would" stands as the reported "will" of the verb trigger at {@code t}, or -1: right before it, adverbs
     * and a passive "be" between ("would soon visit", "would be sent"), in a clause that a verb of cues.txt group
     * "reporting" reports: one before it in the sentence ("the ministry said X would visit Y") or one at most {@link
     * #REPORTER_GAP} words after the comma that ends its clause ("X would visit Y next week, her spokesman said").
     */
    int reportedWould(SentenceView v, int t) {
        int j = t - 1;
        if (j >= 0 && (v.lower.get(j).equals("be") || v.lower.get(j).equals("being"))) j--;
        while (j >= 0 && v.toks.get(j).pos().equals("ADV")) j--;
        if (j < 0 || !v.lower.get(j).equals("would")) return -1;
        Lexicon.Phrases reporting = lexicon.cues("reporting");
        if (reportedFrom(v, clauseStart(v, t), reporting)) return j;
        int end = clauseEnd(v, t);
        if (end >= v.size() || !v.lower.get(end).equals(",")) return -1;
        for (int k = end + 1; k < v.size() && k <= end + REPORTER_GAP; k++) {
            if (v.lower.get(k).equals(",")) return -1;
            if (v.candAt(k) == null && reporting.matchAt(v.lower, k) > 0) return j;
        }
        return -1;
    }

    /**
     * The verb of cues.txt group "approving" whose object the Supply noun trigger at {@code t} heads: "approved the
     * sale of jets", "approved a $2 billion arms sale", "authorised the F-16 transfer" (only determiners, lower-case
     * modifiers, numbers, amounts and words that are no name between); -1 when there is none, or when the trigger is
     * no Supply noun ("approved the treaty" is about a treaty that exists).
     */
    int approvingBefore(SentenceView v, int t) {
        boolean supplyNoun = lexicon.triggers(v.lower.get(t)).stream()
                .anyMatch(x -> x.type().equals("Supply") && x.kind().equals("noun"));
        if (!supplyNoun) return -1;
        Lexicon.Phrases approving = lexicon.cues("approving");
        for (int j = t - 1; j >= 0 && j >= t - 8; j--) {
            if (v.candAt(j) != null) return -1;
            if (approving.matchAt(v.lower, j) == 1 && v.isVerbal(j)) return j;
            String pos = v.toks.get(j).pos();
            boolean inPhrase = DETERMINERS.contains(v.lower.get(j)) || v.isModifier(j) || pos.equals("NUM")
                    || pos.equals("PROPN") || Spans.QUANTITY_WORDS.contains(v.lower.get(j))
                    || Set.of("$", "€", "£", "-", "million", "billion", "trillion").contains(v.lower.get(j));
            if (!inPhrase) return -1;
        }
        return -1;
    }

    /**
     * Whether the clause starting at {@code start} is what a verb of saying right before it reports: the verb
     * itself opens it ("the ministry said X would ..."), or "that" does, with only a short phrase of nouns, names,
     * prepositions and adverbs between the verb and "that" ("said on Monday that", "told reporters that"); "said it
     * was unlikely that" reports a doubt.
     */
    private boolean reportedFrom(SentenceView v, int start, Lexicon.Phrases reporting) {
        int k = start - 1;
        if (k >= 0 && v.lower.get(k).equals("that")) {
            k--;
            for (int n = 0; k >= 0 && n < REPORTER_GAP && v.candAt(k) == null && reporting.matchAt(v.lower, k) == 0
                    && Set.of("ADP", "DET", "NOUN", "PROPN", "ADV", "NUM").contains(v.toks.get(k).pos()); n++) {
                k--;
            }
        }
        return k >= 0 && v.candAt(k) == null && reporting.matchAt(v.lower, k) > 0;
    }

    /** How many words may stand between a verb of commitment and its "to": "agreed on Monday to send". */
    private static final int COMMITMENT_GAP = 3;

    /**
     * Whether a verb of cues.txt group "commitment" in [start, t), outside names, has "to" and a verb after it at most
     * {@link #COMMITMENT_GAP} words later, up to the trigger at {@code t}: "X agreed to send troops", "X and Y agreed on
     * Monday to hold talks", "X has decided to deliver tanks". "Agreed to a peace deal" names what was agreed, and
     * "agreed that ..." is another clause.
     */
    private boolean committed(SentenceView v, int start, int t) {
        Lexicon.Phrases commitment = lexicon.cues("commitment");
        for (int j = start; j < t; j++) {
            int n = v.candAt(j) == null ? commitment.matchAt(v.lower, j) : 0;
            if (n == 0) continue;
            for (int k = j + n; k < t && k <= j + n + COMMITMENT_GAP; k++) {
                if (v.lower.get(k).equals("to") && v.isVerbal(k + 1)) return true;
            }
        }
        return false;
    }

    /**
     * The verb group [from, to) of the clause whose subject is the noun trigger at {@code t}: verbs, adverbs,
     * particles, adjectives and "to" from the first verb after it ("may take place", "is unlikely to be signed");
     * null when a verb stands before the trigger in its clause (from {@code start}), which makes it an object, or
     * when no verb follows.
     */
    private int[] subjectVerbGroup(SentenceView v, int start, int t) {
        for (int j = start; j < t; j++) if (v.isVerbal(j)) return null;
        int end = clauseEnd(v, t);
        for (int j = t + 1; j < end; j++) {
            if (!v.isVerbal(j)) continue;
            int k = j;
            while (k < end && (v.isVerbal(k) || Set.of("ADV", "PART", "ADJ").contains(v.toks.get(k).pos())
                    || v.lower.get(k).equals("to"))) {
                k++;
            }
            return new int[] {j, k};
        }
        return null;
    }

    /**
     * Whether the verb trigger at {@code t} is an "-ing" form that opens its clause, so that the clause is about the
     * act, as a noun's would be: "sending troops to X could not be ruled out", "(said) deploying troops to X could
     * worsen the crisis".
     */
    private static boolean gerundOpens(SentenceView v, int start, int t) {
        return t == start && v.lower.get(t).endsWith("ing") && v.candAt(t) == null;
    }

    /**
     * Whether the noun trigger at {@code t} is its clause's subject (no verb before it in the clause) and a negation,
     * modality or hypothetical cue stands in the clause's verb group (verbs, adverbs, adjectives and "to" from the
     * first verb on): "a meeting between X and Y may take place", "talks ... could resume", "a deal ... is unlikely
     * to be signed". "Talks between X and Y resumed" and "talks ... ended without a deal" stand, and so does an
     * object noun: "X held talks with Y that could lead to a deal".
     */
    private boolean hedgedSubject(SentenceView v, int start, int t) {
        int[] group = subjectVerbGroup(v, start, t);
        return group != null && cueIn(v, group[0], group[1]);
    }

    /**
     * Whether the trigger at {@code t} is used in another sense than the political or military one: a product of group
     * "product" before it in its clause when the trigger word may be a verb ("the X phone supports Y", but "a phone
     * call with X" is a meeting), a figure of group "figure" after it in its clause ("backed X into a corner"), or a
     * noun of group "headed" right after a noun trigger, which then only modifies it ("attack ads"). A sports sense
     * depends on who takes part as well (see {@link #sporting}).
     */
    boolean otherSense(SentenceView v, int t) {
        int start = clauseStart(v, t);
        int end = clauseEnd(v, t);
        boolean verbForm = lexicon.triggers(v.lower.get(t)).stream().anyMatch(x -> x.kind().equals("verb"));
        return verbForm && anyIn(v, "product", start, t)
                || anyIn(v, "figure", t + 1, end)
                || !v.isVerbal(t) && t + 1 < v.size() && lexicon.cues("headed").matchAt(v.lower, t + 1) > 0;
    }

    /**
     * Whether a word of cues.txt group "sport" stands in the clause of the trigger at {@code t} ("met X in the
     * semi-final", "attacked X from the first whistle", "met Y at the World Cup final"): the event may be a game's,
     * which its participants decide.
     */
    boolean sporting(SentenceView v, int t) {
        return anyIn(v, "sport", clauseStart(v, t), clauseEnd(v, t));
    }

    /**
     * Whether the trigger at {@code t} stands in a question: the first full stop, exclamation or question mark after it
     * is a question mark ("Did X send troops to Y?", "\"Why did X sign?\" Z asked": nothing happened for the
     * question to tell). A {@code reporting} trigger (a verb of saying) asks only when the question opens with a word
     * of cues.txt group "interrogative" before it ("Did X say that ...?"); "X said ..., and asked: who will pay?" still
     * says something.
     */
    boolean asked(SentenceView v, int t, boolean reporting) {
        int end = t + 1;
        while (end < v.size() && !SENTENCE_MARKS.contains(v.lower.get(end))) end++;
        if (end >= v.size() || !v.lower.get(end).equals("?")) return false;
        if (!reporting) return true;
        int open = t;
        while (open > 0 && !SENTENCE_MARKS.contains(v.lower.get(open - 1)) && !v.lower.get(open - 1).equals(":")) {
            open--;
        }
        while (open < t && QUOTES.contains(v.lower.get(open))) open++;
        return lexicon.cues("interrogative").matchAt(v.lower, open) > 0;
    }

    /**
     * Whether the trigger at {@code t} tells of the past event an anniversary counts from: a phrase of cues.txt group
     * "recalled" ("years after", "the anniversary of") ends before it with only its subject or modifiers between
     * ("eighty years after the Allied invasion of X", "two decades since X and Y signed a treaty"). Such an event is
     * remembered, not reported, and the sentence seldom dates it.
     */
    boolean recalled(SentenceView v, int t) {
        Lexicon.Phrases recalled = lexicon.cues("recalled");
        for (int j = Math.max(0, t - (int) lexicon.number("window.cue")); j < t; j++) {
            int n = recalled.matchAt(v.lower, j);
            if (n == 0 || j + n > t) continue;
            boolean phrase = true;
            for (int k = j + n; k < t && phrase; k++) {
                String pos = v.toks.get(k).pos();
                phrase = v.candAt(k) != null || v.isPossessive(k) || DETERMINERS.contains(v.lower.get(k))
                        || v.lower.get(k).equals("and") || pos.equals("ADJ") || pos.equals("NOUN")
                        || pos.equals("PROPN") || pos.equals("NUM");
            }
            if (phrase) return true;
        }
        return false;
    }

    /** Whether a phrase of the cues.txt group {@code group} starts at a token in [from, to). */
    private boolean anyIn(SentenceView v, String group, int from, int to) {
        return lexicon.cues(group).anyIn(v.lower, from, to);
    }

    /**
     * Whether a phrase of the cues.txt group {@code group} starts at a token in [from, to) that is no word of a name:
     * "May" in "Theresa May said" is no modal.
     */
    private boolean anyOutsideNames(SentenceView v, String group, int from, int to) {
        Lexicon.Phrases cues = lexicon.cues(group);
        for (int j = from; j < to; j++) {
            if (v.candAt(j) == null && !monthOfDate(v, j) && cues.matchAt(v.lower, j) > 0) return true;
        }
        return false;
    }

    /**
     * Whether the token at {@code j} is a capitalised month name next to a day's number ("May 3", "3 May", as in a
     * dateline "KYIV, May 3 (Reuters) -"): a date, not the modal "may".
     */
    static boolean monthOfDate(SentenceView v, int j) {
        String text = v.toks.get(j).text();
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || !TimeResolver.isMonthName(v.lower.get(j))) {
            return false;
        }
        return j + 1 < v.size() && dayNumber(v.lower.get(j + 1)) || j > 0 && dayNumber(v.lower.get(j - 1));
    }

    private static boolean dayNumber(String w) {
        return w.matches("\\d{1,2}(st|nd|rd|th)?");
    }

    /**
     * Whether a condition (cues.txt group "condition") follows the trigger in its clause and object region: "gives X
     * arms if asked", but not "met X to see if ...".
     */
    private boolean conditionAfter(SentenceView v, int t) {
        return anyIn(v, "condition", t + 1, Math.min(clauseEnd(v, t), objectEnd(v, t)));
    }

    /**
     * Whether an ending verb (cues.txt group "ending") in [from, t) governs the trigger at {@code t}: the trigger is
     * the verb's object ("lifted the embargo", "eased some of its sanctions") or the verb's -ing complement ("stopped
     * sending").
     */
    private boolean endingBefore(SentenceView v, int from, int t) {
        Lexicon.Phrases ending = lexicon.cues("ending");
        for (int j = from; j < t; j++) {
            int n = ending.matchAt(v.lower, j);
            if (n > 0 && objectReaches(v, j + n, t)) return true;
        }
        return false;
    }

    /**
     * Whether the tokens in [from, t) are all inside one object noun phrase that ends with the trigger at {@code t};
     * a verb trigger heads no noun phrase and must follow at once.
     */
    private boolean objectReaches(SentenceView v, int from, int t) {
        if (v.isVerbal(t)) return from == t;
        for (int k = from; k < t; k++) {
            String pos = v.toks.get(k).pos();
            boolean np = v.candAt(k) != null || v.isPossessive(k) || DETERMINERS.contains(v.lower.get(k))
                    || v.lower.get(k).equals("of") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("NUM");
            if (!np) return false;
        }
        return true;
    }

    /**
     * Whether the noun trigger at {@code t} is, in its clause, the subject of a passive ending or denying verb ("the
     * sanctions on X were lifted", "the talks were postponed", "a meeting was ruled out") or of a phrase that says it
     * never happened (cues.txt group "unrealised": "the summit never took place") or ran out (group "expiring": "the
     * embargo expired"). An intransitive "the talks ended" says that they took place.
     */
    private boolean endingAfter(SentenceView v, int t) {
        Lexicon.Phrases ending = lexicon.cues("ending");
        Lexicon.Phrases denial = lexicon.cues("denial");
        Lexicon.Phrases unrealised = lexicon.cues("unrealised");
        Lexicon.Phrases expiring = lexicon.cues("expiring");
        int end = clauseEnd(v, t);
        for (int j = t + 1; j < end; j++) {
            if (unrealised.matchAt(v.lower, j) > 0 || expiring.matchAt(v.lower, j) > 0) return true;
            if (!BE.contains(v.lower.get(j))) continue;
            int k = j + 1;
            while (k < end && v.toks.get(k).pos().equals("ADV")) k++;
            if (k < end && (ending.matchAt(v.lower, k) > 0 || denial.matchAt(v.lower, k) > 0)) return true;
        }
        return false;
    }

    /** Whether a negation, modality or hypothetical cue (cues.txt) starts at a token in [from, to). */
    private boolean cueIn(SentenceView v, int from, int to) {
        for (String group : List.of("negation", "modality", "hypothetical")) {
            if (anyOutsideNames(v, group, from, to)) return true;
        }
        return false;
    }
}
