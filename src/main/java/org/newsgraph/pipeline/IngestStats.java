package org.newsgraph.pipeline;

/** Counts for one ingest run; mutable, owned by one {@link Ingestion}. */
public final class IngestStats {
    long articles;
    long skipped;
    long sentences;
    long tokens;
    long entities;
    long events;
    long triples;

    public long articles() {
        return articles;
    }

    public long skipped() {
        return skipped;
    }

    public long sentences() {
        return sentences;
    }

    public long tokens() {
        return tokens;
    }

    public long entities() {
        return entities;
    }

    public long events() {
        return events;
    }

    public long triples() {
        return triples;
    }

    void add(ArticleResult r) {
        articles++;
        sentences += r.sentences();
        tokens += r.tokens();
        entities += r.entities();
        events += r.events().size();
        triples += r.triples();
    }

    /** "articles 7, sentences 80, entities 120, events 30, triples 2,400, skipped 1". */
    public String summary() {
        return String.format("articles %,d, sentences %,d, entities %,d, events %,d, triples %,d, skipped %,d",
                articles, sentences, entities, events, triples, skipped);
    }
}
