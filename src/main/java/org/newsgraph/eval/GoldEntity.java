package org.newsgraph.eval;

import java.util.Objects;

/** An entity mention in gold format; offsets count Unicode code points, end exclusive. */
public record GoldEntity(String text, String type, int start, int end, String qid) {
    public GoldEntity {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad gold span " + start + ".." + end);
    }

    public boolean overlaps(GoldEntity o) {
        return start < o.end && o.start < end;
    }
}
