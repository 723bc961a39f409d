package org.newsgraph.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.NewsgraphException;

/**
 * Trains the name finder that ships as {@code /ner/newsgraph-ner.bin} from the project's own corpus.
 *
 * <pre>{@code NerTrainer.trainTo(Path.of("src/main/resources/ner/newsgraph-ner.bin"));}</pre>
 *
 * Sentences are tokenised by {@link TextSegmenter}, the runtime tokenizer; the model uses OpenNLP's default features
 * plus typed gazetteer features and records the corpus hash in its manifest under {@link #CORPUS_HASH}.
 */
public final class NerTrainer {
    /** Manifest property holding {@link NerCorpus#sha256()} of the corpus the model was trained on. */
    public static final String CORPUS_HASH = "newsgraph.corpus.sha256";
    public static final String SEED_PROPERTY = "newsgraph.corpus.seed";
    public static final long DEFAULT_SEED = 20240312L;
    /** Filled templates per training run. */
    public static final int TEMPLATE_SENTENCES = 9000;
    /** Time stamp written on every entry of the model file, so that a retrain reproduces the file byte for byte. */
    private static final long FIXED_ENTRY_TIME = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    static final String[] DICT_KEYS = {"loc", "org", "norp", "first", "sur", "title"};

    private NerTrainer() {
    }

    public static TokenNameFinderModel train(long seed) {
        try {
            return new TokenNameFinderModel(new ByteArrayInputStream(trainBytes(seed)));
        } catch (IOException e) {
            throw new NewsgraphException("cannot read back the trained name finder: " + e.getMessage(), e);
        }
    }

    /** The model file for a seed, byte for byte the same on every run over the same corpus. */
    public static byte[] trainBytes(long seed) {
        TextSegmenter segmenter = new TextSegmenter();
        List<NameSample> samples = nameSamples(seed, segmenter);
        try {
            TokenNameFinderModel model = trainOn(samples, segmenter);
            return manifestBytes(model, Map.of(CORPUS_HASH, NerCorpus.sha256(), SEED_PROPERTY, Long.toString(seed)));
        } catch (IOException e) {
            throw new NewsgraphException("training the name finder failed: " + e.getMessage(), e);
        }
    }

    /** One maximum-entropy model on the given samples, with the shipped features and gazetteer resources. */
    static TokenNameFinderModel trainOn(List<NameSample> samples, TextSegmenter segmenter) throws IOException {
        Gazetteer gazetteer = Gazetteer.standard();
        Map<String, Object> resources = new LinkedHashMap<>();
        for (String key : DICT_KEYS) resources.put(key + ".dict", gazetteer.dictionary(key, segmenter, 1));
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.CUTOFF_PARAM, 5);
        params.put(TrainingParameters.ITERATIONS_PARAM, 150);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, featureXml(), resources, new BioCodec());
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
    }

    /** Exact-span scores of one type (or "micro" over all) from a cross-validation. */
    public record FoldScore(String type, int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * K-fold cross-validation on the project's own corpus for a seed: the samples are shuffled with the seed and
     * dealt into {@code folds} parts; each part is tagged by a model trained on the others (the raw name finder,
     * without the annotator's clean-up rules). Returns exact-span counts per type and "micro", summed over folds.
     * Filled templates share their wording across folds, so the figure says how well the model learns the
     * corpus, not how it does on unseen news (the dev set measures that).
     */
    public static List<FoldScore> crossValidate(long seed, int folds) {
        if (folds < 2) throw new NewsgraphException("cross-validation needs at least 2 folds, got " + folds);
        TextSegmenter segmenter = new TextSegmenter();
        List<NameSample> samples = new ArrayList<>(nameSamples(seed, segmenter));
        java.util.Collections.shuffle(samples, new java.util.Random(seed));
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (int f = 0; f < folds; f++) {
            List<NameSample> train = new ArrayList<>();
            List<NameSample> test = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) (i % folds == f ? test : train).add(samples.get(i));
            NameFinderME finder;
            try {
                finder = new NameFinderME(trainOn(train, segmenter));
            } catch (IOException e) {
                throw new NewsgraphException("training fold " + (f + 1) + " of " + folds + " failed: "
                        + e.getMessage(), e);
            }
            for (NameSample s : test) {
                java.util.Set<String> gold = keys(s.getNames());
                java.util.Set<String> found = keys(finder.find(s.getSentence()));
                finder.clearAdaptiveData();
                for (String p : found) counts.computeIfAbsent(typeOf(p), k -> new int[3])[gold.contains(p) ? 0 : 1]++;
                for (String g : gold) if (!found.contains(g)) counts.computeIfAbsent(typeOf(g), k -> new int[3])[2]++;
            }
        }
        List<FoldScore> out = new ArrayList<>();
        int[] micro = new int[3];
        counts.forEach((type, c) -> {
            out.add(new FoldScore(type, c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) micro[i] += c[i];
        });
        out.add(new FoldScore("micro", micro[0], micro[1], micro[2]));
        return out;
    }

    private static java.util.Set<String> keys(Span[] spans) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Span sp : spans) out.add(sp.getType() + " " + sp.getStart() + " " + sp.getEnd());
        return out;
    }

    private static String typeOf(String key) {
        return key.substring(0, key.indexOf(' '));
    }

    /** Trains with {@link #DEFAULT_SEED} and writes the model to {@code out}. */
    public static void trainTo(Path out) {
        byte[] model = trainBytes(DEFAULT_SEED);
        try {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                os.write(model); // not model.serialize(): that stamps the current time into the file
            }
        } catch (IOException e) {
            throw new NewsgraphException("cannot write the name-finder model to " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * The corpus for a seed as tokenised training samples. A sentence whose names do not fall on token boundaries
     * is left out; more than one in a hundred fails the run, naming one of them.
     */
    public static List<NameSample> nameSamples(long seed, TextSegmenter segmenter) {
        List<NameSample> samples = new ArrayList<>();
        int skipped = 0;
        NewsgraphException example = null;
        for (NerCorpus.Sample s : new NerCorpus().samples(seed, TEMPLATE_SENTENCES)) {
            try {
                samples.add(toNameSample(s, segmenter));
            } catch (NewsgraphException e) {
                skipped++;
                example = e;
                if (System.getProperty("newsgraph.debug") != null) System.err.println(e.getMessage());
            }
        }
        if (skipped * 100 > samples.size()) {
            throw new NewsgraphException(skipped + " corpus sentences do not tokenise as marked; for example: "
                    + example.getMessage(), example);
        }
        return samples;
    }

    static NameSample toNameSample(NerCorpus.Sample sample, TextSegmenter segmenter) {
        String text = sample.text();
        List<Span> tokens = segmenter.tokenize(text, 0, text.length());
        String[] words = tokens.stream().map(s -> text.substring(s.getStart(), s.getEnd())).toArray(String[]::new);
        List<Span> names = new ArrayList<>();
        for (NerCorpus.Name n : sample.names()) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).getStart() == n.start()) first = i;
                if (tokens.get(i).getEnd() == n.end()) last = i;
            }
            if (first < 0 || last < first) {
                throw new NewsgraphException("corpus name '" + text.substring(n.start(), n.end())
                        + "' does not fall on token boundaries in: " + text);
            }
            names.add(new Span(first, last + 1, n.type()));
        }
        return new NameSample(words, names.toArray(Span[]::new), true);
    }

    static byte[] featureXml() {
        try (var in = NerTrainer.class.getResourceAsStream("/ner/features.xml")) {
            if (in == null) throw new NewsgraphException("feature description /ner/features.xml missing");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new NewsgraphException("cannot read /ner/features.xml: " + e.getMessage(), e);
        }
    }

    /** Re-writes the model's manifest with extra properties (BaseModel offers no public setter). */
    static TokenNameFinderModel withManifest(TokenNameFinderModel model, Map<String, String> extra)
            throws IOException {
        return new TokenNameFinderModel(new ByteArrayInputStream(manifestBytes(model, extra)));
    }

    /** The model file with extra manifest properties, fixed entry times and no date comment. */
    static byte[] manifestBytes(TokenNameFinderModel model, Map<String, String> extra) throws IOException {
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        model.serialize(original);
        ByteArrayOutputStream patched = new ByteArrayOutputStream();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(original.toByteArray()));
             ZipOutputStream zout = new ZipOutputStream(patched)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] data = zin.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    Properties p = new Properties();
                    p.load(new ByteArrayInputStream(data));
                    extra.forEach(p::setProperty);
                    p.setProperty("Timestamp", Long.toString(FIXED_ENTRY_TIME)); // OpenNLP's training time
                    java.io.StringWriter w = new java.io.StringWriter();
                    p.store(w, null);
                    // drop the date comment that Properties writes and fix the order of the entries
                    String sorted = w.toString().lines().filter(l -> !l.startsWith("#")).sorted()
                            .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
                    data = sorted.getBytes(StandardCharsets.ISO_8859_1);
                }
                ZipEntry out = new ZipEntry(e.getName());
                out.setTime(FIXED_ENTRY_TIME); // the same corpus gives the same bytes, not only the same weights
                zout.putNextEntry(out);
                zout.write(data);
                zout.closeEntry();
            }
        }
        return patched.toByteArray();
    }

    /** {@code train-ner [out]}: for running without the CLI. */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/ner/newsgraph-ner.bin");
        long t0 = System.nanoTime();
        trainTo(out);
        System.out.printf("wrote %s in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
    }
}
