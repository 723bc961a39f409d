package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events that the side said to have acted denies in the next sentence: "Officials said Iran sent missiles to Russia.
 * Tehran has denied sending missiles." The denial opens that sentence (its subject, auxiliaries and adverbs, a verb of
 * cues.txt group "denial" or "rejecting") and points back ("the claim", "it": group "echo"; "any involvement": group
 * "charge"; an "-ing" verb that triggers the event's type, so "denied targeting civilians" leaves a strike on a
 * hospital), so the event is a claim one side disputes, not a fact; the statements stay.
 */
final class LaterDenials {
    /** Roles of the side an event says acted. */
    private static final Set<String> AGENT_ROLES = Set.of("attacker", "supplier", "forceOf", "imposer", "supporter");

    private final Lexicon lexicon;

    LaterDenials(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A denial by the side {@code identity}; {@code act} is the "-ing" verb it denies ("denied sending missiles"), null
     * when it denies the claim itself ("denied it", "rejected the accusations").
     */
    private record Denial(String identity, String act) { }

    /** {@code events} without those whose acting side denies them in the sentence after theirs. */
    List<Event> without(List<Event> events, List<SentenceView> views, Actors actors) {
        Map<Integer, Denial> denialOf = new HashMap<>();
        for (int i = 1; i < views.size(); i++) {
            SentenceView v = views.get(i);
            int k = denialObject(v);
            if (k < 0) continue;
            String act = v.lower.get(k).endsWith("ing") && v.candAt(k) == null ? v.lower.get(k) : null;
            int previous = views.get(i - 1).sentence.index();
            actors.actor("denier", v.candAt(0))
                    .ifPresent(r -> denialOf.put(previous, new Denial(r.arg().identity(), act)));
        }
        if (denialOf.isEmpty()) return events;
        return events.stream().filter(e -> !denied(e, denialOf.get(e.sentence()))).toList();
    }

    /**
     * Whether {@code d} denies {@code e}: the denier is its acting side, and a denied act is a trigger of its type
     * ("denied sending missiles" denies a supply, "denied targeting civilians" no strike on a hospital).
     */
    private boolean denied(Event e, Denial d) {
        if (d == null) return false;
        if (d.act() != null && lexicon.triggers(d.act()).stream().noneMatch(x -> x.type().equals(e.type()))) {
            return false;
        }
        return e.args().stream().anyMatch(a -> AGENT_ROLES.contains(a.role()) && a.isEntity()
                && a.identity().equals(d.identity()));
    }

    /**
     * Where what the name opening the sentence denies begins, when it denies what came before ("Kyiv denied the
     * claim", "Tehran has denied sending missiles"); -1 otherwise.
     */
    private int denialObject(SentenceView v) {
        SentenceView.Cand c = v.candAt(0);
        if (c == null || c.from() != 0 || c.pronoun()) return -1;
        int j = c.to();
        while (j < v.size() && v.candAt(j) == null && Set.of("AUX", "ADV").contains(v.toks.get(j).pos())) j++;
        if (j >= v.size()) return -1;
        int n = Math.max(lexicon.cues("denial").matchAt(v.lower, j), lexicon.cues("rejecting").matchAt(v.lower, j));
        if (n == 0) return -1;
        int k = j + n;
        if (k >= v.size()) return -1;
        String next = v.lower.get(k);
        String after = k + 1 < v.size() ? v.lower.get(k + 1) : "";
        Lexicon.Phrases charges = lexicon.cues("charge");
        boolean back = lexicon.cues("echo").matchAt(v.lower, k) > 0 || charges.contains(next)
                || Set.of("the", "any").contains(next) && charges.contains(after)   // not "denied any plans to ..."
                || next.endsWith("ing") && v.candAt(k) == null;
        return back ? k : -1;
    }
}
