package org.newsgraph.extract;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Phrase-level helpers over a {@link SentenceView}: lexicon matches, modifier runs, complements, amounts with their
 * hedges. Stateless.
 */
final class Spans {
    /** Words that say how much but are no modifier of a force or item ("additional", "more"). */
    static final Set<String> QUANTITY_WORDS = Set.of("additional", "more", "several", "many", "few", "some",
            "extra", "further", "other", "fresh", "new", "much", "own", "first", "last");
    /**
     * Words before a number that make it approximate ("about 300", "more than 24,000", "up to 40"): where no hedge
     * of cues.txt ends at the number, one of these before it means the amount is not read.
     */
    private static final Set<String> APPROXIMATE = Set.of("about", "around", "some", "over", "nearly", "almost",
            "roughly", "approximately", "least", "than", "to", "estimated", "up", "under", "hundreds", "thousands",
            "dozens");
    /** Currency signs written before an amount, by ISO 4217 code; "$" alone is taken as the US dollar. */
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "us$", "USD", "€", "EUR",
            "£", "GBP");
    /** Currency names written after an amount, by ISO 4217 code ("dollars" as the US dollar, like "$"). */
    private static final Map<String, String> CURRENCY_WORDS = Map.of("dollars", "USD", "dollar", "USD", "euros",
            "EUR", "euro", "EUR", "yen", "JPY", "yuan", "CNY", "roubles", "RUB", "rubles", "RUB");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> SCALE_WORDS = Set.of("thousand", "million", "billion", "bn", "m");
    /** Plural scale words that say "at least two of" their unit ("hundreds of troops", "millions of shells"). */
    private static final Map<String, Long> PLURAL_SCALES = Map.of("dozens", 12L, "tens", 10L, "hundreds", 100L,
            "thousands", 1_000L, "millions", 1_000_000L, "billions", 1_000_000_000L);

    /**
     * A sum of money: a whole amount in the currency with ISO 4217 code {@code currency}, written on tokens
     * [{@code from}, {@code to}) from its currency sign to its last number word.
     */
    private record Money(long amount, String currency, int from, int to) { }

    /**
     * An amount as a text states it before a head: its number, the ISO 4217 code of its currency (null for a count),
     * how the number bounds the true amount ({@code atLeast}, {@code atMost}, {@code about}; null when it is exact),
     * and the phrase as written, hedge and currency sign included ("more than 24,000", "nearly $100 million").
     */
    record Amount(long value, String currency, String bound, String text) { }

    /** Hedge groups of cues.txt, by the bound they give, longest phrase first when several end at one place. */
    private static final Map<String, String> HEDGES = Map.of("amount.atLeast", "atLeast", "amount.atMost", "atMost",
            "amount.about", "about");

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

    /**
     * Where the modifiers of a supplied item begin: as {@link #modifiersStart}, but "new" describes the item
     * ("new assistance") rather than counting it.
     */
    static int itemStart(SentenceView v, int head) {
        int j = modifiersStart(v, head);
        while (j > 0 && v.lower.get(j - 1).equals("new") && v.candAt(j - 1) == null && head - j < 3) {
            j = modifiersStart(v, j - 1);
        }
        return hyphenatedStart(v, j);
    }

    /**
     * The first token of the hyphenated word that token {@code j} ends ("Halifax-class" split by the tokeniser at the
     * name): a class or model name stays whole ("halifax-class submarines"), never its tail ("class submarines").
     * {@code j} itself when it is joined to nothing before it.
     */
    static int hyphenatedStart(SentenceView v, int j) {
        int k = j;
        while (v.attached(k)) k--;
        if (k == j) return j;
        String joined = v.text(k, j + 1);
        return joined.contains("-") && Character.isLetterOrDigit(joined.charAt(0)) ? k : j;
    }

    /**
     * Where a complement that follows a head ending before {@code at} and opens with one of {@code preps} ends
     * ("agreement on border demarcation", "battalion of paratroopers"), or {@code at} itself when none follows. A
     * complement is lower-case nouns and adjectives with articles, "of" and "and" between them, at most eight tokens,
     * ending on a noun; a name, a number, a capitalised word (a day or month), a verb or punctuation ends it. None is
     * read when the phrase goes on as a possessive ("on the country's programme") or when it is one of
     * {@code adverbials} ("on behalf of", "on the sidelines of").
     */
    static int complementEnd(SentenceView v, int at, Set<String> preps, Lexicon.Phrases adverbials) {
        if (at >= v.size() || !preps.contains(v.lower.get(at))) return at;
        int k = at + 1;
        while (k < v.size() && ARTICLES.contains(v.lower.get(k))) k++;
        if (k < v.size() && adverbials.matchAt(v.lower, k) > 0) return at;
        int end = at;
        for (int j = at + 1; j < v.size() && j <= at + 8; j++) {
            String text = v.toks.get(j).text();
            String pos = v.toks.get(j).pos();
            if (v.isPossessive(j)) return at;
            if (v.candAt(j) != null || !Character.isLowerCase(text.charAt(0))) break;
            boolean nounNext = j + 1 < v.size() && Set.of("NOUN", "ADJ").contains(v.toks.get(j + 1).pos())
                    && Character.isLowerCase(v.toks.get(j + 1).text().charAt(0));
            if (pos.equals("NOUN")) {
                end = j + 1;
            } else if (!(pos.equals("ADJ") || ARTICLES.contains(text) || text.equals("of")
                    || text.equals("and") && nounNext
                    || pos.equals("VERB") && (text.endsWith("ed") || text.endsWith("ing")) && nounNext)) {
                break;
            }
        }
        return end;
    }

    /**
     * The amount ending just before {@code start}, or before a type name that does ("18 Leopard tanks"): a sum of
     * money (maybe joined by "in" or "of": "$15 million in aid") or a count ("a million" is one), with the hedge
     * before it (cues.txt groups "amount.atLeast", "amount.atMost", "amount.about"); a plural scale word is the
     * least it can mean, bound "atLeast" ("hundreds of" 200). Empty when there is none, when the number is one end
     * of a range or one of alternatives ("between 100 and 200", "20 or 30"), when a word before it makes it vague
     * in a way no hedge group names ("hundreds 300", "than" alone), or for a currency sign not in
     * {@link #CURRENCY_SIGNS}.
     */
    static Optional<Amount> amountBefore(SentenceView v, int start, Lexicon lexicon) {
        // "12 more Leopard 2 tanks": the 2 names the model, so the count is read before the name
        Optional<Amount> amount = start > 0 && modelNumber(v, start - 1) ? Optional.empty()
                : amountEndingAt(v, start, lexicon);
        if (amount.isPresent()) return amount;
        int named = typeNameStart(v, start);   // "18 Leopard tanks", "24 F-16 jets"
        return named < start ? amountEndingAt(v, named, lexicon) : Optional.empty();
    }

    /**
     * Where a type or model name that ends just before {@code start} begins ("Leopard", "F-16", "M1 Abrams",
     * "Leopard 2"): at most four capitalised or alphanumeric tokens that are no recognised name, or numbers that
     * belong to such a name ({@link #modelNumber}); {@code start} when there is none.
     */
    private static int typeNameStart(SentenceView v, int start) {
        int j = start;
        while (j > 0 && start - j < 4 && v.candAt(j - 1) == null) {
            String tok = v.toks.get(j - 1).text();
            boolean part = !tok.isEmpty() && Character.isUpperCase(tok.charAt(0))
                    || tok.equals("-") && j >= 2 && Character.isLetterOrDigit(v.toks.get(j - 2).text().charAt(0))
                    || tok.matches("\\d+") && j >= 2 && v.lower.get(j - 2).equals("-")
                    || tok.matches("(?=.*\\d)(?=.*\\p{L})[\\p{L}\\d-]+")
                    || modelNumber(v, j - 1);
            if (!part) break;
            j--;
        }
        return j;
    }

    /**
     * Whether the token at {@code k} is a number that ends a type or model name ("Leopard 2", "Challenger 2", "Mark
     * 2"): digits right after a capitalised word that is no recognised name and no month ("on May 5"), nor a word
     * opening the sentence that the tagger reads as no proper noun ("Only 30 tanks").
     */
    private static boolean modelNumber(SentenceView v, int k) {
        if (k < 1 || !v.toks.get(k).text().matches("\\d+")) return false;
        String before = v.toks.get(k - 1).text();
        return !before.isEmpty() && Character.isUpperCase(before.charAt(0)) && v.candAt(k - 1) == null
                && !TimeResolver.isMonthName(v.lower.get(k - 1))
                && (k - 1 > 0 || v.toks.get(k - 1).pos().equals("PROPN"));
    }

    /**
     * The least a plural scale word ending at {@code last} can mean, maybe before "of": "hundreds (of)" at least 200,
     * "millions" at least 2,000,000, "tens of thousands" at least 20,000; empty when there is none.
     */
    private static Optional<Amount> pluralScale(SentenceView v, int last) {
        int k = last > 0 && v.lower.get(last).equals("of") ? last - 1 : last;
        Long unit = PLURAL_SCALES.get(v.lower.get(k));
        if (unit == null) return Optional.empty();
        int from = k;
        long least = 2 * unit;
        if (unit >= 1000 && k >= 2 && v.lower.get(k - 1).equals("of") && PLURAL_SCALES.containsKey(v.lower.get(k - 2))
                && PLURAL_SCALES.get(v.lower.get(k - 2)) < unit) {
            from = k - 2;
            least = 2 * PLURAL_SCALES.get(v.lower.get(k - 2)) * unit;
        }
        return Optional.of(new Amount(least, null, "atLeast", v.text(from, k + 1)));
    }

    private static Optional<Amount> amountEndingAt(SentenceView v, int start, Lexicon lexicon) {
        int first;
        int last;
        long value;
        String currency = null;
        Optional<Money> money = moneyAt(v, start);
        if (money.isPresent()) {
            currency = money.get().currency();
            value = money.get().amount();
            first = money.get().from();
            last = money.get().to() - 1;
        } else {
            last = start - 1;
            while (last > 0 && Set.of("more", "additional", "extra", "further", "new", "fresh")
                    .contains(v.lower.get(last))) {
                last--;
            }
            if (last < 0) return Optional.empty();
            Optional<Amount> plural = pluralScale(v, last);
            if (plural.isPresent()) return plural;
            first = SCALE_WORDS.contains(v.lower.get(last)) || v.lower.get(last).equals("hundred") ? last - 1 : last;
            if (first >= 2 && v.lower.get(first - 1).equals("-")) first -= 2;
            else if (first >= 1 && v.lower.get(first).startsWith("-")) first -= 1;
            if (first < 0) return Optional.empty();
            OptionalLong n = first == last - 1 && v.lower.get(first).equals("a")   // "a million"
                    ? Quantities.count("one " + v.lower.get(last))
                    : Quantities.count(v.text(first, last + 1));
            if (n.isEmpty() || n.getAsLong() <= 0) return Optional.empty();
            if (first > 0 && CURRENCY_SIGNS.containsKey(v.lower.get(first - 1))) return Optional.empty();
            value = n.getAsLong();
        }
        if (rangeBefore(v, first)) return Optional.empty();
        String bound = null;
        int from = first;
        for (int j = Math.max(0, first - 3); j < first && bound == null; j++) {
            for (var hedge : HEDGES.entrySet()) {
                if (j + lexicon.cues(hedge.getKey()).matchAt(v.lower, j) == first) {
                    bound = hedge.getValue();
                    from = j;
                }
            }
        }
        if (bound == null && first > 0 && APPROXIMATE.contains(v.lower.get(first - 1))) return Optional.empty();
        return Optional.of(new Amount(value, currency, bound, v.text(from, last + 1)));
    }

    /** The sum of money ending just before {@code start}, maybe joined to it by "in" or "of", sign and all. */
    private static Optional<Money> moneyAt(SentenceView v, int start) {
        int j = start - 1;
        if (j > 0 && Set.of("in", "of").contains(v.lower.get(j))) j--;
        if (j < 0) return Optional.empty();
        int from = moneyStart(v, j);
        if (from < 0) return currencyWordBefore(v, j);
        String sign = v.lower.get(from);
        int digit = 0;
        while (digit < sign.length() && !Character.isDigit(sign.charAt(digit))) digit++;
        String currency = v.toks.get(from).text().equals("US") ? "USD"
                : CURRENCY_SIGNS.get(digit < sign.length() ? sign.substring(0, digit) : sign);
        if (currency == null) return Optional.empty();
        StringBuilder amount = new StringBuilder();
        for (int k = from; k <= j; k++) {
            String w = v.lower.get(k);
            if (k == from) w = w.substring(Math.min(digit, w.length()));
            if (CURRENCY_SIGNS.containsKey(w) || w.isEmpty()) continue;
            amount.append(amount.length() > 0 ? " " : "").append(w);
        }
        OptionalLong n = Quantities.count(amount.toString());
        if (n.isEmpty() || n.getAsLong() <= 0) return Optional.empty();
        return Optional.of(new Money(n.getAsLong(), currency, from, j + 1));
    }

    /**
     * A sum whose currency follows it as a word, ending at {@code j} ("250 million dollars", "40 million euros"): a
     * count and one of {@link #CURRENCY_WORDS}. Dollars after a capitalised word other than "US" are another
     * country's ("Canadian dollars") and give none; pounds are no currency word, as they may weigh.
     */
    private static Optional<Money> currencyWordBefore(SentenceView v, int j) {
        String currency = CURRENCY_WORDS.get(v.lower.get(j));
        if (currency == null || j < 1) return Optional.empty();
        int last = j - 1;
        String before = v.toks.get(last).text();
        if (v.lower.get(last).equals("us") || v.lower.get(last).equals("u.s.")) last--;
        else if (!before.isEmpty() && Character.isUpperCase(before.charAt(0))) return Optional.empty();
        if (last < 0) return Optional.empty();
        int first = SCALE_WORDS.contains(v.lower.get(last)) && last > 0 ? last - 1 : last;
        OptionalLong n = Quantities.count(v.text(first, last + 1));
        if (n.isEmpty() || n.getAsLong() <= 0) return Optional.empty();
        return Optional.of(new Money(n.getAsLong(), currency, first, j + 1));
    }

    /**
     * Where a sum of money whose last token is {@code last} begins: at its currency sign ("$", "€", "US$", or "US"
     * before "$"), or -1 when {@code last} ends no sum with a sign before it.
     */
    private static int moneyStart(SentenceView v, int last) {
        int from = SCALE_WORDS.contains(v.lower.get(last)) && last > 0 ? last - 1 : last;
        String number = v.lower.get(from);
        int digit = 0;
        while (digit < number.length() && !Character.isDigit(number.charAt(digit))) digit++;
        if (digit == number.length()) return -1;
        int signAt = digit > 0 ? from : from - 1;
        if (signAt < 0) return -1;
        String sign = digit > 0 ? number.substring(0, digit) : v.lower.get(signAt);
        if (!CURRENCY_SIGNS.containsKey(sign)) return -1;
        if (sign.equals("$") && signAt > 0 && v.toks.get(signAt - 1).text().matches("[A-Z]{1,3}")) {
            if (!v.toks.get(signAt - 1).text().equals("US")) return -1;
            signAt--;
        }
        return signAt;
    }

    /** Whether the number at {@code first} closes a range or an alternative: "between 100 and 200", "20 or 30". */
    private static boolean rangeBefore(SentenceView v, int first) {
        if (first < 2 || !Set.of("and", "or", "to", "-", "–").contains(v.lower.get(first - 1))) return false;
        String before = v.lower.get(first - 2);
        return Quantities.count(before).isPresent() || SCALE_WORDS.contains(before) || before.equals("hundred");
    }

    /** Whether a comma, semicolon, colon, dash or bracket lies strictly between tokens {@code a} and {@code b}. */
    static boolean punctuationBetween(SentenceView v, int a, int b) {
        for (int j = a + 1; j < b; j++) {
            if (Set.of(",", ";", ":", "—", "–", "(", ")").contains(v.lower.get(j))) return true;
        }
        return false;
    }

}
