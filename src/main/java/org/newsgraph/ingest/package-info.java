/**
 * Ingest stage: reads plain text, Markdown with front matter, JSON Lines and HTML from files and folders into
 * {@link org.newsgraph.ingest.Article} records, reporting each bad file or line to a
 * {@link org.newsgraph.ProblemListener} while the batch goes on. Entry point:
 * {@link org.newsgraph.ingest.ArticleReader}, immutable and safe to share between threads; articles are streamed to a
 * consumer, never collected.
 */
package org.newsgraph.ingest;
