package org.newsgraph.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsgraph.extract.Event;
import org.newsgraph.ingest.Article;

/**
 * Base of the tests that run short articles written for them through the whole pipeline (name finder, linker,
 * extractor): one pipeline per test class.
 */
abstract class WholePipeline {
    private static Pipeline pipeline;

    @BeforeAll
    static void open() {
        pipeline = Pipeline.standard();
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    /** The pipeline's result for {@code text}, published on {@code published}. */
    static ArticleResult run(String text, LocalDate published) {
        return pipeline.process(new Article("test", "Test", published, null, "en", text, "test"));
    }

    /** The events of one type the pipeline finds in {@code text}. */
    static List<Event> events(String text, LocalDate published, String type) {
        return run(text, published).events().stream().filter(e -> e.type().equals(type)).toList();
    }
}
