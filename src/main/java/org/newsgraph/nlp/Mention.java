package org.newsgraph.nlp;

import java.util.Objects;
import java.util.Set;

/**
 * A span of the article text that names something. Name types are PER, ORG, LOC and NORP; value types, found by
 * regular expressions, are DATE, NUMBER, PERCENT and MONEY.
 *
 * @param start      first character, counted in the article text
 * @param end        one past the last character
 * @param sentence   index of the sentence it lies in
 * @param confidence 0..1
 */
public record Mention(int start, int end, String type, String text, int sentence, double confidence) {
    public static final Set<String> NAME_TYPES = Set.of("PER", "ORG", "LOC", "NORP");

    public Mention {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad mention span " + start + ".." + end);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + start + ".." + end);
        }
    }

    public boolean isName() {
        return NAME_TYPES.contains(type);
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }
}
