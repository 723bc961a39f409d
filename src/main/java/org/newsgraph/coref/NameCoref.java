package org.newsgraph.coref;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Mention;

/**
 * Groups an article's name mentions into entities. Two mentions name the same entity when
 * <ul>
 *   <li>a knowledge source (usually the knowledge base, passed in as {@code knownId}) gives both the same id, so that
 *       "DPRK" joins "North Korea" and the demonym "North Korean" joins the country as a NORP mention;</li>
 *   <li>their normalised texts are equal and their types agree;</li>
 *   <li>a person mention is part of exactly one earlier person's full name ("Lavrov" after "Sergei Lavrov", "Kim"
 *       after "Kim Jong-un"), or an earlier bare name is part of a later full name, and the mention names nobody
 *       else than the person's other full names do: two full names whose given names or initials differ ("Hamad bin
 *       Khalifa Al Thani", "Tamim bin Hamad Al Thani"; "George H. W. Bush", "George W. Bush") are two people, even
 *       when a bare family name between them joined the first;</li>
 *   <li>an organisation mention is the acronym of exactly one organisation's name ("ISF"), or keeps the
 *       name's first word and abbreviates the rest ("12th SB" for "12th Signal Brigade").</li>
 * </ul>
 * Ambiguous short names (two people called Kim, a family name two named relatives share) join nobody and stay entities
 * of their own.
 */
public final class NameCoref {
    private final Function<Mention, Optional<String>> knownId;

    /** @param knownId the id a knowledge source gives a mention, when it is unambiguous; empty otherwise */
    public NameCoref(Function<Mention, Optional<String>> knownId) {
        this.knownId = Objects.requireNonNull(knownId, "knownId");
    }

    /** Coreference by text alone. */
    public NameCoref() {
        this(m -> Optional.empty());
    }

    public ResolvedArticle resolve(AnnotatedArticle doc) {
        List<Cluster> clusters = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            if (!m.isName()) continue;
            String id = knownId.apply(m).orElse(null);
            Cluster target = find(clusters, m, id);
            if (target == null) {
                target = new Cluster();
                clusters.add(target);
            }
            target.add(m, id);
        }
        List<Entity> entities = new ArrayList<>();
        for (Cluster c : clusters) {
            entities.add(new Entity("e" + entities.size(), c.type(), c.name(), c.mentions));
        }
        return new ResolvedArticle(doc, entities);
    }

    private static Cluster find(List<Cluster> clusters, Mention m, String id) {
        if (id != null) {
            for (Cluster c : clusters) if (id.equals(c.id) && compatible(c.type(), m.type())) return c;
        }
        String norm = normalise(m.text());
        if (m.type().equals("PER")) return person(clusters, norm, id);
        for (Cluster c : clusters) {
            if (compatible(c.type(), m.type()) && c.hasText(norm) && (id == null || c.id == null || id.equals(c.id))) {
                return c;
            }
        }
        if (m.type().equals("ORG")) return unique(clusters, c -> c.type().equals("ORG") && c.isAcronymPair(norm));
        return null;
    }

    /**
     * The person a name {@code norm} joins: the one cluster that holds it or shares it; when several do ("Adams" after
     * "John Q. Adams", an earlier "Adams" and "John A. Q. Adams"), the cluster named by exactly this name (the entity
     * of the ambiguous short name itself), else none.
     */
    private static Cluster person(List<Cluster> clusters, String norm, String id) {
        List<Cluster> found = new ArrayList<>();
        for (Cluster c : clusters) {
            if (!c.type().equals("PER")) continue;
            boolean same = c.hasText(norm) && (id == null || c.id == null || id.equals(c.id));
            if (same || c.sharesPersonName(norm)) found.add(c);
        }
        if (found.size() == 1) return found.get(0);
        return unique(found, c -> normalise(c.name()).equals(norm));
    }

    private static Cluster unique(List<Cluster> clusters, java.util.function.Predicate<Cluster> test) {
        Cluster found = null;
        for (Cluster c : clusters) {
            if (!test.test(c)) continue;
            if (found != null) return null;
            found = c;
        }
        return found;
    }

    /** A demonym (NORP) may join a place; otherwise types must be equal. */
    private static boolean compatible(String clusterType, String mentionType) {
        if (clusterType.equals(mentionType)) return true;
        return (clusterType.equals("LOC") && mentionType.equals("NORP"))
                || (clusterType.equals("NORP") && mentionType.equals("LOC"));
    }

    /** Lower case, no diacritics, straight apostrophes, single spaces, no possessive, no leading "the". */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
        s = s.replaceAll("'s$", "").replaceAll("[\\s\\u00a0]+", " ").trim();
        if (s.startsWith("the ")) s = s.substring(4);
        return s;
    }

    private static final class Cluster {
        final List<Mention> mentions = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        String id;

        void add(Mention m, String knownId) {
            mentions.add(m);
            texts.add(normalise(m.text()));
            if (id == null) id = knownId;
        }

        boolean hasText(String norm) {
            return texts.contains(norm);
        }

        /** LOC wins over NORP: a country named by its demonym and its name is a place. */
        String type() {
            for (Mention m : mentions) if (!m.type().equals("NORP")) return m.type();
            return mentions.get(0).type();
        }

        /** The longest name that is not a demonym, else the longest. */
        String name() {
            Mention best = null;
            for (Mention m : mentions) {
                boolean better = best == null
                        || (best.type().equals("NORP") && !m.type().equals("NORP"))
                        || (best.type().equals("NORP") == m.type().equals("NORP")
                            && m.text().length() > best.text().length());
                if (better) best = m;
            }
            return best.text().replaceAll("['\u2019]s$", "");
        }

        /**
         * Whether a person's name {@code norm} is part of one of this cluster's names or one of them part of it, and
         * names no one else than each of its names of two words or more: such a name must hold the other or lie
         * within it, with the same initials where both have some ("George W. Bush" is not "George H. W. Bush"), so
         * that a family name shared with an earlier bare mention does not join a father and son ("Al Thani" after
         * "Hamad bin Khalifa Al Thani" leads no "Tamim bin Hamad Al Thani" into his cluster).
         */
        boolean sharesPersonName(String norm) {
            List<String> words = words(norm);
            boolean shares = false;
            for (String t : texts) {
                List<String> other = words(t);
                boolean within = other.containsAll(words);
                boolean holds = words.containsAll(other);
                if (words.size() >= 2 && other.size() >= 2
                        && (!within && !holds || !initials(words).isEmpty() && !initials(other).isEmpty()
                            && !initials(words).equals(initials(other)))) {
                    return false;
                }
                shares |= words.size() < other.size() && within || other.size() < words.size() && holds;
            }
            return shares;
        }

        /** The single letters of a name's words, in order: "h", "w" of "george h. w. bush". */
        private static List<String> initials(List<String> words) {
            List<String> out = new ArrayList<>();
            for (String w : words) if (w.matches("\\p{L}\\.?")) out.add(w.substring(0, 1));
            return out;
        }

        boolean isAcronymPair(String norm) {
            for (String t : texts) {
                if (acronym(t).equals(norm.replace(".", "")) || acronym(norm).equals(t.replace(".", ""))) return true;
                if (abbreviatesAfterFirstWord(t, norm) || abbreviatesAfterFirstWord(norm, t)) return true;
            }
            return false;
        }

        /** "12th sb" for "12th signal brigade": the same first word, then the acronym of the other words. */
        private static boolean abbreviatesAfterFirstWord(String full, String shortForm) {
            int a = full.indexOf(' ');
            int b = shortForm.indexOf(' ');
            if (a < 0 || b < 0 || !full.substring(0, a).equals(shortForm.substring(0, b))) return false;
            String rest = shortForm.substring(b + 1).replace(".", "");
            return rest.length() >= 2 && rest.indexOf(' ') < 0 && acronym(full.substring(a + 1)).equals(rest);
        }

        private static List<String> words(String norm) {
            return Arrays.asList(norm.split("[ \\-]"));
        }

        private static String acronym(String norm) {
            String[] words = norm.split(" ");
            if (words.length < 2) return "\u0000";
            StringBuilder sb = new StringBuilder();
            for (String w : words) {
                if (w.isEmpty() || w.equals("of") || w.equals("and") || w.equals("for")) continue;
                sb.append(w.charAt(0));
            }
            return sb.toString();
        }
    }
}
