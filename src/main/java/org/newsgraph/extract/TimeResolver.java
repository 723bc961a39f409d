package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds time expressions in a sentence and resolves them against the article's publication date: "in 2024",
 * "12 July 2025", "last year", "last month", "this weekend", "in October", "three days ago". A value is never more
 * precise than the text: an expression is resolved to an interval of days, and the value is the xsd:date,
 * xsd:gYearMonth or xsd:gYear that covers exactly that interval's day, month or year; an interval spanning two
 * months of one year gives the year, one spanning two years gives nothing. Without a publication date only absolute
 * expressions resolve. Stateless and thread-safe.
 */
public final class TimeResolver {
    /** A resolved time: an XSD lexical form and its datatype's local name (date, gYearMonth or gYear). */
    public record TimeValue(String lexical, String datatype) { }

    /**
     * A time expression in a text.
     *
     * @param possessive   the expression is followed by 's ("last year's incursion"): it dates the noun after it
     * @param partOfPeriod the expression names only a part of the period its value covers ("the summer of 2017",
     *                     "the end of 2016" give the year), so the value alone says less than the text
     */
    public record TimeMention(int start, int end, String text, TimeValue value, boolean possessive,
                              boolean partOfPeriod) { }

    private record Interval(LocalDate from, LocalDate to) { }

    /** A pattern and how to resolve it; {@code partOfPeriod} when what it matches is narrower than its value. */
    private record Rule(Pattern pattern, BiFunction<Matcher, Context, Interval> resolve, boolean partOfPeriod) { }

    private record Context(String text, LocalDate published, boolean future) { }

    /** The months' full names in lower case. */
    private static final Set<String> MONTH_NAMES = Arrays.stream(Month.values())
            .map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final String MONTH = "(?-i:(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|"
            + "Dec\\.?))";
    /** A day of a month without its year: "4 April" (day, month) and "April 4" (month, day). */
    private static final String DAY_MONTH = "\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "\\b";
    private static final String MONTH_DAY = "\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d)";
    private static final String DASH = "[-\u2013]";
    private static final String DAY = "(?-i:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))";
    /**
     * Words that put a bare month or weekday in the future rather than the past; "would" as the reported "will" ("X
     * would travel to Y in May, her spokesman said"), not in "would have".
     */
    private static final Pattern FUTURE = Pattern.compile("\\b(will|shall|expected|scheduled|due to|plans?|planned|"
            + "upcoming|to be held|would(?!\\s+have\\b))\\b", Pattern.CASE_INSENSITIVE);

    private static final List<Rule> RULES = List.of(
            rule("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", (m, c) -> day(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)))),
            // a range of days in one month ("5-6 April 2016", "April 5-6, 2016") covers its days, not its last one
            new Rule(Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? ?" + DASH + " ?(\\d{1,2})(?:st|nd|rd|th)? " + MONTH
                    + ",? (\\d{4})\\b", Pattern.CASE_INSENSITIVE),
                    (m, c) -> days(i(m, 4), month(m.group(3)), i(m, 1), i(m, 2)), true),
            new Rule(Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)? ?" + DASH
                    + " ?(\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b", Pattern.CASE_INSENSITIVE),
                    (m, c) -> days(i(m, 4), month(m.group(1)), i(m, 2), i(m, 3)), true),
            rule("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? (\\d{4})\\b",
                    (m, c) -> day(LocalDate.of(i(m, 3), month(m.group(2)).getValue(), i(m, 1)))),
            rule("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b",
                    (m, c) -> day(LocalDate.of(i(m, 3), month(m.group(1)).getValue(), i(m, 2)))),
            rule("\\b" + MONTH + ",? (\\d{4})\\b", (m, c) -> month(YearMonth.of(i(m, 2), month(m.group(1))))),
            rule(DAY_MONTH, (m, c) -> c.published == null ? null
                    : day(dayInYear(c, month(m.group(2)), i(m, 1)))),
            rule(MONTH_DAY, (m, c) -> c.published == null ? null
                    : day(dayInYear(c, month(m.group(1)), i(m, 2)))),
            new Rule(Pattern.compile("\\b(?:the )?(?:summer|winter|spring|autumn|fall|end|beginning|start|middle) "
                    + "of (\\d{4})\\b", Pattern.CASE_INSENSITIVE), (m, c) -> year(i(m, 1)), true),
            rule("\\b" + MONTH + " (?:of )?(last|this|next) year\\b", (m, c) -> c.published == null ? null
                    : month(YearMonth.of(c.published.getYear() + switch (m.group(2).toLowerCase(Locale.ROOT)) {
                        case "last" -> -1;
                        case "next" -> 1;
                        default -> 0;
                    }, month(m.group(1))))),
            // "mid-2023": the hyphen that keeps codes and ranges from being years joins a part of the year here
            new Rule(Pattern.compile("\\b(?:mid|early|late)-((?:19|20)\\d{2})\\b(?![\\d%-]|[.,]\\d)",
                    Pattern.CASE_INSENSITIVE), (m, c) -> year(i(m, 1)), true),
            rule("(?<![\\d,.$£€-])\\b((?:19|20)\\d{2})\\b(?![\\d%-]|[.,]\\d)", (m, c) -> year(i(m, 1))),
            rule("\\b(yesterday|today|tomorrow)\\b", (m, c) -> c.published == null ? null
                    : day(c.published.plusDays(switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "yesterday" -> -1;
                        case "tomorrow" -> 1;
                        default -> 0;
                    }))),
            rule("\\b(?:earlier|later) this (year|month)\\b", (m, c) -> c.published == null ? null
                    : m.group(1).equalsIgnoreCase("year") ? year(c.published.getYear())
                    : month(YearMonth.from(c.published))),
            rule("\\b(last|this|next|past) (year|month|week|weekend)\\b", TimeResolver::relative),
            rule("\\b(last|this|next)? ?" + MONTH + "\\b(?! \\d)", TimeResolver::bareMonth),
            rule("\\b(last|this|next|on)? ?" + DAY + "\\b", TimeResolver::weekday),
            rule("\\b(\\w+) (day|week|month|year)s? ago\\b", TimeResolver::ago));

    /** Every resolvable time expression in {@code text}, in text order; {@code published} may be null. */
    public List<TimeMention> find(String text, LocalDate published) {
        return find(text, published == null ? null : new TimeValue(published.toString(), "date"));
    }

    /**
     * Every resolvable time expression in {@code text}, in text order, against a publication date that may be known
     * only to the month or year ({@code published} a date, gYearMonth or gYear value, or null). A relative
     * expression then covers every day it could mean: "today" in an article of January 2017 is 2017-01, "last
     * month" is 2016-12, and "three days ago" (late December or January) is nothing.
     */
    public List<TimeMention> find(String text, TimeValue published) {
        return find(text, published, null);
    }

    /**
     * As {@link #find(String, TimeValue)}, and with the time an expression such as "two days later" or "the following
     * year" is counted from when the sentence names none before it: {@code earlier}, the one time of the sentence
     * before (null when there is none or more than one, so that the expression stays unresolved).
     */
    public List<TimeMention> find(String text, TimeValue published, TimeValue earlier) {
        if (!mayHoldTime(text)) return List.of();
        Interval span = published == null ? null : span(published);
        List<TimeMention> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (taken.stream().anyMatch(t -> t[0] < end && start < t[1])) continue;
                taken.add(new int[] {start, end});
                boolean future = looksAhead(text, start, end);
                Context early = new Context(text, span == null ? null : span.from, future);
                Context late = span == null || span.from.equals(span.to) ? early : new Context(text, span.to, future);
                Interval interval;
                try {
                    interval = rule.resolve.apply(m, early);
                    // Every rule moves forward with the publication day, so the two ends bound all days between.
                    if (late != early && interval != null) interval = union(interval, rule.resolve.apply(m, late));
                } catch (java.time.DateTimeException | IllegalArgumentException e) {
                    interval = null;
                }
                Optional<TimeValue> value = interval == null ? Optional.empty() : cover(interval);
                if (value.isEmpty()) continue;
                String rest = text.substring(end);
                boolean possessive = rest.startsWith("'s") || rest.startsWith("’s");
                out.add(new TimeMention(start, end, m.group(), value.get(), possessive, rule.partOfPeriod));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (published == null) out = withBorrowedYears(text, out);
        return List.copyOf(withLaterTimes(text, withDistances(text, out), earlier));
    }

    /** "two days later", "a year later", "the following month", "the next day": counted from an earlier time. */
    private static final Pattern LATER = Pattern.compile("\\b(?:(\\w+) (day|week|month|year)s? later|the (?:following|"
            + "next) (day|week|month|year))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Adds the times told as later than another: counted from the nearest time before them in the sentence, else
     * from {@code earlier}, and as precise as that time shifted by the distance ("on 3 May 2024. Two days later" is 5
     * May 2024, "in 2023. The following year" 2024); nothing without such a time.
     */
    private static List<TimeMention> withLaterTimes(String text, List<TimeMention> found, TimeValue earlier) {
        Matcher m = LATER.matcher(text);
        List<TimeMention> out = null;
        while (m.find()) {
            int start = m.start();
            // "in the next month", "over the following year": a span from now, not a time after another one
            if (m.group(3) != null && text.substring(0, start).matches("(?is).*\\b(in|over|within|during|for)\\s*$")) {
                continue;
            }
            TimeValue from = earlier;
            for (TimeMention t : found) if (t.end() <= start) from = t.value();
            if (from == null) continue;
            String unit = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
            long k = m.group(1) == null ? 1 : units(m.group(1));
            if (k < 0) continue;
            Interval base = span(from);
            Optional<TimeValue> value = cover(new Interval(plus(base.from, unit, k), plus(base.to, unit, k)));
            if (value.isEmpty()) continue;
            if (out == null) out = new ArrayList<>(found);
            out.removeIf(t -> t.start() < m.end() && start < t.end());   // "next day" read from the publication date
            out.add(new TimeMention(start, m.end(), m.group(), value.get(), false, false));
        }
        if (out == null) return found;
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "a week after", "less than a month before", "two years after": a distance from the time of another event. */
    private static final Pattern DISTANCE = Pattern.compile("\\b(?:(less than|within|under|more than|over|about|"
            + "some|nearly|almost|up to) )?(\\w+) (day|week|month|year)s? (after|before)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Adds the times told as a distance from a time named after them in the same clause: "a week after the summit on
     * 3 May" is 10 May, "two months after the election in March 2024" May 2024, and "less than a month after a treaty
     * signed in June 2023" some day of June or July 2023, so 2023 (marked as naming part of its value's period). A
     * distance that is only about or at least so much ("more than a year after") gives nothing. The new mention
     * spans from the distance to the end of the other time, which stays in the list as it was.
     */
    private static List<TimeMention> withDistances(String text, List<TimeMention> found) {
        if (found.isEmpty()) return found;
        List<TimeMention> out = new ArrayList<>(found);
        Matcher m = DISTANCE.matcher(text);
        while (m.find()) {
            int end = m.end();
            TimeMention anchor = found.stream().filter(t -> t.start() >= end).findFirst().orElse(null);
            if (anchor == null || CLAUSE_BREAK.matcher(text.substring(end, anchor.start())).find()) continue;
            String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            long k = units(m.group(2));
            boolean upTo = Set.of("less than", "within", "under", "up to").contains(qualifier);
            if (k < 0 || !qualifier.isEmpty() && !upTo) continue;
            Interval from = span(anchor.value());
            boolean after = m.group(4).equalsIgnoreCase("after");
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            long shift = after ? k : -k;
            Interval moved = new Interval(plus(from.from, unit, shift), plus(from.to, unit, shift));
            Interval covered = !upTo ? moved : after ? new Interval(from.from, moved.to) : new Interval(moved.from,
                    from.to);
            Optional<TimeValue> value = cover(covered);
            if (value.isEmpty()) continue;
            out.add(new TimeMention(m.start(), anchor.end(), text.substring(m.start(), anchor.end()), value.get(),
                    false, upTo));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** How many units a word before one counts: "two" 2, "a" or "an" 1; -1 for any other word ("several"). */
    private static long units(String word) {
        java.util.OptionalLong n = Quantities.count(word);
        return n.isPresent() ? n.getAsLong() : Set.of("a", "an").contains(word.toLowerCase(Locale.ROOT)) ? 1 : -1;
    }

    private static LocalDate plus(LocalDate d, String unit, long k) {
        return switch (unit) {
            case "day" -> d.plusDays(k);
            case "week" -> d.plusWeeks(k);
            case "month" -> d.plusMonths(k);
            default -> d.plusYears(k);
        };
    }

    /** Where a clause ends or starts: punctuation, and words that open a clause of their own. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\u2013\u2014]|\\b(?:that|who|which|where|"
            + "while|whereas|but)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the time expression at [{@code start}, {@code end}) of {@code text} is told as still to come: a word of
     * {@link #FUTURE} stands before it in its own clause ("will sign the treaty on Friday"), or, when the expression
     * opens its clause and a comma follows ("On Friday, Japan will sign"), in the clause after it. A word of another
     * clause says nothing about it: "X, who will attend the summit, visited Y on Monday", "X said on Monday that it
     * will sign", "X visited Y on Monday and will return in July" (a future word after the time is another verb's).
     */
    static boolean looksAhead(String text, int start, int end) {
        int from = 0;
        Matcher b = CLAUSE_BREAK.matcher(text);
        while (b.find() && b.end() <= start) from = b.end();
        String before = text.substring(from, start);
        if (FUTURE.matcher(before).find()) return !afterPastParticiple(before);
        String after = text.substring(end);
        int comma = after.indexOf(',');
        if (before.isBlank() && comma >= 0 && after.substring(0, comma).isBlank()) {
            int next = end + comma + 1;
            Matcher c = CLAUSE_BREAK.matcher(text);
            int to = c.find(next) ? c.start() : text.length();
            return FUTURE.matcher(text.substring(next, to)).find();
        }
        return false;
    }

    /** The last word before a time and its preposition, and the word before that one. */
    private static final Pattern LAST_VERB = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(?:(?:on|in|at|during)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Past participles that do not end in "-ed". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("held", "met", "made", "sent", "given", "taken",
            "struck", "won", "built", "sold", "brought", "bought", "led", "drawn", "written", "set", "agreed");
    /** Words before a participle that make it a passive or perfect of the clause's own verb group. */
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "is", "are", "was", "were", "get",
            "gets", "got", "have", "has", "had");

    /**
     * Whether the time right after {@code before} belongs to a past participle that modifies a noun ("under a deal
     * signed on Friday", "an agreement reached on Monday"): that verb's time is past, whatever a "will" before it says
     * of the clause's own verb. "will be signed on Friday" and "a delegation expected on Friday" still look ahead.
     */
    private static boolean afterPastParticiple(String before) {
        Matcher m = LAST_VERB.matcher(before);
        if (!m.find()) return false;
        String word = m.group(2).toLowerCase(Locale.ROOT);
        boolean participle = word.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(word);
        return participle && !FUTURE.matcher(word).find()
                && !AUXILIARIES.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** Month names as {@link #MONTH} matches them: each full name and abbreviation starts with one of these. */
    private static final List<String> MONTH_PREFIXES = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");
    /** Words of which every rule without a digit or a month name needs one, lower case (weekdays end in "day"). */
    private static final List<String> TIME_WORDS = List.of("day", "week", "month", "year", "tomorrow");

    /**
     * Whether any rule could match {@code text}: every rule needs an ASCII digit, a capitalised month name or one of
     * {@link #TIME_WORDS} (its rules are case-insensitive, so they are looked for in lower case). Most sentences have
     * none, and twenty regular expressions need not run over them. A rule added to {@link #RULES} must keep to this.
     */
    static boolean mayHoldTime(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        for (String month : MONTH_PREFIXES) if (text.contains(month)) return true;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : TIME_WORDS) if (lower.contains(word)) return true;
        return false;
    }

    /** DAY_MONTH and MONTH_DAY compiled once: {@link #withBorrowedYears} runs on every sentence of an undated article. */
    private static final Pattern DAY_MONTH_PATTERN = Pattern.compile(DAY_MONTH, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_PATTERN = Pattern.compile(MONTH_DAY, Pattern.CASE_INSENSITIVE);

    /**
     * Without a publication date, a day written without its year ("on 4 April and from 5-6 April 2016") takes the
     * year of the next time of the sentence that is at least a month of a year, when that time's month is not earlier
     * (so no year is carried back across a year's end).
     */
    private static List<TimeMention> withBorrowedYears(String text, List<TimeMention> found) {
        List<TimeMention> out = new ArrayList<>(found);
        for (Pattern pattern : List.of(DAY_MONTH_PATTERN, MONTH_DAY_PATTERN)) {
            Matcher m = pattern.matcher(text);
            boolean dayFirst = pattern == DAY_MONTH_PATTERN;
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (out.stream().anyMatch(t -> t.start() < end && start < t.end())) continue;
                Optional<YearMonth> next = found.stream().filter(t -> t.start() >= end)
                        .filter(t -> t.value().lexical().length() >= 7)
                        .map(t -> YearMonth.parse(t.value().lexical().substring(0, 7))).findFirst();
                Month month = month(m.group(dayFirst ? 2 : 1));
                if (next.isEmpty() || next.get().getMonth().compareTo(month) < 0) continue;
                try {
                    LocalDate day = LocalDate.of(next.get().getYear(), month, i(m, dayFirst ? 1 : 2));
                    out.add(new TimeMention(start, end, m.group(), new TimeValue(day.toString(), "date"), false, false));
                } catch (java.time.DateTimeException e) {
                    // no such day in that year: the day stays unresolved
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The value of the first time expression in {@code expression}, if it resolves. */
    public Optional<TimeValue> resolve(String expression, LocalDate published) {
        return find(expression, published).stream().findFirst().map(TimeMention::value);
    }

    /** Whether every day of {@code time} comes after every day of {@code reference}: "2025-08" after "2025-07-12". */
    public static boolean after(TimeValue time, TimeValue reference) {
        return span(time).from.isAfter(span(reference).to);
    }

    private static Interval span(TimeValue v) {
        return switch (v.datatype()) {
            case "date" -> day(LocalDate.parse(v.lexical()));
            case "gYearMonth" -> month(YearMonth.parse(v.lexical()));
            case "gYear" -> year(Integer.parseInt(v.lexical()));
            default -> throw new IllegalArgumentException("not a date, gYearMonth or gYear: " + v);
        };
    }

    private static Interval union(Interval a, Interval b) {
        if (b == null) return null;
        return new Interval(a.from.isBefore(b.from) ? a.from : b.from, a.to.isAfter(b.to) ? a.to : b.to);
    }

    private static Optional<TimeValue> cover(Interval in) {
        if (in.from.equals(in.to)) return Optional.of(new TimeValue(in.from.toString(), "date"));
        if (YearMonth.from(in.from).equals(YearMonth.from(in.to))) {
            return Optional.of(new TimeValue(YearMonth.from(in.from).toString(), "gYearMonth"));
        }
        if (in.from.getYear() == in.to.getYear()) {
            return Optional.of(new TimeValue(String.format("%04d", in.from.getYear()), "gYear"));
        }
        return Optional.empty();
    }

    private static Interval relative(Matcher m, Context c) {
        if (c.published == null) return null;
        // "the next year", "the past month": counted from another time (see withLaterTimes), or a span
        if (c.text.substring(0, m.start()).matches("(?is).*\\bthe\\s*$")) return null;
        String which = m.group(1).toLowerCase(Locale.ROOT);
        int shift = switch (which) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        LocalDate p = c.published;
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "year" -> year(p.getYear() + shift);
            case "month" -> month(YearMonth.from(p).plusMonths(shift));
            case "week" -> {
                LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                yield new Interval(monday, monday.plusDays(6));
            }
            default -> {
                LocalDate saturday = p.getDayOfWeek() == DayOfWeek.SUNDAY ? p.minusDays(1)
                        : p.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                saturday = saturday.plusWeeks(shift);
                yield new Interval(saturday, saturday.plusDays(1));
            }
        };
    }

    private static Interval bareMonth(Matcher m, Context c) {
        if (c.published == null) return null;
        Month month = month(m.group(2));
        String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        if (m.group(2).equals("May") && which.isEmpty()
                && !c.text.substring(0, m.start()).matches("(?s).*\\b(in|since|until|by|early|late|mid-?|of)\\s*$")) {
            return null;   // the modal verb, unless a preposition makes it the month
        }
        YearMonth now = YearMonth.from(c.published);
        YearMonth past = YearMonth.of(now.getYear(), month);
        if (past.isAfter(now) || which.equals("last") && past.equals(now)) past = past.minusYears(1);
        YearMonth next = YearMonth.of(now.getYear(), month);
        if (next.isBefore(now) || which.equals("next") && next.equals(now)) next = next.plusYears(1);
        boolean future = which.equals("next") || which.isEmpty() && c.future;
        if (which.equals("this")) return month(YearMonth.of(now.getYear(), month));
        return month(future ? next : past);
    }

    private static Interval weekday(Matcher m, Context c) {
        if (c.published == null) return null;
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        boolean bare = which.isEmpty() || which.equals("on") || which.equals("this");   // the tense decides
        if (which.equals("next") || bare && c.future) {
            return day(c.published.with(TemporalAdjusters.next(day)));
        }
        if (which.equals("last")) return day(c.published.with(TemporalAdjusters.previous(day)));
        return day(c.published.with(TemporalAdjusters.previousOrSame(day)));
    }

    private static Interval ago(Matcher m, Context c) {
        if (c.published == null) return null;
        java.util.OptionalLong n = Quantities.count(m.group(1));
        long k = n.isPresent() ? n.getAsLong() : m.group(1).equalsIgnoreCase("a") ? 1 : -1;
        if (k < 0) return null;
        LocalDate p = c.published;
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "day" -> day(p.minusDays(k));
            case "week" -> new Interval(p.minusWeeks(k).minusDays(3), p.minusWeeks(k).plusDays(3));
            case "month" -> month(YearMonth.from(p).minusMonths(k));
            default -> year(p.getYear() - (int) k);
        };
    }

    private static LocalDate dayInYear(Context c, Month month, int day) {
        LocalDate d = LocalDate.of(c.published.getYear(), month, day);
        if (!c.future && d.isAfter(c.published)) d = d.minusYears(1);
        if (c.future && d.isBefore(c.published)) d = d.plusYears(1);
        return d;
    }

    private static Rule rule(String regex, BiFunction<Matcher, Context, Interval> resolve) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), resolve, false);
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Whether a lower-case word is a month's full name ("may", "march"), as the rules read times and counts. */
    static boolean isMonthName(String lower) {
        return MONTH_NAMES.contains(lower);
    }

    private static Month month(String name) {
        String key = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(key)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static Interval day(LocalDate d) {
        return new Interval(d, d);
    }

    /** The days {@code first} to {@code last} of a month, or null when they are not in that order. */
    private static Interval days(int year, Month month, int first, int last) {
        return first < last ? new Interval(LocalDate.of(year, month, first), LocalDate.of(year, month, last)) : null;
    }

    private static Interval month(YearMonth ym) {
        return new Interval(ym.atDay(1), ym.atEndOfMonth());
    }

    private static Interval year(int y) {
        return new Interval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }
}
