package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.newsgraph.NewsgraphException;
import org.newsgraph.ingest.Article;

/**
 * The NLP stage on Apache OpenNLP: sentences, tokens and UD part-of-speech tags from Apache's English UD models
 * (repaired by {@link TextSegmenter}), names (PER, ORG, LOC, NORP) from newsgraph's own trained name finder backed by
 * the gazetteer's known multi-token names, and DATE, NUMBER, PERCENT and MONEY values from {@link ValueFinder}.
 *
 * <pre>{@code
 * try (OpenNlpAnnotator nlp = new OpenNlpAnnotator()) {
 *     AnnotatedArticle a = nlp.annotate(article);
 * }
 * }</pre>
 *
 * <p>Thread safety: the models are loaded once per process and shared; an annotator holds OpenNLP {@code *ME} tools
 * and is NOT thread-safe, so use one annotator per thread. Adaptive name-finder data is cleared after each article.
 *
 * <p>Overlaps: model names are cleaned, checked and merged with dictionary names by the rules in {@link NameSpans},
 * then made consistent across the article ({@link DocumentConsistency}), with person names that hold particles made
 * whole before and after that ({@link NameParticles}); a value span that overlaps any name is
 * dropped (the name wins); values among themselves keep the longest match ({@link ValueFinder}).
 */
public final class OpenNlpAnnotator implements Annotator, AutoCloseable {
    public static final String MODEL_RESOURCE = "/ner/newsgraph-ner.bin";
    private static final double DICTIONARY_CONFIDENCE = 0.95;
    /**
     * Longest sentence tagged as one, in tokens: the tagger's beam search slows down with the square of the length, so
     * a longer run of text without a sentence break (a 2 MB line) is split at every this many tokens. Offsets stay
     * those of the text; news sentences are far shorter.
     */
    static final int MAX_SENTENCE_TOKENS = 200;

    private static final class Models {
        static final POSModel POS = TextSegmenter.load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    }

    private static final class NerHolder {
        static final TokenNameFinderModel NER = loadNer();
    }

    private final TextSegmenter segmenter = new TextSegmenter();
    private final POSTaggerME tagger = new POSTaggerME(Models.POS);
    private final NameFinderME nameFinder;
    /** Known multi-token names per entity type, matched case-sensitively (see {@link #dictionaryNames}). */
    private final Map<String, NameTrie> dictionaryNames = new LinkedHashMap<>();
    private final NameSpans nameSpans;
    private final ValueFinder values = ValueFinder.standard();
    private final DocumentConsistency consistency;
    private final NameParticles particles;
    private boolean closed;

    /** An annotator over the shipped name-finder model. */
    public OpenNlpAnnotator() {
        this(NerHolder.NER);
    }

    /** An annotator over the given name-finder model (trained by {@link NerTrainer}). */
    public OpenNlpAnnotator(TokenNameFinderModel nerModel) {
        this.nameFinder = new NameFinderME(nerModel);
        Gazetteer gazetteer = Gazetteer.standard();
        for (Map.Entry<String, String> e : Gazetteer.ENTITY_TYPES.entrySet()) {
            Dictionary d = gazetteer.dictionary(e.getKey(), segmenter, 2);
            NameTrie trie = new NameTrie();
            for (StringList entry : d) {
                String[] toks = new String[entry.size()];
                for (int i = 0; i < toks.length; i++) toks[i] = entry.getToken(i);
                trie.add(toks);
            }
            dictionaryNames.put(e.getValue(), trie);
        }
        this.nameSpans = new NameSpans(gazetteer);
        this.consistency = new DocumentConsistency(gazetteer);
        this.particles = new NameParticles(gazetteer);
    }

    /** The shipped model, loaded once per process. */
    public static TokenNameFinderModel shippedModel() {
        return NerHolder.NER;
    }

    private static TokenNameFinderModel loadNer() {
        try (InputStream in = OpenNlpAnnotator.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new NewsgraphException("name-finder model not on the classpath: " + MODEL_RESOURCE
                        + " (run train-ner)");
            }
            return new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new NewsgraphException("cannot load name-finder model " + MODEL_RESOURCE + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        if (closed) throw new IllegalStateException("annotator is closed");
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        try {
            for (Span whole : segmenter.sentences(text)) {
                List<Span> allTokens = segmenter.tokenize(text, whole.getStart(), whole.getEnd());
                for (int from = 0; from == 0 || from < allTokens.size(); from += MAX_SENTENCE_TOKENS) {
                    List<Span> tokSpans = allTokens.subList(from,
                            Math.min(allTokens.size(), from + MAX_SENTENCE_TOKENS));
                    Span sent = tokSpans.size() == allTokens.size() ? whole
                            : new Span(tokSpans.get(0).getStart(), tokSpans.get(tokSpans.size() - 1).getEnd());
                    annotateSentence(text, sent, tokSpans, sentences, mentions);
                }
            }
        } finally {
            nameFinder.clearAdaptiveData();
        }
        // particles join before the article-wide rules (so that a whole name is what they spread) and after them
        // (so that a family name they found alone gets its particles back)
        List<Mention> names = particles.join(text, sentences,
                consistency.apply(text, sentences, particles.join(text, sentences, mentions)));
        mentions = new ArrayList<>(names);
        boolean[] named = new boolean[text.length()]; // characters under a name
        for (Mention n : names) java.util.Arrays.fill(named, n.start(), n.end(), true);
        for (Sentence sent : sentences) {
            for (ValueFinder.Value v : values.find(sent.text())) {
                int s = sent.start() + v.start();
                int e = sent.start() + v.end();
                boolean hitsName = false;
                for (int c = s; c < e && !hitsName; c++) hitsName = named[c];
                if (!hitsName) {
                    mentions.add(new Mention(s, e, v.type(), text.substring(s, e), sent.index(),
                            ValueFinder.confidence()));
                }
            }
        }
        mentions.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return new AnnotatedArticle(article, sentences, mentions);
    }

    /** Tags one sentence (or one piece of an over-long one) and finds its names. */
    private void annotateSentence(String text, Span sent, List<Span> tokSpans, List<Sentence> sentences,
            List<Mention> mentions) {
        int index = sentences.size();
        String[] words = new String[tokSpans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(tokSpans.get(i).getStart(), tokSpans.get(i).getEnd());
        }
        String[] tags = words.length == 0 ? new String[0] : tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(tokSpans.get(i).getStart(), tokSpans.get(i).getEnd(), words[i], tags[i]));
        }
        sentences.add(new Sentence(index, sent.getStart(), sent.getEnd(),
                text.substring(sent.getStart(), sent.getEnd()), tokens));
        if (words.length == 0) return;
        mentions.addAll(names(text, words, tags, tokSpans, index));
    }

    private List<Mention> names(String text, String[] words, String[] tags, List<Span> tokSpans, int sentence) {
        Span[] found = nameFinder.find(words);
        double[] probs = nameFinder.probs(found);
        List<NameSpans.NameSpan> model = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            NameSpans.NameSpan cleaned = nameSpans.clean(nameSpans.withoutLeadingFunctionWord(
                    new NameSpans.NameSpan(found[i].getStart(), found[i].getEnd(), found[i].getType(), probs[i]),
                    words, tags), words);
            if (cleaned == null) continue;
            String covered = text.substring(tokSpans.get(cleaned.start()).getStart(),
                    tokSpans.get(cleaned.end() - 1).getEnd());
            if (nameSpans.plausible(cleaned, words, tags, covered, values)) {
                NameSpans.NameSpan settled = nameSpans.settle(nameSpans.retype(cleaned, covered), words, covered);
                if (settled != null) model.add(nameSpans.surnameAlone(settled, words, covered));
            }
        }
        List<NameSpans.NameSpan> dictionary = new ArrayList<>(dictionaryNames(words));
        dictionary.addAll(nameSpans.leadersBeforeRulingWords(words));
        dictionary.addAll(nameSpans.holdersAfterTitles(words));
        List<Mention> out = new ArrayList<>();
        for (NameSpans.NameSpan n : nameSpans.holdersAfterTitlePhrases(
                nameSpans.joinedShapes(nameSpans.repair(NameSpans.merge(model, dictionary), words), words),
                words, tags)) {
            int end = n.type().equals("PER") ? NameSpans.hyphenatedNameEnd(words, tokSpans, n.end()) : n.end();
            int s = tokSpans.get(n.start()).getStart();
            int e = tokSpans.get(end - 1).getEnd();
            out.add(new Mention(s, e, n.type(), text.substring(s, e), sentence, n.confidence()));
        }
        return out;
    }

    /**
     * Per type, the longest known names left to right (a match resumes after its end), as OpenNLP's dictionary
     * finder does, but walking a word trie once per start token instead of hashing every candidate sub-list.
     */
    private List<NameSpans.NameSpan> dictionaryNames(String[] words) {
        List<NameSpans.NameSpan> out = new ArrayList<>();
        for (Map.Entry<String, NameTrie> e : dictionaryNames.entrySet()) {
            int i = 0;
            while (i < words.length) {
                int len = e.getValue().longest(words, i);
                if (len == 0) {
                    i++;
                } else {
                    out.add(new NameSpans.NameSpan(i, i + len, e.getKey(), DICTIONARY_CONFIDENCE));
                    i += len;
                }
            }
        }
        return out;
    }

    /** Releases nothing shared: the models stay loaded for other annotators; this one can no longer be used. */
    @Override
    public void close() {
        closed = true;
    }
}
