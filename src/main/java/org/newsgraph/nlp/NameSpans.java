package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Clean-up and merging of name spans over one sentence's tokens (token indexes, end exclusive).
 *
 * <p>Clean-up, applied to model spans: a leading "the" goes; a person's leading titles go ("Col.", "Prime
 * Minister"); trailing possessives ('s, ’s, ') and punctuation at either edge go. Then implausible spans are dropped
 * and listed names take their list's type ({@link #plausible}, {@link #retype}).
 *
 * <p>Merge rule, model spans against dictionary spans (known multi-token names): a dictionary span that overlaps no
 * model span is added; one that contains every model span it overlaps replaces them (the longer, known name wins,
 * and on an identical span the dictionary's type wins); one that crosses a model span, or lies strictly inside one,
 * is dropped (the model saw the wider context). Value spans never override names: see {@link OpenNlpAnnotator}.
 */
final class NameSpans {
    /** A typed token span with a confidence. */
    record NameSpan(int start, int end, String type, double confidence) {
        boolean overlaps(NameSpan o) {
            return start < o.end && o.start < end;
        }

        boolean contains(NameSpan o) {
            return start <= o.start && o.end <= end;
        }
    }

    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’", "'S");
    /** UD tags of words that are never a one-word name on their own. */
    private static final Set<String> FUNCTION_TAGS = Set.of("PRON", "DET", "ADV", "SCONJ", "CCONJ", "ADP", "AUX",
            "PART", "INTJ", "VERB", "NUM");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final Set<String> LANGUAGE_WORDS = Set.of("language", "speaking", "speaker", "speakers");
    private final Set<String> titles;
    private final Map<String, Set<String>> listTypes = new HashMap<>();

    NameSpans(Gazetteer gazetteer) {
        this.titles = gazetteer.titlesLowerCase();
        for (Map.Entry<String, String> e : Gazetteer.ENTITY_TYPES.entrySet()) {
            for (String name : gazetteer.names(e.getKey())) {
                listTypes.computeIfAbsent(name, k -> new HashSet<>()).add(e.getValue());
            }
        }
    }

    /**
     * Whether a cleaned model span can be a name: its first word is capitalised (or a figure) and its last word is
     * not lower case; it is not wholly a value ("Today", "Ninety-Four"); a one-word span is not a function word; a
     * demonym is not the first half of "English-language".
     */
    boolean plausible(NameSpan span, String[] tokens, String[] tags, String covered, ValueFinder values) {
        String first = tokens[span.start()];
        String last = tokens[span.end() - 1];
        if (!Character.isUpperCase(first.codePointAt(0)) && !Character.isDigit(first.charAt(0))) return false;
        if (Character.isLowerCase(last.codePointAt(0))) return false;
        if (span.end() - span.start() == 1 && FUNCTION_TAGS.contains(tags[span.start()].split("\\+")[0])) {
            return false; // "This", "Again", and contractions such as "We're" (tagged PRON+AUX)
        }
        // a language is not a nationality: "English-language", "Russian-speaking"
        if (span.type().equals("NORP") && span.end() + 1 < tokens.length && tokens[span.end()].equals("-")
                && LANGUAGE_WORDS.contains(tokens[span.end() + 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<ValueFinder.Value> v = values.find(covered);
        return !(v.size() == 1 && v.get(0).start() == 0 && v.get(0).end() == covered.length());
    }

    /**
     * A span whose exact text is in exactly one of the LOC, ORG and NORP lists takes that list's type; an unlisted
     * short all-capitals acronym taken for a person is an organisation ("AEG", "SRTF").
     */
    NameSpan retype(NameSpan span, String covered) {
        Set<String> types = listTypes.get(covered.replace('’', '\''));
        if (types == null && span.type().equals("PER") && ACRONYM.matcher(covered).matches()) {
            return new NameSpan(span.start(), span.end(), "ORG", span.confidence());
        }
        if (types == null || types.size() != 1) return span;
        String type = types.iterator().next();
        return type.equals(span.type()) ? span : new NameSpan(span.start(), span.end(), type, span.confidence());
    }

    /** The span trimmed as described above, or null when nothing is left. */
    NameSpan clean(NameSpan span, String[] tokens) {
        int s = span.start();
        int e = span.end();
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            if (tokens[s].equalsIgnoreCase("the") || isPunctuation(tokens[s])) {
                s++;
                changed = true;
            } else if (span.type().equals("PER")) {
                int t = titleLength(tokens, s, e);
                if (t > 0 && t < e - s) {
                    s += t;
                    changed = true;
                }
            }
        }
        while (e > s && (POSSESSIVES.contains(tokens[e - 1]) || isPunctuation(tokens[e - 1]))) e--;
        if (s >= e) return null;
        return new NameSpan(s, e, span.type(), span.confidence());
    }

    /** Length in tokens of the longest title starting at {@code s} (up to four tokens), 0 when none. */
    private int titleLength(String[] tokens, int s, int e) {
        StringBuilder b = new StringBuilder();
        int best = 0;
        for (int len = 1; len <= 4 && s + len <= e; len++) {
            if (len > 1) b.append(' ');
            b.append(tokens[s + len - 1].toLowerCase(Locale.ROOT));
            if (titles.contains(b.toString())) best = len;
        }
        return best;
    }

    private static boolean isPunctuation(String token) {
        return token.length() == 1 && !Character.isLetterOrDigit(token.charAt(0));
    }

    /** Model spans merged with dictionary spans by the rule in the class comment; result ordered by start. */
    static List<NameSpan> merge(List<NameSpan> model, List<NameSpan> dictionary) {
        List<NameSpan> out = new ArrayList<>(model);
        List<NameSpan> dict = new ArrayList<>(dictionary);
        dict.sort(Comparator.comparingInt((NameSpan d) -> d.start() - d.end()));
        for (NameSpan d : dict) {
            List<NameSpan> overlapping = out.stream().filter(d::overlaps).toList();
            if (overlapping.stream().allMatch(d::contains)) {
                out.removeAll(overlapping);
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt(NameSpan::start));
        return out;
    }
}
