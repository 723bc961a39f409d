package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.newsgraph.ConfigException;

/**
 * What the extractor knows, read from the data files under {@code /extract/} on the classpath: triggers per event
 * type, agreement nouns, force types, supply items, position titles, cues, lower-case descriptions and rule
 * strengths. Immutable.
 */
public final class Lexicon {
    /** A trigger entry: the event type, "verb" or "noun", and the lemma of the surface form. */
    public record Trigger(String type, String kind, String lemma) { }

    private final Map<String, List<Trigger>> triggers;
    private final Phrases agreements;
    private final Phrases forces;
    private final Phrases items;
    private final Set<String> heads;
    private final Set<String> pastWords;
    private final Set<String> joinedPastWords;
    private final Set<String> unheldWords;
    private final Set<String> honorifics;
    private final Set<String> sportWords;
    private final Set<String> teamHeads;
    private final Set<String> teamWords;
    private final Set<String> armedWords;
    private final Set<String> modifiers;
    private final Set<String> stateOffices;
    private final Set<String> portfolios;
    private final Set<String> coveringHeads;
    private final Map<String, String> leading;
    private final Map<String, Phrases> cues;
    private final Phrases governmentHeads;
    private final Map<List<String>, String> groupNames;
    private final Phrases groups;
    private final Set<String> anaphorHeads;
    private final Properties rules;

    /** A lexicon read from the resource folder {@code base} ("/extract/"). */
    Lexicon(String base) {
        Map<String, List<Trigger>> t = new HashMap<>();
        for (String line : lines(base + "triggers.txt")) {
            String[] parts = line.split(":", 2);
            String[] head = parts[0].trim().split("\\s+");
            if (parts.length != 2 || head.length != 3 || !head[1].matches("verb|noun")) {
                throw new ConfigException("bad trigger line in " + base + "triggers.txt: " + line);
            }
            for (String form : parts[1].trim().split("\\s+")) {
                t.computeIfAbsent(form, k -> new ArrayList<>()).add(new Trigger(head[0], head[1], head[2]));
            }
        }
        triggers = Map.copyOf(t);
        agreements = new Phrases(lines(base + "agreements.txt"));
        forces = new Phrases(lines(base + "forces.txt"));
        items = new Phrases(lines(base + "items.txt"));
        Map<String, List<String>> positions = groups(base + "positions.txt", "\\s+");
        heads = Set.copyOf(positions.getOrDefault("head", List.of()));
        modifiers = Set.copyOf(positions.getOrDefault("modifier", List.of()));
        stateOffices = Set.copyOf(positions.getOrDefault("state", List.of()));
        portfolios = Set.copyOf(positions.getOrDefault("portfolio", List.of()));
        coveringHeads = Set.copyOf(positions.getOrDefault("covering", List.of()));
        pastWords = Set.copyOf(positions.getOrDefault("past", List.of()));
        joinedPastWords = Set.copyOf(positions.getOrDefault("joinedpast", List.of()));
        unheldWords = Set.copyOf(positions.getOrDefault("unheld", List.of()));
        honorifics = Set.copyOf(positions.getOrDefault("honorific", List.of()));
        sportWords = Set.copyOf(positions.getOrDefault("sport", List.of()));
        teamHeads = Set.copyOf(positions.getOrDefault("teamhead", List.of()));
        teamWords = Set.copyOf(positions.getOrDefault("team", List.of()));
        armedWords = Set.copyOf(positions.getOrDefault("armed", List.of()));
        Map<String, String> led = new HashMap<>();
        for (String entry : positions.getOrDefault("leading", List.of())) {
            String[] parts = entry.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new ConfigException("bad leading entry in " + base + "positions.txt (want 'verb=position'): "
                        + entry);
            }
            led.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
        }
        leading = Map.copyOf(led);
        Map<String, Phrases> c = new HashMap<>();
        groups(base + "cues.txt", "\\s*\\|\\s*").forEach((k, v) -> c.put(k, new Phrases(v)));
        cues = Map.copyOf(c);
        Map<String, List<String>> descriptions = groups(base + "descriptions.txt", "\\s*\\|\\s*");
        governmentHeads = new Phrases(descriptions.getOrDefault("government", List.of()));
        Map<List<String>, String> names = new HashMap<>();
        for (String entry : descriptions.getOrDefault("group", List.of())) {
            String[] parts = entry.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new ConfigException("bad group entry in " + base + "descriptions.txt (want 'phrase = name'): "
                        + entry);
            }
            names.put(List.of(parts[0].trim().toLowerCase(Locale.ROOT).split("\\s+")), parts[1].trim());
        }
        groupNames = Map.copyOf(names);
        groups = new Phrases(names.keySet().stream().map(k -> String.join(" ", k)).toList());
        anaphorHeads = Set.copyOf(descriptions.getOrDefault("anaphor", List.of()));
        rules = new Properties();
        try (InputStream in = open(base + "rules.properties")) {
            rules.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + base + "rules.properties", e);
        }
    }

    /** The lexicon that ships with newsgraph. */
    public static Lexicon standard() {
        return new Lexicon("/extract/");
    }

    List<Trigger> triggers(String lowerForm) {
        return triggers.getOrDefault(lowerForm, List.of());
    }

    Phrases agreements() {
        return agreements;
    }

    Phrases forces() {
        return forces;
    }

    Phrases items() {
        return items;
    }

    boolean isPositionHead(String lower) {
        return heads.contains(lower);
    }

    boolean isPositionModifier(String lower) {
        return modifiers.contains(lower);
    }

    /** Whether a token as written is a capitalised word of a position title: "Prime", "Minister", "General". */
    boolean isTitleWord(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0))
                && (isPositionHead(lower) || isPositionModifier(lower));
    }

    /**
     * A word before a title that makes the post a past one ("former", "late"), or one about to end ("outgoing"); also
     * as the token "ex-" that the tokenizer leaves before a hyphenated title ("the ex-foreign minister"), and a word
     * that does so only with its hyphen ("then-" in "the then-defence minister").
     */
    boolean isPastWord(String lower) {
        if (!lower.endsWith("-")) return pastWords.contains(lower);
        String stem = lower.substring(0, lower.length() - 1);
        return pastWords.contains(stem) || joinedPastWords.contains(stem);
    }

    /**
     * A word of a title that names a post not held, or not yet ("nominee", "candidate"), also as the part of a
     * hyphenated word ("President-elect", "minister-designate").
     */
    boolean isUnheldWord(String lower) {
        if (unheldWords.contains(lower)) return true;
        for (String part : lower.split("-")) if (unheldWords.contains(part)) return true;
        return false;
    }

    /**
     * A courtesy word written before a name but no post of its own ("Sheikh", "Dr"), with or without its full stop:
     * positions.txt group "honorific".
     */
    boolean isHonorific(String lower) {
        return honorifics.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }

    /**
     * Whether the lower-case words of a position name a post in sport, not in politics, the military or an
     * organisation: a word of positions.txt group "sport" ("coach", "football"), or a head of group "teamhead"
     * ("captain") together with a word of group "team" ("captain of the team"; "head of the negotiating team" and
     * "Army Captain" stay posts). A post held for a named state or body whose name has the lower-case words {@code
     * owner} (empty for none): a "teamhead" held so is a side's ("Italy captain X") unless the post or the owner names
     * an armed service (group "armed": "Navy Captain X", "Italian Navy captain X").
     */
    boolean isSportsPost(List<String> words, List<String> owner) {
        boolean teamHead = false;
        boolean team = false;
        boolean armed = false;
        for (String w : words) {
            if (sportWords.contains(w)) return true;
            teamHead |= teamHeads.contains(w);
            team |= teamWords.contains(w);
            armed |= armedWords.contains(w);
        }
        for (String w : owner) armed |= armedWords.contains(w);
        return teamHead && (team || !owner.isEmpty() && !armed);
    }

    /**
     * The post that a present-tense verb gives its subject over the body it names ("heads" gives "head"), from
     * positions.txt group "leading", or null.
     */
    String ledPosition(String lower) {
        return leading.get(lower);
    }

    /** A position head that names an office of a state's government ("president", "minister"). */
    boolean isStateOffice(String lower) {
        return stateOffices.contains(lower);
    }

    /**
     * A head whose "for" phrase naming a place says what the post covers ("Minister for Central Asia"), from
     * positions.txt group "covering".
     */
    boolean isCoveringHead(String lower) {
        return coveringHeads.contains(lower);
    }

    /** A word naming a government department ("defence", "treasury"), which makes a state office a ministry's. */
    boolean isPortfolio(String lower) {
        return portfolios.contains(lower);
    }

    /**
     * The cue phrases of a group in cues.txt: negation, modality, hypothetical, attribution, boundary, and the groups
     * that particular rules read (state nouns, backing verbs, trigger lemmas with wordings of their own ...).
     */
    Phrases cues(String group) {
        Phrases p = cues.get(group);
        if (p == null) throw new ConfigException("no cue group '" + group + "' in /extract/cues.txt");
        return p;
    }

    /**
     * Whether the trigger's lemma is listed in cue group {@code group}: groups of trigger lemmas that a rule reads in
     * their own way ("receiving", "arriving", "greeting").
     */
    boolean lemmaIn(String group, Trigger trig) {
        return cues(group).matchAt(List.of(trig.lemma()), 0) > 0;
    }

    /** Heads that name a state's government: "government", "regime" (descriptions.txt group "government"). */
    Phrases governmentHeads() {
        return governmentHeads;
    }

    /** Phrases that, after a nationality word, name a group of that country (descriptions.txt group "group"). */
    Phrases groups() {
        return groups;
    }

    /** The name a group phrase gives after the nationality word: "opposition forces" gives "opposition". */
    String groupName(List<String> phrase) {
        return groupNames.get(phrase);
    }

    /** Whether "the … {@code lower}" stands for the one organisation whose name holds that word ("coalition"). */
    boolean isAnaphorHead(String lower) {
        return anaphorHeads.contains(lower);
    }

    double number(String key) {
        String v = rules.getProperty(key);
        if (v == null) throw new ConfigException("no rule setting '" + key + "' in /extract/rules.properties");
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("rule setting '" + key + "' is not a number: " + v);
        }
    }

    /** A set of lower-case phrases of one or more tokens, matched against token sequences, longest first. */
    static final class Phrases {
        private final Set<List<String>> phrases = new HashSet<>();
        private int longest;

        Phrases(List<String> entries) {
            for (String e : entries) {
                List<String> words = Arrays.asList(e.trim().toLowerCase(Locale.ROOT).split("\\s+"));
                phrases.add(List.copyOf(words));
                longest = Math.max(longest, words.size());
            }
        }

        /** Length of the longest phrase starting at token {@code i}, or 0. */
        int matchAt(List<String> lower, int i) {
            for (int n = Math.min(longest, lower.size() - i); n > 0; n--) {
                if (phrases.contains(lower.subList(i, i + n))) return n;
            }
            return 0;
        }

        /** Whether a phrase starts at a token in [from, to). */
        boolean anyIn(List<String> lower, int from, int to) {
            for (int i = from; i < to; i++) if (matchAt(lower, i) > 0) return true;
            return false;
        }

        boolean contains(String word) {
            return phrases.contains(List.of(word));
        }
    }

    private static Map<String, List<String>> groups(String resource, String separator) {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : lines(resource)) {
            int colon = line.indexOf(':');
            if (colon <= 0) throw new ConfigException("bad line in " + resource + " (want 'group: …'): " + line);
            String group = line.substring(0, colon).trim();
            for (String entry : line.substring(colon + 1).trim().split(separator)) {
                if (!entry.isBlank()) out.computeIfAbsent(group, k -> new ArrayList<>()).add(entry.trim());
            }
        }
        return out;
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }

    private static InputStream open(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) throw new ConfigException("extractor resource missing from the classpath: " + resource);
        return in;
    }
}
