package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.ProblemListener;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.pipeline.IngestStats;
import org.newsgraph.pipeline.IngestTarget;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.remote.RemoteStore;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph ingest PATH...}: articles into the store, one named graph each. */
@Command(name = "ingest", description = "Read articles (.txt, .md with front matter, .jsonl, .html; files or folders) "
        + "and store their entities and events, one named graph per article. Re-ingesting changes nothing.")
public final class IngestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    KbOptions kb;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none (relative dates are resolved against it).")
    LocalDate published;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + DEFAULT_MAX_BYTES,
            description = "Largest article file (for .jsonl: line) read, in bytes (default: ${DEFAULT-VALUE}, "
                    + "far above any news article; a longer text takes minutes to analyse).")
    long maxBytes = DEFAULT_MAX_BYTES;

    /** 1 MB: a news article is some 5 to 50 kB, and a megabyte of text takes the pipeline about a minute. */
    static final long DEFAULT_MAX_BYTES = 1_000_000;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads running the pipeline "
            + "(default: the number of cores).")
    Integer threads;

    @Mixin
    ServerOption server;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "--threads must be at least 1, got " + threads);
        IngestStats stats;
        if (server.given()) {
            RemoteStore remote = server.connect(store);
            stats = ingest(remote, paths, published, maxBytes, t, kb, err);
            out.println("ingested " + stats.summary() + " into " + remote.service());
        } else {
            server.checkLocal();
            stats = ingest(store.db, paths, published, maxBytes, t, kb, out, err);
            out.println("ingested " + stats.summary() + " into " + store.db);
        }
        if (stats.articles() == 0) return ExitCodes.FAILED;
        return stats.skipped() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** Shared with {@code demo}: one thread per core. */
    static IngestStats ingest(Path db, List<Path> paths, LocalDate published, PrintWriter out, PrintWriter err) {
        return ingest(db, paths, published, DEFAULT_MAX_BYTES, Runtime.getRuntime().availableProcessors(), null,
                out, err);
    }

    /** @param kb the knowledge-base options, or null for the shipped knowledge base alone */
    static IngestStats ingest(Path db, List<Path> paths, LocalDate published, long maxBytes, int threads,
                              KbOptions kb, PrintWriter out, PrintWriter err) {
        try (GraphStore graphStore = GraphStore.open(db)) {
            return ingest(IngestTarget.local(graphStore), paths, published, maxBytes, threads, kb, err);
        }
    }

    private static IngestStats ingest(IngestTarget target, List<Path> paths, LocalDate published, long maxBytes,
                                      int threads, KbOptions kb, PrintWriter err) {
        ProblemListener problems = (where, message) -> err.println(
                (message.endsWith(Ingestion.KEPT) ? "warning " : "skipped ") + where + ": " + message);
        if (maxBytes <= 0) throw new org.newsgraph.InputException("--max-bytes must be positive, was " + maxBytes);
        ArticleReader reader = ArticleReader.builder().defaultPublished(published).maxBytes(maxBytes).build();
        try (Pipeline pipeline = kb == null ? Pipeline.standard() : kb.pipeline(err)) {
            Ingestion ingestion = new Ingestion(pipeline, reader, target,
                    Ingestion.Options.defaults().withThreads(threads));
            if (System.console() == null) return ingestion.run(paths, problems, s -> { });
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setStyle(ProgressBarStyle.ASCII)
                    .setInitialMax(-1).continuousUpdate().build()) {
                return ingestion.run(paths, problems, s -> {
                    bar.stepTo(s.articles());
                    bar.setExtraMessage(String.format(" sentences %,d entities %,d events %,d triples %,d",
                            s.sentences(), s.entities(), s.events(), s.triples()));
                });
            }
        }
    }
}
