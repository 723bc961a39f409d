package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts written in news text: counts ("6,000", "24K", "ninety-four", "1.5 million"), shares ("40 percent",
 * "two-thirds", "a third", "half") and durations ("three-day", "two weeks", the days of "5-6 April"). Stateless and
 * thread-safe.
 */
public final class Quantities {
    /** An amount found in a text: its span, its kind and its value as an XSD lexical form. */
    public record Found(int start, int end, Kind kind, String value) { }

    public enum Kind { COUNT, SHARE, DURATION }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a", 1),
            Map.entry("an", 1));
    private static final Map<String, Double> FRACTIONS = Map.of("half", 0.5, "halves", 0.5, "third", 1 / 3.0,
            "thirds", 1 / 3.0, "quarter", 0.25, "quarters", 0.25, "fifth", 0.2, "fifths", 0.2, "tenth", 0.1,
            "tenths", 0.1);
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "k", 1_000L,
            "million", 1_000_000L, "m", 1_000_000L, "billion", 1_000_000_000L, "bn", 1_000_000_000L);

    private static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
            + "eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?";
    private static final String NUMBER = "(?:" + DIGITS + "|" + WORD + ")(?:\\s?(?:hundred|thousand|million|billion|"
            + "bn|K|m)\\b)?";
    private static final Pattern COUNT = Pattern.compile("(?<![\\w.,-])(" + NUMBER + ")(?![\\w%]|-\\w|[.,]\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(?<![\\w.,])(" + DIGITS + "|" + WORD
            + ")\\s?(?:%|percent\\b|per cent\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRACTION = Pattern.compile("\\b(a|an|one|two|three|four|nine)[- ](half|third|thirds|"
            + "quarter|quarters|fifth|fifths|tenth|tenths)\\b|\\b(half)\\b(?= of\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(?<![\\w-])(" + DIGITS + "|" + WORD
            + ")[- ](hour|day|week|month|year)s?\\b", Pattern.CASE_INSENSITIVE);

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|"
            + "Nov\\.?|Dec\\.?)";
    private static final String DAY_OF_MONTH = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String UNTIL = "\\s?(?:[-\u2013]|to|until|till|through|and)\\s?";
    private static final String YEAR = "(?:,? \\d{4}\\b)?";
    /** A range of days in one month at the start of a text, after "from", "between" or "on" if any. */
    private static final Pattern DAY_RANGE = Pattern.compile("^(?:(?:from|between|on) )?(?<range>"
            + DAY_OF_MONTH + UNTIL + DAY_OF_MONTH + " " + MONTH + YEAR + "|"
            + MONTH + " " + DAY_OF_MONTH + UNTIL + DAY_OF_MONTH + "\\b" + YEAR + ")");

    private Quantities() {
    }

    /**
     * The length of a range of days in one month that opens a text ("5-6 April 2016", "from 5 to 6 April", "April
     * 5-6"): both ends count, so "5-6 April" is P2D. The span found covers the range without "from", "between" or
     * "on", as written.
     */
    public static Optional<Found> dayRange(String text) {
        Matcher m = DAY_RANGE.matcher(text);
        if (!m.find()) return Optional.empty();
        int group = m.group(2) != null ? 2 : 4;
        int first = Integer.parseInt(m.group(group));
        int last = Integer.parseInt(m.group(group + 1));
        if (first < 1 || last > 31 || last <= first) return Optional.empty();
        int start = m.start("range");
        return Optional.of(new Found(start, m.end(), Kind.DURATION, "P" + (last - first + 1) + "D"));
    }

    /** The exact count a text states, or empty when it holds none or something else. */
    public static OptionalLong count(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("(" + DIGITS + "|" + WORD + ")(?:\\s?(hundred|thousand|million|billion|bn|k|m))?"
                + "(?:\\s(thousand|million))?", Pattern.CASE_INSENSITIVE).matcher(t);
        if (!m.matches()) return OptionalLong.empty();
        BigDecimal base;
        String n = m.group(1).replace(",", "");
        if (Character.isDigit(n.charAt(0))) {
            base = new BigDecimal(n);
        } else {
            String[] parts = n.split("-");
            int v = SMALL.get(parts[0]);
            if (parts.length == 2) {
                if (v < 20 || v % 10 != 0) return OptionalLong.empty();
                v += SMALL.get(parts[1]);
            }
            base = BigDecimal.valueOf(v);
        }
        for (int g = 2; g <= 3; g++) {
            if (m.group(g) != null) base = base.multiply(BigDecimal.valueOf(SCALES.get(m.group(g))));
        }
        try {
            return OptionalLong.of(base.longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /** The share (0..1) a text states: "40 percent", "40%", "two-thirds", "a third", "half". */
    public static OptionalDouble share(String text) {
        List<Found> found = find(text);
        return found.stream().filter(f -> f.kind() == Kind.SHARE).findFirst()
                .map(f -> OptionalDouble.of(Double.parseDouble(f.value()))).orElse(OptionalDouble.empty());
    }

    /** The ISO 8601 duration a text states: "three-day" gives P3D, "two weeks" P14D, "48-hour" PT48H. */
    public static Optional<String> duration(String text) {
        return find(text).stream().filter(f -> f.kind() == Kind.DURATION).findFirst().map(Found::value);
    }

    /** Every count, share and duration in a text, in text order, none overlapping another. */
    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher p = PERCENT.matcher(text);
        while (p.find()) {
            OptionalLong n = count(p.group(1));
            if (n.isPresent() || p.group(1).contains(".")) {
                BigDecimal v = new BigDecimal(p.group(1).replace(",", "").matches("[\\d.]+")
                        ? p.group(1).replace(",", "") : String.valueOf(n.getAsLong()));
                add(out, new Found(p.start(), p.end(), Kind.SHARE, decimal(v.doubleValue() / 100)));
            }
        }
        Matcher f = FRACTION.matcher(text);
        while (f.find()) {
            String unit = (f.group(2) != null ? f.group(2) : f.group(3)).toLowerCase(Locale.ROOT);
            int times = f.group(1) == null ? 1 : SMALL.get(f.group(1).toLowerCase(Locale.ROOT));
            double v = times * FRACTIONS.get(unit);
            if (v <= 1) add(out, new Found(f.start(), f.end(), Kind.SHARE, decimal(v)));
        }
        Matcher d = DURATION.matcher(text);
        while (d.find()) {
            OptionalLong n = count(d.group(1));
            if (n.isEmpty()) continue;
            long v = n.getAsLong();
            String iso = switch (d.group(2).toLowerCase(Locale.ROOT)) {
                case "hour" -> "PT" + v + "H";
                case "day" -> "P" + v + "D";
                case "week" -> "P" + (7 * v) + "D";
                case "month" -> "P" + v + "M";
                default -> "P" + v + "Y";
            };
            add(out, new Found(d.start(), d.end(), Kind.DURATION, iso));
        }
        Matcher c = COUNT.matcher(text);
        while (c.find()) {
            OptionalLong n = count(c.group(1));
            if (n.isPresent()) add(out, new Found(c.start(1), c.end(1), Kind.COUNT, Long.toString(n.getAsLong())));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(out);
    }

    private static void add(List<Found> out, Found found) {
        for (Found f : out) if (f.start() < found.end() && found.start() < f.end()) return;
        out.add(found);
    }

    /** A decimal's shortest lexical form with at most four places: 0.4, 0.6667. */
    static String decimal(double v) {
        return BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
