package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted documents against gold ones (matched by id).
 * <ul>
 *   <li>Entities, exact: a prediction is right when a gold mention has the same span and type.</li>
 *   <li>Entities, lenient: the same type and overlapping spans, each gold mention used once.</li>
 *   <li>Links: see {@link Scores}.</li>
 *   <li>Relations, strict: a predicted relation is right when a not yet matched gold relation has the same type and
 *       every argument the gold one fills is matched: entities by QID where both sides have one, else by normalised
 *       name (a region with or without "Oblast"/"region"; a name spelt with "y" or "i" alike, as transliterations
 *       of one name differ, "Sergei"/"Sergey"; a given name and its short form before the same surname,
 *       "Ben"/"Benjamin"); never when both sides have a QID; numbers and shares by value; lists (parties,
 *       participants) as sets; other literals by normalised text.</li>
 *   <li>Relations, core: the same, but free-text literal roles (a treaty's name, an item, a force type, a position,
 *       a date or duration written as text) are not compared; entity roles and numeric values still must match.
 *       Gold literals are often phrased freely ("one day (4 April)"), so this shows how many events are right in
 *       who did what to whom and how many.</li>
 *   <li>Relations, overlap: between the two. Free-text literals other than dates and amounts (a name, an item, a
 *       force type, a position, what a statement is about, a support's matter, a duration) are compared by their
 *       content words, as
 *       question-answering benchmarks score free-text answers: they match when the F1 of the two bags of content
 *       words (normalised, stop words left out, plurals as singulars) is at least {@value #OVERLAP_F1}; an empty predicted literal never
 *       matches. "one-day" matches "one day (4 April)" (F1 0.67); "agreement" does not match "interim agreement on
 *       federal budget allocations" (0.33).</li>
 * </ul>
 */
public final class Scorer {
    public static final List<String> ENTITY_TYPES = List.of("PER", "ORG", "LOC", "NORP");

    /** The least content-word F1 at which two free-text literals count as the same in {@link Literals#OVERLAP}. */
    public static final double OVERLAP_F1 = 0.5;

    /** How free-text literal roles (not entities, not numbers) are compared. */
    public enum Literals {
        /** By normalised text. */
        EXACT,
        /** By the F1 of their content words, at least {@link #OVERLAP_F1}. */
        OVERLAP,
        /** Not at all. */
        IGNORED
    }

    /** Literal roles that hold a value, not a phrase: compared by normalised text even in {@link Literals#OVERLAP}. */
    private static final Set<String> VALUE_ROLES = Set.of("date", "quantity", "size", "share");

    /** Words that carry no content of their own, left out when literals are compared by overlap. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "as", "at", "be", "by", "for", "from", "in",
            "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "was", "were", "will",
            "with");

    private Scorer() {
    }

    public static Scores score(List<GoldDocument> gold, List<GoldDocument> predicted) {
        Map<String, GoldDocument> byId = new HashMap<>();
        for (GoldDocument p : predicted) byId.put(p.id(), p);
        Map<String, Prf> exact = new HashMap<>();
        Map<String, Prf> lenient = new HashMap<>();
        Map<String, Prf> relations = new HashMap<>();
        Map<String, Prf> relationsOverlap = new HashMap<>();
        Map<String, Prf> relationsCore = new HashMap<>();
        int[] links = new int[4];
        for (GoldDocument g : gold) {
            GoldDocument p = byId.getOrDefault(g.id(), new GoldDocument(g.id(), null, null, null, List.of(), List.of()));
            scoreEntities(g, p, exact, lenient, links);
            scoreRelations(g, p, relations, Literals.EXACT);
            scoreRelations(g, p, relationsOverlap, Literals.OVERLAP);
            scoreRelations(g, p, relationsCore, Literals.IGNORED);
        }
        addMicro(exact);
        addMicro(lenient);
        addMicro(relations);
        addMicro(relationsOverlap);
        addMicro(relationsCore);
        return new Scores(exact, lenient, links[0], links[1], links[2], links[3], relations, relationsOverlap,
                relationsCore);
    }

    private static void addMicro(Map<String, Prf> perType) {
        Prf all = Prf.ZERO;
        Prf named = Prf.ZERO;
        for (var e : perType.entrySet()) {
            all = all.plus(e.getValue());
            if (Set.of("PER", "ORG", "LOC").contains(e.getKey())) named = named.plus(e.getValue());
        }
        perType.put("micro", all);
        if (perType.keySet().stream().anyMatch(k -> ENTITY_TYPES.contains(k))) perType.put("PER/ORG/LOC", named);
    }

    private static void scoreEntities(GoldDocument g, GoldDocument p, Map<String, Prf> exact,
                                      Map<String, Prf> lenient, int[] links) {
        for (String type : ENTITY_TYPES) {
            List<GoldEntity> gs = g.entities().stream().filter(e -> e.type().equals(type)).toList();
            List<GoldEntity> ps = p.entities().stream().filter(e -> e.type().equals(type)).toList();
            int tp = 0;
            for (GoldEntity pe : ps) {
                GoldEntity match = gs.stream().filter(ge -> ge.start() == pe.start() && ge.end() == pe.end())
                        .findFirst().orElse(null);
                if (match == null) continue;
                tp++;
                if (match.qid() != null) {
                    links[0]++;
                    if (pe.qid() != null) {
                        links[2]++;
                        if (pe.qid().equals(match.qid())) links[1]++;
                    }
                } else if (pe.qid() != null) {
                    links[3]++;
                }
            }
            exact.merge(type, new Prf(tp, ps.size() - tp, gs.size() - tp), Prf::plus);
            Set<GoldEntity> used = new HashSet<>();
            int ltp = 0;
            for (GoldEntity pe : ps) {
                for (GoldEntity ge : gs) {
                    if (!used.contains(ge) && ge.overlaps(pe)) {
                        used.add(ge);
                        ltp++;
                        break;
                    }
                }
            }
            lenient.merge(type, new Prf(ltp, ps.size() - ltp, gs.size() - ltp), Prf::plus);
        }
    }

    private static void scoreRelations(GoldDocument g, GoldDocument p, Map<String, Prf> out, Literals literals) {
        Unmatched u = unmatched(g, p, literals);
        Set<String> types = new HashSet<>();
        g.relations().forEach(r -> types.add(r.type()));
        p.relations().forEach(r -> types.add(r.type()));
        for (String type : types) {
            long predicted = p.relations().stream().filter(r -> r.type().equals(type)).count();
            long extra = u.extra().stream().filter(r -> r.type().equals(type)).count();
            long missed = u.missed().stream().filter(r -> r.type().equals(type)).count();
            out.merge(type, new Prf((int) (predicted - extra), (int) extra, (int) missed), Prf::plus);
        }
    }

    /**
     * The relations of one document that did not find a partner: gold ones no prediction matched, and predictions
     * that matched no gold one. Each prediction, in its order, takes the first gold relation of its type that it
     * matches and that no earlier prediction took.
     */
    public static Unmatched unmatched(GoldDocument g, GoldDocument p, Literals literals) {
        List<GoldRelation> missed = new ArrayList<>(g.relations());
        List<GoldRelation> extra = new ArrayList<>();
        for (GoldRelation pr : p.relations()) {
            GoldRelation match = missed.stream().filter(gr -> matches(gr, pr, literals)).findFirst().orElse(null);
            if (match != null) {
                missed.remove(match);
            } else {
                extra.add(pr);
            }
        }
        return new Unmatched(List.copyOf(missed), List.copyOf(extra));
    }

    /** Gold relations no prediction matched ({@code missed}) and predictions no gold relation matched. */
    public record Unmatched(List<GoldRelation> missed, List<GoldRelation> extra) {
    }

    /** Every argument the gold relation fills is matched by the prediction. */
    public static boolean matches(GoldRelation gold, GoldRelation pred) {
        return matches(gold, pred, Literals.EXACT);
    }

    /** Every argument the gold relation fills is matched, free-text literals compared as {@code literals} says. */
    public static boolean matches(GoldRelation gold, GoldRelation pred, Literals literals) {
        if (!gold.type().equals(pred.type())) return false;
        for (var arg : gold.args().entrySet()) {
            Object gv = arg.getValue();
            if (gv == null) continue;
            String role = arg.getKey();
            boolean entityRole = gold.qidArgs().containsKey(role);
            boolean freeText = !entityRole && !(gv instanceof Number) && !(gv instanceof Collection<?>);
            if (freeText && literals == Literals.IGNORED) continue;
            Object pv = pred.args().get(role);
            if (pv == null) return false;
            if (freeText && literals == Literals.OVERLAP && !VALUE_ROLES.contains(role)
                    && !pred.qidArgs().containsKey(role)) {
                if (!valueMatches(gv, null, pv, null) && contentOverlap(gv.toString(), pv.toString()) < OVERLAP_F1) {
                    return false;
                }
                continue;
            }
            Object gq = gold.qidArgs().get(role);
            Object pq = pred.qidArgs().get(role);
            if (gv instanceof Collection<?> gl) {
                if (!(pv instanceof Collection<?> pl)) return false;
                if (!listMatches(new ArrayList<>(gl), list(gq, gl.size()), new ArrayList<>(pl), list(pq, pl.size()))) {
                    return false;
                }
            } else if (entityRole || pred.qidArgs().containsKey(role) ? !entityMatches(gv, gq, pv, pq)
                    : !valueMatches(gv, gq, pv, pq)) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> list(Object qids, int size) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(qids instanceof List<?> l && i < l.size() ? l.get(i) : null);
        }
        return out;
    }

    /** Each gold element is matched by a distinct predicted element, and there are no extra predicted ones. */
    private static boolean listMatches(List<Object> gv, List<Object> gq, List<Object> pv, List<Object> pq) {
        if (gv.size() != pv.size()) return false;
        Set<Integer> used = new HashSet<>();
        outer:
        for (int i = 0; i < gv.size(); i++) {
            for (int j = 0; j < pv.size(); j++) {
                if (!used.contains(j) && entityMatches(gv.get(i), gq.get(i), pv.get(j), pq.get(j))) {
                    used.add(j);
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean valueMatches(Object gv, Object gq, Object pv, Object pq) {
        if (gq instanceof String gqid && pq instanceof String pqid) return gqid.equals(pqid);
        if (gv instanceof Number gn) {
            try {
                double pn = pv instanceof Number n ? n.doubleValue() : Double.parseDouble(pv.toString());
                return Math.abs(gn.doubleValue() - pn) < 1e-6;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return placeKey(normalise(gv.toString())).equals(placeKey(normalise(pv.toString())));
    }

    /**
     * The F1 of two texts' bags of content words (normalised as {@link #normalise}, stop words left out, a final
     * plural "s" dropped): 1 when they
     * share all, 0 when they share none or one has none.
     */
    static double contentOverlap(String gold, String predicted) {
        Map<String, Integer> g = contentWords(gold);
        Map<String, Integer> p = contentWords(predicted);
        int gs = g.values().stream().mapToInt(Integer::intValue).sum();
        int ps = p.values().stream().mapToInt(Integer::intValue).sum();
        int shared = 0;
        for (var e : p.entrySet()) shared += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        if (shared == 0) return 0;
        double precision = (double) shared / ps;
        double recall = (double) shared / gs;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> contentWords(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : normalise(text).split(" ")) {
            if (w.isEmpty() || STOP_WORDS.contains(w)) continue;
            // A plural and its singular are one word here ("days", "day").
            String word = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
            out.merge(word, 1, Integer::sum);
        }
        return out;
    }

    /** An entity argument: by QID when both sides are linked, else by name or another spelling of it. */
    private static boolean entityMatches(Object gv, Object gq, Object pv, Object pq) {
        if (valueMatches(gv, gq, pv, pq)) return true;
        boolean bothLinked = gq instanceof String && pq instanceof String;
        return !bothLinked && sameName(gv.toString(), pv.toString());
    }

    /**
     * Two spellings of one entity name: equal once "y" and "i" are not told apart (transliterations: "Sergei Shoigu",
     * "Sergey Shoygu"), or the same surname after a given name and its short form ("Ben Miller", "Benjamin Miller").
     * Used where gold has no QID, or only one side has one.
     */
    static boolean sameName(String gold, String predicted) {
        String[] g = normalise(gold).replace('y', 'i').split(" ");
        String[] p = normalise(predicted).replace('y', 'i').split(" ");
        if (g.length != p.length) return false;
        for (int i = 1; i < g.length; i++) if (!g[i].equals(p[i])) return false;
        if (g[0].equals(p[0])) return true;
        String shorter = g[0].length() < p[0].length() ? g[0] : p[0];
        String longer = shorter == g[0] ? p[0] : g[0];
        return g.length > 1 && shorter.length() >= 3 && longer.startsWith(shorter);
    }

    /**
     * A first-level region is named with or without its administrative word ("Kursk", "Kursk region", "Kursk
     * Oblast"); where gold has no QID the names are compared without it.
     */
    static String placeKey(String normalised) {
        return normalised.replaceFirst(" (oblast|region|province|governorate|krai|prefecture)$", "");
    }

    /** Lower case, no diacritics, no leading "the", no possessive, punctuation as spaces. */
    public static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        t = t.replace('\u2019', '\'').toLowerCase(Locale.ROOT).replaceAll("'s\\b", "");
        t = t.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return t.startsWith("the ") ? t.substring(4) : t;
    }
}
