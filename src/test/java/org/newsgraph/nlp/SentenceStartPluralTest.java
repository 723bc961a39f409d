package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;

/**
 * A common plural capitalised only because it opens the sentence ("Critics said", "Economists warned") is no name,
 * while a one-word name there ("Gazprom said", "Siemens said") stays one.
 */
class SentenceStartPluralTest {
    private static OpenNlpAnnotator nlp;

    @BeforeAll
    static void open() {
        nlp = new OpenNlpAnnotator();
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    private static boolean firstWordIsAName(String text) {
        AnnotatedArticle a = nlp.annotate(new Article("plural", null, null, null, "en", text, "test"));
        return a.mentions().stream().anyMatch(m -> m.start() == 0);
    }

    @Test
    void aCommonPluralAtTheStartIsNoName() {
        for (String text : List.of("Critics said the plan would hurt exports to Japan.",
                "Economists warned that prices in Brazil would rise.",
                "Observers noted long queues in Nairobi on Sunday.",
                "Organisers said the festival in Lyon would go ahead.")) {
            assertFalse(firstWordIsAName(text), text);
        }
    }

    @Test
    void aOneWordNameAtTheStartStaysAName() {
        for (String text : List.of("Gazprom said exports to Germany rose.", "Siemens said orders from Spain fell.",
                "Ukraine said its army held the line near Kharkiv.")) {
            assertTrue(firstWordIsAName(text), text);
        }
    }
}
