package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names (and place names) that hold lower-case particles ("Ursula von der Leyen", "Tamim bin Hamad Al
 * Thani", "Maria dos Santos") made whole, over an article's name mentions. The name finder often stops at a particle,
 * so that one person comes out as two ("Tamim" and "Hamad Al Thani", the second then taken for the subject of the
 * sentence) or as the last word of the family name alone ("Leyen"). Within a sentence:
 * <ol>
 * <li>a person mention, a chain of particles ({@code [PARTICLE]} in {@code name-words.txt}, at most three, "al-"
 *     with its hyphen counting as one) and a second person mention are one person; so are a person mention, such a
 *     chain and a one-word place or organisation mention, the family name taken for a place ("Maria dos" +
 *     "Santos");</li>
 * <li>a person mention followed by such a chain and capitalised name words that no mention covers takes them in
 *     ("Mark" + "van Bommel"); a capitalised "Al" or "El" before a further name word goes with them;</li>
 * <li>a person mention right after such a chain takes the chain in as the start of its family name ("de Gaulle",
 *     "Von der Leyen"; the first particle may be capitalised), and a listed given name that no mention covers right
 *     before the chain as well ("Ursula" + "von der Leyen").</li>
 * </ol>
 * A place mention, place particles and a second place mention are one place ("Mocimboa" + "da" + "Praia", see
 * {@link #joinPlace}), and so are an unlisted place mention and a person mention that opens with place particles
 * ("Mocimboa" + "da Praia", {@link #placeTail}). A chain after "a", "the" or a possessive is a common word ("a
 * van"), and particles with no person or place mention next to them ("the de facto leader", "Le Monde") are left
 * alone. A title before the name stays out of it: the name finder's spans come without titles ({@link
 * NameSpans#clean}). Stateless apart from the lists; thread-safe.
 */
final class NameParticles {
    private static final int MAX_CHAIN = 3;
    private static final int MAX_NAME_WORDS = 4;
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "his", "her", "its",
            "their", "our", "my", "your");
    /** Capitalised particles that may stand inside a name after a lower-case chain ("bin Hamad Al Thani"). */
    private static final Set<String> INNER_CAPITALISED = Set.of("Al", "El");
    /** The particles that also join the words of a place's name ("Rio de Janeiro", "Mocimboa da Praia"). */
    private static final Set<String> PLACE_PARTICLES = Set.of("de", "del", "della", "di", "da", "das", "dos", "du",
            "des", "la", "le");
    private final Set<String> particles;
    private final Set<String> givenNames;
    private final Set<String> titles;
    private final Set<String> places;

    NameParticles(Gazetteer gazetteer) {
        this.particles = particles();
        this.places = Set.copyOf(gazetteer.names("loc"));
        this.givenNames = Set.copyOf(gazetteer.names("first"));
        this.titles = gazetteer.titlesLowerCase();
    }

    /** The {@code [PARTICLE]} words of {@code name-words.txt}. */
    static Set<String> particles() {
        Set<String> p = NameSpans.sections(NameSpans.NAME_WORDS).getOrDefault("PARTICLE", Set.of());
        if (p.isEmpty()) {
            throw new org.newsgraph.NewsgraphException(NameSpans.NAME_WORDS + " needs a [PARTICLE] section");
        }
        return Set.copyOf(p);
    }

    /** The article's mentions with particle names joined as described above, ordered by start. */
    List<Mention> join(String text, List<Sentence> sentences, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        List<List<Mention>> bySentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) bySentence.add(new ArrayList<>());
        for (Mention m : mentions) {
            if (m.sentence() >= 0 && m.sentence() < sentences.size()) bySentence.get(m.sentence()).add(m);
            else out.add(m);
        }
        for (Sentence s : sentences) out.addAll(joinSentence(text, s, bySentence.get(s.index())));
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private List<Mention> joinSentence(String text, Sentence sentence, List<Mention> mentions) {
        List<Token> toks = sentence.tokens();
        // every join needs a particle (lower case, or capitalised before a name): most sentences have none
        if (toks.stream().noneMatch(t -> particles.contains(t.text().toLowerCase(Locale.ROOT)))) return mentions;
        List<Mention> current = new ArrayList<>(mentions);
        boolean changed = true;
        while (changed) {
            changed = false;
            int[] owner = owners(toks, current);
            for (int i = 0; i < current.size() && !changed; i++) {
                Mention m = current.get(i);
                boolean person = m.type().equals("PER");
                if (!person && !m.type().equals("LOC")) continue;
                int first = tokenStarting(toks, m.start());
                int last = tokenEnding(toks, m.end());
                if (first < 0 || last < 0) continue;
                int[] joined = person ? joinRight(toks, owner, current, last + 1)
                        : joinPlace(toks, owner, current, m, last + 1);
                int from = first;
                int to = last + 1;
                Mention absorbed = null;
                if (joined != null) {
                    to = joined[0];
                    if (joined[1] >= 0) absorbed = current.get(joined[1]);
                } else if (person) {
                    from = extendLeft(toks, owner, first);
                }
                if (from == first && to == last + 1) continue;
                int s = toks.get(from).start();
                int e = toks.get(to - 1).end();
                double confidence = absorbed == null ? m.confidence() : Math.min(m.confidence(), absorbed.confidence());
                current.remove(m);
                if (absorbed != null) current.remove(absorbed);
                current.add(new Mention(s, e, m.type(), text.substring(s, e), m.sentence(), confidence));
                changed = true;
            }
        }
        return current;
    }

    /**
     * After a person mention ending before token {@code k}: the end (exclusive) of the name once a particle chain and
     * what follows it are taken in, and the index of a person mention swallowed whole (or -1); null when nothing
     * joins.
     */
    private int[] joinRight(List<Token> toks, int[] owner, List<Mention> current, int k) {
        int chain = chainLength(toks, k);
        if (chain == 0) return null;
        for (int c = k; c < k + chain; c++) if (owner[c] >= 0) return null;
        int j = k + chain;
        if (j >= toks.size()) return null;
        if (owner[j] >= 0) {
            Mention next = current.get(owner[j]);
            if (next.start() != toks.get(j).start() || next.type().equals("NORP")) return null;
            // a family name after the particles that the name finder took for a place ("Maria dos" + "Santos")
            if (!next.type().equals("PER") && next.end() != toks.get(j).end()) return null;
            int end = tokenEnding(toks, next.end());
            return end < 0 ? null : new int[] {end + 1, owner[j]};
        }
        if (!isNameWord(toks.get(j).text())) return null;
        int end = j + 1;
        int words = 1;
        while (end < toks.size() && words < MAX_NAME_WORDS && owner[end] < 0) {
            String w = toks.get(end).text();
            if (isNameWord(w)) {
                end++;
                words++;
            } else if (INNER_CAPITALISED.contains(w) && end + 1 < toks.size() && owner[end + 1] < 0
                    && isNameWord(toks.get(end + 1).text())) {
                end += 2;
                words++;
            } else {
                break;
            }
        }
        return new int[] {end, -1};
    }

    /**
     * After a place mention ending before token {@code k}: as {@link #joinRight} for a place, which takes in only a
     * further place mention after place particles ("Mocimboa" + "da" + "Praia"), never a word no mention covers, so
     * that a person the name finder missed after a place ("In Paris de Villepin said") does not become the place.
     */
    private int[] joinPlace(List<Token> toks, int[] owner, List<Mention> current, Mention place, int k) {
        int chain = chainLength(toks, k);
        if (chain == 0 || !placeParticles(toks, k, chain)) return null;
        if (owner[k] >= 0) return placeTail(toks, place, current.get(owner[k]), owner[k], k, k + chain);
        for (int c = k; c < k + chain; c++) {
            if (owner[c] >= 0) return null;
        }
        int j = k + chain;
        if (j >= toks.size() || owner[j] < 0) return null;
        Mention next = current.get(owner[j]);
        if (!next.type().equals("LOC") || next.start() != toks.get(j).start()) return null;
        int end = tokenEnding(toks, next.end());
        return end < 0 ? null : new int[] {end + 1, owner[j]};
    }

    /**
     * A person mention that opens with place particles right after a place mention ("Mocimboa" + "da Praia"): the
     * name finder cut the place's name at its particle and took the rest for a person's family name. It is the
     * place's tail when the place mention alone is no listed place (a listed one, "In Paris de Villepin said", is
     * followed by a person); {@link #joinPlace} has checked that every word of the chain, tokens {@code k} up to
     * {@code chainEnd}, is a place particle.
     */
    private int[] placeTail(List<Token> toks, Mention place, Mention next, int nextIndex, int k, int chainEnd) {
        if (!next.type().equals("PER") || next.start() != toks.get(k).start() || places.contains(place.text())) {
            return null;
        }
        int end = tokenEnding(toks, next.end());
        return end < chainEnd ? null : new int[] {end + 1, nextIndex};
    }

    /** Whether every word of the particle chain of {@code length} at token {@code k} is a place particle. */
    private static boolean placeParticles(List<Token> toks, int k, int length) {
        for (int c = k; c < k + length; c++) {
            if (!PLACE_PARTICLES.contains(toks.get(c).text())) return false;
        }
        return true;
    }

    /**
     * Where a person mention starting at token {@code first} starts once a particle chain before it is taken in
     * (and a listed given name before a lower-case chain); {@code first} when nothing is.
     */
    private int extendLeft(List<Token> toks, int[] owner, int first) {
        int b = first;
        for (int n = 0; n < MAX_CHAIN; n++) {
            int len = chainEndingBefore(toks, b);
            if (len == 0) break;
            b -= len;
        }
        if (b == first) return first;
        for (int i = b; i < first; i++) {
            if (owner[i] >= 0) return first;
            // only the chain's first word may be capitalised: "Von der Leyen", not "von Der Leyen"
            if (i > b && !toks.get(i).text().equals("-") && !particles.contains(toks.get(i).text())) return first;
        }
        boolean capitalised = !particles.contains(toks.get(b).text());
        if (b == 0) return b;
        String before = toks.get(b - 1).text();
        if (DETERMINERS.contains(before.toLowerCase(Locale.ROOT)) || before.equals("'s") || before.equals("’s")) {
            return first; // "a van", "the de ..."
        }
        if (capitalised) {
            // "Von der Leyen" opens a clause; after a capitalised word the particle belongs to a longer name
            return Character.isUpperCase(before.codePointAt(0)) ? first : b;
        }
        if (owner[b - 1] < 0 && givenNames.contains(before) && !titles.contains(before.toLowerCase(Locale.ROOT))) {
            return b - 1;
        }
        return b;
    }

    /**
     * The number of tokens of the particle chain starting at token {@code k} (0 when none): up to {@link #MAX_CHAIN}
     * lower-case particles, "al" with a hyphen written against both neighbours counting as one.
     */
    private int chainLength(List<Token> toks, int k) {
        int i = k;
        for (int n = 0; n < MAX_CHAIN && i < toks.size(); n++) {
            int len = particleAt(toks, i, false);
            if (len == 0) break;
            i += len;
        }
        return i - k;
    }

    /** The length of one particle (1, or 2 with its hyphen) ending right before token {@code c}, else 0. */
    private int chainEndingBefore(List<Token> toks, int c) {
        if (c >= 1 && particleAt(toks, c - 1, true) == 1) return 1;
        if (c >= 2 && particleAt(toks, c - 2, true) == 2) return 2;
        return 0;
    }

    /** 1 for a particle word at {@code i}, 2 for a particle joined by a hyphen to the next word ("al-"), else 0. */
    private int particleAt(List<Token> toks, int i, boolean capitalAllowed) {
        String w = toks.get(i).text();
        String lower = w.toLowerCase(Locale.ROOT);
        boolean isParticle = particles.contains(w) || (capitalAllowed && w.length() > 1 && particles.contains(lower)
                && Character.isUpperCase(w.charAt(0)) && w.substring(1).equals(lower.substring(1)));
        if (!isParticle) return 0;
        if (i + 2 < toks.size() && toks.get(i + 1).text().equals("-")
                && toks.get(i + 1).start() == toks.get(i).end() && toks.get(i + 2).start() == toks.get(i + 1).end()) {
            return 2;
        }
        return 1;
    }

    /** A capitalised word in mixed case that is no title ("Bommel", not "President" or "NATO"). */
    private boolean isNameWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))
                && !titles.contains(w.toLowerCase(Locale.ROOT)) && !particles.contains(w.toLowerCase(Locale.ROOT));
    }

    /** For each token, the index in {@code mentions} of the mention that covers it, or -1. */
    private static int[] owners(List<Token> toks, List<Mention> mentions) {
        int[] owner = new int[toks.size()];
        java.util.Arrays.fill(owner, -1);
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            for (int j = 0; j < mentions.size(); j++) {
                Mention m = mentions.get(j);
                if (m.start() < t.end() && t.start() < m.end()) owner[i] = j;
            }
        }
        return owner;
    }

    private static int tokenStarting(List<Token> toks, int start) {
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).start() == start) return i;
        return -1;
    }

    private static int tokenEnding(List<Token> toks, int end) {
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).end() == end) return i;
        return -1;
    }
}
