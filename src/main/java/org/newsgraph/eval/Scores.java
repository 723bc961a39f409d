package org.newsgraph.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * The result of scoring: per-type entity scores (exact span+type and lenient overlap+type), link figures, and
 * per-type relation scores, strict, overlap and core (see {@link Scorer}). Keys "micro" (all types) and "PER/ORG/LOC" hold the micro-averages.
 *
 * @param linkEvaluable recognised mentions (exact span and type) whose gold mention has a QID
 * @param linkCorrect   of those, how many the pipeline linked to the gold QID
 * @param linksMade     links the pipeline made on recognised mentions whose gold mention has a QID
 * @param linksUnchecked links made on mentions that gold does not link (no QID could be checked there)
 */
public record Scores(Map<String, Prf> entitiesExact, Map<String, Prf> entitiesLenient, int linkEvaluable,
                     int linkCorrect, int linksMade, int linksUnchecked, Map<String, Prf> relations,
                     Map<String, Prf> relationsOverlap, Map<String, Prf> relationsCore) {
    public Scores {
        entitiesExact = new TreeMap<>(entitiesExact);
        entitiesLenient = new TreeMap<>(entitiesLenient);
        relations = new TreeMap<>(relations);
        relationsOverlap = new TreeMap<>(relationsOverlap);
        relationsCore = new TreeMap<>(relationsCore);
    }

    /** Share of recognised, gold-linked mentions linked to the right QID. */
    public double linkAccuracy() {
        return linkEvaluable == 0 ? 0 : (double) linkCorrect / linkEvaluable;
    }

    /** Share of the checkable links made that are right. */
    public double linkPrecision() {
        return linksMade == 0 ? 0 : (double) linkCorrect / linksMade;
    }
}
