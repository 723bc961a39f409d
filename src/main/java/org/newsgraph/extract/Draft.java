package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An event being assembled by a rule: its arguments with their confidences, the rule's strength and trigger. */
final class Draft {
    private final String type;
    private final int sentence;
    private final String trigger;
    private double strength;
    private final List<Actors.Resolved> entities = new ArrayList<>();
    private final List<Argument> literals = new ArrayList<>();
    private final List<Actors.Resolved> topics = new ArrayList<>();
    private boolean ownTime = true;

    /** The event type this draft becomes (an ontology class local name). */
    String type() {
        return type;
    }

    Draft(String type, int sentence, String trigger, double strength) {
        this.type = type;
        this.sentence = sentence;
        this.trigger = trigger;
        this.strength = strength;
    }

    /** Adds an entity argument unless an argument with the same key already fills that role. */
    Draft add(Actors.Resolved r) {
        boolean dup = entities.stream().anyMatch(e -> e.arg().role().equals(r.arg().role()) && e.key().equals(r.key()));
        if (!dup) entities.add(r);
        return this;
    }

    /**
     * Adds an entity argument that says what the event concerns (a name in what a statement says) unless the same
     * entity already fills that role; unlike {@link #add}, its confidence does not weigh in the event's, since it does
     * not bear on whether the event happened.
     */
    Draft addTopic(Actors.Resolved r) {
        boolean dup = topics.stream().anyMatch(e -> e.arg().role().equals(r.arg().role()) && e.key().equals(r.key()));
        if (!dup) topics.add(r);
        return this;
    }

    Draft add(Optional<Actors.Resolved> r) {
        r.ifPresent(this::add);
        return this;
    }

    Draft literal(String role, String value, String datatype) {
        if (value != null && !value.isBlank()) literals.add(Argument.literal(role, value, datatype));
        return this;
    }

    /**
     * Marks the event as one whose time is not its clause's: an invitation told as a circumstance of a visit ("X will
     * visit Y next week at the invitation of Z") came before it, so the clause's date and plan are not its own.
     */
    Draft timeElsewhere() {
        ownTime = false;
        return this;
    }

    /** Whether the clause's time and plan ("will", "next week") are the event's own (see {@link #timeElsewhere}). */
    boolean ownTime() {
        return ownTime;
    }

    Draft weaken(double factor) {
        strength *= factor;
        return this;
    }

    boolean has(String role) {
        return entities.stream().anyMatch(e -> e.arg().role().equals(role))
                || topics.stream().anyMatch(e -> e.arg().role().equals(role))
                || literals.stream().anyMatch(a -> a.role().equals(role));
    }

    /** The value of the literal argument {@code role}, if the draft has one. */
    Optional<String> literalValue(String role) {
        return literals.stream().filter(a -> a.role().equals(role)).map(Argument::value).findFirst();
    }

    int count(String role) {
        return (int) entities.stream().filter(e -> e.arg().role().equals(role)).count();
    }

    /** The Wikidata ids of the entities in {@code role} that have one. */
    List<String> entityQids(String role) {
        return entities.stream().filter(e -> e.arg().role().equals(role)).map(e -> e.arg().qid())
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The first entity argument of {@code role}, with its confidence and key. */
    Optional<Actors.Resolved> resolved(String role) {
        return entities.stream().filter(e -> e.arg().role().equals(role)).findFirst();
    }

    Optional<String> key(String role) {
        return entities.stream().filter(e -> e.arg().role().equals(role)).map(Actors.Resolved::key).findFirst();
    }

    /** Whether an entity argument of any role has the key {@code key}. */
    boolean hasKey(String key) {
        return entities.stream().anyMatch(e -> e.key().equals(key));
    }

    /** Drops entity arguments of {@code role} whose key equals {@code key}. */
    void remove(String role, String key) {
        entities.removeIf(e -> e.arg().role().equals(role) && e.key().equals(key));
    }

    /** A copy to which other arguments can be added (one event per coordinated recipient or destination). */
    Draft copy() {
        Draft d = new Draft(type, sentence, trigger, strength);
        d.ownTime = ownTime;
        d.entities.addAll(entities);
        d.literals.addAll(literals);
        d.topics.addAll(topics);
        return d;
    }

    Event build() {
        double mean = entities.stream().mapToDouble(Actors.Resolved::confidence).average().orElse(1.0);
        double confidence = Math.max(0, Math.min(1, strength * mean));
        List<Argument> args = new ArrayList<>();
        entities.forEach(e -> args.add(e.arg()));
        topics.forEach(e -> args.add(e.arg()));
        args.addAll(literals);
        return new Event(type, args, sentence, Math.round(confidence * 1000) / 1000.0, trigger);
    }
}
