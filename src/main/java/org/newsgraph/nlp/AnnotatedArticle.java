package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.ingest.Article;

/** What the NLP stage emits: the article with its sentences and mentions, both ordered by offset. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Mention> mentions) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    public List<Mention> mentionsIn(int sentenceIndex) {
        return mentions.stream().filter(m -> m.sentence() == sentenceIndex).toList();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
