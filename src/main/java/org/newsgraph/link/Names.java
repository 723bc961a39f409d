package org.newsgraph.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a surface name into the key the knowledge base is indexed by: case, diacritics, apostrophes (after a possessive
 * "'s" is cut off), a leading "the", dots, hyphens and a few common transliteration variants of given names are folded
 * away, so "the DPRK's", "Sana'a" and "Kim Jong-un" meet "DPRK", "Sanaa" and "Kim Jong Un".
 */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Spelling variants that news outlets use for the same name; each folds to one form. */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("sergei", "sergey"), Map.entry("sergej", "sergey"),
            Map.entry("dmitri", "dmitry"), Map.entry("dmitriy", "dmitry"),
            Map.entry("aleksandr", "alexander"), Map.entry("alexandr", "alexander"),
            Map.entry("aleksander", "alexander"), Map.entry("alyaksandr", "alexander"),
            Map.entry("andrei", "andrey"), Map.entry("nikolay", "nikolai"),
            Map.entry("valeriy", "valery"), Map.entry("valerii", "valery"), Map.entry("valeri", "valery"),
            Map.entry("yevgeny", "evgeny"), Map.entry("yevgeniy", "evgeny"), Map.entry("yuri", "yury"),
            Map.entry("oleksiy", "oleksii"), Map.entry("mikhael", "mikhail"),
            Map.entry("zelenskyy", "zelensky"), Map.entry("zelenskiy", "zelensky"),
            Map.entry("lukashenka", "lukashenko"), Map.entry("mohammad", "mohammed"),
            Map.entry("muhammad", "mohammed"),
            // Ukrainian and Russian forms of one given name, both used in English news for the same person
            Map.entry("kyrylo", "kirill"), Map.entry("oleksandr", "alexander"), Map.entry("volodymyr", "vladimir"),
            Map.entry("mykola", "nikolai"), Map.entry("serhiy", "sergey"), Map.entry("serhii", "sergey"),
            Map.entry("dmytro", "dmitry"), Map.entry("andriy", "andrey"), Map.entry("andrii", "andrey"));

    /** Words of institution names that many states share (a council, a ministry of defence, a national assembly). */
    private static final java.util.Set<String> GENERIC_WORDS = java.util.Set.of(
            "security", "council", "national", "supreme", "general", "assembly", "ministry", "of", "foreign",
            "affairs", "defence", "defense", "interior", "state", "federal", "parliament", "senate", "court",
            "central", "bank", "committee", "congress", "human", "rights", "high", "commission", "department",
            "office", "agency", "intelligence", "service", "guard", "army", "navy", "air", "force", "forces");

    /** What follows a news agency's own name in running text, longest first. */
    private static final java.util.List<String> NEWS_SUFFIXES = java.util.List.of("news agency", "news service",
            "agency");

    /** Particles of family names ("von der", "bin", "da"), lower case as keys are. */
    private static final java.util.Set<String> PARTICLES = org.newsgraph.nlp.Gazetteer.nameParticles();

    private Names() {
    }

    /**
     * Whether a key is a person's fuller name rather than a family name alone: it has two words or more and does
     * not open with a particle ("sergey lavrov", but not "lavrov" or "von der leyen").
     */
    static boolean isFullName(String key) {
        int space = key.indexOf(' ');
        return space > 0 && !PARTICLES.contains(key.substring(0, space));
    }

    /**
     * The family name with its particles that a person's key ends with, from the first particle after the first word
     * ("von der leyen" of "ursula von der leyen", "bin salman" of "mohammed bin salman", "da silva" of "luiz inacio
     * lula da silva"); none when no particle comes before the last word. Only the first: "al thani" alone names a
     * whole family, not the one person of "tamim bin hamad al thani".
     */
    static java.util.List<String> particleFamilyNames(String key) {
        String[] words = key.split(" ");
        if (words.length < 3 || PARTICLES.contains(words[words.length - 1])) return java.util.List.of();
        for (int i = 1; i < words.length - 1; i++) {
            if (PARTICLES.contains(words[i])) {
                return java.util.List.of(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
            }
        }
        return java.util.List.of();
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'').replace('`', '\'');
        s = s.toLowerCase(Locale.ROOT).strip();
        if (s.endsWith("'s")) s = s.substring(0, s.length() - 2);
        else if (s.endsWith("s'")) s = s.substring(0, s.length() - 1);
        s = s.replace("'", "").replace(".", "").replace(',', ' ');
        s = s.replace('-', ' ').replace('\u2010', ' ').replace('\u2013', ' ');
        s = SPACES.matcher(s).replaceAll(" ").strip();
        if (s.startsWith("the ")) s = s.substring(4);
        StringBuilder out = new StringBuilder(s.length());
        for (String token : s.split(" ")) {
            if (token.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(VARIANTS.getOrDefault(token, token));
        }
        return out.toString();
    }

    /**
     * Whether a name is generic, the kind many states' bodies share ("Security Council", "Foreign Ministry"): two or
     * more words, all from the common vocabulary of institutions, with no acronym or proper name telling whose it is.
     */
    static boolean isGeneric(String name) {
        String[] words = key(name).split(" ");
        if (words.length < 2) return false;
        for (String w : words) if (!GENERIC_WORDS.contains(w)) return false;
        return true;
    }

    /** A name's key without a trailing "news agency", "news service" or "agency" ("Tass News Service" -> "tass"). */
    static String withoutNewsSuffix(String name) {
        String key = key(name);
        for (String suffix : NEWS_SUFFIXES) {
            if (key.endsWith(" " + suffix)) return key.substring(0, key.length() - suffix.length() - 1);
        }
        return key;
    }

    /** The last word of a name's key, for matching a bare surname ("Lavrov") to a person. */
    static String lastWord(String key) {
        int space = key.lastIndexOf(' ');
        return space < 0 ? key : key.substring(space + 1);
    }
}
