package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.coref.Entity;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * One sentence as the rules see it: tokens (a possessive "'s" split off its word), their lower-case forms and UD
 * tags, and the name mentions in it with their token ranges and entities. Pronouns ("he", "her") are candidates too,
 * resolved to the nearest person named before them in their sentence, or when it names none there, to the one person
 * the last sentence that named any names: after "X met Y." a pronoun may stand for either, and is left unread.
 */
final class SentenceView {
    /** A token of the view; {@code start}/{@code end} are article offsets. */
    record Tok(int start, int end, String text, String lower, String pos) { }

    /**
     * Something the sentence names: a mention (with its entity, when coreference found one), a pronoun standing
     * for a person, or a lower-case description with what it stands for ({@code target}, null otherwise); tokens
     * {@code from} (inclusive) to {@code to} (exclusive).
     */
    record Cand(int from, int to, Mention mention, Entity entity, boolean pronoun, String follower,
                Descriptions.Target target) {
        /** PER, ORG, LOC or NORP: the mention's type, or for a description the type of what it stands for. */
        String type() {
            return target != null ? target.type() : mention.type();
        }
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "his", "her");
    private static final Set<String> ADVERB_OR_AUXILIARY = Set.of("ADV", "AUX");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "to", "for", "from", "with", "by", "on", "at",
            "against", "between", "among", "into", "during", "over", "about", "near", "across", "inside", "than");

    final Sentence sentence;
    final List<Tok> toks = new ArrayList<>();
    final List<String> lower = new ArrayList<>();
    final List<Cand> cands = new ArrayList<>();

    /** Words a name's follower passes over to the noun they modify ("foreign" in "Chinese foreign ministry"). */
    private final java.util.function.Predicate<String> portfolio;

    /**
     * A view of {@code sentence}; {@code previousPersons} are the persons named in the last sentence before it that
     * names any (see {@link #persons()}), the referents a pronoun may have before this sentence names a person;
     * {@code portfolio} tells the words of a government portfolio (positions.txt), which a name's follower passes
     * over (see {@link #follower}).
     */
    SentenceView(Sentence sentence, List<Mention> mentions, java.util.function.Function<Mention, Entity> entityOf,
                 List<Cand> previousPersons, java.util.function.Predicate<String> portfolio) {
        this.sentence = sentence;
        this.portfolio = portfolio;
        for (Token t : sentence.tokens()) {
            String text = t.text();
            boolean possessive = text.length() > 2 && (text.endsWith("'s") || text.endsWith("’s"))
                    && t.end() - t.start() == text.length();
            if (possessive) {
                int cut = t.end() - 2;
                add(new Tok(t.start(), cut, text.substring(0, text.length() - 2), null, t.pos()));
                add(new Tok(cut, t.end(), text.substring(text.length() - 2), null, "PART"));
            } else {
                add(new Tok(t.start(), t.end(), text, null, t.pos()));
            }
        }
        for (Mention m : mentions) {
            if (!m.isName()) continue;
            int from = -1;
            int to = -1;
            for (int i = 0; i < toks.size(); i++) {
                Tok k = toks.get(i);
                if (k.end() > m.start() && k.start() < m.end()) {
                    if (from < 0) from = i;
                    to = i + 1;
                }
            }
            if (from >= 0) cands.add(new Cand(from, to, m, entityOf.apply(m), false, follower(to), null));
        }
        Cand nearest = null;
        Cand earlier = onlyPerson(previousPersons);
        List<Cand> pronouns = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Cand here = candAt(i);
            if (here != null && here.type().equals("PER")) nearest = here;
            Cand referent = nearest != null ? nearest : earlier;
            if (here == null && PRONOUNS.contains(lower.get(i)) && referent != null) {
                pronouns.add(new Cand(i, i + 1, referent.mention(), referent.entity(), true, null, null));
            }
        }
        cands.addAll(pronouns);
        cands.sort((a, b) -> Integer.compare(a.from(), b.from()));
    }

    /**
     * The lower-case noun or adjective right after token {@code to} ("opposition" in "Syrian opposition"), past the
     * words of a portfolio ("ministry" in "Chinese foreign ministry", "trade" then "unions" in "Chinese trade
     * unions"), or null.
     */
    private String follower(int to) {
        int k = to;
        while (k + 1 < toks.size() && k < to + 2 && portfolio.test(lower.get(k))
                && Character.isLowerCase(toks.get(k + 1).text().charAt(0))) {
            k++;
        }
        if (k >= toks.size()) return null;
        Tok t = toks.get(k);
        boolean content = t.pos().equals("NOUN") || t.pos().equals("ADJ") || t.pos().startsWith("NN")
                || t.pos().startsWith("JJ");
        return content && Character.isLowerCase(t.text().charAt(0)) ? lower.get(k) : null;
    }

    private void add(Tok t) {
        String low = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        toks.add(new Tok(t.start(), t.end(), t.text(), low, t.pos()));
        lower.add(low);
    }

    /** Adds a description, which takes the place of the names inside it ("Syrian" in "Syrian opposition forces"). */
    void addDescription(Cand description) {
        cands.removeIf(c -> c.from() < description.to() && description.from() < c.to());
        cands.add(description);
        cands.sort((a, b) -> Integer.compare(a.from(), b.from()));
    }

    int size() {
        return toks.size();
    }

    /** The candidate covering token {@code i}, or null. */
    Cand candAt(int i) {
        for (Cand c : cands) if (c.from() <= i && i < c.to()) return c;
        return null;
    }

    /**
     * The one person that {@code persons} name (the last mention of it), or null when they name none or several: a
     * pronoun after "X met Y" may be either, and is left unread.
     */
    private static Cand onlyPerson(List<Cand> persons) {
        if (persons.isEmpty()) return null;
        Cand last = persons.get(persons.size() - 1);
        for (Cand c : persons) if (!samePerson(c, last)) return null;
        return last;
    }

    private static boolean samePerson(Cand a, Cand b) {
        return a.entity() != null && b.entity() != null ? a.entity().equals(b.entity())
                : a.mention().text().equals(b.mention().text());
    }

    /** The persons this sentence names (not pronouns), in text order. */
    List<Cand> persons() {
        List<Cand> out = new ArrayList<>();
        for (Cand c : cands) if (!c.pronoun() && c.type().equals("PER")) out.add(c);
        return out;
    }

    /**
     * Whether token {@code i} starts right where the token before it ends, with no space between: the pieces of a
     * word the tokenizer split ("Secretary", "-", "General"; "commander", "-", "in").
     */
    boolean attached(int i) {
        return i > 0 && i < size() && toks.get(i - 1).end() == toks.get(i).start();
    }

    /** Whether a line break separates token {@code i} from the token before it (a headline run into its text). */
    boolean lineBreakBefore(int i) {
        if (i <= 0 || i >= size()) return false;
        int from = toks.get(i - 1).end() - sentence.start();
        int to = toks.get(i).start() - sentence.start();
        return from < to && sentence.text().substring(from, to).indexOf('\n') >= 0;
    }

    /** Whether token {@code i} is a possessive "'s" or "'" ("Russia's troops"); a contraction ("X's been") is none. */
    boolean isPossessive(int i) {
        return i >= 0 && i < size() && (lower.get(i).equals("'s") || lower.get(i).equals("'")) && !isContraction(i);
    }

    /**
     * Whether token {@code i} is an "'s" that stands for "has" or "is": right before "been" or "being" ("Iran's been
     * sanctioned", "Ukraine's being supplied"), where no possessive can stand.
     */
    boolean isContraction(int i) {
        return i >= 0 && i + 1 < size() && lower.get(i).equals("'s")
                && (lower.get(i + 1).equals("been") || lower.get(i + 1).equals("being"));
    }

    boolean isPreposition(int i) {
        return i >= 0 && i < size() && PREPOSITIONS.contains(lower.get(i));
    }

    boolean isVerbal(int i) {
        if (i < 0 || i >= size()) return false;
        String pos = toks.get(i).pos();
        return pos.startsWith("VERB") || pos.startsWith("AUX") || pos.equals("MD") || pos.startsWith("VB");
    }

    /** Lower-case content words that may modify a head noun inside a noun phrase. */
    boolean isModifier(int i) {
        if (i < 0 || i >= size()) return false;
        String pos = toks.get(i).pos();
        String t = toks.get(i).text();
        return (pos.equals("ADJ") || pos.equals("NOUN") || pos.startsWith("JJ") || pos.startsWith("NN"))
                && !t.isEmpty() && (Character.isLowerCase(t.charAt(0)) || i == 0 && candAt(0) == null);
    }

    /**
     * Where the compound modifier that the name {@code c} opens ends, or -1: a name joined by a hyphen, with no space,
     * to a lower-case word ("Iranian-backed", "Russian-made", "US-led") modifies the noun after it and names no
     * argument itself ("struck Iranian-backed militias" strikes the militias, not Iran).
     */
    int fusedModifierEnd(Cand c) {
        if (c.pronoun() || c.mention() == null || c.target() != null) return -1;
        String text = sentence.text();
        int at = c.mention().end() - sentence.start();
        if (at < 0 || at + 1 >= text.length() || text.charAt(at) != '-' || !Character.isLowerCase(text.charAt(at + 1))) {
            return -1;
        }
        int end = at + 1;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) end++;
        int k = c.to();
        while (k < size() && toks.get(k).start() < sentence.start() + end) k++;
        return k;
    }

    /**
     * Where the adverbs and auxiliaries right before token {@code t} start ("has already sent": at "has"), {@code t}
     * when there are none; a word of a name is neither.
     */
    int verbGroupStart(int t) {
        int j = t;
        while (j > 0 && candAt(j - 1) == null && ADVERB_OR_AUXILIARY.contains(toks.get(j - 1).pos())) j--;
        return j;
    }

    /**
     * Where the text after a wire dateline at the sentence's start begins ("KYIV, May 3 (Reuters) - ...", "TOKYO (AP)
     * - ...", "WASHINGTON — ..."), or 0 when there is none: place words in capitals only, then optionally a comma and
     * a date, an agency in brackets, and a dash set off by a space. "US-China talks" has no space before its dash.
     */
    int datelineEnd() {
        int j = 0;
        while (j < size() && capitalsOnly(toks.get(j).text())) j++;
        if (j == 0) return 0;
        if (j + 1 < size() && lower.get(j).equals(",")) {
            j++;
            if (!TimeResolver.isMonthName(lower.get(j))) return 0;
            j++;
            if (j < size() && lower.get(j).matches("\\d{1,2}")) j++;
        }
        if (j < size() && lower.get(j).equals("(")) {
            int close = j + 1;
            while (close < size() && close <= j + 4 && !lower.get(close).equals(")")) close++;
            if (close >= size() || !lower.get(close).equals(")")) return 0;
            j = close + 1;
        }
        boolean dash = j < size() && Set.of("-", "--", "—", "–").contains(lower.get(j))
                && toks.get(j).start() > toks.get(j - 1).end();
        return dash ? j + 1 : 0;
    }

    private static boolean capitalsOnly(String text) {
        return text.length() >= 2 && text.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.' || ch == '-')
                && text.chars().anyMatch(Character::isLetter);
    }

    /** Index of the token that starts at or covers article offset {@code offset}, or -1. */
    int tokenAt(int offset) {
        for (int i = 0; i < size(); i++) if (toks.get(i).end() > offset) return i;
        return -1;
    }

    String text(int from, int to) {
        if (from >= to) return "";
        int offset = sentence.start();
        return sentence.text().substring(toks.get(from).start() - offset, toks.get(to - 1).end() - offset);
    }
}
