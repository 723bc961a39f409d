package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.newsgraph.NewsgraphException;
import org.newsgraph.ProblemListener;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles, runs them through the pipeline and stores each one's graph, replacing what the store held for that
 * article in one transaction: re-ingesting an article changes nothing, and a failure leaves earlier articles stored.
 */
public final class Ingestion {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);

    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final GraphStore store;

    public Ingestion(Pipeline pipeline, ArticleReader reader, GraphStore store) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * @param progress told after every stored article, with the running counts
     */
    public IngestStats run(List<Path> paths, ProblemListener problems, Consumer<IngestStats> progress) {
        IngestStats stats = new IngestStats();
        ProblemListener counting = (where, message) -> {
            stats.skipped++;
            problems.problem(where, message);
        };
        reader.read(paths, article -> ingest(article, stats, counting, progress), counting);
        LOG.info("ingest: {}", stats.summary());
        return stats;
    }

    private void ingest(Article article, IngestStats stats, ProblemListener problems, Consumer<IngestStats> progress) {
        ArticleResult result;
        try {
            result = pipeline.process(article);
        } catch (NewsgraphException | IllegalArgumentException | IllegalStateException e) {
            problems.problem(article.origin(), "cannot process article " + article.id() + ": " + e.getMessage());
            return;
        }
        store.replaceGraph(Iris.article(article.id()), result.graph());
        stats.add(result);
        progress.accept(stats);
    }
}
