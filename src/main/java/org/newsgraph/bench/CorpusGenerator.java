package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import opennlp.tools.util.Span;
import org.newsgraph.NewsgraphException;
import org.newsgraph.ProblemListener;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.nlp.NerCorpus;
import org.newsgraph.nlp.TextSegmenter;

/**
 * A deterministic corpus of realistic articles: paragraphs that mix sentences of the project's example articles with
 * sentences filled from the name-finder templates, whose people, places and organisations vary with the seed
 * (names come from the gazetteer lists or are invented from syllables). The same seed and count give the same
 * articles, byte for byte; article {@code i} does not depend on how many follow it.
 *
 * <pre>{@code
 * CorpusGenerator g = CorpusGenerator.fromExamples(Path.of("examples/articles"), 42);
 * List<Path> files = g.writeJsonLines(outDir, 1000);   // bench-000000 … bench-000999
 * }</pre>
 */
public final class CorpusGenerator {
    /** Template sentences drawn per seed; articles pick from this pool. */
    private static final int TEMPLATE_POOL = 5_000;
    /** Articles per JSON Lines file. */
    private static final int ARTICLES_PER_FILE = 1_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> exampleSentences;
    private final List<String> templateSentences;
    private final long seed;

    CorpusGenerator(List<String> exampleSentences, List<String> templateSentences, long seed) {
        if (exampleSentences.isEmpty() || templateSentences.isEmpty()) {
            throw new NewsgraphException("corpus generator needs example and template sentences, got "
                    + exampleSentences.size() + " and " + templateSentences.size());
        }
        this.exampleSentences = List.copyOf(exampleSentences);
        this.templateSentences = List.copyOf(templateSentences);
        this.seed = seed;
    }

    /**
     * Sentences of every article under {@code examples} (read as {@code newsgraph ingest} reads them) and template
     * sentences filled for {@code seed}.
     *
     * @throws NewsgraphException if the examples cannot be read or hold no article
     */
    public static CorpusGenerator fromExamples(Path examples, long seed) {
        Objects.requireNonNull(examples, "examples");
        List<String> sentences = new ArrayList<>();
        TextSegmenter segmenter = new TextSegmenter();
        ProblemListener strict = (where, message) -> {
            throw new NewsgraphException("cannot read example article " + where + ": " + message);
        };
        ArticleReader.builder().build().read(List.of(examples), a -> {
            for (Span s : segmenter.sentences(a.text())) {
                String sentence = a.text().substring(s.getStart(), s.getEnd()).replaceAll("\\s+", " ").strip();
                // Markdown headings and list bullets read badly when moved into another paragraph.
                if (sentence.length() > 20 && Character.isLetterOrDigit(sentence.charAt(0))) sentences.add(sentence);
            }
        }, strict);
        if (sentences.isEmpty()) throw new NewsgraphException("no example articles under " + examples);
        List<String> templates = new ArrayList<>();
        for (NerCorpus.Sample s : new NerCorpus().samples(seed, TEMPLATE_POOL)) templates.add(s.text());
        return new CorpusGenerator(sentences, templates, seed);
    }

    /** Article number {@code index} (from 0) of this corpus. */
    public Article article(int index) {
        if (index < 0) throw new IllegalArgumentException("article index must not be negative, got " + index);
        Random rnd = new Random(seed * 1_000_003L + index);
        int paragraphs = 3 + rnd.nextInt(4);
        StringBuilder text = new StringBuilder();
        String lead = null;
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) text.append("\n\n");
            int sentences = 2 + rnd.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                // about two in five sentences from the examples, the rest from the templates
                String sentence = rnd.nextInt(5) < 2 ? pick(exampleSentences, rnd) : pick(templateSentences, rnd);
                if (lead == null) lead = sentence;
                if (s > 0) text.append(' ');
                text.append(sentence);
            }
        }
        String id = String.format("bench-%06d", index);
        return new Article(id, headline(lead), FIRST_DAY.plusDays(rnd.nextInt(730)), "newsgraph bench", "en",
                text.toString(), id);
    }

    private static String headline(String sentence) {
        String[] words = sentence.split(" ");
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 8)));
        return head.replaceAll("[.,;:\"]+$", "");
    }

    private static String pick(List<String> values, Random rnd) {
        return values.get(rnd.nextInt(values.size()));
    }

    /**
     * Writes articles {@code 0..count-1} as JSON Lines files of up to 1,000 articles into {@code dir}, one article
     * in memory at a time.
     *
     * @return the files written, in order
     */
    public List<Path> writeJsonLines(Path dir, int count) {
        if (count < 0) throw new IllegalArgumentException("article count must not be negative, got " + count);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int first = 0; first < count; first += ARTICLES_PER_FILE) {
                Path file = dir.resolve(String.format("bench-%06d.jsonl", first));
                try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (int i = first; i < Math.min(count, first + ARTICLES_PER_FILE); i++) {
                        w.write(json(article(i)));
                        w.write('\n');
                    }
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write benchmark corpus to " + dir, e);
        }
        return files;
    }

    /** One article as a JSON Lines record, the fields {@code newsgraph ingest} reads. */
    static String json(Article a) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("published", a.published().toString());
        o.put("source", a.source());
        o.put("language", a.language());
        o.put("text", a.text());
        return JSON.writeValueAsString(o);
    }
}
