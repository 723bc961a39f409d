package org.newsgraph.extract;

import java.util.OptionalLong;
import java.util.Set;

/** Phrase-level helpers over a {@link SentenceView}: lexicon matches, modifier runs, exact counts. Stateless. */
final class Spans {
    /** Words that say how much but are no modifier of a force or item ("additional", "more"). */
    static final Set<String> QUANTITY_WORDS = Set.of("additional", "more", "several", "many", "few", "some",
            "extra", "further", "other", "fresh", "new", "much", "own", "first", "last");
    /** Words before a number that make it approximate ("about 300", "more than 24,000", "up to 40"). */
    private static final Set<String> APPROXIMATE = Set.of("about", "around", "some", "over", "nearly", "almost",
            "roughly", "approximately", "least", "than", "to", "estimated", "up", "under", "hundreds", "thousands",
            "dozens");

    private Spans() {
    }

    /** The first phrase of {@code phrases} in [from, to) as {start, end}, or null. */
    static int[] find(SentenceView v, Lexicon.Phrases phrases, int from, int to) {
        for (int j = from; j < to; j++) {
            int n = phrases.matchAt(v.lower, j);
            if (n > 0) return new int[] {j, j + n};
        }
        return null;
    }

    /** A phrase of {@code phrases} ending just before {@code t}, at most {@code reach} tokens back. */
    static int[] findBefore(SentenceView v, Lexicon.Phrases phrases, int t, int reach) {
        int[] last = null;
        for (int j = Math.max(0, t - reach); j < t; j++) {
            int n = phrases.matchAt(v.lower, j);
            if (n > 0 && j + n <= t) {
                last = new int[] {j, j + n};
                j += n - 1;
            }
        }
        return last;
    }

    /**
     * Where the lower-case modifiers before a head at {@code head} begin ("military" in "military engineers"); a
     * number is never one, even a capitalised number word opening a sentence ("Forty soldiers").
     */
    static int modifiersStart(SentenceView v, int head) {
        int j = head;
        while (j > 0 && v.isModifier(j - 1) && v.candAt(j - 1) == null && !QUANTITY_WORDS.contains(v.lower.get(j - 1))
                && Quantities.count(v.lower.get(j - 1)).isEmpty() && head - j < 3) {
            j--;
        }
        return j;
    }

    /** A head phrase with its lower-case modifiers: "military treaty", "artillery shells". */
    static String phrase(SentenceView v, int from, int to) {
        return v.text(modifiersStart(v, from), to);
    }

    /** An exact count just before {@code start} ("an additional 6,000"), unless hedged ("about", "more than"). */
    static OptionalLong exactCountBefore(SentenceView v, int start) {
        int j = start - 1;
        while (j > 0 && Set.of("more", "additional", "extra", "further", "new", "fresh").contains(v.lower.get(j))) j--;
        if (j < 0) return OptionalLong.empty();
        int from = j;
        if (Set.of("thousand", "million", "billion", "hundred").contains(v.lower.get(j)) && j > 0) from = j - 1;
        // a number word the tokeniser split at its hyphen: "Ninety", "-", "Four" or "Ninety", "-Four"
        if (from >= 2 && v.lower.get(from - 1).equals("-")) from -= 2;
        else if (from >= 1 && v.lower.get(from).startsWith("-")) from -= 1;
        OptionalLong n = Quantities.count(v.text(from, j + 1));
        if (n.isEmpty()) return n;
        if (from > 0 && APPROXIMATE.contains(v.lower.get(from - 1))) return OptionalLong.empty();
        if (from > 1 && v.lower.get(from - 1).equals("of") && APPROXIMATE.contains(v.lower.get(from - 2))) {
            return OptionalLong.empty();
        }
        return n;
    }

    /** Whether a comma, semicolon, colon, dash or bracket lies strictly between tokens {@code a} and {@code b}. */
    static boolean punctuationBetween(SentenceView v, int a, int b) {
        for (int j = a + 1; j < b; j++) {
            if (Set.of(",", ";", ":", "—", "–", "(", ")").contains(v.lower.get(j))) return true;
        }
        return false;
    }

}
