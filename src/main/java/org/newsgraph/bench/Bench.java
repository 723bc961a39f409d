package org.newsgraph.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.NewsgraphException;
import org.newsgraph.coref.ResolvedArticle;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.link.Linker;
import org.newsgraph.nlp.OpenNlpAnnotator;
import org.newsgraph.pipeline.GraphSink;
import org.newsgraph.pipeline.IngestStats;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryFormat;

/**
 * One benchmark run: a generated corpus through the raw OpenNLP tools, the full annotator, the whole ingest into a
 * fresh TDB2 store, both bulk loaders, every stored query and the SPARQL server's start. Every figure comes from this
 * one run, after a warm-up; each line is {@code name: value}.
 *
 * <pre>{@code
 * Bench.run(new Bench.Settings(300, 2, 42, examples, queries, config, workDir), (name, value) -> out.println(...));
 * }</pre>
 */
public final class Bench {
    /** Articles used for the single-thread figures (floor, nlp, speed-up) at most: enough to be steady. */
    static final int SAMPLE_ARTICLES = 300;
    private static final int WARMUP_ARTICLES = 20;
    /**
     * The timed stages are warmed up in rounds of this many articles (per thread) until the JIT compilers spend less
     * than {@link #SETTLED_COMPILE_SHARE} of a round's wall time compiling, or for {@link #MAX_WARMUP_ROUNDS} rounds:
     * a long ingest runs compiled code, and compiling on the second core of a two-core machine would be counted
     * against the stage that happens to be timed first.
     */
    private static final int WARMUP_ROUND_ARTICLES = 50;
    private static final int MAX_WARMUP_ROUNDS = 12;
    private static final double SETTLED_COMPILE_SHARE = 0.1;
    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();
    private static final int LINKING_ROUNDS = 3;
    /**
     * Each ratio the issue sets a target for is measured in this many rounds, its two sides alternating within a
     * round, and the median round's ratio is printed: a single short pass of each moved by up to a third from run to
     * run on this shared machine.
     */
    private static final int TIMED_ROUNDS = 3;
    /**
     * Untimed rounds of all the queries before any is timed, within {@link #QUERY_WARMUP_NANOS} (at least three):
     * with three, entity-facts on a million-quad store still ran half-compiled (median 60.6 ms over the next twenty
     * runs, 19-27 ms after sixty), which is not what a server answering for a while does.
     */
    private static final int QUERY_WARMUP = 20;
    private static final long QUERY_WARMUP_NANOS = 30_000_000_000L;
    private static final int QUERY_RUNS = 20;
    private static final long QUERY_BUDGET_NANOS = 20_000_000_000L;

    /**
     * @param articles  corpus size, at least 1
     * @param threads   ingest worker threads, at least 1
     * @param seed      corpus seed
     * @param examples  the example articles the corpus recombines
     * @param queries   folder of {@code .rq} files to time
     * @param config    Fuseki configuration for the server start
     * @param workDir   where the corpus and the stores go (emptied by the caller)
     */
    public record Settings(int articles, int threads, long seed, Path examples, Path queries, Path config,
                           Path workDir) {
        public Settings {
            if (articles < 1) throw new IllegalArgumentException("articles must be at least 1, got " + articles);
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            Objects.requireNonNull(examples, "examples");
            Objects.requireNonNull(queries, "queries");
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(workDir, "workDir");
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Settings settings;
    private final BiConsumer<String, String> out;

    private Bench(Settings settings, BiConsumer<String, String> out) {
        this.settings = settings;
        this.out = out;
    }

    /** Runs the benchmark and hands each figure to {@code out} as (name, value) when it is known. */
    public static void run(Settings settings, BiConsumer<String, String> out) {
        new Bench(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(out, "out")).run();
    }

    private void run() {
        try (HeapWatch heap = new HeapWatch()) {
            CorpusGenerator generator = CorpusGenerator.fromExamples(settings.examples(), settings.seed());
            List<Path> files = generator.writeJsonLines(settings.workDir().resolve("corpus"), settings.articles());
            int sample = Math.min(settings.articles(), SAMPLE_ARTICLES);
            print("articles", settings.articles());
            print("threads", settings.threads());
            print("sample_articles", sample);

            Path store;
            try (OpenNlpAnnotator nlp = new OpenNlpAnnotator()) {
                nlpAgainstFloor(nlp, generator, sample);

                linkingCost(generator, sample);

                try (Pipeline pipeline = Pipeline.standard()) {
                    warmUp(pipeline, generator);
                    Path sampleDir = settings.workDir().resolve("sample");
                    List<Path> sampleFiles = sample == settings.articles() ? files
                            : generator.writeJsonLines(sampleDir, sample);
                    ingestAgainstNlp(nlp, pipeline, generator, sample, sampleFiles);
                    Timed all = ingest(pipeline, files, settings.threads(), "ingest");
                    print("ingest_tokens_per_s", all.tokensPerSecond());
                    print("ingest_tokens_per_cpu_s", all.stats().tokens() / all.cpuSeconds());
                    print("ingest_articles_per_s", all.stats().articles() / all.seconds());
                    print("ingest_triples_per_s", all.stats().triples() / all.seconds());
                    print("ingest_triples", all.stats().triples());
                    print("ingest_skipped", all.stats().skipped());
                    store = settings.workDir().resolve("ingest");
                }
            }

            Path nquads = settings.workDir().resolve("store.nq");
            try (GraphStore s = GraphStore.open(store); OutputStream o = Files.newOutputStream(nquads)) {
                s.export(ExportFormat.NQUADS, o);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + nquads, e);
            }
            loaders(nquads);
            queries(store);
            serveStart(store);
            print("peak_heap_mb", heap.peakBytes() / (1024.0 * 1024.0));
            print("heap_max_mb", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
        }
    }

    private void print(String name, double value) {
        out.accept(name, format(value));
    }

    /** A whole number without decimals, anything else with two. */
    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format("%.2f", value);
    }

    /**
     * The raw OpenNLP floor (sentences, tokens, part-of-speech tags with the same models and nothing else) against the
     * NLP stages, each warmed up, then timed in {@link #TIMED_ROUNDS} alternating rounds on the same articles, so that
     * a change in the machine's load hits both alike. Rates are the median round's; {@code nlp_to_floor} is the median
     * of the rounds' own ratios, with the lowest and highest beside it.
     */
    private void nlpAgainstFloor(OpenNlpAnnotator nlp, CorpusGenerator generator, int sample) {
        SentenceModel sentenceModel = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        TokenizerModel tokenModel = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        POSModel posModel = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        SentenceDetectorME sentences = new SentenceDetectorME(sentenceModel);
        TokenizerME tokenizer = new TokenizerME(tokenModel);
        POSTaggerME tagger = new POSTaggerME(posModel);
        print("warmup_rounds_floor", untilCompiled(r -> {
            for (int i = 0; i < roundArticles(); i++) {
                floorTokens(generator.article(warmUpArticle(r, i)), sentences, tokenizer, tagger);
            }
        }));
        print("warmup_rounds_nlp", untilCompiled(r -> {
            for (int i = 0; i < roundArticles(); i++) nlp.annotate(generator.article(warmUpArticle(r, i)));
        }));
        Rate[] floor = new Rate[TIMED_ROUNDS];
        Rate[] stages = new Rate[TIMED_ROUNDS];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            floor[round] = timed(sample, i -> floorTokens(generator.article(i), sentences, tokenizer, tagger));
            stages[round] = nlpRate(nlp, generator, sample);
        }
        print("timed_rounds", TIMED_ROUNDS);
        print("floor_tokens_per_s", median(floor, Rate::perSecond));
        print("nlp_tokens_per_s", median(stages, Rate::perSecond));
        printSpread("nlp_to_floor", ratios(stages, floor, Rate::perSecond));
        // per second of CPU time: steadier than wall-clock figures on a machine that others share
        print("floor_tokens_per_cpu_s", median(floor, Rate::perCpuSecond));
        print("nlp_tokens_per_cpu_s", median(stages, Rate::perCpuSecond));
        print("nlp_to_floor_cpu", median(ratios(stages, floor, Rate::perCpuSecond)));
    }

    /**
     * The whole ingest with one thread and with all of them against the NLP stages alone, on the sample, in
     * {@link #TIMED_ROUNDS} rounds of NLP, one-thread ingest and T-thread ingest, each into a fresh store: every ratio
     * is taken within a round and the median round's printed, with the lowest and highest beside it.
     */
    private void ingestAgainstNlp(OpenNlpAnnotator nlp, Pipeline pipeline, CorpusGenerator generator, int sample,
                                  List<Path> sampleFiles) {
        double[] toNlp = new double[TIMED_ROUNDS];
        double[] toNlpCpu = new double[TIMED_ROUNDS];
        double[] speedUp = new double[TIMED_ROUNDS];
        Timed[] ones = new Timed[TIMED_ROUNDS];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            Rate stages = nlpRate(nlp, generator, sample);
            Timed one = ingest(pipeline, sampleFiles, 1, "ingest-1-" + round);
            release(settings.workDir().resolve("ingest-1-" + round));
            Timed all = ingest(pipeline, sampleFiles, settings.threads(), "ingest-T-" + round);
            release(settings.workDir().resolve("ingest-T-" + round));
            ones[round] = one;
            toNlp[round] = one.tokensPerSecond() / stages.perSecond();
            toNlpCpu[round] = one.stats().tokens() / one.cpuSeconds() / stages.perCpuSecond();
            speedUp[round] = one.seconds() / all.seconds();
        }
        print("ingest_1_thread_tokens_per_s", median(ones, Timed::tokensPerSecond));
        printSpread("ingest_to_nlp", toNlp);
        print("ingest_1_thread_tokens_per_cpu_s", median(ones, t -> t.stats().tokens() / t.cpuSeconds()));
        print("ingest_to_nlp_cpu", median(toNlpCpu));
        printSpread("speedup_1_to_T", speedUp);
    }

    private static int floorTokens(Article a, SentenceDetectorME sentences, TokenizerME tokenizer,
                                   POSTaggerME tagger) {
        int tokens = 0;
        for (Span s : sentences.sentPosDetect(a.text())) {
            String[] words = tokenizer.tokenize(s.getCoveredText(a.text()).toString());
            if (words.length > 0) tagger.tag(words);
            tokens += words.length;
        }
        return tokens;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = Bench.class.getResourceAsStream(resource)) {
            if (in == null) throw new NewsgraphException("OpenNLP model not on the classpath: " + resource);
            return reader.read(in);
        } catch (IOException e) {
            throw new NewsgraphException("cannot load OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * What Wikidata linking adds to processing an article, measured two ways on the same articles (whole pipeline, NLP
     * to RDF, one thread, CPU time). First by difference: the pipeline with the linker against the pipeline with a
     * linker that links nothing, in alternating rounds so that drift on a shared machine hits both alike; the median
     * round of each counts. Second directly: the CPU time spent inside the linking stage itself during the rounds with
     * the linker, against the rest of the pipeline. The difference also holds what links cost downstream (sameAs
     * triples, extraction over linked entities); the direct figure is the steadier of the two.
     */
    private void linkingCost(CorpusGenerator generator, int sample) {
        KnowledgeBase kb = KnowledgeBase.loadDefault();
        StageTimer linkerTime = new StageTimer(new Linker(kb));
        double[] with = new double[LINKING_ROUNDS];
        double[] without = new double[LINKING_ROUNDS];
        double[] inLinker = new double[LINKING_ROUNDS];
        try (Pipeline linking = Pipeline.standard(kb, linkerTime);
             Pipeline unlinked = Pipeline.standard(kb, article -> new LinkedArticle(article, Map.of()))) {
            processCpuSeconds(linking, generator, Math.min(WARMUP_ARTICLES, sample));
            processCpuSeconds(unlinked, generator, Math.min(WARMUP_ARTICLES, sample));
            for (int round = 0; round < LINKING_ROUNDS; round++) {
                long linkerBefore = linkerTime.cpuNanos();
                with[round] = processCpuSeconds(linking, generator, sample);
                inLinker[round] = (linkerTime.cpuNanos() - linkerBefore) / 1e9;
                without[round] = processCpuSeconds(unlinked, generator, sample);
            }
        }
        double withMedian = median(with);
        double withoutMedian = median(without);
        double linkerMedian = median(inLinker);
        print("linking_rounds", LINKING_ROUNDS);
        print("process_cpu_s_with_linking", withMedian);
        print("process_cpu_s_without_linking", withoutMedian);
        print("linking_cost_share", withMedian / withoutMedian - 1);
        print("linker_cpu_ms", linkerMedian * 1000);
        print("linker_cpu_share", linkerMedian / (withMedian - linkerMedian));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 50);
    }

    /** A linking stage that adds up the CPU time its calling thread spends inside the wrapped linker. */
    private static final class StageTimer implements EntityLinker {
        private final EntityLinker linker;
        private final LongAdder cpuNanos = new LongAdder();

        StageTimer(EntityLinker linker) {
            this.linker = linker;
        }

        @Override
        public LinkedArticle link(ResolvedArticle article) {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                return linker.link(article);
            } finally {
                cpuNanos.add(THREADS.getCurrentThreadCpuTime() - start);
            }
        }

        long cpuNanos() {
            return cpuNanos.sum();
        }
    }

    private static double processCpuSeconds(Pipeline pipeline, CorpusGenerator generator, int articles) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < articles; i++) pipeline.process(generator.article(i));
        return (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
    }

    /** The NLP stages alone (sentences, tokens, tags, names) over the first {@code sample} articles. */
    private static Rate nlpRate(OpenNlpAnnotator nlp, CorpusGenerator generator, int sample) {
        return timed(sample, i -> nlp.annotate(generator.article(i)).tokenCount());
    }

    /** Runs {@code tokensOf} on articles 0 to {@code sample - 1} on this thread and times it. */
    private static Rate timed(int sample, IntUnaryOperator tokensOf) {
        long tokens = 0;
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < sample; i++) tokens += tokensOf.applyAsInt(i);
        return new Rate(tokens, seconds(start), (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    /** The ratio of {@code figure} of each round of {@code a} to that of the same round of {@code b}. */
    private static <T> double[] ratios(T[] a, T[] b, ToDoubleFunction<T> figure) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = figure.applyAsDouble(a[i]) / figure.applyAsDouble(b[i]);
        return out;
    }

    private static <T> double median(T[] rounds, ToDoubleFunction<T> figure) {
        return median(Arrays.stream(rounds).mapToDouble(figure).toArray());
    }

    /** A figure of several rounds: its median as {@code name}, its lowest and highest as {@code name_min/_max}. */
    private void printSpread(String name, double[] rounds) {
        print(name, median(rounds));
        print(name + "_min", Arrays.stream(rounds).min().orElseThrow());
        print(name + "_max", Arrays.stream(rounds).max().orElseThrow());
    }

    /**
     * Ingests articles past the end of the corpus into scratch stores with every thread, untimed, round after round
     * until compilation settles ({@link #untilCompiled}), so that the pipeline, the reader and the bulk loader run
     * compiled code in the timed ingests.
     */
    private void warmUp(Pipeline pipeline, CorpusGenerator generator) {
        int count = roundArticles() * settings.threads();
        Path dir = settings.workDir().resolve("warm-up");
        int rounds = untilCompiled(r -> {
            Path file = dir.resolve("warm-up-" + r + ".jsonl");
            try {
                Files.createDirectories(dir);
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < count; i++) lines.add(CorpusGenerator.json(generator.article(warmUpArticle(r, i))));
                Files.write(file, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write warm-up articles to " + dir, e);
            }
            ingest(pipeline, List.of(file), settings.threads(), "warm-up/store-" + r);
            release(settings.workDir().resolve("warm-up/store-" + r));
        });
        print("warmup_rounds_ingest", rounds);
    }

    /** The generator's index of warm-up article {@code i} of round {@code round}: past the corpus, never timed. */
    private int warmUpArticle(int round, int i) {
        return settings.articles() + round * roundArticles() * settings.threads() + i;
    }

    /** Articles per warm-up round and thread: fewer in a bench too small to be steady anyway. */
    private int roundArticles() {
        return Math.min(WARMUP_ROUND_ARTICLES, Math.min(settings.articles(), SAMPLE_ARTICLES));
    }

    /**
     * Runs {@code round} with 0, 1, 2, ... until the JIT compilers' accumulated time grows by less than
     * {@link #SETTLED_COMPILE_SHARE} of a round's wall time, or {@link #MAX_WARMUP_ROUNDS} times (always, when the
     * JVM does not measure compilation time; once, when a round is smaller than {@link #WARMUP_ROUND_ARTICLES});
     * returns how many rounds ran.
     */
    private int untilCompiled(IntConsumer round) {
        boolean measured = COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported();
        // a bench smaller than one full round measures no steady state: one round, as a check that all runs
        int rounds = roundArticles() < WARMUP_ROUND_ARTICLES ? 1 : MAX_WARMUP_ROUNDS;
        for (int r = 0; r < rounds; r++) {
            long compiled = measured ? COMPILER.getTotalCompilationTime() : 0;
            long start = System.nanoTime();
            round.accept(r);
            double wallMillis = (System.nanoTime() - start) / 1e6;
            if (measured && COMPILER.getTotalCompilationTime() - compiled < SETTLED_COMPILE_SHARE * wallMillis) {
                return r + 1;
            }
        }
        return rounds;
    }

    /** Tokens done in a wall-clock and a CPU time (of the thread that did them). */
    private record Rate(long tokens, double seconds, double cpuSeconds) {
        double perSecond() {
            return tokens / seconds;
        }

        double perCpuSecond() {
            return tokens / cpuSeconds;
        }
    }

    /** An ingest's counts, wall-clock time and CPU time of the whole process (all threads, collector included). */
    private record Timed(IngestStats stats, double seconds, double cpuSeconds) {
        double tokensPerSecond() {
            return stats.tokens() / seconds;
        }
    }

    /** The real ingest (reader, pipeline, bulk load into a fresh store), as {@code newsgraph ingest} runs it. */
    private Timed ingest(Pipeline pipeline, List<Path> files, int threads, String dir) {
        List<String> problems = new ArrayList<>();
        long start = System.nanoTime();
        long cpu = PROCESS.getProcessCpuTime();
        try (GraphStore store = GraphStore.open(settings.workDir().resolve(dir))) {
            IngestStats stats = new Ingestion(pipeline, ArticleReader.builder().build(), store,
                    Ingestion.Options.defaults().withThreads(threads)).run(files, (where, m) -> problems.add(m),
                    s -> { });
            if (stats.articles() == 0) throw new NewsgraphException("benchmark ingest stored no article: " + problems);
            return new Timed(stats, seconds(start), (PROCESS.getProcessCpuTime() - cpu) / 1e9);
        }
    }

    /**
     * newsgraph's bulk path and Jena's own loader (as tdb2.tdbloader runs it) on the same N-Quads file: a first round
     * of each warms both up, then {@link #TIMED_ROUNDS} timed rounds alternate them, each into a fresh store. Both
     * sides' times cover creating the store, loading and committing (the same number of file syncs); neither includes
     * releasing the store after. Each ratio is printed by wall-clock time and, steadier on a shared machine, by the
     * process's CPU time ({@code _cpu}).
     *
     * <p>The two stores are not the same: ours also holds the summary graph, which the bulk path gathers from the
     * articles and loads with them (on the bench's 200 articles some 21 % more quads than the file holds, on 3,000
     * some 8 %). So each round also times Jena's loader on a dump of the store our bulk path made, summary included
     * ({@code bulk_to_tdbloader_same_store}): the same store in the end, so that what counts against our path is the
     * gathering and whatever else it does beside Jena's loader.
     */
    private void loaders(Path nquads) {
        long quads = 0;
        long storeQuads = 0;
        Path whole = settings.workDir().resolve("store-with-summary.nq");
        Load[] ours = new Load[TIMED_ROUNDS];
        Load[] jena = new Load[TIMED_ROUNDS];
        Load[] jenaWhole = new Load[TIMED_ROUNDS];
        for (int round = -1; round < TIMED_ROUNDS; round++) {
            long start = System.nanoTime();
            long cpu = PROCESS.getProcessCpuTime();
            Path bulkDir = settings.workDir().resolve("bulk-" + (round + 1));
            quads = bulkLoad(nquads, bulkDir);
            Load oursLoad = new Load(seconds(start), (PROCESS.getProcessCpuTime() - cpu) / 1e9);
            if (round < 0) storeQuads = dump(bulkDir, whole);
            release(bulkDir);
            Load jenaLoad = jenaLoad(nquads, settings.workDir().resolve("tdbloader-" + (round + 1)));
            Load wholeLoad = jenaLoad(whole, settings.workDir().resolve("tdbloader-whole-" + (round + 1)));
            if (round >= 0) {
                ours[round] = oursLoad;
                jena[round] = jenaLoad;
                jenaWhole[round] = wholeLoad;
            }
        }
        print("loaded_quads", quads);
        print("bulk_load_quads_per_s", quads / median(Arrays.stream(ours).mapToDouble(Load::seconds).toArray()));
        print("tdbloader_quads_per_s", quads / median(Arrays.stream(jena).mapToDouble(Load::seconds).toArray()));
        printSpread("bulk_to_tdbloader", loadRatios(jena, ours, Load::seconds));
        print("bulk_to_tdbloader_cpu", median(loadRatios(jena, ours, Load::cpuSeconds)));
        print("bulk_store_quads", storeQuads);
        printSpread("bulk_to_tdbloader_same_store", loadRatios(jenaWhole, ours, Load::seconds));
        print("bulk_to_tdbloader_same_store_cpu", median(loadRatios(jenaWhole, ours, Load::cpuSeconds)));
    }

    /** One load's wall-clock and process CPU seconds. */
    private record Load(double seconds, double cpuSeconds) {
    }

    /** Round by round, how many times longer {@code num} took than {@code den}. */
    private static double[] loadRatios(Load[] num, Load[] den, ToDoubleFunction<Load> time) {
        double[] r = new double[num.length];
        for (int i = 0; i < r.length; i++) r[i] = time.applyAsDouble(num[i]) / time.applyAsDouble(den[i]);
        return r;
    }

    /** Jena's phased loader loading {@code file} into a fresh store in {@code dir}, timed; then releases the store. */
    private static Load jenaLoad(Path file, Path dir) {
        long start = System.nanoTime();
        long cpu = PROCESS.getProcessCpuTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        loader.load(file.toString());
        loader.finishBulk();
        Load load = new Load(seconds(start), (PROCESS.getProcessCpuTime() - cpu) / 1e9);
        TDBInternal.expel(dsg);
        return load;
    }

    /** Writes every quad of the store in {@code dir}, its summary graph included, to {@code file}; returns how many. */
    static long dump(Path dir, Path file) {
        DatasetGraph dsg = GraphStore.connectDatasetGraph(dir);
        try (OutputStream o = Files.newOutputStream(file)) {
            return Txn.calculateRead(dsg, () -> {
                StreamRDF out = StreamRDFWriter.getWriterStream(o, Lang.NQUADS);
                long[] n = {0};
                out.start();
                dsg.find().forEachRemaining(q -> {
                    out.quad(q);
                    n[0]++;
                });
                out.finish();
                return n[0];
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Reads the N-Quads graph by graph and writes them as the ingest does: batches of 100 graphs. */
    private static long bulkLoad(Path nquads, Path dir) {
        long[] quads = {0};
        try (GraphStore store = GraphStore.open(dir); GraphSink sink = GraphSink.bulk(store)) {
            Map<String, Graph> batch = new LinkedHashMap<>();
            Node[] current = {null};
            Graph[] graph = {null};
            RDFParser.source(nquads).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (!q.getGraph().equals(current[0])) {
                        if (batch.size() == 100) {
                            sink.write(batch);
                            batch.clear();
                        }
                        current[0] = q.getGraph();
                        graph[0] = batch.computeIfAbsent(q.getGraph().getURI(), k -> GraphFactory.createGraphMem());
                    }
                    graph[0].add(q.asTriple());
                    quads[0]++;
                }
            });
            if (!batch.isEmpty()) sink.write(batch);
            sink.finish();
        }
        return quads[0];
    }

    private void queries(Path dir) {
        queries(dir, settings.queries(), out);
    }

    /**
     * Times every {@code .rq} file of {@code queries} on an existing store and hands {@code store_quads} and each
     * query's p50, p95 and number of runs to {@code out}, as {@link #run} does on the store its own ingest built: first
     * up to twenty untimed rounds of all the queries (at least three; fewer when they would take over 30 s), as a
     * server that has been answering for a while has compiled the paths its queries take; then, query by query, up to
     * twenty timed runs (at least three; fewer when twenty would take over 20 s).
     *
     * <pre>{@code
     * Bench.queries(Path.of("data/tdb2"), Path.of("queries"), (name, value) -> out.println(name + ": " + value));
     * }</pre>
     */
    public static void queries(Path store, Path queries, BiConsumer<String, String> out) {
        Objects.requireNonNull(out, "out");
        List<Path> files;
        try (Stream<Path> s = Files.list(queries)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list queries in " + queries, e);
        }
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                texts.put(file, Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read query " + file, e);
            }
        }
        try (GraphStore graphs = GraphStore.open(store)) {
            out.accept("store_quads", format(graphs.size()));
            long warming = System.nanoTime();
            for (int i = 0; i < QUERY_WARMUP && (i < 3 || System.nanoTime() - warming < QUERY_WARMUP_NANOS); i++) {
                for (String sparql : texts.values()) {
                    graphs.query(sparql, QueryFormat.CSV, OutputStream.nullOutputStream());
                }
            }
            for (Map.Entry<Path, String> query : texts.entrySet()) {
                Path file = query.getKey();
                String sparql = query.getValue();
                double[] ms = new double[QUERY_RUNS];
                int runs = 0;
                long begin = System.nanoTime();
                // a slow query on a large store gets fewer runs, at least three
                while (runs < QUERY_RUNS && (runs < 3 || System.nanoTime() - begin < QUERY_BUDGET_NANOS)) {
                    long start = System.nanoTime();
                    graphs.query(sparql, QueryFormat.CSV, OutputStream.nullOutputStream());
                    ms[runs++] = (System.nanoTime() - start) / 1e6;
                }
                double[] timed = Arrays.copyOf(ms, runs);
                Arrays.sort(timed);
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "").replace('-', '_');
                out.accept("query_" + name + "_p50_ms", format(percentile(timed, 50)));
                out.accept("query_" + name + "_p95_ms", format(percentile(timed, 95)));
                out.accept("query_" + name + "_runs", format(runs));
            }
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** From building the server to the first answer of a SPARQL query over HTTP. */
    private void serveStart(Path db) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        try (SparqlServer server = SparqlServer.create().config(settings.config()).database(db).port(0).build()
                .start()) {
            URI uri = URI.create(server.url() + "?query="
                    + URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new NewsgraphException("SPARQL server answered HTTP " + r.statusCode() + " at " + uri);
            }
            print("serve_start_ms", (System.nanoTime() - start) / 1e6);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the SPARQL server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("benchmark interrupted", e);
        }
    }

    /**
     * Disconnects a scratch store from this JVM: TDB2 otherwise keeps every database it opened, caches and all, for
     * the life of the process, and a benchmark opens several.
     */
    private static void release(Path dir) {
        TDBInternal.expel(GraphStore.connectDatasetGraph(dir));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
