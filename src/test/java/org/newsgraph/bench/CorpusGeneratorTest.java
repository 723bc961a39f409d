package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;

class CorpusGeneratorTest {
    private static final Path EXAMPLES = Path.of("examples/articles");

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOtherOnes() {
        CorpusGenerator a = CorpusGenerator.fromExamples(EXAMPLES, 1);
        CorpusGenerator b = CorpusGenerator.fromExamples(EXAMPLES, 1);
        CorpusGenerator c = CorpusGenerator.fromExamples(EXAMPLES, 2);
        for (int i = 0; i < 5; i++) {
            assertEquals(a.article(i), b.article(i));
            assertNotEquals(a.article(i).text(), c.article(i).text());
        }
    }

    @Test
    void articlesAreParagraphsOfDistinctTextWithUniqueIds() {
        CorpusGenerator g = CorpusGenerator.fromExamples(EXAMPLES, 3);
        var texts = new HashSet<String>();
        for (int i = 0; i < 50; i++) {
            Article a = g.article(i);
            assertEquals(String.format("bench-%06d", i), a.id());
            assertTrue(a.text().contains("\n\n"), a.text());
            assertTrue(a.text().length() > 300, a.text());
            assertTrue(a.title() != null && !a.title().isBlank());
            texts.add(a.text());
        }
        assertEquals(50, texts.size());
    }

    @Test
    void writtenJsonLinesReadBackAsTheSameArticles(@TempDir Path dir) throws IOException {
        CorpusGenerator g = CorpusGenerator.fromExamples(EXAMPLES, 4);
        List<Path> files = g.writeJsonLines(dir, 1_005);
        assertEquals(2, files.size());
        assertTrue(Files.size(files.get(1)) > 0);
        List<Article> read = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ArticleReader.builder().build().read(files, read::add, (where, m) -> problems.add(m));
        assertEquals(List.of(), problems);
        assertEquals(1_005, read.size());
        for (int i : new int[] {0, 999, 1_004}) {
            assertEquals(g.article(i).text(), read.get(i).text());
            assertEquals(g.article(i).published(), read.get(i).published());
            assertEquals(g.article(i).id(), read.get(i).id());
        }
    }
}
