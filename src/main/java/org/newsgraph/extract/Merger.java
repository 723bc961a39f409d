package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Merges the events of one article that state the same fact. Stateless. */
final class Merger {
    private Merger() {
    }

    /**
     * One event per fact in an article: an event whose entity arguments equal another's and whose literals agree with
     * it or are contained in it ("agreement" in "loan guarantee agreement"; a treaty named by its noun alone, "the
     * pact", agrees with any name) is merged into the fuller one; a person gets one Role, the fullest, or the more
     * specific form of one post ({@link #specificRole}), and a speaker one Statement.
     */
    static List<Event> merge(List<Event> events) {
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) if (sameFact(kept.get(i), e)) same = i;
            if (same < 0) {
                kept.add(e);
                continue;
            }
            Event old = kept.get(same);
            Event specific = specificRole(old, e);
            if (specific != null) {
                kept.set(same, specific);
                continue;
            }
            Event fuller = e.args().size() > old.args().size() || e.args().size() == old.args().size()
                    && literalLength(e) > literalLength(old) ? e : old;
            kept.set(same, new Event(fuller.type(), fuller.args(), fuller.sentence(),
                    Math.max(e.confidence(), old.confidence()), fuller.trigger()));
        }
        return List.copyOf(kept);
    }

    /**
     * Drops a Deployment that restates another one at a coarser place: the same force sent "to Russia" when the
     * article already has it sent to a region of Russia, with no literal the finer one lacks. Deployments to places in
     * different countries, or with their own size or date, stay apart.
     */
    static List<Event> withoutCoarserRestatements(List<Event> events, Geography geography) {
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            if (!(e.type().equals("Deployment") && events.stream().anyMatch(o -> o != e && finerDeployment(o, e,
                    geography)))) {
                kept.add(e);
            }
        }
        return List.copyOf(kept);
    }

    /** {@code finer} is the same force's Deployment to a place inside the country {@code coarse} names. */
    private static boolean finerDeployment(Event finer, Event coarse, Geography geography) {
        if (!finer.type().equals("Deployment")) return false;
        if (!entityKeys(finer, "forceOf").equals(entityKeys(coarse, "forceOf"))) return false;
        String country = coarse.first("location").map(Argument::qid).orElse(null);
        String place = finer.first("location").map(Argument::qid).orElse(null);
        if (country == null || place == null || country.equals(place)) return false;
        if (!geography.countryOf(country).filter(country::equals).isPresent()) return false;
        if (!geography.countryOf(place).filter(country::equals).isPresent()) return false;
        for (Argument x : coarse.args()) {
            if (x.isEntity()) continue;
            boolean covered = finer.all(x.role()).stream().anyMatch(y -> y.value().toLowerCase(Locale.ROOT)
                    .contains(x.value().toLowerCase(Locale.ROOT)));
            if (!covered) return false;
        }
        return true;
    }

    /** Words that open the phrase a specific form of a post adds to the bare one ("Minister" + "for Central Asia"). */
    private static final Set<String> SPECIFYING = Set.of("for", "of", "to", "on");

    /**
     * One person's Role from two mentions where one position is the other's bare post and the other adds a phrase
     * to it ("Minister", "Minister for Central Asia"): the more specific one, with the organisation or country found
     * with the bare one when it names none itself, and the higher confidence. Null for two other Roles.
     */
    private static Event specificRole(Event a, Event b) {
        if (!a.type().equals("Role")) return null;
        String p = a.first("position").map(x -> x.value().toLowerCase(Locale.ROOT)).orElse("");
        String q = b.first("position").map(x -> x.value().toLowerCase(Locale.ROOT)).orElse("");
        Event specific;
        Event bare;
        if (specifies(p, q)) {
            specific = a;
            bare = b;
        } else if (specifies(q, p)) {
            specific = b;
            bare = a;
        } else {
            return null;
        }
        List<Argument> args = new ArrayList<>(specific.args());
        if (specific.first("affiliation").isEmpty()) args.addAll(bare.all("affiliation"));
        return new Event(specific.type(), args, specific.sentence(), Math.max(a.confidence(), b.confidence()),
                specific.trigger());
    }

    /** Whether {@code longer} is {@code shorter} with a phrase opened by a word of {@link #SPECIFYING} after it. */
    private static boolean specifies(String longer, String shorter) {
        if (shorter.isBlank() || !longer.startsWith(shorter + " ")) return false;
        String next = longer.substring(shorter.length() + 1).split("\\s+", 2)[0];
        return SPECIFYING.contains(next);
    }

    private static int literalLength(Event e) {
        return e.args().stream().filter(a -> !a.isEntity()).mapToInt(a -> a.value().length()).sum();
    }

    private static boolean sameFact(Event a, Event b) {
        if (!a.type().equals(b.type())) return false;
        if (a.type().equals("Role")) return entityKeys(a, "person").equals(entityKeys(b, "person"));
        // one Statement per speaker and occasion: an article's remarks by one speaker are one occasion
        if (a.type().equals("Statement")) return entityKeys(a, "speaker").equals(entityKeys(b, "speaker"));
        if (!entityKeys(a, null).equals(entityKeys(b, null))) return false;
        // what was announced and what happened are two facts
        if (a.first("announced").isPresent() != b.first("announced").isPresent()) return false;
        for (Argument x : a.args()) {
            if (x.isEntity()) continue;
            for (Argument y : b.all(x.role())) {
                String p = x.value().toLowerCase(Locale.ROOT);
                String q = y.value().toLowerCase(Locale.ROOT);
                if (!p.contains(q) && !q.contains(p) && !(x.role().equals("treatyName") && (bare(p) || bare(q)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A treaty named by its noun alone ("the pact", "the agreement"): between the same parties, it is the treaty the
     * article names more fully, as a later "signed the pact" refers back to "signed a defence agreement".
     */
    private static boolean bare(String treatyName) {
        return !treatyName.isBlank() && treatyName.chars().noneMatch(Character::isWhitespace);
    }

    private static Set<String> entityKeys(Event e, String role) {
        Set<String> keys = new TreeSet<>();
        for (Argument a : e.args()) {
            if (a.isEntity() && (role == null || a.role().equals(role))) {
                keys.add(a.role() + "=" + a.identity());
            }
        }
        return keys;
    }
}
