package org.newsgraph.nlp;

import org.newsgraph.ingest.Article;

/** Finds sentences, tokens and mentions in an article. Implementations say whether they are thread-safe. */
public interface Annotator {
    AnnotatedArticle annotate(Article article);
}
