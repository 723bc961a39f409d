package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.link.LinkedArticle;

/** Finds the events an article states. Implementations must not return a denied or merely possible event. */
public interface EventExtractor {
    List<Event> extract(LinkedArticle article);
}
