package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.NewsgraphException;

/**
 * DATE, NUMBER, PERCENT and MONEY spans found by the regular expressions in {@code /ner/values.txt}. Where matches
 * overlap, the longest wins, and on equal length the pattern listed first. Immutable and thread-safe.
 */
public final class ValueFinder {
    /** A value span over a text. */
    public record Value(int start, int end, String type) {
    }

    private record Rule(String type, Pattern pattern, int order) {
    }

    private static final double CONFIDENCE = 0.9;
    private final List<Rule> rules;

    private ValueFinder(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    private static final class Holder {
        static final ValueFinder DEFAULT = load("/ner/values.txt");
    }

    public static ValueFinder standard() {
        return Holder.DEFAULT;
    }

    static ValueFinder load(String resource) {
        Map<String, String> macros = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (String line : Gazetteer.readLines(resource)) {
            if (line.startsWith("@define ")) {
                String[] def = line.substring(8).strip().split("\t");
                if (def.length != 2) {
                    throw new NewsgraphException(resource + ": expected @define NAME<tab>REGEX in: " + line);
                }
                macros.put("@" + def[0].strip(), expand(def[1], macros));
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) throw new NewsgraphException(resource + ": expected TYPE<tab>REGEX in: " + line);
            try {
                rules.add(new Rule(parts[0], Pattern.compile(expand(parts[1], macros)), rules.size()));
            } catch (RuntimeException e) {
                throw new NewsgraphException(resource + ": bad pattern in: " + line + " (" + e.getMessage() + ")", e);
            }
        }
        return new ValueFinder(rules);
    }

    private static String expand(String pattern, Map<String, String> macros) {
        String out = pattern;
        // longest macro names first, so @MONTH_NOT_MAY is not read as @MONTH + "_NOT_MAY"
        List<String> names = new ArrayList<>(macros.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) out = out.replace(name, macros.get(name));
        return out;
    }

    /** Non-overlapping values in {@code text}, ordered by start. */
    public List<Value> find(CharSequence text) {
        record Hit(int start, int end, Rule rule) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) hits.add(new Hit(m.start(), m.end(), r));
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.start() - h.end()).thenComparingInt(h -> h.rule().order())
                .thenComparingInt(Hit::start));
        List<Value> chosen = new ArrayList<>();
        for (Hit h : hits) {
            boolean free = chosen.stream().noneMatch(v -> v.start() < h.end() && h.start() < v.end());
            if (free) chosen.add(new Value(h.start(), h.end(), h.rule().type()));
        }
        chosen.sort(Comparator.comparingInt(Value::start));
        return chosen;
    }

    static double confidence() {
        return CONFIDENCE;
    }
}
