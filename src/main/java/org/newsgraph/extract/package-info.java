/**
 * Event extraction: reads a {@link org.newsgraph.link.LinkedArticle} and emits {@link org.newsgraph.extract.Event}s
 * with typed roles, using trigger lexicons and rules kept as data under {@code src/main/resources/extract/}.
 * {@link org.newsgraph.extract.RuleBasedExtractor} is immutable once built and safe to share between threads.
 */
package org.newsgraph.extract;
