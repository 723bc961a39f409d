package org.newsgraph.pipeline;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.newsgraph.extract.Event;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.LinkedArticle;

/** One article through the pipeline: what was found in it and the graph that records it. */
public record ArticleResult(Article article, LinkedArticle linked, List<Event> events, Graph graph) {
    public ArticleResult {
        Objects.requireNonNull(article, "article");
        events = List.copyOf(events);
    }

    public int sentences() {
        return linked.resolved().doc().sentences().size();
    }

    public int tokens() {
        return linked.resolved().doc().tokenCount();
    }

    public int entities() {
        return linked.resolved().entities().size();
    }

    public int triples() {
        return graph.size();
    }
}
