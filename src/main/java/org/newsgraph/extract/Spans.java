package org.newsgraph.extract;

import java.util.Map;
import java.util.Optional;
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
    /** Currency signs written before an amount, by ISO 4217 code; "$" alone is taken as the US dollar. */
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "us$", "USD", "€", "EUR",
            "£", "GBP");
    private static final Set<String> SCALE_WORDS = Set.of("thousand", "million", "billion", "bn", "m");

    /** A sum of money: a whole amount in the currency with ISO 4217 code {@code currency}. */
    record Money(long amount, String currency) { }

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
        if (from > 0 && CURRENCY_SIGNS.containsKey(v.lower.get(from - 1))) return OptionalLong.empty();
        if (from > 0 && APPROXIMATE.contains(v.lower.get(from - 1))) return OptionalLong.empty();
        if (from > 1 && v.lower.get(from - 1).equals("of") && APPROXIMATE.contains(v.lower.get(from - 2))) {
            return OptionalLong.empty();
        }
        return n;
    }

    /**
     * An exact sum of money ending just before {@code start}, maybe joined to it by "in" or "of" ("$15 million in
     * aid", "a €40 million grant"), unless hedged ("up to $1 billion") or in a currency whose sign is not one of
     * {@link #CURRENCY_SIGNS} ("A$12 million", "C$ 5 million").
     */
    static Optional<Money> moneyBefore(SentenceView v, int start) {
        int j = start - 1;
        if (j > 0 && Set.of("in", "of").contains(v.lower.get(j))) j--;
        if (j < 0) return Optional.empty();
        int from = SCALE_WORDS.contains(v.lower.get(j)) && j > 0 ? j - 1 : j;
        String first = v.lower.get(from);
        int digit = 0;
        while (digit < first.length() && !Character.isDigit(first.charAt(digit))) digit++;
        if (digit == first.length()) return Optional.empty();
        String sign;
        int signAt;
        if (digit > 0) {
            sign = first.substring(0, digit);
            signAt = from;
        } else if (from > 0) {
            sign = v.lower.get(from - 1);
            signAt = from - 1;
        } else {
            return Optional.empty();
        }
        if (sign.equals("$") && signAt > 0 && v.toks.get(signAt - 1).text().matches("[A-Z]{1,3}")) {
            if (!v.toks.get(signAt - 1).text().equals("US")) return Optional.empty();
            signAt--;
        }
        String currency = CURRENCY_SIGNS.get(sign);
        if (currency == null) return Optional.empty();
        String amount = first.substring(digit) + (from < j ? " " + v.lower.get(j) : "");
        OptionalLong n = Quantities.count(amount);
        if (n.isEmpty() || n.getAsLong() <= 0) return Optional.empty();
        if (signAt > 0 && APPROXIMATE.contains(v.lower.get(signAt - 1))) return Optional.empty();
        return Optional.of(new Money(n.getAsLong(), currency));
    }

    /** Whether a comma, semicolon, colon, dash or bracket lies strictly between tokens {@code a} and {@code b}. */
    static boolean punctuationBetween(SentenceView v, int a, int b) {
        for (int j = a + 1; j < b; j++) {
            if (Set.of(",", ";", ":", "—", "–", "(", ")").contains(v.lower.get(j))) return true;
        }
        return false;
    }

}
