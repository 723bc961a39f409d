package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.function.Consumer;
import org.newsgraph.NewsgraphException;
import org.newsgraph.ProblemListener;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles, runs them through the pipeline and stores each one's graph, replacing what the store held for that
 * article in one transaction: re-ingesting an article changes nothing, and a failure leaves earlier articles stored.
 */
public final class Ingestion {
    /** How the reader ends a problem message about an article that it repaired and still passes on. */
    public static final String KEPT = "article kept";
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
        Map<String, String> idByHash = new HashMap<>();
        ProblemListener counting = (where, message) -> {
            // the reader reports a repaired article (control characters replaced) that it still passes on
            if (!message.endsWith(KEPT)) stats.skipped++;
            problems.problem(where, message);
        };
        reader.read(paths, article -> {
            if (admitted(article, idByHash, counting)) ingest(article, stats, counting, progress);
        }, counting);
        LOG.info("ingest: {}", stats.summary());
        return stats;
    }

    /**
     * Whether {@code article} goes through the pipeline: not when it is not English, and not when its text is the
     * text of another article (another id) of this run or of the store, which would count every fact twice.
     */
    private boolean admitted(Article article, Map<String, String> idByHash, ProblemListener problems) {
        Optional<String> refusal = LanguageCheck.refusal(article);
        if (refusal.isPresent()) {
            problems.problem(article.origin(), refusal.get());
            return false;
        }
        String hash = Iris.sha256(article.text());
        String earlier = idByHash.putIfAbsent(hash, article.id());
        if (earlier == null) {
            String own = Iris.article(article.id());
            earlier = store.graphsWithLiteral(NG.textHash.getURI(), hash).stream()
                    .filter(g -> !g.equals(own)).findFirst()
                    .map(g -> g.substring(g.lastIndexOf('/') + 1)).orElse(null);
        }
        if (earlier != null && !earlier.equals(article.id())) {
            problems.problem(article.origin(), "same text as article '" + earlier + "' (sha256 "
                    + hash.substring(0, 12) + "...); duplicate not stored");
            return false;
        }
        return true;
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
