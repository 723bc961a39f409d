package org.newsgraph.extract;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.SentenceView.Cand;

/**
 * What a statement says, as a token span of its own sentence: the clause a verb of saying reports ("X said (that)
 * CLAUSE", "CLAUSE, X said", "As X announced, CLAUSE"), the quoted words after "X said:", or a stance verb with its
 * object ("X condemns the attacks in A", "X urged Y to stop"). The span leaves out the attribution, "that", quote
 * marks and final punctuation; it ends at the comma of an opening or relative clause the trigger stands in, before
 * another remark (", adding that …") and, for a stance, before an aside (", which killed …"). Where the sentence does
 * not show clearly where the content starts ("said on Monday the talks …", "said nothing"), there is none. The word
 * lists are cues.txt groups "stance", "addressing", "opening", "aside", "adding" and "timeword". Immutable and
 * thread-safe.
 */
final class Contents {
    /** A span of tokens, {@code from} inclusive, {@code to} exclusive. */
    record Span(int from, int to) { }

    private static final Set<String> OPENING_QUOTES = Set.of("\"", "“");
    private static final Set<String> END_MARKS = Set.of(".", ",", ";", ":", "!", "?", "…", "—", "–", "-");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose");
    /** How far a "that" may follow an adverbial after the verb: "said in a statement on Monday that". */
    private static final int THAT_REACH = 8;

    private final Lexicon lexicon;
    private final Grammar grammar;

    Contents(Lexicon lexicon, Grammar grammar) {
        this.lexicon = lexicon;
        this.grammar = grammar;
    }

    /**
     * The content of the statement whose trigger (lemma {@code lemma}) is at {@code t} and whose speaker is {@code
     * speaker}: a candidate of the sentence, or null when the speaker is not named in it (the "I" of a byline).
     */
    Optional<Span> of(SentenceView v, int t, String lemma, Cand speaker) {
        boolean speakerAfter = speaker != null && !speaker.pronoun() && speaker.from() > t;
        Span colon = afterColon(v, t, speakerAfter ? speaker.to() : t + 1);
        if (colon != null) return checked(v, colon);
        if (in("stance", lemma)) return speakerAfter ? Optional.empty() : checked(v, new Span(t, clauseEnd(v, t, t,
                true)));
        Span as = reportingAs(v, t, speaker);
        if (as != null) return checked(v, as);
        if (!speakerAfter) {
            int from = clauseStart(v, t, lemma);
            if (from >= 0) return checked(v, new Span(from, clauseEnd(v, t, from, false)));
        }
        return checked(v, before(v, t, speaker, speakerAfter));
    }

    /**
     * What a source after "according" (at {@code t}) states: for "According to X, CLAUSE" the clause after the last
     * comma before its first verb (past X's title), for "CLAUSE, according to X." the clause before the comma; it must
     * hold a verb.
     */
    Optional<Span> attributed(SentenceView v, int t, Cand source) {
        Span span = null;
        if (t == 0) {
            int comma = -1;
            for (int j = source.to(); j < v.size() && (!v.isVerbal(j) || v.isPossessive(j)); j++) {
                if (v.lower.get(j).equals(",")) comma = j;
            }
            if (comma >= 0) span = new Span(comma + 1, sentenceEnd(v));
        } else if (v.lower.get(t - 1).equals(",") && sentenceEnd(v) <= source.to()) {
            span = new Span(0, t - 1);
        }
        if (span == null || !hasVerb(v, span.from(), span.to())) return Optional.empty();
        return checked(v, span);
    }

    /** "X said: “…”" and "said X: …": what follows the colon, when only an adverbial stands before it. */
    private Span afterColon(SentenceView v, int t, int from) {
        for (int j = from; j < v.size() && j <= from + 6; j++) {
            if (v.lower.get(j).equals(":")) return new Span(j + 1, clauseEnd(v, t, j + 1, false));
            if (v.isVerbal(j) || v.lower.get(j).equals(",") || Grammar.QUOTES.contains(v.lower.get(j))) return null;
        }
        return null;
    }

    /**
     * "As X announced today, CLAUSE": the clause after the comma, when the sentence opens with "as" before the
     * speaker and only an adverbial stands between the trigger and the comma.
     */
    private Span reportingAs(SentenceView v, int t, Cand speaker) {
        if (speaker == null || speaker.pronoun() || speaker.from() > t || !v.lower.get(0).equals("as")) return null;
        for (int j = 1; j < speaker.from(); j++) {
            if (v.isVerbal(j) || v.lower.get(j).equals(",")) return null;   // only a title before the name
        }
        int comma = indexOf(v, ",", t + 1);
        if (comma < 0 || !adverbial(v, t + 1, comma)) return null;
        return new Span(comma + 1, clauseEnd(v, comma, comma + 1, false));
    }

    /**
     * Where the reported clause after the verb at {@code t} starts: right after it ("said the border …"), after a
     * "that" ("said that …", "said in a statement that …", "told reporters that …") or after the person told ("told
     * Y the border …"); -1 when it does not start clearly.
     */
    private int clauseStart(SentenceView v, int t, String lemma) {
        int k = t + 1;
        if (in("addressing", lemma) && k < v.size()) {
            // "told the Security Council that", "told Chancellor X that": a named addressee with its article or title
            int name = k;
            while (name < v.size() && v.candAt(name) == null && (v.lower.get(name).equals("the")
                    || lexicon.isTitleWord(v.toks.get(name).text()))) {
                name++;
            }
            if (name < v.size() && v.candAt(name) != null && v.candAt(name).from() == name) k = name;
            Cand told = v.candAt(k);
            if (told != null && told.from() == k) {
                k = told.to();
            } else {
                // "told reporters that", "told a news conference the ...": the unnamed addressee is no content
                while (k < v.size() && v.candAt(k) == null && (Grammar.ARTICLES.contains(v.lower.get(k))
                        || v.toks.get(k).pos().equals("ADJ"))) {
                    k++;
                }
                while (k < v.size() && v.candAt(k) == null && v.toks.get(k).pos().equals("NOUN")) k++;
                // "told the Commission that": a body the name finder missed, when "that" shows where it ends
                int p = k;
                while (p < v.size() && v.candAt(p) == null && v.toks.get(p).pos().equals("PROPN")) p++;
                if (p < v.size() && v.lower.get(p).equals("that")) k = p;
            }
        }
        if (k >= v.size()) return -1;
        if (v.lower.get(k).equals("that")) return k + 1;
        if (v.isPreposition(k) || in("timeword", v.lower.get(k)) || v.toks.get(k).pos().equals("ADV")) {
            for (int j = k + 1; j < v.size() && j <= k + THAT_REACH; j++) {
                if (v.lower.get(j).equals("that")) return adverbial(v, k, j) ? j + 1 : -1;
                if (v.isVerbal(j) || END_MARKS.contains(v.lower.get(j))) return -1;
            }
            return -1;
        }
        String w = v.lower.get(k);
        boolean ends = END_MARKS.contains(w)
                || Grammar.QUOTES.contains(w) && k + 1 < v.size() && END_MARKS.contains(v.lower.get(k + 1));
        // what was said is a clause: "told parliament on Tuesday" reports none
        return ends || !hasVerb(v, k, sentenceEnd(v)) ? -1 : k;
    }

    /**
     * "CLAUSE, X said (on Monday)", "“QUOTE,” said X, title": the sentence up to the comma before the attribution,
     * when nothing but an adverbial, a title or a continued quote follows it and the clause does not open with a
     * subordinate word.
     */
    private Span before(SentenceView v, int t, Cand speaker, boolean speakerAfter) {
        int start = speaker == null || speakerAfter || speaker.pronoun() && speaker.from() > t ? t
                : grammar.phraseStart(v, speaker.from());
        int j = start - 1;
        while (j >= 0 && Grammar.QUOTES.contains(v.lower.get(j))) j--;
        if (j <= 0 || !Set.of(",", "?", "!").contains(v.lower.get(j))) return null;
        int comma = j;
        boolean quoted = j < start - 1;
        int rest = speakerAfter ? speaker.to() : t + 1;
        if (rest < v.size() && !v.lower.get(rest).equals(",") && !adverbial(v, rest, sentenceEnd(v))) return null;
        if (rest < v.size() && v.lower.get(rest).equals(",")) {
            boolean continued = rest + 1 < v.size() && Grammar.QUOTES.contains(v.lower.get(rest + 1));
            if (!continued && hasVerb(v, rest + 1, sentenceEnd(v))) return null;
        }
        int from = quoted ? openingQuote(v, comma) + 1 : 0;
        while (from < comma && Grammar.QUOTES.contains(v.lower.get(from))) from++;
        if (from < comma && in("opening", v.lower.get(from))) return null;
        if (!hasVerb(v, from, comma)) return null;
        return new Span(from, comma);
    }

    /**
     * The opening quote mark of the quote that ends before {@code end} when the quote opens with a capital, as a
     * remark of its own does (a sentence run into the one before it, without its full stop); -1 when it opened in an
     * earlier sentence or continues the clause before it ("… and “those are good weapons,” said X").
     */
    private static int openingQuote(SentenceView v, int end) {
        for (int j = end - 1; j >= 0; j--) {
            if (!OPENING_QUOTES.contains(v.lower.get(j))) continue;
            String first = j + 1 < end ? v.toks.get(j + 1).text() : "";
            return !first.isEmpty() && Character.isUpperCase(first.charAt(0)) ? j : -1;
        }
        return -1;
    }

    /**
     * Whether the sentence is an "X said:" line, the colon closing it after the trigger at {@code t} and at most the
     * speaker and an adverbial: what was said is the sentence that follows.
     */
    boolean introducesNext(SentenceView v, int t, Cand speaker) {
        int end = v.size();
        while (end > 0 && v.lower.get(end - 1).isBlank()) end--;
        if (end == 0 || !v.lower.get(end - 1).equals(":")) return false;
        int from = speaker != null && !speaker.pronoun() && speaker.from() > t ? speaker.to() : t + 1;
        return adverbial(v, from, end - 1);
    }

    /** The whole of a sentence that an "X said:" line introduces, without its quote marks and final punctuation. */
    static Optional<Span> whole(SentenceView next) {
        return checked(next, new Span(0, next.size()));
    }

    /**
     * Where the content that starts at {@code from} ends: the sentence's end, or sooner at a semicolon, a line break,
     * the comma that closes the opening or relative clause the trigger at {@code t} stands in, a comma before
     * another remark, and for a stance a comma before an aside.
     */
    private int clauseEnd(SentenceView v, int t, int from, boolean stance) {
        int end = sentenceEnd(v);
        boolean enclosed = inOpeningClause(v, t) || inRelativeClause(v, t);
        for (int j = from; j < end; j++) {
            String w = v.lower.get(j);
            if (j > from && v.lineBreakBefore(j) || w.equals(";")) return j;
            if (j > from && joinsAnother(v, from, j, stance)) return v.lower.get(j - 1).equals(",") ? j - 1 : j;
            if (!w.equals(",")) continue;
            if (enclosed || lexicon.cues("adding").matchAt(v.lower, j + 1) > 0) return j;
            if (stance && lexicon.cues("aside").matchAt(v.lower, j + 1) > 0) return j;
        }
        return end;
    }

    /**
     * Whether "and" or "but" at {@code j}, in content that starts at {@code from}, joins something other than what
     * was said: after a stance's object, a verb outside an infinitive (the speaker's next deed: "denied A and
     * describes itself as neutral", but not "urged Y to stop A and restore B"; the object may list more after a
     * comma: "the attacks in A, and the city of B"); in a reported clause, anything after a comma but a clause that
     * "that" opens (the speaker's next deed or another source's clause: "…, but gave no date", "…, and reports named
     * …"), while a reported clause keeps its own verbs ("we have committed and are providing").
     */
    private static boolean joinsAnother(SentenceView v, int from, int j, boolean stance) {
        String w = v.lower.get(j);
        if (!(w.equals("and") || w.equals("but")) || j + 1 >= v.size()) return false;
        int k = j + 1;
        while (k < v.size() && v.toks.get(k).pos().equals("ADV")) k++;
        if (stance) return k < v.size() && v.isVerbal(k) && v.candAt(k) == null && !infinitiveBetween(v, from, j);
        return v.lower.get(j - 1).equals(",") && !(k < v.size() && v.lower.get(k).equals("that"));
    }

    /** Whether "to" and a verb stand in [from, to): an infinitive whose verbs "and" may join. */
    private static boolean infinitiveBetween(SentenceView v, int from, int to) {
        for (int j = from; j + 1 < to; j++) if (v.lower.get(j).equals("to") && v.isVerbal(j + 1)) return true;
        return false;
    }

    /** The sentence opens with a subordinate word and the trigger stands before its first comma. */
    private boolean inOpeningClause(SentenceView v, int t) {
        if (v.size() == 0 || !in("opening", v.lower.get(0))) return false;
        int comma = indexOf(v, ",", 1);
        return comma > t;
    }

    /** ", who denied …": the trigger's clause is a relative one after a comma, with no comma since. */
    private static boolean inRelativeClause(SentenceView v, int t) {
        for (int j = t - 1; j >= 1; j--) {
            String w = v.lower.get(j);
            if (w.equals(",")) return false;
            if (RELATIVES.contains(w) && v.lower.get(j - 1).equals(",")) return true;
        }
        return false;
    }

    /** The span without quote marks and punctuation at its ends, when at least two words are left. */
    private static Optional<Span> checked(SentenceView v, Span s) {
        if (s == null) return Optional.empty();
        int from = Math.max(s.from(), v.datelineEnd());   // "KYIV, May 3 (Reuters) - ..." is no part of what was said
        int to = Math.min(s.to(), v.size());
        while (from < to && (Grammar.QUOTES.contains(v.lower.get(from)) || END_MARKS.contains(v.lower.get(from))
                || v.lower.get(from).matches("#+"))) {
            from++;   // a Markdown heading's "#" is no part of what was said
        }
        while (to > from && (Grammar.QUOTES.contains(v.lower.get(to - 1)) || END_MARKS.contains(v.lower.get(to - 1)))) to--;
        return to - from >= 2 ? Optional.of(new Span(from, to)) : Optional.empty();
    }

    /**
     * Whether [from, to) is an adverbial only: empty, or a time word or adverb or a prepositional phrase, with no
     * verb in it ("on Monday", "today at the summit").
     */
    private boolean adverbial(SentenceView v, int from, int to) {
        if (from >= to) return true;
        String first = v.lower.get(from);
        boolean opens = v.isPreposition(from) || in("timeword", first) || v.toks.get(from).pos().equals("ADV");
        return opens && !hasVerb(v, from, to);
    }

    private static boolean hasVerb(SentenceView v, int from, int to) {
        for (int j = from; j < to; j++) if (v.isVerbal(j)) return true;
        return false;
    }

    /** The end of the sentence before its closing punctuation and quote marks. */
    private static int sentenceEnd(SentenceView v) {
        int end = v.size();
        while (end > 0 && (END_MARKS.contains(v.lower.get(end - 1)) || Grammar.QUOTES.contains(v.lower.get(end - 1)))) end--;
        return end;
    }

    private static int indexOf(SentenceView v, String word, int from) {
        for (int j = from; j < v.size(); j++) if (v.lower.get(j).equals(word)) return j;
        return -1;
    }

    private boolean in(String group, String word) {
        return lexicon.cues(group).matchAt(java.util.List.of(word), 0) > 0;
    }
}
