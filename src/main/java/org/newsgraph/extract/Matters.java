package org.newsgraph.extract;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.SentenceView.Cand;

/**
 * What a support is for, read after the supported side: its own undertaking ("Russia's war in Ukraine", "Syria in
 * its fight against X"), a purpose ("Ukraine for the reconstruction of X", "in the fight against X") or a deed
 * ("assisting Iraq to rebuild its army"); a noun keeps its infinitive ("Moldova's bid to join the EU"). Training
 * counts as the support itself ("training for the offensive"). A place ("backs Ukraine in Geneva"), a time ("for
 * years", cues.txt group "timespan") or an aside after a comma is no matter, unless a focusing word opens it and it
 * names a struggle ("Ukraine, especially in its war against Russia"). Kept as written, without leading
 * determiners. Immutable and thread-safe.
 */
final class Matters {
    private static final Set<String> OWN = Set.of("its", "their", "his", "her", "our");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> INFINITIVE_STOPS = Set.of(",", ";", ":", ".", "which", "who", "while", "where",
            "(", ")", "—", "–", "\"", "“", "”");
    /** Words that open the means of a support rather than its matter. */
    private static final Set<String> MEANS = Set.of("with", "through", "via", "by");
    /** Most tokens between a focusing word and the struggle it points at. */
    private static final int ASIDE = 8;
    /** Most tokens a matter phrase takes. */
    private static final int PHRASE = 8;

    private final Lexicon lexicon;

    Matters(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The matter of a support whose supported side is {@code supported}; with {@code training}, only a purpose,
     * given as "training for …".
     */
    Optional<String> of(SentenceView v, Cand supported, boolean training) {
        if (!training && v.isPossessive(supported.to())) return phrase(v, supported.to() + 1);
        int k = sideEnd(v, supported.to());
        if (k + 1 >= v.size()) return Optional.empty();
        String w = v.lower.get(k);
        if (training) {
            return w.equals("for") && phrase(v, k + 1).isPresent()
                    ? Optional.of("training for " + trimmed(v.text(k + 1,
                            InteractionRules.headPhraseEnd(v, k + 1, PHRASE))))
                    : Optional.empty();
        }
        if (w.equals(",")) return focusedStruggle(v, k + 1);
        if (w.equals("in") && OWN.contains(v.lower.get(k + 1))) return phrase(v, k + 2);
        if (w.equals("in") && DETERMINERS.contains(v.lower.get(k + 1)) && v.candAt(k + 2) == null) {
            return phrase(v, k + 2);
        }
        if (w.equals("for") && v.candAt(k + 1) == null) return phrase(v, k + 1);
        if (w.equals("to") && v.isVerbal(k + 1) && v.candAt(k + 1) == null) return infinitive(v, k + 1);
        return Optional.empty();
    }

    /**
     * The struggle named in an aside that a focusing word opens at token {@code from} (cues.txt groups "focus" and
     * "struggle"): "Ukraine, especially now in its war against Russia" -> "war against Russia". The aside ends at the
     * next comma or clause word.
     */
    private Optional<String> focusedStruggle(SentenceView v, int from) {
        int focus = lexicon.cues("focus").matchAt(v.lower, from);
        if (focus == 0) return Optional.empty();
        for (int j = from + focus; j + 2 < v.size() && j < from + focus + ASIDE; j++) {
            String w = v.lower.get(j);
            if (INFINITIVE_STOPS.contains(w)) break;
            if (w.equals("in") && (DETERMINERS.contains(v.lower.get(j + 1)) || OWN.contains(v.lower.get(j + 1)))
                    && lexicon.cues("struggle").matchAt(v.lower, j + 2) > 0) {
                return phrase(v, j + 1);
            }
        }
        return Optional.empty();
    }

    /** The end of the supported side's phrase: its names, coordinated names and the nouns after them. */
    private static int sideEnd(SentenceView v, int from) {
        int k = from;
        while (k < v.size()) {
            Cand c = v.candAt(k);
            if (c != null) {
                k = c.to();
            } else if (v.lower.get(k).equals("and") && v.candAt(k + 1) != null || v.isModifier(k)
                    || v.lower.get(k).equals("-")) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /** A noun phrase from {@code from}, without leading determiners; nothing when it is a time span or a name only. */
    private Optional<String> phrase(SentenceView v, int from) {
        int k = from;
        while (k < v.size() && (DETERMINERS.contains(v.lower.get(k)) || OWN.contains(v.lower.get(k)))) k++;
        if (k >= v.size() || lexicon.cues("timespan").matchAt(v.lower, k) > 0) return Optional.empty();
        int end = InteractionRules.headPhraseEnd(v, k, PHRASE);
        for (int j = k; j < end; j++) {
            if (MEANS.contains(v.lower.get(j))) end = j;      // "economy with loans": the means, not the matter
        }
        Cand c = v.candAt(k);
        if (end <= k || c != null && c.to() >= end) return Optional.empty();
        // "Moldova's bid to join the EU": a noun's infinitive says what it is for
        if (end + 1 < v.size() && v.lower.get(end).equals("to") && v.isVerbal(end + 1) && v.candAt(end + 1) == null) {
            Optional<String> deed = infinitive(v, end + 1);
            if (deed.isPresent()) return Optional.of(trimmed(v.text(k, end)) + " to " + deed.get());
        }
        return Optional.of(trimmed(v.text(k, end)));
    }

    /** A deed: the verb phrase after "to", up to the end of its clause ("degrade and ultimately destroy X"). */
    private static Optional<String> infinitive(SentenceView v, int from) {
        int end = from;
        while (end < v.size() && end < from + PHRASE + 2 && !INFINITIVE_STOPS.contains(v.lower.get(end))) end++;
        return end - from >= 2 ? Optional.of(trimmed(v.text(from, end))) : Optional.empty();
    }

    /** Without the final punctuation that a tokenizer may leave on the last word ("Kharkiv."). */
    private static String trimmed(String phrase) {
        return phrase.replaceFirst("[.,;:!?]+$", "");
    }
}
