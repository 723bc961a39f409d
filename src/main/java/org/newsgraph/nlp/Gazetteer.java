package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.newsgraph.NewsgraphException;

/**
 * The name lists under {@code /ner/gazetteer/}: one name a line, {@code #} starts a comment. Each list has a short
 * feature key (loc, org, norp, first, sur, title). Immutable and thread-safe.
 */
public final class Gazetteer {
    /** Feature key to the resources that make up the list. */
    public static final Map<String, List<String>> LISTS = lists();
    /** The type a list's entries carry as mentions, for the lists that are entity types. */
    public static final Map<String, String> ENTITY_TYPES = Map.of("loc", "LOC", "org", "ORG", "norp", "NORP");

    private static Map<String, List<String>> lists() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("loc", List.of("loc-countries.txt", "loc-places.txt"));
        m.put("org", List.of("org.txt"));
        m.put("norp", List.of("norp.txt"));
        m.put("first", List.of("first-names.txt"));
        m.put("sur", List.of("surnames.txt"));
        m.put("title", List.of("titles.txt"));
        return m;
    }

    private final Map<String, List<String>> entries;

    private Gazetteer(Map<String, List<String>> entries) {
        this.entries = entries;
    }

    private static final class Holder {
        static final Gazetteer DEFAULT = load();
    }

    /** The shipped lists, read once. */
    public static Gazetteer standard() {
        return Holder.DEFAULT;
    }

    private static Gazetteer load() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        LISTS.forEach((key, files) -> {
            Set<String> names = new LinkedHashSet<>();
            for (String f : files) names.addAll(readLines("/ner/gazetteer/" + f));
            m.put(key, List.copyOf(names));
        });
        return new Gazetteer(m);
    }

    /** Non-blank, non-comment lines of a classpath resource, trimmed. */
    static List<String> readLines(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) throw new NewsgraphException("resource not on the classpath: " + resource);
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new NewsgraphException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    public List<String> names(String key) {
        List<String> l = entries.get(key);
        if (l == null) throw new NewsgraphException("no gazetteer list '" + key + "'; known: " + entries.keySet());
        return l;
    }

    /** Lower-cased case-insensitive set of titles, for stripping them off person names. */
    public Set<String> titlesLowerCase() {
        Set<String> s = new LinkedHashSet<>();
        for (String t : names("title")) s.add(t.toLowerCase(Locale.ROOT));
        return s;
    }

    /**
     * The lower-case particles that open or join the parts of a person's family name ("von", "der", "bin", "da"),
     * from the {@code [PARTICLE]} section of {@code /ner/name-words.txt}.
     */
    public static Set<String> nameParticles() {
        return NameParticles.particles();
    }

    /** An OpenNLP dictionary of one list, each entry tokenised by the project's tokenizer. */
    public Dictionary dictionary(String key, TextSegmenter segmenter, int minTokens) {
        Dictionary d = new Dictionary(true);
        for (String name : names(key)) {
            String[] toks = segmenter.tokenize(name, 0, name.length()).stream()
                    .map(s -> name.substring(s.getStart(), s.getEnd())).toArray(String[]::new);
            if (toks.length < minTokens) continue;
            d.put(new StringList(toks));
            // the same name with typographic apostrophes ("Da’esh")
            if (name.indexOf('\'') >= 0) {
                String[] curly = new String[toks.length];
                for (int i = 0; i < toks.length; i++) curly[i] = toks[i].replace('\'', '’');
                d.put(new StringList(curly));
            }
        }
        return d;
    }
}
