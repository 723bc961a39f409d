package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FrontMatterTest {
    @Test
    void readsKnownKeysWithQuotedAndPlainValues() {
        FrontMatter fm = FrontMatter.parse("---\nid: talks-1\ntitle: \"Talks: day \\\"one\\\"\"\n"
                + "published: '2024-01-02'\nsource: Example Post\nlanguage: de\n---\nBody.\n");
        assertEquals("talks-1", fm.meta().id);
        assertEquals("Talks: day \"one\"", fm.meta().title);
        assertEquals("2024-01-02", fm.meta().published);
        assertEquals("Example Post", fm.meta().source);
        assertEquals("de", fm.meta().language);
        assertEquals("Body.\n", fm.body());
    }

    @Test
    void takesTheUrlAsSourceOnlyWhenNoSourceIsGiven() {
        assertEquals("https://example.org/a",
                FrontMatter.parse("---\nurl: https://example.org/a\n---\nx").meta().source);
        assertEquals("Example Post",
                FrontMatter.parse("---\nsource: Example Post\nurl: https://example.org/a\n---\nx").meta().source);
    }

    @Test
    void removesBlankLinesBetweenFrontMatterAndBody() {
        assertEquals("First line.\n\nSecond.", FrontMatter.parse("---\ntitle: T\n---\n\n  \n\nFirst line.\n\nSecond.")
                .body());
    }

    @Test
    void acceptsWindowsLineBreaks() {
        FrontMatter fm = FrontMatter.parse("---\r\ntitle: T\r\n---\r\n\r\nBody\r\n");
        assertEquals("T", fm.meta().title);
        assertEquals("Body\r\n", fm.body());
    }

    @Test
    void passesOverCommentsListsAndUnknownKeys() {
        FrontMatter fm = FrontMatter.parse("---\n# note\nauthor: someone\ntags:\n  - a\n- b\n\ntitle: T\n---\nBody");
        assertEquals("T", fm.meta().title);
        assertEquals("Body", fm.body());
    }

    @Test
    void treatsAFileWithoutOpeningDashesAsAllBody() {
        FrontMatter fm = FrontMatter.parse("\n\ntitle: not front matter\n---\n");
        assertNull(fm.meta().title);
        assertEquals("title: not front matter\n---\n", fm.body());
    }

    @Test
    void refusesFrontMatterThatNeverCloses() {
        BadInput e = assertThrows(BadInput.class, () -> FrontMatter.parse("---\ntitle: T\n\nBody text.\n"));
        assertEquals("front matter opened on line 1 never closes with a '---' line", e.getMessage());
    }

    @Test
    void refusesALineThatIsNotKeyAndValue() {
        BadInput e = assertThrows(BadInput.class, () -> FrontMatter.parse("---\ntitle: T\njust words\n---\nBody"));
        assertEquals("front matter line 3 is not 'key: value': 'just words'", e.getMessage());
    }
}
