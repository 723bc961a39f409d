/**
 * The NLP stage: turns an {@code Article} into an {@link org.newsgraph.nlp.AnnotatedArticle} with sentences, tokens
 * (UD part of speech) and mentions (PER, ORG, LOC, NORP from a name finder trained on the project's own corpus;
 * DATE, NUMBER, PERCENT, MONEY from regular expressions). Models are shared; annotators are one per thread.
 */
package org.newsgraph.nlp;
