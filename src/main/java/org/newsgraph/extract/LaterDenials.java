package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.SentenceView.Cand;

/**
 * Events that the side said to have acted denies in the next sentence: "Officials said Iran sent missiles to Russia.
 * Tehran has denied sending missiles." The denial opens that sentence (its subject, auxiliaries and adverbs, a verb of
 * cues.txt group "denial" or "rejecting") and points back ("the claim", "it": group "echo"; "any involvement"; an
 * "-ing" verb), so the event is a claim one side disputes, not a fact; the statements stay.
 */
final class LaterDenials {
    /** Roles of the side an event says acted. */
    private static final Set<String> AGENT_ROLES = Set.of("attacker", "supplier", "forceOf", "imposer", "supporter");
    /** Words after a denial that point back at a charge: "denied any involvement", "rejected the accusations". */
    private static final Set<String> CHARGES = Set.of("any", "involvement", "responsibility", "accusation",
            "accusations", "allegation", "allegations", "charge", "charges");

    private final Lexicon lexicon;

    LaterDenials(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** {@code events} without those whose acting side denies them in the sentence after theirs. */
    List<Event> without(List<Event> events, List<SentenceView> views, Actors actors) {
        Map<Integer, String> denierOf = new HashMap<>();
        for (int i = 1; i < views.size(); i++) {
            Cand denier = denierOfPrevious(views.get(i));
            if (denier == null) continue;
            int previous = views.get(i - 1).sentence.index();
            actors.actor("denier", denier).ifPresent(r -> denierOf.put(previous, r.arg().identity()));
        }
        if (denierOf.isEmpty()) return events;
        return events.stream().filter(e -> !deniedByAgent(e, denierOf.get(e.sentence()))).toList();
    }

    private static boolean deniedByAgent(Event e, String denier) {
        if (denier == null) return false;
        return e.args().stream().anyMatch(a -> AGENT_ROLES.contains(a.role()) && a.isEntity()
                && a.identity().equals(denier));
    }

    /** The name that opens the sentence and denies what came before, or null. */
    private Cand denierOfPrevious(SentenceView v) {
        Cand c = v.candAt(0);
        if (c == null || c.from() != 0 || c.pronoun()) return null;
        int j = c.to();
        while (j < v.size() && v.candAt(j) == null && Set.of("AUX", "ADV").contains(v.toks.get(j).pos())) j++;
        if (j >= v.size()) return null;
        int n = Math.max(lexicon.cues("denial").matchAt(v.lower, j), lexicon.cues("rejecting").matchAt(v.lower, j));
        if (n == 0) return null;
        int k = j + n;
        if (k >= v.size()) return null;
        String next = v.lower.get(k);
        String after = k + 1 < v.size() ? v.lower.get(k + 1) : "";
        boolean back = lexicon.cues("echo").matchAt(v.lower, k) > 0 || CHARGES.contains(next)
                || next.equals("the") && CHARGES.contains(after) || next.endsWith("ing") && v.candAt(k) == null;
        return back ? c : null;
    }
}
