package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A relation stated in one sentence, with its typed roles.
 *
 * @param type       ontology class local name: Treaty, Deployment, Supply, Role, Visit, …
 * @param args       filled roles; a role may occur more than once (the parties of a treaty)
 * @param sentence   index of the evidence sentence
 * @param confidence 0..1
 * @param trigger    the words that triggered it, for explanation
 */
public record Event(String type, List<Argument> args, int sentence, double confidence, String trigger) {
    public Event {
        Objects.requireNonNull(type, "type");
        args = List.copyOf(args);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
    }

    public List<Argument> all(String role) {
        return args.stream().filter(a -> a.role().equals(role)).toList();
    }

    public Optional<Argument> first(String role) {
        return args.stream().filter(a -> a.role().equals(role)).findFirst();
    }
}
