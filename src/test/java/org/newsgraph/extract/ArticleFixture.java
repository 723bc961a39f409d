package org.newsgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newsgraph.coref.Entity;
import org.newsgraph.coref.ResolvedArticle;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.Link;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Builds a {@link LinkedArticle} for tests: real OpenNLP sentences, tokens and UD tags, plus name mentions that the
 * test names by their text. Mentions with the same QID, or the same type and text, or a PER surname of an earlier
 * full name, form one entity.
 */
final class ArticleFixture {
    private static final SentenceModel SENTENCES =
            load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    private static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    private static final POSModel POS = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);

    /** A name span in the article text, as a gold file or a test gives it. */
    record Span2(int start, int end, String type, String qid) { }

    private final StringBuilder text = new StringBuilder();
    private final List<Span2> spans = new ArrayList<>();
    private LocalDate published;
    private String source;
    private int sentenceStart;

    static ArticleFixture published(String isoDate) {
        ArticleFixture f = new ArticleFixture();
        f.published = isoDate == null ? null : LocalDate.parse(isoDate);
        return f;
    }

    /** Where the article was published (a URL, say), as an article's metadata gives it. */
    ArticleFixture source(String source) {
        this.source = source;
        return this;
    }

    ArticleFixture sentence(String sentence) {
        if (text.length() > 0) text.append(' ');
        sentenceStart = text.length();
        text.append(sentence);
        return this;
    }

    ArticleFixture mention(String name, String type) {
        return mention(name, type, null);
    }

    /** The next untaken occurrence of {@code name} in the current sentence. */
    ArticleFixture mention(String name, String type, String qid) {
        int from = sentenceStart;
        while (true) {
            int at = text.indexOf(name, from);
            if (at < 0) {
                throw new IllegalArgumentException("'" + name + "' not in sentence: " + text.substring(sentenceStart));
            }
            int end = at + name.length();
            boolean taken = spans.stream().anyMatch(s -> s.start() < end && at < s.end());
            if (!taken) {
                spans.add(new Span2(at, end, type, qid));
                return this;
            }
            from = at + 1;
        }
    }

    LinkedArticle build() {
        return annotate(new Article("test", null, published, source, "en", text.toString(), "test"), spans);
    }

    /** Annotates a text with real OpenNLP sentences, tokens and tags, and the given name spans as mentions. */
    static LinkedArticle annotate(Article article, List<Span2> names) {
        String text = article.text();
        SentenceDetectorME sd = new SentenceDetectorME(SENTENCES);
        TokenizerME tokenizer = new TokenizerME(TOKENS);
        POSTaggerME tagger = new POSTaggerME(POS);
        List<Sentence> sentences = new ArrayList<>();
        for (Span s : sd.sentPosDetect(text)) {
            String st = text.substring(s.getStart(), s.getEnd());
            Span[] ts = tokenizer.tokenizePos(st);
            String[] words = Span.spansToStrings(ts, st);
            String[] tags = tagger.tag(words);
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < ts.length; i++) {
                int offset = s.getStart();
                tokens.add(new Token(offset + ts[i].getStart(), offset + ts[i].getEnd(), words[i], tags[i]));
            }
            sentences.add(new Sentence(sentences.size(), s.getStart(), s.getEnd(), st, tokens));
        }
        List<Mention> mentions = new ArrayList<>();
        Map<Mention, String> qids = new LinkedHashMap<>();
        names.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).forEach(n -> {
            int sentence = 0;
            for (Sentence s : sentences) if (s.start() <= n.start()) sentence = s.index();
            Mention m = new Mention(n.start(), n.end(), n.type(), text.substring(n.start(), n.end()), sentence, 1.0);
            mentions.add(m);
            qids.put(m, n.qid());
        });
        AnnotatedArticle doc = new AnnotatedArticle(article, sentences, mentions);
        Map<String, List<Mention>> clusters = new LinkedHashMap<>();
        Map<String, String> clusterType = new LinkedHashMap<>();
        Map<String, String> clusterQid = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String qid = qids.get(m);
            String key = qid != null ? qid + (m.type().equals("NORP") ? ":NORP" : "") : m.type() + ":" + m.text();
            if (qid == null && m.type().equals("PER")) {
                for (String k : clusters.keySet()) {
                    String name = clusters.get(k).get(0).text();
                    if (clusterType.get(k).equals("PER") && (name.endsWith(" " + m.text()) || name.equals(m.text()))) {
                        key = k;
                    }
                }
            }
            clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            clusterType.putIfAbsent(key, m.type());
            if (qid != null) clusterQid.put(key, qid);
        }
        List<Entity> entities = new ArrayList<>();
        Map<String, Link> links = new LinkedHashMap<>();
        for (String key : clusters.keySet()) {
            List<Mention> ms = clusters.get(key);
            String id = "e" + entities.size();
            String name = ms.stream().map(Mention::text).reduce((a, b) -> b.length() > a.length() ? b : a)
                    .orElseThrow();
            entities.add(new Entity(id, clusterType.get(key), name, ms));
            if (clusterQid.containsKey(key)) links.put(id, new Link(clusterQid.get(key), name, 0.9));
        }
        return new LinkedArticle(new ResolvedArticle(doc, entities), links);
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = ArticleFixture.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("model not on the classpath: " + resource);
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load model " + resource, e);
        }
    }
}
