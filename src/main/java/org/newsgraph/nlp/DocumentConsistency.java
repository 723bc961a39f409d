package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Article-level clean-up of name mentions, after the sentence-level merge:
 * <ol>
 * <li>one string, one type: where the same name text got several types, all take the type with the largest summed
 *     confidence;</li>
 * <li>a surname repeats its person: a capitalised token equal to the last word of a multi-word PER mention is PER
 *     wherever it stands alone;</li>
 * <li>a name found once is found everywhere: an uncovered occurrence of a mention's exact text, on token boundaries,
 *     becomes a mention of the same type;</li>
 * <li>listed countries and demonyms are never missed: an uncovered token that is exactly a country or a demonym in
 *     the gazetteer (and not also a listed given or family name) is LOC or NORP; so is a one-word listed city or
 *     region when the tagger takes it for a proper noun or a preposition of place comes before it ("flew to Baku"),
 *     and no capitalised word follows it.</li>
 * </ol>
 * Added mentions carry a lower confidence than the name finder's. Stateless apart from the lists; thread-safe.
 */
final class DocumentConsistency {
    private static final double PROPAGATED = 0.7;
    private static final double LISTED = 0.8;
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("to", "in", "into", "from", "at", "near", "outside",
            "towards", "toward", "via");
    private final Set<String> countries;
    private final Set<String> demonyms;
    private final Set<String> places;

    DocumentConsistency(Gazetteer gazetteer) {
        Set<String> personal = new HashSet<>(gazetteer.names("first"));
        personal.addAll(gazetteer.names("sur"));
        countries = new HashSet<>();
        for (String c : Gazetteer.readLines("/ner/gazetteer/loc-countries.txt")) {
            if (!c.contains(" ") && !personal.contains(c)) countries.add(c);
        }
        places = new HashSet<>();
        for (String c : Gazetteer.readLines("/ner/gazetteer/loc-places.txt")) {
            if (!c.contains(" ") && !personal.contains(c)) places.add(c);
        }
        demonyms = new HashSet<>();
        for (String d : gazetteer.names("norp")) if (!d.contains(" ") && !personal.contains(d)) demonyms.add(d);
    }

    List<Mention> apply(String text, List<Sentence> sentences, List<Mention> names) {
        List<Mention> out = unifyTypes(names);
        Map<String, String> known = new HashMap<>();   // exact text -> type
        Set<String> surnames = new HashSet<>();
        for (Mention m : out) {
            known.putIfAbsent(m.text(), m.type());
            if (m.type().equals("PER") && m.text().contains(" ")) {
                String last = m.text().substring(m.text().lastIndexOf(' ') + 1);
                if (last.length() > 2 && Character.isUpperCase(last.charAt(0))) surnames.add(last);
            }
        }
        // a surname alone, already tagged as something else, is the person
        List<Mention> relabelled = new ArrayList<>();
        for (Mention m : out) {
            relabelled.add(surnames.contains(m.text()) && !m.type().equals("PER")
                    ? new Mention(m.start(), m.end(), "PER", m.text(), m.sentence(), m.confidence()) : m);
        }
        out = relabelled;
        boolean[] taken = new boolean[text.length()]; // characters under a name, so that a look-up is not a scan
        for (Mention m : out) mark(taken, m);
        for (Sentence s : sentences) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (covered(taken, t.start(), t.end())) continue;
                String word = t.text();
                if (!Character.isUpperCase(word.charAt(0))) continue;
                boolean beforeHyphen = i + 1 < toks.size() && toks.get(i + 1).text().equals("-");
                if (surnames.contains(word)) {
                    add(out, taken, new Mention(t.start(), t.end(), "PER", word, s.index(), PROPAGATED));
                } else if (countries.contains(word)) {
                    add(out, taken, new Mention(t.start(), t.end(), "LOC", word, s.index(), LISTED));
                } else if (places.contains(word) && (t.pos().startsWith("PROPN") || afterPlacePreposition(toks, i))
                        && !nextCapitalised(toks, i)) {
                    add(out, taken, new Mention(t.start(), t.end(), "LOC", word, s.index(), LISTED));
                } else if (demonyms.contains(word) && !beforeHyphen) {
                    add(out, taken, new Mention(t.start(), t.end(), "NORP", word, s.index(), LISTED));
                } else {
                    // longest known name starting here
                    for (int j = Math.min(toks.size(), i + 8); j > i; j--) {
                        int end = toks.get(j - 1).end();
                        String candidate = text.substring(t.start(), end);
                        String type = known.get(candidate);
                        if (type != null && candidate.length() > 2 && !covered(taken, t.start(), end)) {
                            add(out, taken, new Mention(t.start(), end, type, candidate, s.index(), PROPAGATED));
                            break;
                        }
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * Whether a preposition of place comes right before token {@code i} ("flew to Baku", "talks in Doha"): there a
     * capitalised listed place is the place even when the tagger calls it a common noun, since no sentence starts
     * there.
     */
    private static boolean afterPlacePreposition(List<Token> toks, int i) {
        return i > 0 && PLACE_PREPOSITIONS.contains(toks.get(i - 1).text());
    }

    /** Whether the next token is a capitalised word, so that this token may be part of a longer unknown name. */
    private static boolean nextCapitalised(List<Token> toks, int i) {
        return i + 1 < toks.size() && Character.isUpperCase(toks.get(i + 1).text().charAt(0));
    }

    private static List<Mention> unifyTypes(List<Mention> names) {
        Map<String, Map<String, Double>> votes = new HashMap<>();
        for (Mention m : names) {
            votes.computeIfAbsent(m.text(), k -> new HashMap<>()).merge(m.type(), m.confidence(), Double::sum);
        }
        List<Mention> out = new ArrayList<>(names.size());
        for (Mention m : names) {
            String best = votes.get(m.text()).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
                    .getKey();
            out.add(best.equals(m.type()) ? m
                    : new Mention(m.start(), m.end(), best, m.text(), m.sentence(), m.confidence()));
        }
        return out;
    }

    private static boolean covered(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) if (taken[i]) return true;
        return false;
    }

    private static void mark(boolean[] taken, Mention m) {
        for (int i = m.start(); i < m.end(); i++) taken[i] = true;
    }

    private static void add(List<Mention> out, boolean[] taken, Mention m) {
        out.add(m);
        mark(taken, m);
    }
}
