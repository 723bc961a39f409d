package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input is one problem naming the file, and the good article next to it still loads. */
class ArticleReaderProblemsTest {
    @TempDir
    Path dir;
    private Path good;

    @BeforeEach
    void writeAGoodArticle() throws IOException {
        good = Files.writeString(dir.resolve("good.txt"), "A good article about a ceasefire.");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the folder, checks the good article loaded, and returns the one problem. */
    private String onlyProblemBesideTheGoodArticle() {
        return onlyProblemBesideTheGoodArticle(ArticleReader.builder().build(), dir);
    }

    private String onlyProblemBesideTheGoodArticle(ArticleReader reader, Path... paths) {
        Collector c = Collector.read(reader, paths);
        assertEquals(good.toString(), c.article("good").origin(), "the rest of the batch still loads");
        return c.onlyProblem();
    }

    @Test
    void namesAPathThatDoesNotExist() {
        Path missing = dir.resolve("missing.md");
        String problem = onlyProblemBesideTheGoodArticle(ArticleReader.builder().build(), missing, good);
        assertEquals(missing + ": does not exist", problem);
    }

    @Test
    void namesAFileThatCannotBeRead() throws IOException {
        Path secret = write("secret.txt", "Private text.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as root: every file is readable");
        assertEquals(secret + ": cannot read: permission denied", onlyProblemBesideTheGoodArticle());
    }

    @Test
    void namesAFileWhoseReadFails() throws IOException {
        Path memory = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(memory), "needs Linux /proc, where reading from offset 0 of mem fails");
        Path link = Files.createSymbolicLink(dir.resolve("memory.txt"), memory);
        String problem = onlyProblemBesideTheGoodArticle();
        assertTrue(problem.startsWith(link + ": cannot read: "), problem);
    }

    @Test
    void namesABrokenSymbolicLink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        assertEquals(link + ": broken symbolic link to " + dir.resolve("nowhere.txt"),
                onlyProblemBesideTheGoodArticle());
    }

    @Test
    void namesASymbolicLinkThatPointsToItself() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("self.md"), dir.resolve("self.md"));
        String problem = onlyProblemBesideTheGoodArticle();
        assertTrue(problem.startsWith(link + ": symbolic link loop"), problem);
    }

    @Test
    void namesAFolderLinkThatLeadsBackUpTheTree() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path loop = Files.createSymbolicLink(sub.resolve("up"), dir);
        String problem = onlyProblemBesideTheGoodArticle();
        assertTrue(problem.startsWith(loop + ": symbolic link loop: leads back to "), problem);
    }

    @Test
    void namesAnEmptyFile() throws IOException {
        Path empty = write("empty.md", new byte[0]);
        assertEquals(empty + ": empty file (0 bytes)", onlyProblemBesideTheGoodArticle());
    }

    @Test
    void namesAFileOfOnlyWhitespace() throws IOException {
        Path blank = write("blank.txt", " \n\t\r\n  ");
        assertEquals(blank + ": only whitespace (7 characters), no text", onlyProblemBesideTheGoodArticle());
    }

    @Test
    void namesAnImageSavedUnderATextName() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 1};
        Path image = write("photo.txt", png);
        assertEquals(image + ": binary content (NUL byte at byte 8)", onlyProblemBesideTheGoodArticle());
    }

    @Test
    void namesAZipArchiveSavedUnderAJsonLinesName() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write("zipped text".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path archive = write("archive.jsonl", bytes.toByteArray());
        String problem = onlyProblemBesideTheGoodArticle();
        assertTrue(problem.startsWith(archive + ": binary content (NUL byte at byte "), problem);
    }

    @Test
    void namesTheByteOffsetOfInvalidUtf8() throws IOException {
        byte[] latin1 = "Caf\u00e9 owners protest.".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.md", latin1);
        assertEquals(file + ": invalid UTF-8 at byte 3", onlyProblemBesideTheGoodArticle());
    }

    @Test
    void namesTheLineAndFileOffsetOfInvalidUtf8InJsonLines() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"text\": \"Fine line.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"text\": \"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = write("mixed.jsonl", bytes.toByteArray());
        Collector c = Collector.read(file);
        assertEquals(List.of("mixed-1"), c.ids());
        assertEquals(file + ":2: invalid UTF-8 at byte 36", c.onlyProblem());
    }

    @Test
    void decodesUtf16WithAndWithoutByteOrderMark() throws IOException {
        String text = "Talks in Geneva ended.";
        ByteArrayOutputStream withMark = new ByteArrayOutputStream();
        withMark.write(0xFF);
        withMark.write(0xFE);
        withMark.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        write("marked.txt", withMark.toByteArray());
        write("unmarked.txt", text.getBytes(StandardCharsets.UTF_16BE));
        Collector c = Collector.read(dir);
        assertEquals(text, c.article("marked").text());
        assertEquals(text, c.article("unmarked").text());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void refusesUtf16JsonLinesClearly() throws IOException {
        Path file = write("wide.jsonl", "{\"text\": \"Wide text.\"}\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(file + ": UTF-16 text; JSON Lines must be UTF-8, convert the file first",
                onlyProblemBesideTheGoodArticle());
    }

    @Test
    void stripsTheUtf8ByteOrderMarkSoFrontMatterStillStartsTheFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("---\ntitle: Marked\n---\nBody text.".getBytes(StandardCharsets.UTF_8));
        write("bom.md", bytes.toByteArray());
        Collector c = Collector.read(dir);
        assertEquals("Marked", c.article("bom").title());
        assertEquals("Body text.", c.article("bom").text());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void namesTheSizeOfAFileOverTheLimit() throws IOException {
        Path big = write("big.txt", "x".repeat(2000));
        ArticleReader reader = ArticleReader.builder().maxBytes(1000).build();
        assertEquals(big + ": file is 2,000 bytes, over the limit of 1,000 bytes",
                onlyProblemBesideTheGoodArticle(reader, dir));
    }

    @Test
    void appliesTheSizeLimitToEachJsonLinesLine() throws IOException {
        Path file = write("lines.jsonl", "{\"text\": \"" + "y".repeat(100) + "\"}\n{\"text\": \"Short.\"}\n");
        Collector c = Collector.read(ArticleReader.builder().maxBytes(50).build(), file);
        assertEquals(List.of("lines-2"), c.ids());
        assertEquals(file + ":1: line is 112 bytes, over the limit of 50 bytes", c.onlyProblem());
    }

    @Test
    void namesFrontMatterThatNeverCloses() throws IOException {
        Path file = write("open.md", "---\ntitle: Open\n\nThe body follows without a closing line.\n");
        assertEquals(file + ": front matter opened on line 1 never closes with a '---' line",
                onlyProblemBesideTheGoodArticle());
    }

    @Test
    void namesAPublishedValueThatIsNotADate() throws IOException {
        Path md = write("when.md", "---\npublished: next Tuesday\n---\nText.");
        Path impossible = write("feb.md", "---\npublished: 2023-02-30\n---\nText.");
        Collector c = Collector.read(dir);
        assertEquals(List.of("good"), c.ids());
        assertEquals(List.of(
                impossible + ": published '2023-02-30' is not a date (expected YYYY-MM-DD)",
                md + ": published 'next Tuesday' is not a date (expected YYYY-MM-DD)"), c.problems);
    }

    @Test
    void replacesControlCharactersWithSpacesSoOffsetsStayTrue() throws IOException {
        Path file = write("bell.txt", "Alarm\u0007 rang\u001b twice.");
        Collector c = Collector.read(dir);
        Article a = c.article("bell");
        assertEquals("Alarm  rang  twice.", a.text());
        assertEquals("Alarm\u0007 rang\u001b twice.".length(), a.text().length());
        assertEquals(file + ": replaced 2 control character(s) with spaces, the first at offset 5; article kept",
                c.onlyProblem());
    }

    @Test
    void keepsTabsAndLineBreaksAsTheyAre() throws IOException {
        write("tabs.txt", "Col\tumn\r\nNext line\n");
        Collector c = Collector.read(dir);
        assertEquals("Col\tumn\r\nNext line\n", c.article("tabs").text());
        assertEquals(List.of(), c.problems);
    }

    @Test
    void namesAnArticleWithoutLetters() throws IOException {
        Path file = write("numbers.txt", "12 345 - 6.7 %");
        assertEquals(file + ": text has no letters (14 characters)", onlyProblemBesideTheGoodArticle());
    }

    @Test
    void namesAMarkdownFileWithNothingAfterItsFrontMatter() throws IOException {
        Path file = write("head.md", "---\ntitle: Only a head\n---\n\n");
        assertEquals(file + ": no text after the front matter", onlyProblemBesideTheGoodArticle());
    }

    @Test
    void namesTheSecondArticleWithAnIdAlreadyUsedAndKeepsTheFirst() throws IOException {
        write("a.md", "---\nid: Good\n---\nThe first article with this id.");
        Collector c = Collector.read(dir);
        assertEquals(List.of("good"), c.ids());
        assertEquals("The first article with this id.", c.article("good").text());
        assertEquals(good + ": duplicate id 'good', already used by " + dir.resolve("a.md") + "; skipped",
                c.onlyProblem());
    }

    @Test
    void namesADuplicateIdBetweenJsonLines() throws IOException {
        Path file = write("dup.jsonl", "{\"id\": \"x\", \"text\": \"One.\"}\n{\"id\": \"x\", \"text\": \"Two.\"}\n");
        Collector c = Collector.read(file);
        assertEquals("One.", c.article("x").text());
        assertEquals(file + ":2: duplicate id 'x', already used by " + file + ":1; skipped", c.onlyProblem());
    }

    @Test
    void namesAnUnsupportedFileNamedOnTheCommandLine() throws IOException {
        Path pdf = write("report.pdf", "%PDF-1.7");
        String problem = onlyProblemBesideTheGoodArticle(ArticleReader.builder().build(), pdf, good);
        assertEquals(pdf + ": unsupported file type '.pdf', expected one of .txt, .md, .jsonl, .html, .htm", problem);
    }

    @Test
    void namesJsonLinesThatAreNotObjectsOrHaveNonStringFields() throws IOException {
        Path file = write("shapes.jsonl", "[1, 2]\n{\"text\": 42}\n{\"text\": \"Ok.\", \"title\": [\"a\"]}\n"
                + "{\"text\": \"Fine text.\", \"id\": 17}\n");
        Collector c = Collector.read(file);
        assertEquals(List.of("17"), c.ids());
        assertEquals(List.of(file + ":1: not a JSON object but array", file + ":2: 'text' is not a string",
                file + ":3: 'title' is not a string"), c.problems);
    }

    @Test
    void namesALanguageThatIsNotACode() throws IOException {
        Path file = write("lang.md", "---\nlanguage: English language\n---\nText.");
        assertEquals(file + ": language 'English language' is not an ISO 639 code such as 'en'",
                onlyProblemBesideTheGoodArticle());
    }
}
