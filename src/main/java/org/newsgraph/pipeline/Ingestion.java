package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
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
 * Reads articles, runs them through the pipeline on several threads and stores each one's graph, replacing what the
 * store held for that article.
 *
 * <pre>{@code
 * Ingestion ingestion = new Ingestion(pipeline, reader, store, Ingestion.Options.defaults().withThreads(4));
 * IngestStats stats = ingestion.run(List.of(Path.of("articles")), problems, s -> { });
 * }</pre>
 *
 * <p>The reader hands articles to a bounded queue; worker threads (one annotator each) process them; one writer
 * thread puts the results back in reading order and stores them a batch at a time, one write transaction per batch,
 * so a batch commits whole or not at all and a failure leaves earlier batches stored. A fixed number of articles is
 * in flight at any time, so memory does not grow with the corpus, and the store ends up the same whatever the
 * number of threads. Into an empty store the first load goes through Jena's bulk loader instead ({@link Load}).
 * Into a server ({@link IngestTarget}) each article's graph is one request, replaced whole or not at all.
 */
public final class Ingestion {
    /** How the reader ends a problem message about an article that it repaired and still passes on. */
    public static final String KEPT = "article kept";
    private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);
    private static final long POLL_MS = 100;
    /** A batch is stored once it holds this many triples, even if it has fewer articles than the batch size. */
    private static final long BATCH_TRIPLES = 200_000;
    /** A partial batch is stored when no result came for this long, so progress shows on slow input. */
    private static final long IDLE_FLUSH_MS = 2_000;

    /** How results reach the store. */
    public enum Load {
        /** Bulk loader if the store is empty when the run starts, transactions otherwise. */
        AUTO,
        /** Always one write transaction per batch, replacing existing graphs. */
        TRANSACTIONS,
        /** Always the bulk loader; fails unless the store is empty. */
        BULK
    }

    /**
     * @param threads       worker threads running the pipeline, at least 1
     * @param batchArticles articles per write transaction, at least 1
     * @param load          how results reach the store
     */
    public record Options(int threads, int batchArticles, Load load) {
        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            if (batchArticles < 1) {
                throw new IllegalArgumentException("batch size must be at least 1 article, got " + batchArticles);
            }
            Objects.requireNonNull(load, "load");
        }

        /** One thread per core, batches of 100 articles, bulk loading into an empty store. */
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), 100, Load.AUTO);
        }

        public Options withThreads(int t) {
            return new Options(t, batchArticles, load);
        }

        public Options withBatchArticles(int n) {
            return new Options(threads, n, load);
        }

        public Options withLoad(Load l) {
            return new Options(threads, batchArticles, l);
        }
    }

    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final IngestTarget target;
    private final Options options;

    public Ingestion(Pipeline pipeline, ArticleReader reader, GraphStore store) {
        this(pipeline, reader, store, Options.defaults());
    }

    public Ingestion(Pipeline pipeline, ArticleReader reader, GraphStore store, Options options) {
        this(pipeline, reader, IngestTarget.local(store), options);
    }

    /** Ingestion into any target, a server for example; {@link Load#BULK} needs a target that is bulk-loadable. */
    public Ingestion(Pipeline pipeline, ArticleReader reader, IngestTarget target, Options options) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.target = Objects.requireNonNull(target, "target");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Ingests every article under {@code paths}. Problems (unreadable files, articles the pipeline rejects) go to
     * {@code problems}, one line each, and the run goes on; a failure of the store or an unexpected error stops it
     * and is thrown, with the batches stored so far kept (after a failed bulk load, start again from an empty
     * store).
     *
     * @param progress told after every stored article, with the running counts, on the writer thread
     */
    public IngestStats run(List<Path> paths, ProblemListener problems, Consumer<IngestStats> progress) {
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(progress, "progress");
        boolean bulk = switch (options.load()) {
            case BULK -> true;
            case TRANSACTIONS -> false;
            case AUTO -> target.bulkLoadable();
        };
        try (GraphSink sink = target.sink(bulk)) {
            IngestStats stats = new Run(sink, !bulk, problems, progress).run(paths);
            LOG.info("ingest ({} thread(s), {}): {}", options.threads(), bulk ? "bulk load" : "transactions",
                    stats.summary());
            return stats;
        }
    }

    private record Work(long seq, Article article) {
    }

    /** A processed article; {@code result} is null when it was rejected (already reported). */
    private record Done(long seq, ArticleResult result) {
    }

    private static final Work STOP = new Work(-1, null);

    /** The state of one {@link #run} call. */
    private final class Run {
        private final GraphSink sink;
        private final IngestStats stats = new IngestStats();
        private final ProblemListener problems;
        private final Consumer<IngestStats> progress;
        private final BlockingQueue<Work> work;
        private final BlockingQueue<Done> done = new LinkedBlockingQueue<>();
        /** Articles read but not yet taken into a batch: bounds queue, workers and the reordering buffer together. */
        private final Semaphore inFlight;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private volatile long total = -1;

        /** Whether earlier runs may have stored articles: a bulk load starts from an empty store. */
        private final boolean storeMayHoldArticles;

        Run(GraphSink sink, boolean storeMayHoldArticles, ProblemListener problems, Consumer<IngestStats> progress) {
            this.sink = sink;
            this.storeMayHoldArticles = storeMayHoldArticles;
            this.problems = (where, message) -> {
                synchronized (stats) {
                    // the reader reports a repaired article (control characters replaced) that it still passes on
                    if (!message.endsWith(KEPT)) stats.skipped++;
                    problems.problem(where, message);
                }
            };
            this.progress = progress;
            this.work = new ArrayBlockingQueue<>(2 * options.threads());
            this.inFlight = new Semaphore(4 * options.threads() + 4);
        }

        IngestStats run(List<Path> paths) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < options.threads(); i++) {
                threads.add(start("ingest-worker-" + (i + 1), this::work));
            }
            Thread writer = start("ingest-writer", this::write);
            long[] count = {0};
            Map<String, String> idByHash = new HashMap<>();
            try {
                reader.read(paths, article -> {
                    if (!admitted(article, idByHash)) return;
                    await(() -> inFlight.tryAcquire(POLL_MS, TimeUnit.MILLISECONDS));
                    Work w = new Work(count[0]++, article);
                    await(() -> work.offer(w, POLL_MS, TimeUnit.MILLISECONDS));
                }, this.problems);
                for (int i = 0; i < options.threads(); i++) {
                    await(() -> work.offer(STOP, POLL_MS, TimeUnit.MILLISECONDS));
                }
                total = count[0];
            } catch (RuntimeException | Error e) {
                if (!(e instanceof Stopped)) failure.compareAndSet(null, e);
            } finally {
                joinAll(threads, writer);
            }
            Throwable f = failure.get();
            if (f instanceof RuntimeException r) throw r;
            if (f instanceof Error err) throw err;
            if (f != null) throw new NewsgraphException("ingest failed: " + f, f);
            sink.finish();
            return stats;
        }

        /**
         * Whether {@code article} goes through the pipeline: not when it is not English, and not when its text is the
         * text of another article (another id) of this run or of the store, which would count every fact twice.
         * Called on the reading thread only.
         */
        private boolean admitted(Article article, Map<String, String> idByHash) {
            Optional<String> refusal = LanguageCheck.refusal(article);
            if (refusal.isPresent()) {
                problems.problem(article.origin(), refusal.get());
                return false;
            }
            String hash = Iris.sha256(article.text());
            String earlier = idByHash.putIfAbsent(hash, article.id());
            if (earlier == null && storeMayHoldArticles) {
                String own = Iris.article(article.id());
                earlier = target.graphsWithLiteral(NG.textHash.getURI(), hash).stream()
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

        private Thread start(String name, Runnable body) {
            Thread t = new Thread(() -> {
                try {
                    body.run();
                } catch (Stopped e) {
                    // another thread failed first; its failure is the one reported
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }, name);
            t.setDaemon(true);
            t.start();
            return t;
        }

        private void joinAll(List<Thread> workers, Thread writer) {
            if (failure.get() != null) total = -2;
            List<Thread> all = new ArrayList<>(workers);
            all.add(writer);
            for (Thread t : all) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.compareAndSet(null, new NewsgraphException("ingest interrupted", e));
                }
            }
        }

        private void work() {
            while (true) {
                Work w = take(work);
                if (w == STOP) return;
                ArticleResult result = null;
                try {
                    result = pipeline.process(w.article());
                } catch (NewsgraphException | IllegalArgumentException | IllegalStateException e) {
                    problems.problem(w.article().origin(),
                            "cannot process article " + w.article().id() + ": " + e.getMessage());
                }
                done.add(new Done(w.seq(), result));
            }
        }

        /** Puts results back in reading order and stores them a batch at a time. */
        private void write() {
            Map<Long, Done> waiting = new HashMap<>();
            List<ArticleResult> batch = new ArrayList<>();
            long batchTriples = 0;
            long next = 0;
            long lastFlush = System.nanoTime();
            while (true) {
                if (failure.get() != null) throw new Stopped();
                Done d = poll(done);
                if (d != null) waiting.put(d.seq(), d);
                for (Done ready = waiting.remove(next); ready != null; ready = waiting.remove(next)) {
                    next++;
                    inFlight.release();
                    if (ready.result() == null) continue;
                    batch.add(ready.result());
                    batchTriples += ready.result().triples();
                    if (batch.size() >= options.batchArticles() || batchTriples >= BATCH_TRIPLES) {
                        store(batch);
                        batchTriples = 0;
                        lastFlush = System.nanoTime();
                    }
                }
                long end = total;
                if (end == -2) throw new Stopped();
                boolean finished = end >= 0 && next == end;
                boolean idle = d == null && System.nanoTime() - lastFlush > IDLE_FLUSH_MS * 1_000_000;
                if (!batch.isEmpty() && (finished || idle)) {
                    store(batch);
                    batchTriples = 0;
                    lastFlush = System.nanoTime();
                }
                if (finished) return;
            }
        }

        private void store(List<ArticleResult> batch) {
            Map<String, Graph> graphs = new LinkedHashMap<>();
            for (ArticleResult r : batch) graphs.put(Iris.article(r.article().id()), r.graph());
            sink.write(graphs);
            synchronized (stats) {
                for (ArticleResult r : batch) {
                    stats.add(r);
                    progress.accept(stats);
                }
            }
            batch.clear();
        }

        private <T> T take(BlockingQueue<T> queue) {
            while (true) {
                T item = poll(queue);
                if (item != null) return item;
            }
        }

        private <T> T poll(BlockingQueue<T> queue) {
            if (failure.get() != null || total == -2) throw new Stopped();
            try {
                return queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NewsgraphException("ingest interrupted", e);
            }
        }

        private void await(Attempt attempt) {
            try {
                while (!attempt.tryOnce()) {
                    if (failure.get() != null) throw new Stopped();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NewsgraphException("ingest interrupted", e);
            }
        }
    }

    private interface Attempt {
        boolean tryOnce() throws InterruptedException;
    }

    /** Thrown in a thread to stop it because another one failed. */
    private static final class Stopped extends NewsgraphException {
        Stopped() {
            super("ingest stopped");
        }
    }
}
