package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.NewsgraphException;

/**
 * The name-finder training corpus under {@code /ner/corpus/}: templates filled from slot lists (deterministic for a
 * seed) plus hand-written sentences, all as plain text with typed character spans. See the corpus README.
 */
public final class NerCorpus {
    /** Every resource the trained model depends on (corpus, feature description, gazetteer), in hashing order. */
    public static final List<String> RESOURCES = resources();
    static final String CORPUS = "/ner/corpus/";
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z_]+)(?::(upper))?}");
    private static final Pattern SECTION = Pattern.compile("\\[([A-Z_]+)\\s+(PER|ORG|LOC|NORP|O)]");
    private static final Pattern MARK = Pattern.compile("<START:(PER|ORG|LOC|NORP)>\\s*(.*?)\\s*<END>");

    /** A sentence with its names as character spans. */
    public record Sample(String text, List<Name> names) {
        public Sample {
            names = List.copyOf(names);
        }
    }

    /** A typed character span of a sample's text. */
    public record Name(int start, int end, String type) {
    }

    private record Slot(String type, List<String> values) {
    }

    private static List<String> resources() {
        List<String> r = new ArrayList<>();
        r.add(CORPUS + "templates.txt");
        r.add(CORPUS + "slots.txt");
        r.add(CORPUS + "handwritten.txt");
        r.add("/ner/features.xml");
        Gazetteer.LISTS.values().forEach(files -> files.forEach(f -> r.add("/ner/gazetteer/" + f)));
        return List.copyOf(r);
    }

    private final Map<String, Slot> slots;
    private final List<String> templates;
    private final List<String> handwritten;
    private final Gazetteer gazetteer;
    private final Set<String> knownNames;

    public NerCorpus() {
        gazetteer = Gazetteer.standard();
        slots = readSlots();
        templates = Gazetteer.readLines(CORPUS + "templates.txt");
        handwritten = Gazetteer.readLines(CORPUS + "handwritten.txt");
        knownNames = new HashSet<>();
        knownNames.addAll(gazetteer.names("first"));
        knownNames.addAll(gazetteer.names("sur"));
    }

    private Map<String, Slot> readSlots() {
        Map<String, Slot> m = new LinkedHashMap<>();
        String name = null;
        String type = null;
        List<String> values = null;
        for (String line : Gazetteer.readLines(CORPUS + "slots.txt")) {
            Matcher sec = SECTION.matcher(line);
            if (sec.matches()) {
                if (name != null) m.put(name, new Slot(type, values));
                name = sec.group(1);
                type = sec.group(2);
                values = new ArrayList<>();
            } else if (values == null) {
                throw new NewsgraphException("slots.txt: value before the first [SECTION TYPE] line: " + line);
            } else if (line.startsWith("@gazetteer ")) {
                values.addAll(Gazetteer.readLines("/ner/gazetteer/" + line.substring(11).strip()));
            } else {
                values.add(line);
            }
        }
        if (name != null) m.put(name, new Slot(type, values));
        return m;
    }

    /** The whole corpus for a seed: {@code count} filled templates, then the hand-written sentences twice. */
    public List<Sample> samples(long seed, int count) {
        Random rnd = new Random(seed);
        List<Sample> out = new ArrayList<>(count + 2 * handwritten.size());
        for (int i = 0; i < count; i++) out.add(fill(templates.get(rnd.nextInt(templates.size())), rnd));
        for (int pass = 0; pass < 2; pass++) {
            for (String line : handwritten) out.add(parseMarked(line));
        }
        return out;
    }

    public List<String> templates() {
        return templates;
    }

    public List<String> handwritten() {
        return handwritten;
    }

    /** Parses OpenNLP-style {@code <START:TYPE> name <END>} markup into text and spans. */
    static Sample parseMarked(String line) {
        StringBuilder text = new StringBuilder();
        List<Name> names = new ArrayList<>();
        Matcher m = MARK.matcher(line);
        int last = 0;
        while (m.find()) {
            text.append(line, last, m.start());
            int s = text.length();
            text.append(m.group(2));
            names.add(new Name(s, text.length(), m.group(1)));
            last = m.end();
        }
        text.append(line.substring(last));
        if (text.indexOf("<START") >= 0 || text.indexOf("<END>") >= 0) {
            throw new NewsgraphException("handwritten.txt: unbalanced markup in: " + line);
        }
        return new Sample(text.toString(), names);
    }

    Sample fill(String template, Random rnd) {
        StringBuilder text = new StringBuilder();
        List<Name> names = new ArrayList<>();
        expand(template, rnd, text, names, true, 0);
        String t = text.toString();
        if (t.endsWith("..")) t = t.substring(0, t.length() - 1); // a value ending in "U.S." before the full stop
        // capitalise a sentence that starts with a lowercase word ("the Kremlin said")
        if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return new Sample(t, names);
    }

    private void expand(String pattern, Random rnd, StringBuilder text, List<Name> names, boolean keepNames,
                        int depth) {
        if (depth > 5) throw new NewsgraphException("slots.txt: slot values nest too deeply in: " + pattern);
        Matcher m = SLOT.matcher(pattern);
        int last = 0;
        while (m.find()) {
            text.append(pattern, last, m.start());
            String slotName = m.group(1);
            boolean upper = m.group(2) != null;
            int start = text.length();
            String type;
            if (slotName.equals("PER")) {
                text.append(personName(rnd));
                type = "PER";
            } else if (slotName.equals("SURNAME")) {
                text.append(surname(rnd));
                type = "PER";
            } else if (slotName.equals("TOWN")) {
                text.append(invented(rnd, "TOWN_END"));
                type = "LOC";
            } else {
                Slot slot = slots.get(slotName);
                if (slot == null) throw new NewsgraphException("templates: unknown slot {" + slotName + "}");
                String value = slot.values().get(rnd.nextInt(slot.values().size()));
                boolean typed = !slot.type().equals("O");
                expand(value, rnd, text, names, keepNames && !typed, depth + 1);
                type = slot.type();
            }
            if (upper) {
                String up = text.substring(start).toUpperCase(Locale.ROOT);
                text.setLength(start);
                text.append(up);
            }
            if (keepNames && !type.equals("O")) names.add(new Name(start, text.length(), type));
            last = m.end();
        }
        text.append(pattern.substring(last));
    }

    /** Half the time a listed name, half the time an invented one, so the model learns from context too. */
    private String personName(Random rnd) {
        String first = rnd.nextBoolean() ? pick(gazetteer.names("first"), rnd) : invented(rnd, "FIRST_END");
        int shape = rnd.nextInt(20);
        if (shape == 0) first = first + "-" + (rnd.nextBoolean() ? pick(gazetteer.names("first"), rnd)
                : invented(rnd, "FIRST_END"));
        String middle = shape == 1 || shape == 2 ? " " + (char) ('A' + rnd.nextInt(26)) + "." : "";
        return first + middle + " " + surname(rnd);
    }

    private String surname(Random rnd) {
        if (rnd.nextBoolean()) return pick(gazetteer.names("sur"), rnd);
        String s = invented(rnd, "SUR_END");
        int shape = rnd.nextInt(25);
        if (shape == 0) s = s + "-" + invented(rnd, "SUR_END");
        if (shape == 1) s = pick(slots.get("SUR_PARTICLE").values(), rnd).replace('_', ' ') + s;
        return s;
    }

    /** A name built from syllables that is in no list. */
    private String invented(Random rnd, String endSlot) {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder b = new StringBuilder(pick(slots.get("SYL_START").values(), rnd));
            if (rnd.nextInt(3) == 0) b.append(pick(slots.get("SYL_MID").values(), rnd));
            b.append(pick(slots.get(endSlot).values(), rnd));
            String name = Character.toUpperCase(b.charAt(0)) + b.substring(1);
            if (!knownNames.contains(name)) return name;
        }
        throw new NewsgraphException("slots.txt: cannot invent a name that is in no list from the syllables");
    }

    private static String pick(List<String> values, Random rnd) {
        return values.get(rnd.nextInt(values.size()));
    }

    /** SHA-256 (hex) over every corpus and gazetteer resource, in {@link #RESOURCES} order. */
    public static String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String r : RESOURCES) {
                try (InputStream in = NerCorpus.class.getResourceAsStream(r)) {
                    if (in == null) throw new NewsgraphException("corpus resource not on the classpath: " + r);
                    md.update(r.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new NewsgraphException("cannot hash the NER corpus: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new NewsgraphException("SHA-256 missing from this JVM", e);
        }
    }
}
