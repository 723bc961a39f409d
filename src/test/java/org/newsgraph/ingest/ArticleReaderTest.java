package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.InputException;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ArticleReaderTest.class.getResource("/ingest/" + name).toURI());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void readsAPlainTextFileWholeWithTheSlugOfItsNameAsId() throws IOException {
        Path file = write("Market Report (Final).txt", "\nPrices rose on Monday.\n");
        Article a = Collector.read(file).article("market-report-final");
        assertEquals("\nPrices rose on Monday.\n", a.text());
        assertNull(a.title());
        assertNull(a.published());
        assertEquals("en", a.language());
        assertEquals(file.toString(), a.origin());
    }

    @Test
    void readsMarkdownFrontMatterAndKeepsOffsetsIntoTheBody() throws Exception {
        Path file = fixture("harbour-talks.md");
        Article a = ArticleReader.builder().build().readFile(file).get(0);
        assertEquals("harbour-talks", a.id());
        assertEquals("Ministers meet on harbour deal", a.title());
        assertEquals(LocalDate.of(2024, 3, 5), a.published());
        assertEquals("https://example.org/news/harbour-talks", a.source());
        assertEquals("en", a.language());
        assertTrue(a.text().startsWith("# Ministers meet"), a.text());
        int start = a.text().indexOf("Norland");
        assertEquals("Norland", a.text().substring(start, start + 7));
    }

    @Test
    void takesTheMarkdownTitleFromTheFirstHeadingWhenFrontMatterHasNone() throws IOException {
        Path file = write("plain.md", "Intro line.\n\n# Talks resume ##\n\nThe talks resumed.");
        Article a = Collector.read(file).article("plain");
        assertEquals("Talks resume", a.title());
        assertEquals("Intro line.\n\n# Talks resume ##\n\nThe talks resumed.", a.text());
    }

    @Test
    void readsTheGoodLinesOfAJsonLinesFileAndNamesTheBadOnes() throws Exception {
        Path file = fixture("wire.jsonl");
        Collector c = Collector.read(file);
        assertEquals(List.of("grain-corridor", "wire-2", "wire-5"), c.ids());
        Article first = c.article("grain-corridor");
        assertEquals("Grain corridor reopens", first.title());
        assertEquals(LocalDate.of(2024, 6, 1), first.published());
        assertEquals("Example Wire", first.source());
        assertEquals(file + ":1", first.origin());
        assertEquals(LocalDate.of(2024, 6, 3), c.article("wire-5").published());
        assertEquals(2, c.problems.size(), c.problems.toString());
        assertEquals(file + ":4: no 'text' field", c.problems.get(0));
        assertTrue(c.problems.get(1).startsWith(file + ":6: not valid JSON: "), c.problems.get(1));
    }

    @Test
    void readsTheArticleOfAnHtmlPageWithoutBoilerplate() throws Exception {
        Article a = Collector.read(fixture("summit.html")).article("summit");
        assertEquals("Summit ends with joint statement", a.title());
        assertEquals(LocalDate.of(2024, 9, 14), a.published());
        assertEquals("https://example.org/summit", a.source());
        assertEquals("en", a.language());
        assertEquals("Summit ends with joint statement\n\n"
                + "Leaders of three countries signed a joint statement on Friday.\n\n"
                + "The next meeting is planned for the spring.", a.text());
    }

    @Test
    void fallsBackToTitleTimeElementAndBodyInHtml() throws IOException {
        Path file = write("page.htm", "<html><head><title>Plain page</title></head><body><nav>Menu</nav>"
                + "<p>Posted <time datetime=\"2023-11-30\">last Thursday</time>.</p><div>First<br>Second</div>"
                + "</body></html>");
        Article a = Collector.read(file).article("page");
        assertEquals("Plain page", a.title());
        assertEquals(LocalDate.of(2023, 11, 30), a.published());
        assertEquals("Posted last Thursday.\n\nFirst\n\nSecond", a.text());
    }

    @Test
    void usesTheDefaultDateOnlyForArticlesWithoutOne() throws IOException {
        write("a.txt", "Undated text.");
        write("b.md", "---\npublished: 2020-02-29\n---\nDated text.");
        ArticleReader reader = ArticleReader.builder().defaultPublished(LocalDate.of(2025, 1, 1)).build();
        Collector c = Collector.read(reader, dir);
        assertEquals(LocalDate.of(2025, 1, 1), c.article("a").published());
        assertEquals(LocalDate.of(2020, 2, 29), c.article("b").published());
    }

    @Test
    void walksFoldersRecursivelyInSortedOrderAndSkipsOtherFilesSilently() throws IOException {
        write("b/2.txt", "Text two.");
        write("b/1.txt", "Text one.");
        write("a.txt", "Text a.");
        write("c/deep/x.md", "Text x.");
        write("b/photo.jpg", "not read");
        write("b/notes.docx", "not read");
        write(".hidden/h.txt", "Hidden text.");
        Collector c = Collector.read(dir);
        assertEquals(List.of("a", "1", "2", "x"), c.ids());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void readsNamedPathsInTheOrderGiven() throws IOException {
        Path z = write("z.txt", "Text z.");
        Path a = write("a.txt", "Text a.");
        assertEquals(List.of("z", "a"), Collector.read(z, a).ids());
    }

    @Test
    void handsArticlesToTheSinkOneByOneAsTheyAreRead() throws IOException {
        write("a.txt", "Text a.");
        write("b.txt", "Text b.");
        AtomicInteger seen = new AtomicInteger();
        ArticleReader.builder().build().read(List.of(dir), article -> {
            if (seen.incrementAndGet() == 1) {
                assertEquals("a", article.id());
            }
        }, (where, message) -> { });
        assertEquals(2, seen.get());
    }

    @Test
    void readFileThrowsTheFirstProblemNamingFileAndLine() throws IOException {
        Path file = write("w.jsonl", "{\"text\": \"Good line.\"}\n{\"id\": 7}\n");
        InputException e = assertThrows(InputException.class, () -> ArticleReader.builder().build().readFile(file));
        assertEquals(file + ":2: no 'text' field", e.getMessage());
    }

    @Test
    void aReaderCanBeSharedByThreads() throws Exception {
        for (int i = 0; i < 20; i++) write("f" + i + ".txt", "Text number " + i + ".");
        ArticleReader reader = ArticleReader.builder().build();
        List<Collector> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> results.add(Collector.read(reader, dir)));
            threads[t].start();
        }
        for (Thread thread : threads) thread.join();
        assertEquals(4, results.size());
        for (Collector c : results) {
            assertEquals(20, c.articles.size());
            assertEquals(List.of(), c.problems, "each call keeps its own ids");
        }
    }

    @Test
    void refusesANonPositiveSizeLimit() {
        assertThrows(IllegalArgumentException.class, () -> ArticleReader.builder().maxBytes(0).build());
        assertFalse(ArticleReader.DEFAULT_MAX_BYTES < 20_000_000);
    }
}
